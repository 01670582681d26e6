import { z } from 'zod';
import { alertEventSchema, alertIdSchema as id, alertRuleInputSchema, storedRuleSchema } from '../../alerts/schema';
import { alertSettingsSchema } from '../../settings/alerts';
import { defineChannel } from '../contract';

/** `cascade.alerts.*`: alert rules, the history of fired alerts, and the alert settings. */

/** `alerts:rules:list` */
export const listAlertRules = defineChannel('alerts:rules:list', z.object({}).strict(), z.array(storedRuleSchema));
/** `alerts:rules:upsert`: creates (no id) or replaces (id) one rule; returns it as stored. */
export const upsertAlertRule = defineChannel(
  'alerts:rules:upsert',
  z.object({ rule: alertRuleInputSchema }).strict(),
  storedRuleSchema,
);
/** `alerts:rules:remove` */
export const removeAlertRule = defineChannel(
  'alerts:rules:remove',
  z.object({ id }).strict(),
  z.object({ removed: z.boolean() }),
);

/** `alerts:history:list`: newest first. */
export const listAlertHistory = defineChannel(
  'alerts:history:list',
  z
    .object({ limit: z.number().int().min(1).max(10_000).default(200), unacknowledgedOnly: z.boolean().default(false) })
    .strict(),
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
