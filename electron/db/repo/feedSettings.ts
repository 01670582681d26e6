import type { Database } from 'better-sqlite3';
import { FEED_SETTINGS_KEY, feedSettingsSchema, type FeedSettings } from '@shared/settings/feed';
import { stmt } from '../statements';

/** Feed settings from the settings table (defaults — feed off — when unset or unreadable). */
export function readFeedSettings(db: Database): FeedSettings {
  const row = stmt(db, 'SELECT value FROM settings WHERE key = ?').get(FEED_SETTINGS_KEY) as
    | { value: string }
    | undefined;
  const parsed = feedSettingsSchema.safeParse(row ? JSON.parse(row.value) : {});
  return parsed.success ? parsed.data : feedSettingsSchema.parse({});
}

/** Merges a partial update into the feed settings, in one transaction; returns the result. */
export function writeFeedSettings(db: Database, patch: Partial<FeedSettings>): FeedSettings {
  return db.transaction(() => {
    const next = feedSettingsSchema.parse({ ...readFeedSettings(db), ...patch });
    stmt(
      db,
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(FEED_SETTINGS_KEY, JSON.stringify(next));
    return next;
  })();
}
