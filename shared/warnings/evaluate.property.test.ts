import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Book, BookPosition } from '../book/index';
import { evaluateRules } from './evaluate';
import { defaultRules } from './rules';
import { warningSchema } from './warning';

const arbPosition = (i: number) =>
  fc
    .record({
      side: fc.constantFrom('long' as const, 'short' as const),
      quantity: fc.double({ min: 0.001, max: 100, noNaN: true }),
      entry: fc.double({ min: 1, max: 100_000, noNaN: true }),
      markMove: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
      leverage: fc.double({ min: 1, max: 100, noNaN: true }),
      stopPct: fc.option(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { nil: null }),
    })
    .map((r): BookPosition => ({
      id: `p${i}`,
      accountId: 'a',
      symbol: `S${i}USDT`,
      side: r.side,
      contract: 'linear',
      quantity: r.quantity,
      entryPrice: r.entry,
      markPrice: r.entry * (1 + r.markMove),
      leverage: r.leverage,
      mmr: 0.005,
      stopLoss: r.stopPct === null ? null : r.entry * (1 + r.stopPct),
      markSource: 'manual',
    }));

const arbBook = fc
  .record({
    cross: fc.boolean(),
    wallet: fc.double({ min: -1_000, max: 1e6, noNaN: true }),
    n: fc.integer({ min: 1, max: 6 }),
    seed: fc.integer(),
  })
  .chain(({ cross, wallet, n }) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => arbPosition(i))).map((positions): Book => ({
      accounts: [
        {
          id: 'a',
          name: 'A',
          venue: 'generic',
          marginMode: cross ? 'cross' : 'isolated',
          walletBalance: wallet,
          positions,
        },
      ],
    })),
  );

describe('evaluateRules — properties', () => {
  it('never throws; every warning is well-formed with a finite or null value', () => {
    fc.assert(
      fc.property(
        arbBook,
        fc.date({ min: new Date('2024-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        (book, now) => {
          const ws = evaluateRules(book, defaultRules, { now, btcVolatility: 0.5 });
          for (const w of ws) {
            warningSchema.parse(w);
            expect(w.value === null || Number.isFinite(w.value)).toBe(true);
            expect(w.message).not.toMatch(/NaN|Infinity|undefined/);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a position without a stop always makes portfolio risk UNBOUNDED (value null), never a number', () => {
    fc.assert(
      fc.property(arbBook, (book) => {
        const missing = book.accounts[0].positions.some((p) => p.stopLoss === null);
        const pr = evaluateRules(book, defaultRules, { now: '2026-11-25T12:00:00Z' }).filter(
          (w) => w.ruleId === 'portfolio-risk',
        );
        if (missing) {
          expect(pr).toHaveLength(1);
          expect(pr[0].value).toBeNull();
        } else {
          for (const w of pr) expect(w.message).not.toMatch(/UNBOUNDED/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
