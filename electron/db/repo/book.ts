import type { Database } from 'better-sqlite3';
import type { Book, BookAccount } from '@shared/book/types';
import { listAccountRecords, toAccountRow } from './accounts';
import { listBookPositions } from './positions';
import { latestMarks } from './prices';

/**
 * The whole book in three queries (accounts, positions, latest marks) — no query per account
 * or position, so 10 000 positions load in one pass. A position's mark is the latest stored
 * price of its symbol, else its entry price (`markSource: 'entry'`).
 */
export function loadBook(db: Database, accountId?: number): Book {
  const marks = latestMarks(db);
  const accounts: BookAccount[] = [];
  const byId = new Map<number, BookAccount>();
  for (const r of listAccountRecords(db)) {
    if (accountId !== undefined && r.id !== accountId) continue;
    const account: BookAccount = { ...toAccountRow(r), positions: [] };
    accounts.push(account);
    byId.set(r.id, account);
  }
  for (const p of listBookPositions(db, marks, accountId)) byId.get(Number(p.accountId))?.positions.push(p);
  return { accounts };
}
