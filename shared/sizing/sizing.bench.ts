import { bench, describe } from 'vitest';
import type { Book, BookAccount } from '../book/index';
import { assessAccount } from '../engine/index';
import { toAccountSpec } from '../book/index';
import { sizePosition } from './calculator';
import { evaluateRules } from '../warnings/evaluate';
import { defaultRules } from '../warnings/rules';

// The calculator calls the engine inside bisections: its cost is counted in single-position
// assessments (the baseline), so the ratio reads as "engine calls per sizing".
const trade = {
  venue: 'binance-usdm',
  symbol: 'BTCUSDT',
  equity: 10_000,
  risk: { mode: 'percent', value: 1 },
  entry: 70_000,
  stop: { mode: 'price', value: 68_500 },
  leverage: 10,
} as const;
const single = assessAccountInput();
function assessAccountInput() {
  return {
    venue: 'binance-usdm' as const,
    marginMode: 'cross' as const,
    walletBalance: 10_000,
    positions: [
      {
        id: 'p',
        symbol: 'BTCUSDT',
        side: 'long' as const,
        contract: 'linear' as const,
        quantity: 0.066,
        entryPrice: 70_000,
        markPrice: 70_000,
        leverage: 10,
      },
    ],
  };
}

describe('sizePosition (BTCUSDT, Binance tiers)', () => {
  bench('baseline: one assessAccount of the resulting position', () => {
    assessAccount(single);
  });
  bench('sizePosition, cross', () => {
    sizePosition(trade);
  });
  bench('sizePosition, isolated (+ max-leverage bisection)', () => {
    sizePosition({ ...trade, marginMode: 'isolated' });
  });
});

// A cross book of n positions on distinct symbols (flat mmr), with stops.
function crossBook(n: number): Book {
  const positions: BookAccount['positions'] = [];
  for (let i = 0; i < n; i++) {
    const entry = 10 + ((i * 7919) % 1000);
    const side = i % 3 === 0 ? 'short' : 'long';
    positions.push({
      id: `p${i}`,
      accountId: 'a',
      symbol: `S${i}USDT`,
      side,
      contract: 'linear',
      quantity: 1 + (i % 13),
      entryPrice: entry,
      markPrice: entry * (1 + (((i * 31) % 21) - 10) / 200),
      leverage: 2 + (i % 20),
      mmr: 0.005,
      stopLoss: side === 'long' ? entry * 0.9 : entry * 1.1,
      markSource: 'manual',
    });
  }
  return {
    accounts: [{ id: 'a', name: 'Bench', venue: 'generic', marginMode: 'cross', walletBalance: 200_000, positions }],
  };
}
const noContagion = defaultRules.filter((r) => r.id !== 'cross-contagion');
const now = new Date('2026-11-25T12:00:00Z');

// Same ratios at 100 and 1 000 positions: every rule is O(n) (contagion re-assesses twice, not once per symbol).
for (const n of [100, 1_000]) {
  const b = crossBook(n);
  const spec = toAccountSpec(b.accounts[0]);
  describe(`evaluateRules, one cross account of ${n} positions`, () => {
    bench('baseline: one assessAccount of the account', () => {
      assessAccount(spec);
    });
    bench('every default rule except cross-contagion', () => {
      evaluateRules(b, noContagion, { now });
    });
    bench('every default rule (cross-contagion: two extra assessments)', () => {
      evaluateRules(b, defaultRules, { now });
    });
  });
}
