import type { Database } from 'better-sqlite3';
import { applyMigration, migrations as defaultMigrations, type Migration } from './migrations';

/** The schema version this build writes. */
export const SCHEMA_VERSION = defaultMigrations.length;

/** Reads `PRAGMA user_version`. */
export function readSchemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** A database written by a newer Cascade: refused, never touched. */
export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `this database has schema version ${found}, but this Cascade understands up to ${supported}; ` +
        'it was written by a newer version of Cascade. Update Cascade; the file was left untouched.',
    );
    this.name = 'NewerSchemaError';
  }
}

export interface MigrateOptions {
  migrations?: readonly Migration[];
  /** Called before each migration of a database that existed before (to write a backup). */
  beforeMigration?: (fromVersion: number) => void;
}

/**
 * Brings the schema up to date, one transaction per migration, so a crash leaves the database
 * at a whole version. Returns the final version.
 */
export function migrate(db: Database, options: MigrateOptions = {}): number {
  const list = options.migrations ?? defaultMigrations;
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration "${m.name}" has version ${m.version}; expected ${i + 1}`);
  });
  const current = readSchemaVersion(db);
  if (current > list.length) throw new NewerSchemaError(current, list.length);
  for (let version = current; version < list.length; version++) {
    // A brand-new file (version 0 when we started) has nothing to back up.
    if (current > 0) options.beforeMigration?.(version);
    db.transaction(() => {
      applyMigration(db, list[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return readSchemaVersion(db);
}
