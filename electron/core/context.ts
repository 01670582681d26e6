import type { Database } from 'better-sqlite3';

/** What every IPC handler gets besides its request: the open database and a clock. */
export interface HandlerContext {
  db: Database;
  /** Absolute path of the database file (`:memory:` in some tests). */
  dbPath: string;
  /** The app's version (package.json). */
  version: string;
  /** Injected so tests can script time. */
  now: () => Date;
}
