import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { createBackup } from './backup';
import { migrate, NewerSchemaError, readSchemaVersion, SCHEMA_VERSION, type MigrateOptions } from './migrate';

/** The first 16 bytes of every SQLite 3 file. */
const SQLITE_HEADER = 'SQLite format 3\u0000';

/** A file that exists but is not a Cascade database: refused and kept as it is. */
export class CorruptDatabaseError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`cannot open ${path}: ${reason}. The file was left untouched; restore a backup or choose another file.`);
    this.name = 'CorruptDatabaseError';
  }
}

function checkHeader(path: string): void {
  if (!existsSync(path) || statSync(path).size === 0) return;
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    if (read < 16 || buffer.toString('latin1') !== SQLITE_HEADER) {
      throw new CorruptDatabaseError(path, 'it is not an SQLite database');
    }
  } finally {
    closeSync(fd);
  }
}

export interface OpenOptions extends MigrateOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron in the app). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Back up an existing file (VACUUM INTO backups/) before each migration. Default true. */
  backups?: boolean;
}

/**
 * Opens (creating if needed) the database at `path`: WAL journal, foreign keys on, schema
 * migrated. Refuses a file that is not SQLite, fails its quick check, or is from a newer Cascade.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  if (path !== ':memory:') checkHeader(path);
  const db = new BetterSqlite3(path, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CorruptDatabaseError(path, `integrity check failed (${String(check)})`);
    // Refuse a newer file before anything (even the journal mode) writes to it.
    const supported = options.migrations?.length ?? SCHEMA_VERSION;
    const found = readSchemaVersion(db);
    if (found > supported) throw new NewerSchemaError(found, supported);
    if (path !== ':memory:' && !options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      const backups = options.backups !== false && path !== ':memory:';
      migrate(db, {
        ...options,
        beforeMigration: (from) => {
          if (backups) createBackup(db, path, 'pre-migration', new Date(), `v${from}`);
          options.beforeMigration?.(from);
        },
      });
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof Error && /not a database|malformed/i.test(error.message)) {
      throw new CorruptDatabaseError(path, error.message);
    }
    throw error;
  }
}
