import { afterAll, bench, describe } from 'vitest';
import type { Book, BookAccount } from '@shared/book/types';
import { alertRuleInputSchema, type AlertRule } from '@shared/alerts/schema';
import { makeTempDb } from '@test/helpers/tempDb';
import { loadBook } from '../db/repo/book';
import { evaluateAlerts } from './evaluate';
import { AlertMonitor } from './monitor';
import { observe } from './observe';
import { upsertRule } from '../db/repo/alerts';

// What one alert evaluation costs for a 1 000-position book, as a ratio to the engine
// assessment it cannot avoid (observe) and to loading the book from SQLite. Main runs at most
// 10 evaluations a second (coalesced price batches), so the ratio says how much headroom is left.

const N = 1_000;

function book(): Book {
  const positions: BookAccount['positions'] = [];
  for (let i = 0; i < N; i++) {
    const entry = 10 + ((i * 7919) % 1000);
    positions.push({
      id: `p${i}`,
      accountId: 'a',
      symbol: `S${i}USDT`,
      side: i % 3 === 0 ? 'short' : 'long',
      contract: 'linear',
      quantity: 1 + (i % 13),
      entryPrice: entry,
      markPrice: entry * (1 + (((i * 31) % 21) - 10) / 200),
      leverage: 2 + (i % 20),
      mmr: 0.005,
      markSource: 'manual',
    });
  }
  return {
    accounts: [{ id: 'a', name: 'Main', venue: 'generic', marginMode: 'isolated', walletBalance: 1e6, positions }],
  };
}

const rules: AlertRule[] = [
  { kind: 'distance-below', thresholdPct: 5 },
  { kind: 'margin-ratio-above', thresholdPct: 80 },
  { kind: 'price-cross', symbol: 'S1USDT', direction: 'above', level: 100 },
  { kind: 'distance-below', positionId: 'p7', thresholdPct: 20 },
].map((r, i) => ({ ...alertRuleInputSchema.parse(r), id: String(i + 1) }) as AlertRule);

const b = book();
const obs = observe({ book: b });
const warm = evaluateAlerts(rules, {}, obs, 0).nextState;

describe(`alert evaluation, ${N} positions (pure)`, () => {
  bench('baseline: observe (engine assessment of the book)', () => {
    observe({ book: b });
  });
  bench('evaluateAlerts, 4 rules, warm state', () => {
    evaluateAlerts(rules, warm, obs, 1);
  });
});

// The same through the database, as main runs it.
const temp = makeTempDb();
const accountId = Number(
  temp.db
    .prepare(
      "INSERT INTO accounts (name, venue, margin_mode, wallet_balance, created_at, updated_at) VALUES ('Main', 'generic', 'isolated', 1e6, 'x', 'x')",
    )
    .run().lastInsertRowid,
);
const insert = temp.db.prepare(
  'INSERT INTO positions (account_id, symbol, side, contract, quantity, entry_price, leverage, mmr, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
);
temp.db.transaction(() => {
  for (const p of b.accounts[0].positions)
    insert.run(accountId, p.symbol, p.side, 'linear', p.quantity, p.entryPrice, p.leverage, 0.005, 'x', 'x');
})();
for (const r of rules.slice(0, 3)) upsertRule(temp.db, { ...r, id: undefined }, 'x');
const monitor = new AlertMonitor({ db: temp.db, sizingWarnings: false });
monitor.evaluate();
afterAll(() => temp.cleanup());

describe(`AlertMonitor.evaluate, ${N} positions on SQLite`, () => {
  bench('baseline: loadBook', () => {
    loadBook(temp.db);
  });
  bench('monitor.evaluate (load + assess + evaluate + record)', () => {
    monitor.evaluate();
  });
});
