/**
 * `evaluateRules(book, rules, context)`: every enabled rule over every account of the book.
 * Each account is assessed ONCE with the engine (`assessAccount`); position rules read that
 * assessment, account rules (portfolio risk, concentration, contagion) aggregate it.
 *
 * Money stays in each account's own currency (quote for linear, coin for inverse), so every
 * percent-of-equity figure is per account; no cross-venue FX is assumed.
 */
import { assessAccount, type AccountRisk } from '../engine/index';
import { toAccountSpec, type Book, type BookAccount } from '../book/index';
import { accountChecks, positionChecks, type AccountView, type Emit } from './checks';
import type { RuleContext } from './context';
import { notionalAt, sizeOf } from '../sizing/math';
import { extendTable } from '../sizing/tiers';
import type { Rule, Severity } from './rules';
import { ASSESSMENT_FAILED, type Warning } from './warning';

/**
 * Positions whose liquidation price lies where the notional has passed the end of the shipped
 * tier table they rely on (an inverse long or a linear short grows in notional as the price moves
 * against it). The engine places the LP with the table's last bracket extended
 * (shared/engine/prepare.ts), but the exchange's rate out there is not documented: say so, since
 * the real LP is likely somewhat closer to the mark.
 */
function pastTableEnd(account: BookAccount, risk: AccountRisk): Warning[] {
  const out: Warning[] = [];
  account.positions.forEach((p, i) => {
    const lp = risk.positions[i].liquidationPrice;
    if (lp === null) return;
    const { end } = extendTable(account.venue, p);
    if (!Number.isFinite(end)) return;
    const n = notionalAt(p.contract === 'inverse', sizeOf(p), lp);
    if (n < end) return;
    out.push({
      ruleId: ASSESSMENT_FAILED,
      severity: 'critical',
      accountId: account.id,
      positionId: p.id,
      message: `${account.name} · ${p.symbol} ${p.side}: its liquidation price lies where the notional (${n.toPrecision(6)}) is past the end of the shipped ${account.venue} tier table (${end}); near ${lp.toPrecision(8)} on the last tier, but the exchange's rate there is not documented — enter the venue's full tiers on the position.`,
      value: n,
      threshold: end,
    });
  });
  return out;
}

function finiteOrNull(x: number | null): number | null {
  return x !== null && Number.isFinite(x) ? x : null;
}

const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

type AnyPositionCheck = (
  rule: Rule,
  ...rest: Parameters<(typeof positionChecks)['lp-distance']> extends [unknown, ...infer R] ? R : never
) => void;
type AnyAccountCheck = (
  rule: Rule,
  ...rest: Parameters<(typeof accountChecks)['portfolio-risk']> extends [unknown, ...infer R] ? R : never
) => void;

/**
 * Evaluates the enabled rules over the book. Returns warnings ordered by severity (critical
 * first), then in book order. An account the engine cannot assess yields one critical
 * `assessment-failed` warning naming the problem, plus any `stop-missing` warnings (which need
 * no assessment).
 */
export function evaluateRules(book: Book, rules: readonly Rule[], context: RuleContext = {}): Warning[] {
  const enabled = rules.filter((r) => r.enabled);
  const now = context.now === undefined ? new Date() : new Date(context.now);
  const out: Warning[] = [];
  for (const account of book.accounts) {
    if (account.positions.length === 0) continue;
    // JSON and IPC carry no Infinity: a non-finite figure is reported as null (the message says why).
    const emit: Emit = (rule, w) =>
      out.push({
        ruleId: rule.id,
        severity: rule.severity,
        accountId: account.id,
        ...w,
        value: finiteOrNull(w.value),
        threshold: finiteOrNull(w.threshold),
      });
    let risk: AccountRisk | undefined;
    try {
      risk = assessAccount(toAccountSpec(account));
    } catch (error) {
      out.push({
        ruleId: ASSESSMENT_FAILED,
        severity: 'critical',
        accountId: account.id,
        message: `${account.name}: cannot compute liquidation prices (${error instanceof Error ? error.message : String(error)}); the other rules were not checked for this account.`,
        value: null,
        threshold: null,
      });
    }
    if (risk) out.push(...pastTableEnd(account, risk));
    const view: AccountView = { account, risk: risk as AccountRisk, now, context };
    for (const rule of enabled) {
      if (!risk && rule.id !== 'stop-missing') continue;
      const position = positionChecks[rule.id as keyof typeof positionChecks] as AnyPositionCheck | undefined;
      if (position) {
        account.positions.forEach((p, i) =>
          position(rule, view, p, risk ? risk.positions[i] : (undefined as never), emit),
        );
      } else {
        (accountChecks[rule.id as keyof typeof accountChecks] as AnyAccountCheck | undefined)?.(rule, view, emit);
      }
    }
  }
  return out
    .map((w, i) => [w, i] as const)
    .sort((a, b) => RANK[a[0].severity] - RANK[b[0].severity] || a[1] - b[1])
    .map(([w]) => w);
}
