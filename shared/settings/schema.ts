/**
 * Per-key schemas of the settings table (key → JSON value). Reading an unset key returns its
 * default; writing validates the value with the key's schema. Add a setting by adding one entry.
 */
import { z } from 'zod';

export const settingSchemas = {
  /** How many daily backups to keep beside the database. */
  'backup.keepDaily': z.number().int().min(1).max(365),
  /** Colour scheme. */
  'ui.theme': z.enum(['system', 'light', 'dark']),
  /** The account the book view shows first; null: all. */
  'ui.selectedAccountId': z.string().nullable(),
  /** Distance to liquidation (fraction of mark) below which a position is flagged. */
  'risk.warnDistance': z.number().min(0).max(1),
} as const;

/** Every setting's value when the user has not set it. */
export const settingDefaults: { [K in SettingKey]: SettingValue<K> } = {
  'backup.keepDaily': 7,
  'ui.theme': 'system',
  'ui.selectedAccountId': null,
  'risk.warnDistance': 0.1,
};

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof settingSchemas)[K]>;

/** The known keys, for `z.enum`. */
export const SETTING_KEYS = Object.keys(settingSchemas) as [SettingKey, ...SettingKey[]];
