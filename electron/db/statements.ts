import type { Database, Statement } from 'better-sqlite3';

const cache = new WeakMap<Database, Map<string, Statement>>();

/**
 * A prepared statement, compiled once per connection and reused: repositories call this on
 * every request, so hot paths (book load, import) never re-parse SQL.
 */
export function stmt(db: Database, sql: string): Statement {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  let statement = perDb.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    perDb.set(sql, statement);
  }
  return statement;
}

/** An id as the IPC sends it (`"42"`) → the INTEGER key. */
export function toKey(id: string): number {
  return Number(id);
}
