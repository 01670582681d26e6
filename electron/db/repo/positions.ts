import type { Database } from 'better-sqlite3';
import type { BookPosition, MarkSource } from '../../../shared/book/types';
import type { MaintenanceTier } from '../../../shared/engine/types';
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
  return stmt(db, `SELECT ${COLUMNS} FROM positions WHERE account_id = ? ORDER BY symbol, side`).all(accountId) as PositionRecord[];
}

export function getPositionRecord(db: Database, id: number): PositionRecord | undefined {
  return stmt(db, `SELECT ${COLUMNS} FROM positions WHERE id = ?`).get(id) as PositionRecord | undefined;
}

export function findPositionByKey(db: Database, accountId: number, symbol: string, side: string): PositionRecord | undefined {
  return stmt(db, `SELECT ${COLUMNS} FROM positions WHERE account_id = ? AND symbol = ? AND side = ?`).get(accountId, symbol, side) as
    | PositionRecord
    | undefined;
}

function params(v: PositionValues, now: string) {
  return {
    account_id: v.accountId,
    symbol: normalizeSymbolText(v.symbol),
    side: v.side,
    contract: v.contract,
    quantity: v.quantity,
    contract_size: v.contractSize ?? null,
    entry_price: v.entryPrice,
    leverage: v.leverage ?? null,
    isolated_margin: v.isolatedMargin ?? null,
    tiers: encodeTiers(v.tiers),
    mmr: v.mmr ?? null,
    maintenance_amount: v.maintenanceAmount ?? null,
    max_leverage: v.maxLeverage ?? null,
    tick_size: v.tickSize ?? null,
    stop_loss: v.stopLoss ?? null,
    take_profit: v.takeProfit ?? null,
    opened_at: v.openedAt ?? null,
    notes: v.notes ?? null,
    now,
  };
}

const INSERT_SQL = `INSERT INTO positions (id, account_id, symbol, side, contract, quantity, contract_size, entry_price, leverage,
    isolated_margin, tiers, mmr, maintenance_amount, max_leverage, tick_size, stop_loss, take_profit, opened_at, notes, created_at, updated_at)
  VALUES (@id, @account_id, @symbol, @side, @contract, @quantity, @contract_size, @entry_price, @leverage,
    @isolated_margin, @tiers, @mmr, @maintenance_amount, @max_leverage, @tick_size, @stop_loss, @take_profit, @opened_at, @notes, @created_at, @now)`;

/** Inserts a position; `id` keeps an old id (undo of a delete). Returns the id. */
export function insertPosition(db: Database, v: PositionValues, now: string, id?: number, createdAt?: string): number {
  const info = stmt(db, INSERT_SQL).run({ ...params(v, now), id: id ?? null, created_at: createdAt ?? now });
  return Number(info.lastInsertRowid);
}

/** Replaces a position's fields; false when the id does not exist. */
export function updatePosition(db: Database, id: number, v: PositionValues, now: string): boolean {
  const info = stmt(
    db,
    `UPDATE positions SET account_id = @account_id, symbol = @symbol, side = @side, contract = @contract, quantity = @quantity,
       contract_size = @contract_size, entry_price = @entry_price, leverage = @leverage, isolated_margin = @isolated_margin,
       tiers = @tiers, mmr = @mmr, maintenance_amount = @maintenance_amount, max_leverage = @max_leverage, tick_size = @tick_size,
       stop_loss = @stop_loss, take_profit = @take_profit, opened_at = @opened_at, notes = @notes, updated_at = @now
     WHERE id = @id`,
  ).run({ ...params(v, now), id });
  return info.changes > 0;
}

export function deletePosition(db: Database, id: number): boolean {
  return stmt(db, 'DELETE FROM positions WHERE id = ?').run(id).changes > 0;
}

/** Back from the book's shape to write values (used by restore/undo). */
export function valuesOf(p: Omit<BookPosition, 'markPrice' | 'markSource' | 'id'> & { accountId: string }): PositionValues {
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
