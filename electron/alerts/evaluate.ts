import type { AlertRule } from '@shared/alerts/schema';
import { SEVERITIES, type Severity } from '@shared/warnings/rules';
import { describeAlert, formatPrice } from './format';
import type { AlertState, FiredAlert, RuleSubjectState } from '@shared/alerts/state';
import type { Observations } from './types';

/**
 * Alert rule evaluation, a pure function: rules + previous state + what is observed now →
 * the alerts that fire and the next state.
 *
 * Each (rule, subject) pair is a small state machine:
 * - armed and breached and out of cooldown → fires, becomes disarmed;
 * - armed and breached but within the cooldown → stays armed (fires when the cooldown ends if
 *   still breached);
 * - disarmed → re-arms only once the value has RECOVERED past the threshold by the hysteresis
 *   margin. A price hovering at the threshold therefore fires once, not on every tick.
 * A new rule (or a subject seen for the first time) starts armed, so a condition that is already
 * true is reported once.
 */

/** One measurable condition of one rule for one subject (position, account or symbol). */
interface Check {
  subject: string;
  positionId: string | null;
  accountId: string | null;
  symbol: string | null;
  value: number | null;
  threshold: number;
  stale: boolean;
  breached: boolean;
  recovered: boolean;
  /** Words for the notification (position/account name, warning messages); built only when it fires. */
  context: () => string;
}

const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

function checksOf(rule: AlertRule, obs: Observations): Check[] {
  const h = rule.hysteresisPct;
  switch (rule.kind) {
    case 'distance-below':
      return obs.positions
        .filter((p) => !rule.positionId || p.id === rule.positionId)
        .map((p) => ({
          subject: p.id,
          positionId: p.id,
          accountId: p.accountId,
          symbol: p.symbol,
          value: p.distancePct,
          threshold: rule.thresholdPct,
          stale: p.stale,
          // No LP: nothing can liquidate it, which is as safe as it gets.
          breached: p.distancePct !== null && p.distancePct < rule.thresholdPct,
          recovered: p.distancePct === null || p.distancePct >= rule.thresholdPct + h,
          context: () =>
            `${p.side} ${p.symbol} in ${p.accountName} (mark ${formatPrice(p.mark)}, liquidation ${p.liquidationPrice === null ? 'none' : formatPrice(p.liquidationPrice)})`,
        }));
    case 'margin-ratio-above':
      return obs.accounts
        .filter((a) => !rule.accountId || a.id === rule.accountId)
        .map((a) => ({
          subject: a.id,
          positionId: null,
          accountId: a.id,
          symbol: null,
          value: Number.isFinite(a.marginRatioPct) ? a.marginRatioPct : null,
          threshold: rule.thresholdPct,
          stale: a.stale,
          breached: a.marginRatioPct > rule.thresholdPct,
          recovered: a.marginRatioPct <= rule.thresholdPct - h,
          context: () => a.name,
        }));
    case 'price-cross':
      return obs.prices
        .filter((p) => p.symbol === rule.symbol)
        .map((p) => {
          const above = rule.direction === 'above';
          return {
            subject: p.symbol,
            positionId: null,
            accountId: null,
            symbol: p.symbol,
            value: p.mark,
            threshold: rule.level,
            stale: p.stale,
            breached: above ? p.mark >= rule.level : p.mark <= rule.level,
            recovered: above ? p.mark <= rule.level * (1 - h / 100) : p.mark >= rule.level * (1 + h / 100),
            context: () => p.symbol,
          };
        });
    case 'warning-severity': {
      const min = severityRank(rule.minSeverity);
      return obs.accounts
        .filter((a) => !rule.accountId || a.id === rule.accountId)
        .map((a) => {
          const loud = obs.warnings.filter((w) => w.accountId === a.id && severityRank(w.severity) >= min);
          const worst = loud.reduce((m, w) => Math.max(m, severityRank(w.severity)), -1);
          return {
            subject: a.id,
            positionId: loud.length === 1 ? (loud[0].positionId ?? null) : null,
            accountId: a.id,
            symbol: null,
            value: loud.length,
            threshold: min,
            stale: a.stale,
            breached: worst >= min,
            recovered: worst < min,
            context: () => `${a.name}: ${loud.map((w) => w.message).join('; ')}`,
          };
        });
    }
  }
}

/**
 * The state key of a rule and subject. It includes the rule's settings, so editing a rule
 * (new threshold, re-enabled…) starts it afresh, armed, instead of inheriting the old rule's
 * disarmed state.
 */
export function stateKey(rule: AlertRule, subject: string): string {
  const { id, name, ...settings } = rule;
  return `${id}|${ruleSignature(settings)}|${subject}`;
}

/** A stable text of an object's fields (sorted keys). */
function ruleSignature(settings: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(settings)
      .sort()
      .map((k) => [k, settings[k] ?? null]),
  );
}

/** Result of {@link evaluateAlerts}. */
export interface Evaluation {
  fired: FiredAlert[];
  nextState: AlertState;
}

/**
 * Evaluates every enabled rule against the observations at `now` (epoch ms). State of rules or
 * subjects that no longer exist is dropped; disabled rules keep no state (re-enabling re-arms).
 */
export function evaluateAlerts(
  rules: readonly AlertRule[],
  state: AlertState,
  obs: Observations,
  now: number,
): Evaluation {
  const fired: FiredAlert[] = [];
  const next: Record<string, RuleSubjectState> = {};
  for (const rule of rules) {
    if (!rule.enabled) continue;
    for (const check of checksOf(rule, obs)) {
      const key = stateKey(rule, check.subject);
      const prev = state[key] ?? { armed: true, lastFiredAt: null };
      let { armed, lastFiredAt } = prev;
      if (!armed && check.recovered) armed = true;
      const cooled = lastFiredAt === null || now - lastFiredAt >= rule.cooldownSeconds * 1000;
      if (armed && check.breached && cooled) {
        armed = false;
        lastFiredAt = now;
        const { title, body } = describeAlert(rule, { ...check, context: check.context() });
        fired.push({
          stateKey: key,
          ruleId: rule.id,
          kind: rule.kind,
          subject: check.subject,
          positionId: check.positionId,
          accountId: check.accountId,
          symbol: check.symbol,
          value: check.value,
          threshold: check.threshold,
          stale: check.stale,
          at: now,
          title,
          body,
        });
      }
      next[key] = { armed, lastFiredAt };
    }
  }
  return { fired, nextState: next };
}
