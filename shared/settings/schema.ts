/**
 * Per-key schemas of the settings table (key → JSON value). Reading an unset key returns its
 * default; writing validates the value with the key's schema. Add a setting by adding one entry.
 */
import { z } from 'zod';
import { VENUE_IDS } from '../engine/schema';
import { defaultRules, rulesSchema } from '../warnings/rules';

export const settingSchemas = {
  /** How many daily backups to keep beside the database. */
  'backup.keepDaily': z.number().int().min(1).max(365),
  /** Colour scheme. */
  'ui.theme': z.enum(['system', 'light', 'dark']),
  /** The account the book view shows first; null: all. */
  'ui.selectedAccountId': z.string().nullable(),
  /** Distance to liquidation (fraction of mark) below which a position is flagged. */
  'risk.warnDistance': z.number().min(0).max(1),
  /** BCP 47 locale for number formatting; '' = the system's. */
  'ui.locale': z
    .string()
    .max(35)
    .regex(/^$|^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'expected a BCP 47 locale such as en-US, or empty' }),
  /** Venue preselected in new-account and sizing forms. */
  'ui.defaultVenue': z.enum(VENUE_IDS),
  /** Sizing / warning rules (shared/warnings/rules.ts). */
  'sizing.rules': rulesSchema,
  /** Annualised volatility per base asset or symbol (0.55 = 55 % a year). */
  'risk.volatility': z.record(z.string().min(1).max(40), z.number().positive().max(20)),
} as const;

/** Every setting's value when the user has not set it. */
export const settingDefaults: { [K in SettingKey]: SettingValue<K> } = {
  'backup.keepDaily': 7,
  'ui.theme': 'dark',
  'ui.selectedAccountId': null,
  'risk.warnDistance': 0.1,
  'ui.locale': '',
  'ui.defaultVenue': 'binance-usdm',
  'sizing.rules': [...defaultRules],
  'risk.volatility': {},
};

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof settingSchemas)[K]>;

/** The known keys, for `z.enum`. */
export const SETTING_KEYS = Object.keys(settingSchemas) as [SettingKey, ...SettingKey[]];
