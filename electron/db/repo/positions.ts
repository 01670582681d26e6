import type { Database } from 'better-sqlite3';
import type { BookPosition, MarkSource } from '@shared/book/types';
import type { MaintenanceTier } from '@shared/engine/types';
import { stmt } from '../statements';
import { decodeTiers, encodeTiers } from './tiersCodec';

/** A position as the positions table holds it. */
export interface PositionRecord {
  id: number;
  account_id: number;
  symbol: string;
  side: 'long' | 'short';
  contract: 'linear' | 'inverse';
  quantity: number;
  contract_size: number | null;
  entry_price: number;
  leverage: number | null;
  isolated_margin: number | null;
  tiers: string | null;
  mmr: number | null;
  maintenance_amount: number | null;
  max_leverage: number | null;
  tick_size: number | null;
  stop_loss: number | null;
  take_profit: number | null;
  opened_at: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

/** The fields a write supplies. */
export interface PositionValues {
  accountId: number;
  symbol: string;
  side: 'long' | 'short';
  contract: 'linear' | 'inverse';
  quantity: number;
  contractSize?: number;
  entryPrice: number;
  leverage?: number;
  isolatedMargin?: number;
  tiers?: MaintenanceTier[];
  mmr?: number;
  maintenanceAmount?: number;
  maxLeverage?: number;
  tickSize?: number;
  stopLoss?: number | null;
  takeProfit?: number | null;
  openedAt?: string | null;
  notes?: string | null;
}

/** Symbols are stored trimmed and upper-case so positions and prices meet on one spelling. */
export function normalizeSymbolText(symbol: string): string {
  return symbol.trim().toUpperCase();
}

const COLUMNS =
  'id, account_id, symbol, side, contract, quantity, contract_size, entry_price, leverage, isolated_margin, tiers, mmr, ' +
  'maintenance_amount, max_leverage, tick_size, stop_loss, take_profit, opened_at, notes, created_at, updated_at';

/** A latest mark for a symbol, or none (the entry price stands in). */
export interface Mark {
  mark: number;
  source: 'manual' | 'feed';
  at: string;
}

/** Row → the book's position. Absent engine options stay absent; the user's fields are null when empty. */
export function toBookPosition(r: PositionRecord, mark: Mark | undefined): BookPosition {
  const p: BookPosition = {
    id: String(r.id),
    accountId: String(r.account_id),
    symbol: r.symbol,
    side: r.side,
    contract: r.contract,
    quantity: r.quantity,
    entryPrice: r.entry_price,
    markPrice: mark ? mark.mark : r.entry_price,
    stopLoss: r.stop_loss,
    takeProfit: r.take_profit,
    openedAt: r.opened_at,
    notes: r.notes,
    markSource: (mark ? mark.source : 'entry') as MarkSource,
    markAt: mark ? mark.at : null,
  };
  if (r.contract_size !== null) p.contractSize = r.contract_size;
  if (r.leverage !== null) p.leverage = r.leverage;
  if (r.isolated_margin !== null) p.isolatedMargin = r.isolated_margin;
  if (r.tiers !== null) p.tiers = decodeTiers(r.tiers);
  if (r.mmr !== null) p.mmr = r.mmr;
  if (r.maintenance_amount !== null) p.maintenanceAmount = r.maintenance_amount;
  if (r.max_leverage !== null) p.maxLeverage = r.max_leverage;
  if (r.tick_size !== null) p.tickSize = r.tick_size;
  return p;
}

/** Every position (one query), ordered by account then symbol. */
export function listPositionRecords(db: Database, accountId?: number): PositionRecord[] {
  if (accountId === undefined) {
    return stmt(db, `SELECT ${COLUMNS} FROM positions ORDER BY account_id, symbol, side`).all() as PositionRecord[];
  }
  return stmt(db, `SELECT ${COLUMNS} FROM positions WHERE account_id = ? ORDER BY symbol, side`).all(
    accountId,
  ) as PositionRecord[];
}

/**
 * Every position as the book carries it, in one raw (array-per-row) query: about three times
 * faster than objects per row, which matters for a 10 000-position book.
 */
export function listBookPositions(db: Database, marks: ReadonlyMap<string, Mark>, accountId?: number): BookPosition[] {
  const sql =
    'SELECT id, account_id, symbol, side, contract, quantity, contract_size, entry_price, leverage, isolated_margin, tiers, mmr, ' +
    'maintenance_amount, max_leverage, tick_size, stop_loss, take_profit, opened_at, notes FROM positions ' +
    (accountId === undefined ? 'ORDER BY account_id, symbol, side' : 'WHERE account_id = ? ORDER BY symbol, side');
  const statement = stmt(db, sql).raw(true);
  const rows = (accountId === undefined ? statement.all() : statement.all(accountId)) as unknown[][];
  const out: BookPosition[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const entry = r[7] as number;
    const mark = marks.get(r[2] as string);
    const p: BookPosition = {
      id: String(r[0]),
      accountId: String(r[1]),
      symbol: r[2] as string,
      side: r[3] as 'long' | 'short',
      contract: r[4] as 'linear' | 'inverse',
      quantity: r[5] as number,
      entryPrice: entry,
      markPrice: mark ? mark.mark : entry,
      stopLoss: r[15] as number | null,
      takeProfit: r[16] as number | null,
      openedAt: r[17] as string | null,
      notes: r[18] as string | null,
      markSource: mark ? mark.source : 'entry',
      markAt: mark ? mark.at : null,
    };
    if (r[6] !== null) p.contractSize = r[6] as number;
    if (r[8] !== null) p.leverage = r[8] as number;
    if (r[9] !== null) p.isolatedMargin = r[9] as number;
    if (r[10] !== null) p.tiers = decodeTiers(r[10] as string);
    if (r[11] !== null) p.mmr = r[11] as number;
    if (r[12] !== null) p.maintenanceAmount = r[12] as number;
    if (r[13] !== null) p.maxLeverage = r[13] as number;
    if (r[14] !== null) p.tickSize = r[14] as number;
    out[i] = p;
  }
  return out;
}

export function getPositionRecord(db: Database, id: number): PositionRecord | undefined {
  return stmt(db, `SELECT ${COLUMNS} FROM positions WHERE id = ?`).get(id) as PositionRecord | undefined;
}

export function findPositionByKey(
  db: Database,
  accountId: number,
  symbol: string,
  side: string,
): PositionRecord | undefined {
  return stmt(db, `SELECT ${COLUMNS} FROM positions WHERE account_id = ? AND symbol = ? AND side = ?`).get(
    accountId,
    symbol,
    side,
  ) as PositionRecord | undefined;
}

/**
 * The written columns in table order. Bound positionally: better-sqlite3 binds positional arguments about
 * ten times faster than named parameters from an object, which dominates a 10 000-row import.
 */
function columns(v: Omit<PositionValues, 'accountId'>, accountId: number, tail: unknown[]): unknown[] {
  return [
    accountId,
    normalizeSymbolText(v.symbol),
    v.side,
    v.contract,
    v.quantity,
    v.contractSize ?? null,
    v.entryPrice,
    v.leverage ?? null,
    v.isolatedMargin ?? null,
    v.tiers ? encodeTiers(v.tiers) : null,
    v.mmr ?? null,
    v.maintenanceAmount ?? null,
    v.maxLeverage ?? null,
    v.tickSize ?? null,
    v.stopLoss ?? null,
    v.takeProfit ?? null,
    v.openedAt ?? null,
    v.notes ?? null,
    ...tail,
  ];
}

const INSERT_SQL = `INSERT INTO positions (account_id, symbol, side, contract, quantity, contract_size, entry_price, leverage,
    isolated_margin, tiers, mmr, maintenance_amount, max_leverage, tick_size, stop_loss, take_profit, opened_at, notes, id, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Inserts a position; `id` keeps an old id (undo of a delete). Returns the id. */
export function insertPosition(db: Database, v: PositionValues, now: string, id?: number, createdAt?: string): number {
  const info = stmt(db, INSERT_SQL).run(...columns(v, v.accountId, [id ?? null, createdAt ?? now, now]));
  return Number(info.lastInsertRowid);
}

/**
 * A bulk writer for one transaction (imports): the statements are looked up once and each row
 * is bound from one array, no per-row objects.
 */
export function positionWriter(db: Database, now: string) {
  const insert = stmt(db, INSERT_SQL);
  const update = stmt(db, UPDATE_SQL);
  return {
    // Arguments written out, not spread from an array: 10 000 rows would otherwise allocate 20 000 arrays.
    insert: (v: Omit<PositionValues, 'accountId'>, accountId: number): void =>
      void insert.run(
        accountId,
        normalizeSymbolText(v.symbol),
        v.side,
        v.contract,
        v.quantity,
        v.contractSize ?? null,
        v.entryPrice,
        v.leverage ?? null,
        v.isolatedMargin ?? null,
        v.tiers ? encodeTiers(v.tiers) : null,
        v.mmr ?? null,
        v.maintenanceAmount ?? null,
        v.maxLeverage ?? null,
        v.tickSize ?? null,
        v.stopLoss ?? null,
        v.takeProfit ?? null,
        v.openedAt ?? null,
        v.notes ?? null,
        null,
        now,
        now,
      ),
    update: (id: number, v: Omit<PositionValues, 'accountId'>, accountId: number): void =>
      void update.run(...columns(v, accountId, [now, id])),
  };
}

/** Replaces a position's fields; false when the id does not exist. */
const UPDATE_SQL = `UPDATE positions SET account_id = ?, symbol = ?, side = ?, contract = ?, quantity = ?, contract_size = ?, entry_price = ?,
    leverage = ?, isolated_margin = ?, tiers = ?, mmr = ?, maintenance_amount = ?, max_leverage = ?, tick_size = ?,
    stop_loss = ?, take_profit = ?, opened_at = ?, notes = ?, updated_at = ?
  WHERE id = ?`;

/** Replaces a position's fields; false when the id does not exist. */
export function updatePosition(db: Database, id: number, v: PositionValues, now: string): boolean {
  return stmt(db, UPDATE_SQL).run(...columns(v, v.accountId, [now, id])).changes > 0;
}

export function deletePosition(db: Database, id: number): boolean {
  return stmt(db, 'DELETE FROM positions WHERE id = ?').run(id).changes > 0;
}

/** Back from the book's shape to write values (used by restore/undo). */
export function valuesOf(
  p: Omit<BookPosition, 'markPrice' | 'markSource' | 'id'> & { accountId: string },
): PositionValues {
  return {
    accountId: Number(p.accountId),
    symbol: p.symbol,
    side: p.side,
    contract: p.contract,
    quantity: p.quantity,
    contractSize: p.contractSize,
    entryPrice: p.entryPrice,
    leverage: p.leverage,
    isolatedMargin: p.isolatedMargin,
    tiers: p.tiers,
    mmr: p.mmr,
    maintenanceAmount: p.maintenanceAmount,
    maxLeverage: p.maxLeverage,
    tickSize: p.tickSize,
    stopLoss: p.stopLoss,
    takeProfit: p.takeProfit,
    openedAt: p.openedAt,
    notes: p.notes,
  };
}
