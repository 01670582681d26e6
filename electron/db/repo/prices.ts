import type { Database } from 'better-sqlite3';
import type { PriceRow } from '@shared/book/schema';
import { stmt } from '../statements';
import type { Mark } from './positions';
import { normalizeSymbolText } from './positions';

/** Records a mark price. */
export function insertPrice(
  db: Database,
  symbol: string,
  mark: number,
  source: 'manual' | 'feed',
  at: string,
): PriceRow {
  const s = normalizeSymbolText(symbol);
  stmt(db, 'INSERT INTO prices (symbol, mark, source, at) VALUES (?, ?, ?, ?)').run(s, mark, source, at);
  return { symbol: s, mark, source, at };
}

/**
 * The latest price of each symbol: the row with the highest id per symbol (SQLite returns the
 * bare columns of the max() row), one index-ordered query.
 */
export function latestPrices(db: Database): PriceRow[] {
  return stmt(db, 'SELECT symbol, mark, source, at, max(id) AS _id FROM prices GROUP BY symbol ORDER BY symbol')
    .all()
    .map((r) => {
      const { _id, ...row } = r as PriceRow & { _id: number };
      return row;
    });
}

/** Latest marks keyed by symbol, for building the book. */
export function latestMarks(db: Database): Map<string, Mark> {
  const out = new Map<string, Mark>();
  for (const r of latestPrices(db)) out.set(r.symbol, { mark: r.mark, source: r.source, at: r.at });
  return out;
}

export function latestPrice(db: Database, symbol: string): PriceRow | undefined {
  return stmt(db, 'SELECT symbol, mark, source, at FROM prices WHERE symbol = ? ORDER BY id DESC LIMIT 1').get(
    normalizeSymbolText(symbol),
  ) as PriceRow | undefined;
}

/** The last `limit` prices of a symbol, oldest first. */
export function priceHistory(db: Database, symbol: string, limit: number): PriceRow[] {
  const rows = stmt(db, 'SELECT symbol, mark, source, at FROM prices WHERE symbol = ? ORDER BY id DESC LIMIT ?').all(
    normalizeSymbolText(symbol),
    limit,
  ) as PriceRow[];
  return rows.reverse();
}
