/**
 * Warning rules as DATA: each rule is `{ id, enabled, severity, ...thresholds }`. The list is
 * stored in settings, edited in the UI and validated with {@link rulesSchema} at every boundary.
 * Percent thresholds are in PERCENT (10 = 10 %), named `...Pct`, because people edit them.
 *
 * Stable contract: ids and field names do not change; new rules are appended (see
 * {@link withDefaultRules}, which fills in rules a stored list does not have yet); a threshold
 * added to an existing rule later must carry a zod `.default()` so stored lists still parse.
 */
import { z } from 'zod';

/** How loud a warning is. */
export const SEVERITIES = ['info', 'warning', 'critical'] as const;
/** How loud a warning is. */
export type Severity = (typeof SEVERITIES)[number];

const severity = z.enum(SEVERITIES);
const pct = (max = 100_000) => z.number().finite().min(0).max(max);
const positive = (max: number) => z.number().finite().positive().max(max);

function rule<const Id extends string, Shape extends z.ZodRawShape>(id: Id, shape: Shape) {
  return z.strictObject({ id: z.literal(id), enabled: z.boolean(), severity, ...shape });
}

/** No stop-loss on a position. */
export const stopMissingRuleSchema = rule('stop-missing', {});
/** The stop-loss sits beyond the liquidation price: the position is liquidated before it stops out. */
export const stopBeyondLpRuleSchema = rule('stop-beyond-lp', {});
/** The stop is on the right side of the LP but within `bufferPct` % (of the LP) of it: slippage can skip it. */
export const stopInLiqBufferRuleSchema = rule('stop-in-liq-buffer', { bufferPct: pct(100) });
/** Distance from mark to LP below `minDistancePct` % of the mark. */
export const lpDistanceRuleSchema = rule('lp-distance', { minDistancePct: pct(100) });
/**
 * Distance from mark to LP below `k` standard deviations of the move over `horizonHours`
 * (σ_h = σ_annual · √(hours / 8760); crypto trades every hour of the year). Volatility per symbol
 * comes from the evaluation context; symbols without one are skipped.
 */
export const lpSigmaRuleSchema = rule('lp-sigma', { k: positive(100), horizonHours: positive(24 * 365) });
/** Leverage above `maxLeverage` (the position's own setting, else notional / margin behind it). */
export const leverageCapRuleSchema = rule('leverage-cap', { maxLeverage: positive(10_000) });
/** One position's notional above `maxPctOfEquity` % of the account's equity. */
export const notionalShareRuleSchema = rule('notional-share', { maxPctOfEquity: pct() });
/** Loss if the stop is hit (from the entry price, fees to close included) above `maxPctOfEquity` % of equity. */
export const lossToStopRuleSchema = rule('loss-to-stop', { maxPctOfEquity: pct(100) });
/**
 * Loss if every stop in the account is hit (from the mark price, fees to close included) above
 * `maxPctOfEquity` % of equity; unbounded when a position has no stop.
 */
export const portfolioRiskRuleSchema = rule('portfolio-risk', { maxPctOfEquity: pct(100) });
/** Net exposure to one symbol above `maxPctOfEquity` % of equity. */
export const concentrationSymbolRuleSchema = rule('concentration-symbol', { maxPctOfEquity: pct() });
/** BTC-beta-weighted net exposure (Σ β · signed notional) above `maxPctOfEquity` % of equity. */
export const concentrationBetaRuleSchema = rule('concentration-beta', { maxPctOfEquity: pct() });
/** Notional within `withinPct` % of the top of its maintenance tier (the next tier raises the MMR). */
export const tierJumpRuleSchema = rule('tier-jump', { withinPct: pct(100) });
/** The shipped tier table a position relies on was retrieved more than `maxAgeDays` days ago. */
export const staleTiersRuleSchema = rule('stale-tiers', { maxAgeDays: positive(100_000) });
/**
 * Cross accounts: an adverse `shockPct` % move of ONE position's symbol alone (everything else at
 * its mark) brings ANOTHER position within `minDistancePct` % of its (new) LP. Each position is
 * tested against the other symbol whose shock loses the most (the worst single contagion).
 */
export const crossContagionRuleSchema = rule('cross-contagion', { shockPct: positive(99), minDistancePct: pct(100) });
/**
 * Distance to LP below `weekendMovePct` % while a weekend (Saturday/Sunday, UTC) starts or is
 * under way within the next `horizonHours`: thin liquidity, gaps on the Monday open.
 */
export const weekendRuleSchema = rule('weekend', { weekendMovePct: pct(100), horizonHours: positive(24 * 365) });

/** One rule (a tagged union on `id`). */
export const ruleSchema = z.discriminatedUnion('id', [
  stopMissingRuleSchema,
  stopBeyondLpRuleSchema,
  stopInLiqBufferRuleSchema,
  lpDistanceRuleSchema,
  lpSigmaRuleSchema,
  leverageCapRuleSchema,
  notionalShareRuleSchema,
  lossToStopRuleSchema,
  portfolioRiskRuleSchema,
  concentrationSymbolRuleSchema,
  concentrationBetaRuleSchema,
  tierJumpRuleSchema,
  staleTiersRuleSchema,
  crossContagionRuleSchema,
  weekendRuleSchema,
]);

/** One warning rule. */
export type Rule = z.infer<typeof ruleSchema>;
/** Id of a rule. */
export type RuleId = Rule['id'];
/** The rule with a given id. */
export type RuleOf<Id extends RuleId> = Extract<Rule, { id: Id }>;

/** A rule list: each id at most once. */
export const rulesSchema = z.array(ruleSchema).superRefine((rules, ctx) => {
  const seen = new Map<string, number>();
  rules.forEach((r, i) => {
    const at = seen.get(r.id);
    if (at !== undefined) {
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate rule "${r.id}" (also [${at}])` });
    } else seen.set(r.id, i);
  });
});

/**
 * The shipped rules, all enabled. Thresholds are starting points a trader is expected to tune;
 * each is explained in docs/sizing-and-warnings.md.
 */
export const defaultRules: readonly Rule[] = Object.freeze([
  { id: 'stop-missing', enabled: true, severity: 'warning' },
  { id: 'stop-beyond-lp', enabled: true, severity: 'critical' },
  { id: 'stop-in-liq-buffer', enabled: true, severity: 'warning', bufferPct: 1 },
  { id: 'lp-distance', enabled: true, severity: 'critical', minDistancePct: 5 },
  { id: 'lp-sigma', enabled: true, severity: 'warning', k: 3, horizonHours: 24 },
  { id: 'leverage-cap', enabled: true, severity: 'warning', maxLeverage: 20 },
  { id: 'notional-share', enabled: true, severity: 'warning', maxPctOfEquity: 500 },
  { id: 'loss-to-stop', enabled: true, severity: 'warning', maxPctOfEquity: 2 },
  { id: 'portfolio-risk', enabled: true, severity: 'warning', maxPctOfEquity: 6 },
  { id: 'concentration-symbol', enabled: true, severity: 'info', maxPctOfEquity: 300 },
  { id: 'concentration-beta', enabled: true, severity: 'info', maxPctOfEquity: 500 },
  { id: 'tier-jump', enabled: true, severity: 'info', withinPct: 10 },
  { id: 'stale-tiers', enabled: true, severity: 'info', maxAgeDays: 180 },
  { id: 'cross-contagion', enabled: true, severity: 'warning', shockPct: 10, minDistancePct: 5 },
  { id: 'weekend', enabled: true, severity: 'warning', weekendMovePct: 10, horizonHours: 72 },
] satisfies Rule[]);

/**
 * A stored rule list completed with the defaults of rules it lacks (rules added in a later
 * version), in the default order; stored rules keep their settings. Unknown order is stable.
 */
export function withDefaultRules(stored: readonly Rule[]): Rule[] {
  const byId = new Map(stored.map((r) => [r.id, r] as const));
  return defaultRules.map((d) => byId.get(d.id) ?? d);
}
