import { z } from 'zod';

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
