import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/** A hash of the whole book (accounts, positions, prices, mappings), rows in id order. */
export function bookFingerprint(db: Database): string {
  const hash = createHash('sha256');
  for (const table of ['accounts', 'positions', 'prices', 'import_mappings']) {
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw().iterate())
      hash.update(JSON.stringify(row));
    hash.update('|');
  }
  return hash.digest('hex');
}
