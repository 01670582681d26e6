import { z } from 'zod';
import { SEVERITIES } from '../../sizing/rules';
import { defineChannel } from '../contract';

/**
 * Alert rules and alert history. Percent values are in PERCENT (5 = 5 %), like the sizing
 * rules, because people type them. Every rule has a hysteresis (it re-arms only after the value
 * has recovered by that margin) and a cooldown (minimum time between two notifications of the
 * same rule for the same position/account/symbol), so a price hovering at a threshold does not spam.
 */

const id = z.string().min(1).max(200);
const pct = (max: number) => z.number().finite().min(0).max(max);

const common = {
  /** Absent on create: main assigns one. */
  id: id.optional(),
  name: z.string().max(200).optional(),
  enabled: z.boolean().default(true),
  /** Re-arm margin, in percentage points (distance, margin ratio) or percent of the level (price). */
  hysteresisPct: pct(100).default(1),
  /** Minimum seconds between two notifications of this rule for the same subject. */
  cooldownSeconds: z.number().int().min(0).max(7 * 24 * 3600).default(300),
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

/** Fires when any sizing warning (shared/sizing) of at least `minSeverity` is present. */
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

const storedRuleSchema = alertRuleInputSchema.and(z.object({ id }));

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

/** `alerts:rules:list` */
export const listAlertRules = defineChannel('alerts:rules:list', z.object({}).strict(), z.array(storedRuleSchema));
/** `alerts:rules:upsert`: creates (no id) or replaces (id) one rule; returns it as stored. */
export const upsertAlertRule = defineChannel('alerts:rules:upsert', z.object({ rule: alertRuleInputSchema }).strict(), storedRuleSchema);
/** `alerts:rules:remove` */
export const removeAlertRule = defineChannel('alerts:rules:remove', z.object({ id }).strict(), z.object({ removed: z.boolean() }));

/** `alerts:history:list`: newest first. */
export const listAlertHistory = defineChannel(
  'alerts:history:list',
  z.object({ limit: z.number().int().min(1).max(10_000).default(200), unacknowledgedOnly: z.boolean().default(false) }).strict(),
  z.array(alertEventSchema),
);
/** `alerts:history:acknowledge`: the given events, or every unacknowledged one when `ids` is absent. */
export const acknowledgeAlerts = defineChannel(
  'alerts:history:acknowledge',
  z.object({ ids: z.array(id).max(10_000).optional() }).strict(),
  z.object({ acknowledged: z.number().int().nonnegative() }),
);
/** `alerts:history:clear`: deletes the history (only acknowledged events when `acknowledgedOnly`). */
export const clearAlertHistory = defineChannel(
  'alerts:history:clear',
  z.object({ acknowledgedOnly: z.boolean().default(false) }).strict(),
  z.object({ cleared: z.number().int().nonnegative() }),
);

/** Alert settings kept in the settings table under {@link ALERT_SETTINGS_KEY}. */
export const alertSettingsSchema = z.object({
  /** Show desktop notifications (the history is always written). */
  notifications: z.boolean().default(true),
  /** Start Cascade (hidden, in the tray) when the user logs in. */
  startAtLogin: z.boolean().default(false),
});
/** Alert settings. */
export type AlertSettings = z.output<typeof alertSettingsSchema>;
/** Settings-table key of {@link alertSettingsSchema}. */
export const ALERT_SETTINGS_KEY = 'alerts';

/** `alerts:settings:get` */
export const getAlertSettings = defineChannel('alerts:settings:get', z.object({}).strict(), alertSettingsSchema);
/** `alerts:settings:set`: partial update; returns the stored settings. */
export const setAlertSettings = defineChannel(
  'alerts:settings:set',
  z.object({ notifications: z.boolean().optional(), startAtLogin: z.boolean().optional() }).strict(),
  alertSettingsSchema,
);

/** The `cascade.alerts` subtree. */
export const alertChannels = {
  rules: { list: listAlertRules, upsert: upsertAlertRule, remove: removeAlertRule },
  history: { list: listAlertHistory, acknowledge: acknowledgeAlerts, clear: clearAlertHistory },
  settings: { get: getAlertSettings, set: setAlertSettings },
} as const;
