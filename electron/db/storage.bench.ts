import { afterAll, bench, describe } from 'vitest';
import { makeTempDb, type TempDb } from '@test/helpers/tempDb';
import { bigBookJson } from '@test/node/storage/bigBook';
import { commitImport, prepareImport } from '../transfer';
import { applyImport } from '../transfer/apply';
import { readJson } from '../transfer/json';
import { dispatch } from '../core/dispatch';
import { loadBook } from './repo/book';

// Storage cost of the two big user actions on a 10 000-position book, as ratios to what
// SQLite itself needs for the same rows in the same run:
// - import: text → validated plan → one transaction, vs a bare prepared-INSERT loop in one
//   transaction over already-parsed rows (goal ≤ 1.5× for the write; the full import also
//   parses and validates the file, which the raw loop does not);
// - load: the book with marks (loadBook, and book:get through the IPC dispatcher with its zod
//   response check) vs a bare SELECT of the same rows (goal: mean < 50 ms).

const N = 10_000;
const text = bigBookJson(N, 1);
const doc = readJson(text);
const temps: TempDb[] = [];
const fresh = (): TempDb => {
  const t = makeTempDb();
  temps.push(t);
  return t;
};
afterAll(() => temps.forEach((t) => t.cleanup()));

/**
 * Every measured run needs an empty book, and vitest's bench runs no per-iteration hook, so each
 * import bench takes the next fresh database from a pool made beforehand (outside the timing)
 * and runs exactly SAMPLES times, after one unmeasured warm-up run on its own database.
 */
const SAMPLES = 12;
const once = { time: 0, iterations: SAMPLES, warmupTime: 0, warmupIterations: 0 };
function pool(): () => TempDb {
  const dbs = Array.from({ length: SAMPLES + 4 }, fresh); // tinybench also calls fn to probe it
  let next = 0;
  return () => {
    if (next >= dbs.length) throw new Error('bench pool exhausted');
    return dbs[next++]!;
  };
}

describe(`import ${N} positions`, () => {
  const insertAccountSql =
    'INSERT INTO accounts (name, venue, margin_mode, position_mode, wallet_balance, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)';
  // Every column the importer writes, so both sides store the same rows.
  const insertPositionSql =
    'INSERT INTO positions (account_id, symbol, side, contract, quantity, contract_size, entry_price, leverage, isolated_margin, tiers, mmr, ' +
    'maintenance_amount, max_leverage, tick_size, stop_loss, take_profit, opened_at, notes, created_at, updated_at) ' +
    'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
  const rawInsert = (t: TempDb): void => {
    const insertAccount = t.db.prepare(insertAccountSql);
    const insertPosition = t.db.prepare(insertPositionSql);
    t.db.transaction(() => {
      for (const a of doc.accounts) {
        const id = insertAccount.run(
          a.name,
          a.venue,
          a.marginMode,
          a.positionMode ?? null,
          a.walletBalance,
          'now',
          'now',
        ).lastInsertRowid;
        for (const p of a.positions) {
          insertPosition.run(
            id,
            p.symbol,
            p.side,
            p.contract,
            p.quantity,
            p.contractSize ?? null,
            p.entryPrice,
            p.leverage ?? null,
            p.isolatedMargin ?? null,
            null,
            p.mmr ?? null,
            p.maintenanceAmount ?? null,
            p.maxLeverage ?? null,
            p.tickSize ?? null,
            p.stopLoss ?? null,
            p.takeProfit ?? null,
            p.openedAt ?? null,
            p.notes ?? null,
            'now',
            'now',
          );
        }
      }
    })();
  };
  const rawDbs = pool();
  rawInsert(fresh()); // warm-up
  bench('baseline: raw prepared INSERT loop, one transaction', () => rawInsert(rawDbs()), once);

  const writeDbs = pool();
  const planned = prepareImport(writeDbs().db, { format: 'json', text });
  if (!planned.ok) throw new Error(planned.summary.errors[0]?.message);
  applyImport(fresh().db, planned.plan, 'now'); // warm-up
  bench(
    'import write phase: apply the validated plan (same rows, one transaction)',
    () => applyImport(writeDbs().db, planned.plan, 'now'),
    once,
  );

  const fullDbs = pool();
  commitImport(fresh().db, { format: 'json', text }, 'now'); // warm-up
  bench(
    'import.commit: JSON text → parse, validate, diff, write',
    () => void commitImport(fullDbs().db, { format: 'json', text }, 'now'),
    once,
  );
});

describe(`load ${N} positions`, () => {
  const t = fresh();
  commitImport(t.db, { format: 'json', text }, '2026-03-01T00:00:00.000Z');
  const select = t.db.prepare('SELECT * FROM positions ORDER BY account_id, symbol, side').raw(true);
  bench('baseline: bare SELECT of the positions', () => {
    select.all();
  });
  bench('loadBook: accounts + positions + latest marks', () => {
    loadBook(t.db);
  });
  bench('book:get through dispatch (with zod response check)', async () => {
    await dispatch(t.ctx, 'book:get', {});
  });
});
