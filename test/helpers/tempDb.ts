import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '@electron/db/open';
import type { HandlerContext } from '@electron/core/context';

/** A real SQLite file in a fresh temp folder, with a handler context around it. */
export interface TempDb {
  dir: string;
  dbPath: string;
  db: Database;
  ctx: HandlerContext;
  cleanup: () => void;
}

export function makeTempDb(options: { now?: () => Date } = {}): TempDb {
  const dir = mkdtempSync(join(tmpdir(), 'cascade-db-'));
  const dbPath = join(dir, 'cascade.sqlite');
  const db = openDatabase(dbPath);
  const ctx: HandlerContext = { db, dbPath, version: '0.0.0-test', now: options.now ?? (() => new Date()) };
  return {
    dir,
    dbPath,
    db,
    ctx,
    cleanup: () => {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
