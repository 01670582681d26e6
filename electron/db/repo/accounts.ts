import type { Database } from 'better-sqlite3';
import type { VenueId } from '@shared/engine/types';
import type { AccountRow } from '@shared/book/schema';
import { stmt } from '../statements';

/** An account as the accounts table holds it. */
export interface AccountRecord {
  id: number;
  name: string;
  venue: string;
  margin_mode: 'isolated' | 'cross';
  position_mode: 'one-way' | 'hedge' | null;
  wallet_balance: number;
  taker_fee_rate: number | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

/** The fields a write supplies (times are set by the repository). */
export interface AccountValues {
  name: string;
  venue: VenueId;
  marginMode: 'isolated' | 'cross';
  positionMode?: 'one-way' | 'hedge';
  walletBalance: number;
  takerFeeRate?: number;
  notes?: string | null;
}

const COLUMNS =
  'id, name, venue, margin_mode, position_mode, wallet_balance, taker_fee_rate, notes, created_at, updated_at';

/** Row → IPC shape; absent engine options stay absent (not null), as the engine expects. */
export function toAccountRow(r: AccountRecord): AccountRow {
  const row: AccountRow = {
    id: String(r.id),
    name: r.name,
    venue: r.venue as VenueId,
    marginMode: r.margin_mode,
    walletBalance: r.wallet_balance,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
  if (r.position_mode !== null) row.positionMode = r.position_mode;
  if (r.taker_fee_rate !== null) row.takerFeeRate = r.taker_fee_rate;
  return row;
}

export function listAccountRecords(db: Database): AccountRecord[] {
  return stmt(db, `SELECT ${COLUMNS} FROM accounts ORDER BY name COLLATE NOCASE, id`).all() as AccountRecord[];
}

export function getAccountRecord(db: Database, id: number): AccountRecord | undefined {
  return stmt(db, `SELECT ${COLUMNS} FROM accounts WHERE id = ?`).get(id) as AccountRecord | undefined;
}

export function findAccountByName(db: Database, name: string): AccountRecord | undefined {
  return stmt(db, `SELECT ${COLUMNS} FROM accounts WHERE name = ?`).get(name) as AccountRecord | undefined;
}

function params(v: AccountValues, now: string) {
  return {
    name: v.name,
    venue: v.venue,
    margin_mode: v.marginMode,
    position_mode: v.positionMode ?? null,
    wallet_balance: v.walletBalance,
    taker_fee_rate: v.takerFeeRate ?? null,
    notes: v.notes ?? null,
    now,
  };
}

/** Inserts an account; `id` keeps an old id (undo of a delete). Returns the new id. */
export function insertAccount(
  db: Database,
  v: AccountValues,
  now: string,
  id?: number,
  kept?: { createdAt?: string; updatedAt?: string },
): number {
  const info = stmt(
    db,
    `INSERT INTO accounts (id, name, venue, margin_mode, position_mode, wallet_balance, taker_fee_rate, notes, created_at, updated_at)
     VALUES (@id, @name, @venue, @margin_mode, @position_mode, @wallet_balance, @taker_fee_rate, @notes, @created_at, @now)`,
  ).run({ ...params(v, kept?.updatedAt ?? now), id: id ?? null, created_at: kept?.createdAt ?? now });
  return Number(info.lastInsertRowid);
}

/** Replaces an account's fields; returns false when the id does not exist. */
export function updateAccount(db: Database, id: number, v: AccountValues, now: string): boolean {
  const info = stmt(
    db,
    `UPDATE accounts SET name = @name, venue = @venue, margin_mode = @margin_mode, position_mode = @position_mode,
       wallet_balance = @wallet_balance, taker_fee_rate = @taker_fee_rate, notes = @notes, updated_at = @now
     WHERE id = @id`,
  ).run({ ...params(v, now), id });
  return info.changes > 0;
}

export function deleteAccount(db: Database, id: number): boolean {
  return stmt(db, 'DELETE FROM accounts WHERE id = ?').run(id).changes > 0;
}
