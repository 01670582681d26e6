import type { Database } from 'better-sqlite3';
import {
  settingDefaults,
  settingSchemas,
  SETTING_KEYS,
  type SettingKey,
  type SettingValue,
} from '@shared/settings/schema';
import { stmt } from '../statements';

/**
 * A setting's value, or its default when unset. A stored value that no longer matches its
 * schema (written by an older build) also reads as the default rather than breaking the app.
 */
export function readSetting<K extends SettingKey>(db: Database, key: K): SettingValue<K> {
  const row = stmt(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return settingDefaults[key];
  const parsed = settingSchemas[key].safeParse(JSON.parse(row.value));
  return parsed.success ? (parsed.data as SettingValue<K>) : settingDefaults[key];
}

/** Writes a setting (already validated against its schema). */
export function writeSetting(db: Database, key: SettingKey, value: unknown): void {
  stmt(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}

export function readAllSettings(db: Database): { key: SettingKey; value: unknown }[] {
  return SETTING_KEYS.map((key) => ({ key, value: readSetting(db, key) }));
}
