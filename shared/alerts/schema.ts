import { z } from 'zod';
import { SEVERITIES } from '../warnings/rules';

/**
 * Alert rules and fired alerts. Percent values are in PERCENT (5 = 5 %), like the sizing
 * rules, because people type them. Every rule has a hysteresis (it re-arms only after the value
 * has recovered by that margin) and a cooldown (minimum time between two notifications of the
 * same rule for the same position/account/symbol), so a price hovering at a threshold does not spam.
 */

/** An alert rule's or event's id. */
export const alertIdSchema = z.string().min(1).max(200);
const id = alertIdSchema;
const pct = (max: number) => z.number().finite().min(0).max(max);

const common = {
  /** Absent on create: main assigns one. */
  id: id.optional(),
  name: z.string().max(200).optional(),
  enabled: z.boolean().default(true),
  /** Re-arm margin, in percentage points (distance, margin ratio) or percent of the level (price). */
  hysteresisPct: pct(100).default(1),
  /** Minimum seconds between two notifications of this rule for the same subject. */
  cooldownSeconds: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3600)
    .default(300),
};

/** Fires when a position's distance from mark to liquidation price drops below `thresholdPct` %. */
export const distanceRuleSchema = z.strictObject({
  kind: z.literal('distance-below'),
  /** null / absent: every position. */
  positionId: id.nullish(),
  thresholdPct: pct(100),
  ...common,
});

/** Fires when an account's margin ratio (maintenance margin / equity) rises above `thresholdPct` %. */
export const marginRatioRuleSchema = z.strictObject({
  kind: z.literal('margin-ratio-above'),
  /** null / absent: every account. */
  accountId: id.nullish(),
  thresholdPct: pct(100_000),
  ...common,
});

/** Fires when a symbol's mark price is at or beyond `level` in `direction`. */
export const priceCrossRuleSchema = z.strictObject({
  kind: z.literal('price-cross'),
  symbol: z.string().min(1).max(64),
  direction: z.enum(['above', 'below']),
  level: z.number().finite().positive(),
  ...common,
});

/** Fires when any sizing warning (shared/warnings) of at least `minSeverity` is present. */
export const warningRuleSchema = z.strictObject({
  kind: z.literal('warning-severity'),
  minSeverity: z.enum(SEVERITIES),
  /** null / absent: every account. */
  accountId: id.nullish(),
  ...common,
});

/** An alert rule as the user writes it (tagged union on `kind`). */
export const alertRuleInputSchema = z.discriminatedUnion('kind', [
  distanceRuleSchema,
  marginRatioRuleSchema,
  priceCrossRuleSchema,
  warningRuleSchema,
]);
/** An alert rule as the user writes it. */
export type AlertRuleInput = z.input<typeof alertRuleInputSchema>;

/** A stored alert rule: defaults applied and an id assigned. */
export type AlertRule = z.output<typeof alertRuleInputSchema> & { id: string };
/** The kinds of alert rules. */
export type AlertRuleKind = AlertRule['kind'];

/** A stored rule: the user's rule with its id. */
export const storedRuleSchema = alertRuleInputSchema.and(z.object({ id }));

/** One fired alert, as kept in the history. */
export const alertEventSchema = z.object({
  id: z.string(),
  ruleId: z.string(),
  kind: z.enum(['distance-below', 'margin-ratio-above', 'price-cross', 'warning-severity']),
  /** The position, account or symbol the rule fired for. */
  subject: z.string(),
  positionId: z.string().nullable(),
  accountId: z.string().nullable(),
  symbol: z.string().nullable(),
  /** The measured value in the unit of the threshold (percent, or a price). */
  value: z.number().nullable(),
  threshold: z.number(),
  /** The price behind the value had not been updated within the stale window. */
  stale: z.boolean(),
  title: z.string(),
  body: z.string(),
  /** ISO 8601. */
  firedAt: z.string(),
  /** ISO 8601, null until acknowledged. */
  acknowledgedAt: z.string().nullable(),
});
/** One fired alert, as kept in the history. */
export type AlertEvent = z.infer<typeof alertEventSchema>;
