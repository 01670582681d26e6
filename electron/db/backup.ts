import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';

/**
 * Backups are whole-database copies written with `VACUUM INTO` (a consistent snapshot even
 * while the app writes, compacted, WAL folded in) into `backups/` beside the database file.
 * The kind is part of the file name so listing needs no index:
 * `cascade-<kind>-<UTC stamp>.sqlite`, daily ones `cascade-daily-<YYYY-MM-DD>.sqlite`.
 */
export type BackupKind = 'manual' | 'daily' | 'pre-migration' | 'pre-restore';

export interface BackupFile {
  file: string;
  path: string;
  bytes: number;
  createdAt: string;
  kind: BackupKind;
}

const NAME = /^cascade-(manual|daily|pre-migration|pre-restore)-[A-Za-z0-9._-]+\.sqlite$/;

/** The backup folder of a database file. */
export function backupDir(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

const stamp = (now: Date): string =>
  now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace('Z', '');

function describe(path: string): BackupFile {
  const file = basename(path);
  const st = statSync(path);
  return { file, path, bytes: st.size, createdAt: st.mtime.toISOString(), kind: NAME.exec(file)![1] as BackupKind };
}

/** Writes a snapshot of `db` to `path` (which must not exist yet). */
export function vacuumInto(db: Database, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  db.prepare('VACUUM INTO ?').run(path);
}

/** Writes a backup of the open database; `label` adds e.g. the schema version for pre-migration copies. */
export function createBackup(db: Database, dbPath: string, kind: BackupKind, now: Date, label?: string): BackupFile {
  const dir = backupDir(dbPath);
  const base =
    kind === 'daily'
      ? `cascade-daily-${now.toISOString().slice(0, 10)}`
      : `cascade-${kind}-${label ? `${label}-` : ''}${stamp(now)}`;
  let path = join(dir, `${base}.sqlite`);
  for (let n = 2; existsSync(path); n++) path = join(dir, `${base}-${n}.sqlite`);
  vacuumInto(db, path);
  return describe(path);
}

/** Every backup beside a database, newest first. */
export function listBackups(dbPath: string): BackupFile[] {
  const dir = backupDir(dbPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => NAME.test(f))
    .map((f) => describe(join(dir, f)))
    .sort((a, b) =>
      a.createdAt === b.createdAt ? b.file.localeCompare(a.file) : b.createdAt.localeCompare(a.createdAt),
    );
}

/**
 * Makes today's daily backup if there is none yet, and deletes daily backups beyond the newest
 * `keep` (manual, pre-migration and pre-restore copies are never deleted automatically).
 * Returns the backup made, if any.
 */
export function ensureDailyBackup(db: Database, dbPath: string, now: Date, keep: number): BackupFile | undefined {
  const today = `cascade-daily-${now.toISOString().slice(0, 10)}.sqlite`;
  const made = existsSync(join(backupDir(dbPath), today)) ? undefined : createBackup(db, dbPath, 'daily', now);
  const daily = listBackups(dbPath)
    .filter((b) => b.kind === 'daily')
    .sort((a, b) => b.file.localeCompare(a.file)); // the date in the name orders them
  for (const old of daily.slice(Math.max(1, keep))) rmSync(old.path, { force: true });
  return made;
}
