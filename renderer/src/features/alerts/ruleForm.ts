/**
 * The alert rule editor's model: a draft of strings (what the user typed), turned into an
 * `alerts:rules:upsert` rule and checked with the contract's own zod schema, so the form shows
 * the same objections main would, next to the field they are about.
 */
import { alertRuleInputSchema, type AlertRule, type AlertRuleInput, type AlertRuleKind } from '@shared/alerts/schema';
import type { IpcIssue } from '@shared/ipc/errors';
import type { Severity } from '@shared/warnings/rules';
import { parseNumber } from '../../ui/NumberInput';

/** Every field of every kind; the editor shows the ones the kind uses. */
export interface RuleDraft {
  id?: string;
  kind: AlertRuleKind;
  name: string;
  enabled: boolean;
  /** '' = every position / account. */
  positionId: string;
  accountId: string;
  thresholdPct: string;
  symbol: string;
  direction: 'above' | 'below';
  level: string;
  minSeverity: Severity;
  hysteresisPct: string;
  cooldownSeconds: string;
}

/** The fields an error can be attached to. */
export type RuleField = keyof Omit<RuleDraft, 'id'>;

export const KIND_LABELS: Record<AlertRuleKind, string> = {
  'distance-below': 'Distance to liquidation below',
  'margin-ratio-above': 'Margin ratio above',
  'price-cross': 'Price crosses a level',
  'warning-severity': 'Warning of severity at least',
};

export function emptyDraft(kind: AlertRuleKind = 'distance-below'): RuleDraft {
  return {
    kind,
    name: '',
    enabled: true,
    positionId: '',
    accountId: '',
    thresholdPct: '',
    symbol: '',
    direction: 'below',
    level: '',
    minSeverity: 'critical',
    hysteresisPct: '1',
    cooldownSeconds: '300',
  };
}

/** A stored rule as an editable draft. */
export function draftOf(rule: AlertRule): RuleDraft {
  const d = emptyDraft(rule.kind);
  d.id = rule.id;
  d.name = rule.name ?? '';
  d.enabled = rule.enabled;
  d.hysteresisPct = String(rule.hysteresisPct);
  d.cooldownSeconds = String(rule.cooldownSeconds);
  switch (rule.kind) {
    case 'distance-below':
      d.positionId = rule.positionId ?? '';
      d.thresholdPct = String(rule.thresholdPct);
      break;
    case 'margin-ratio-above':
      d.accountId = rule.accountId ?? '';
      d.thresholdPct = String(rule.thresholdPct);
      break;
    case 'price-cross':
      d.symbol = rule.symbol;
      d.direction = rule.direction;
      d.level = String(rule.level);
      break;
    case 'warning-severity':
      d.accountId = rule.accountId ?? '';
      d.minSeverity = rule.minSeverity;
      break;
  }
  return d;
}

export type FieldErrors = Partial<Record<RuleField | 'form', string>>;

/**
 * Builds the rule to send, or the errors by field. Empty hysteresis / cooldown mean "the
 * default" and are left out; a typed value that is not a number is named as such. A symbol
 * typed in another case than a book symbol takes the book's spelling (rules match exactly).
 */
export function ruleFromDraft(
  d: RuleDraft,
  bookSymbols: readonly string[] = [],
): { rule: AlertRuleInput; errors?: undefined } | { rule?: undefined; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const num = (field: RuleField, text: string, required: boolean): number | undefined => {
    const v = parseNumber(text);
    if (v === undefined) {
      if (required) errors[field] = 'required';
      return undefined;
    }
    if (Number.isNaN(v)) errors[field] = `expected a number, got ${JSON.stringify(text.trim())}`;
    return v;
  };
  const common: Record<string, unknown> = { enabled: d.enabled };
  if (d.id) common.id = d.id;
  if (d.name.trim()) common.name = d.name.trim();
  const h = num('hysteresisPct', d.hysteresisPct, false);
  if (h !== undefined) common.hysteresisPct = h;
  const c = num('cooldownSeconds', d.cooldownSeconds, false);
  if (c !== undefined) common.cooldownSeconds = c;

  let candidate: Record<string, unknown>;
  switch (d.kind) {
    case 'distance-below':
      candidate = { kind: d.kind, thresholdPct: num('thresholdPct', d.thresholdPct, true), ...common };
      if (d.positionId) candidate.positionId = d.positionId;
      break;
    case 'margin-ratio-above':
      candidate = { kind: d.kind, thresholdPct: num('thresholdPct', d.thresholdPct, true), ...common };
      if (d.accountId) candidate.accountId = d.accountId;
      break;
    case 'price-cross':
      candidate = {
        kind: d.kind,
        symbol: bookSpelling(d.symbol.trim(), bookSymbols),
        direction: d.direction,
        level: num('level', d.level, true),
        ...common,
      };
      if (!d.symbol.trim()) errors.symbol = 'required';
      break;
    case 'warning-severity':
      candidate = { kind: d.kind, minSeverity: d.minSeverity, ...common };
      if (d.accountId) candidate.accountId = d.accountId;
      break;
  }
  if (Object.keys(errors).length > 0) return { errors };
  const parsed = alertRuleInputSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      errors: errorsFromIssues(
        parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
      ),
    };
  }
  // Send what the user wrote (defaults are main's business), not the parsed output.
  return { rule: candidate as AlertRuleInput };
}

function bookSpelling(symbol: string, bookSymbols: readonly string[]): string {
  return bookSymbols.find((s) => s.toLowerCase() === symbol.toLowerCase()) ?? symbol;
}

const FIELDS = new Set<string>(Object.keys(emptyDraft()));

/**
 * Puts IPC / zod issues next to their fields: `rule.thresholdPct` (from main) and
 * `thresholdPct` (local) both land on the threshold; anything else goes to the form.
 */
export function errorsFromIssues(issues: readonly IpcIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.replace(/^rule\.?/, '');
    const field = path.split(/[.[]/)[0];
    const key = (FIELDS.has(field) ? field : 'form') as RuleField | 'form';
    const message = key === 'form' && path ? `${path}: ${issue.message}` : issue.message;
    out[key] ??= message;
  }
  return out;
}

/** One line describing a rule, for the list: "BTCUSDT below 90,000", "distance < 5 % (every position)". */
export function describeRule(
  rule: AlertRule,
  names: { position: (id: string) => string; account: (id: string) => string },
): string {
  switch (rule.kind) {
    case 'distance-below':
      return `distance to LP < ${rule.thresholdPct} % — ${rule.positionId ? names.position(rule.positionId) : 'every position'}`;
    case 'margin-ratio-above':
      return `margin ratio > ${rule.thresholdPct} % — ${rule.accountId ? names.account(rule.accountId) : 'every account'}`;
    case 'price-cross':
      return `${rule.symbol} ${rule.direction === 'above' ? 'at or above' : 'at or below'} ${rule.level}`;
    case 'warning-severity':
      return `any ${rule.minSeverity} warning or worse — ${rule.accountId ? names.account(rule.accountId) : 'every account'}`;
  }
}
