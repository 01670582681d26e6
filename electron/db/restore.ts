import { copyFileSync, existsSync, openSync, readSync, closeSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { CascadeUserError } from '@shared/errors';
import { backupDir, createBackup, type BackupFile } from './backup';
import { SCHEMA_VERSION } from './migrate';
import { openDatabase } from './open';

/** Tables every Cascade database has had since version 1. */
const REQUIRED_TABLES = ['accounts', 'positions', 'prices', 'settings'];

/**
 * Checks that a file is a Cascade database this build can read: SQLite header, integrity
 * check, schema version 1..current, Cascade's tables. Throws a {@link CascadeUserError} saying
 * what is wrong; never writes to the file.
 */
export function validateBackupFile(path: string): { schemaVersion: number } {
  if (!existsSync(path)) throw new CascadeUserError(`${path} does not exist`, { code: 'not-found' });
  const fd = openSync(path, 'r');
  const header = Buffer.alloc(16);
  const read = readSync(fd, header, 0, 16, 0);
  closeSync(fd);
  if (read < 16 || header.toString('latin1') !== 'SQLite format 3\u0000') {
    throw new CascadeUserError(`${path} is not a Cascade backup: it is not an SQLite database`);
  }
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok')
      throw new CascadeUserError(`${path} is damaged (integrity check: ${String(check)}); choose another backup`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new CascadeUserError(
        `${path} has schema version ${version}, written by a newer Cascade (this one reads up to ${SCHEMA_VERSION})`,
      );
    }
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (version < 1 || missing.length)
      throw new CascadeUserError(
        `${path} is an SQLite database but not a Cascade one (no ${missing.join(', ') || 'schema version'})`,
      );
    return { schemaVersion: version };
  } catch (error) {
    if (error instanceof CascadeUserError) throw error;
    throw new CascadeUserError(`${path} cannot be read as a Cascade backup: ${(error as Error).message}`);
  } finally {
    db?.close();
  }
}

/**
 * Replaces the open database's content with a backup's, in one transaction on the live
 * connection (handlers and prepared statements stay valid). The backup is validated first, the
 * current book is backed up (`pre-restore`), and an older backup is migrated on a temporary copy
 * — the chosen file itself is never modified.
 */
export function restoreFromFile(
  db: Database,
  dbPath: string,
  source: string,
  now: Date,
): { safetyBackup: BackupFile; schemaVersion: number } {
  validateBackupFile(source);
  const safetyBackup = createBackup(db, dbPath, 'pre-restore', now);
  const temp = join(backupDir(dbPath), `.restoring-${process.pid}-${Date.now()}.sqlite`);
  copyFileSync(source, temp);
  try {
    openDatabase(temp, { backups: false }).close(); // migrates the copy to this build's schema
    db.prepare('ATTACH DATABASE ? AS src').run(temp);
    try {
      const tables = (
        db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
          name: string;
        }[]
      ).map((r) => r.name);
      db.transaction(() => {
        db.pragma('defer_foreign_keys = ON');
        for (const t of tables) db.prepare(`DELETE FROM main."${t}"`).run();
        for (const t of tables) {
          const cols = (db.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).all(t) as { name: string }[])
            .map((c) => `"${c.name}"`)
            .join(', ');
          db.prepare(`INSERT INTO main."${t}" (${cols}) SELECT ${cols} FROM src."${t}"`).run();
        }
      })();
    } finally {
      db.prepare('DETACH DATABASE src').run();
    }
    return { safetyBackup, schemaVersion: db.pragma('user_version', { simple: true }) as number };
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
  }
}
