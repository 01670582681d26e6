import type { Database } from 'better-sqlite3';
import type { CsvMapping } from '@shared/book/csvMapping';
import { stmt } from '../statements';

/** The mapping the user chose for a CSV header (by its signature), if any. */
export function loadMapping(db: Database, signature: string): CsvMapping | undefined {
  const row = stmt(db, 'SELECT mapping FROM import_mappings WHERE signature = ?').get(signature) as
    | { mapping: string }
    | undefined;
  return row ? (JSON.parse(row.mapping) as CsvMapping) : undefined;
}

export function saveMapping(db: Database, signature: string, header: string[], mapping: CsvMapping, now: string): void {
  stmt(
    db,
    `INSERT INTO import_mappings (signature, header, mapping, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (signature) DO UPDATE SET header = excluded.header, mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(signature, JSON.stringify(header), JSON.stringify(mapping), now);
}
