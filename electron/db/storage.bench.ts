import { afterAll, bench, describe } from 'vitest';
import { makeTempDb, type TempDb } from '../../test/helpers/tempDb';
import { bigBookJson } from '../../test/node/storage/bigBook';
import { commitImport, prepareImport } from '../io';
import { applyImport } from '../io/apply';
import { readJson } from '../io/json';
import { dispatch } from '../main/ipc/dispatch';
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

/** Empties the book between iterations (outside the measured function). */
function reset(t: TempDb): void {
  t.db.exec('DELETE FROM positions; DELETE FROM accounts; DELETE FROM prices;');
}

/**
 * Fresh empty book before every measured run. tinybench does not call beforeEach during its
 * warm-up, so warm-up is off here and each path runs once unmeasured at collection instead.
 */
const each = (t: TempDb) => ({ beforeEach: () => reset(t), warmupTime: 0, warmupIterations: 0, time: 2000, iterations: 5, throws: true });

describe(`import ${N} positions`, () => {
  const raw = fresh();
  const insertAccount = raw.db.prepare(
    'INSERT INTO accounts (name, venue, margin_mode, position_mode, wallet_balance, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertPosition = raw.db.prepare(
    'INSERT INTO positions (account_id, symbol, side, contract, quantity, entry_price, leverage, mmr, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  bench(
    'baseline: raw prepared INSERT loop, one transaction',
    () => {
      raw.db.transaction(() => {
        for (const a of doc.accounts) {
          const id = insertAccount.run(a.name, a.venue, a.marginMode, a.positionMode ?? null, a.walletBalance, 'now', 'now').lastInsertRowid;
          for (const p of a.positions) {
            insertPosition.run(id, p.symbol, p.side, p.contract, p.quantity, p.entryPrice, p.leverage ?? null, p.mmr ?? null, p.notes ?? null, 'now', 'now');
          }
        }
      })();
    },
    each(raw),
  );

  const write = fresh();
  bench(
    'import write phase: apply the validated plan (same transaction shape)',
    () => {
      // The plan is made against the empty book, so this measures the writes only.
      applyImport(write.db, plannedEmpty!, 'now');
    },
    each(write),
  );
  const planned = prepareImport(write.db, { format: 'json', text });
  const plannedEmpty = planned.ok ? planned.plan : undefined;
  applyImport(write.db, plannedEmpty!, 'now'); // warm-up

  const full = fresh();
  commitImport(full.db, { format: 'json', text }, 'now'); // warm-up
  bench(
    'import.commit: JSON text → parse, validate, diff, write',
    () => {
      commitImport(full.db, { format: 'json', text }, 'now');
    },
    each(full),
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
