import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Book, BookAccount } from '../book/types';
import { toAccountSpec } from '../book/types';
import { cascadeLadder } from './ladder';
import { survivalPlan } from './survive';
import { stressSweep } from './sweep';

const SYMBOLS = ['BTCUSDT', 'ETHUSDT', 'SOLUSDT', 'DOGEUSDT', 'XRPUSDT'];
const BETAS = { BTC: 1, ETH: 1.2, SOL: 1.8, DOGE: 1.5, XRP: 0.7 };

const arbAccount = (id: string) =>
  fc
    .record({
      marginMode: fc.constantFrom<'isolated' | 'cross'>('isolated', 'cross'),
      walletBalance: fc.double({ min: 0, max: 5000, noNaN: true }),
      positions: fc.uniqueArray(
        fc.record({
          symbol: fc.constantFrom(...SYMBOLS),
          side: fc.constantFrom<'long' | 'short'>('long', 'short'),
          quantity: fc.double({ min: 0.1, max: 50, noNaN: true }),
          entryPrice: fc.double({ min: 10, max: 1000, noNaN: true }),
          markRatio: fc.double({ min: 0.9, max: 1.1, noNaN: true }),
          leverage: fc.integer({ min: 1, max: 25 }),
          mmr: fc.double({ min: 0.002, max: 0.03, noNaN: true }),
        }),
        { minLength: 1, maxLength: 5, selector: (p) => p.symbol },
      ),
    })
    .map((a): BookAccount => ({
      id,
      name: id,
      venue: 'generic',
      marginMode: a.marginMode,
      walletBalance: a.walletBalance,
      positions: a.positions.map((p, i) => ({
        id: `${id}-${i}`,
        accountId: id,
        symbol: p.symbol,
        side: p.side,
        contract: 'linear',
        quantity: p.quantity,
        entryPrice: p.entryPrice,
        markPrice: p.entryPrice * p.markRatio,
        leverage: p.leverage,
        mmr: p.mmr,
        markSource: 'manual',
      })),
    }));

const arbBook = fc.tuple(arbAccount('a'), arbAccount('b')).map(([a, b]): Book => ({ accounts: [a, b] }));

describe('ladder and sweep agree', () => {
  it('each rung is where the sweep’s liquidated count for that account steps up, and equity after matches', () => {
    fc.assert(
      fc.property(arbBook, (book) => {
        const ladder = cascadeLadder(book, { betas: BETAS });
        for (const rung of [...ladder.down, ...ladder.up]) {
          if (rung.btcMove === 0) continue;
          const account = book.accounts.find((a) => a.id === rung.accountId)!;
          const eps = 1e-9 * Math.max(1, Math.abs(rung.btcMove));
          const before = rung.btcMove - Math.sign(rung.btcMove) * eps;
          const s = stressSweep(toAccountSpec(account), { moves: [before, rung.btcMove], betas: BETAS });
          expect(s.liquidatedCount[1]).toBeGreaterThan(s.liquidatedCount[0]);
          expect(rung.equityAfter).toBeCloseTo(s.equity[1], 6);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the extra collateral / margin of the survival plan is enough, and 1 % less is not', () => {
    fc.assert(
      fc.property(arbAccount('a'), fc.double({ min: -0.9, max: -0.05, noNaN: true }), (account, move) => {
        const plan = survivalPlan({ accounts: [account] }, { move, betas: BETAS });
        const a = plan.accounts[0];
        const spec = toAccountSpec(account);
        const survives = (s: typeof spec) => stressSweep(s, { moves: [move], betas: BETAS }).liquidatedCount[0] === 0;
        expect(survives(spec)).toBe(a.survives);
        if (a.survives) return;
        if (spec.marginMode === 'cross') {
          expect(survives({ ...spec, walletBalance: spec.walletBalance + a.extraCollateral })).toBe(true);
          if (a.extraCollateral > 1e-6)
            expect(survives({ ...spec, walletBalance: spec.walletBalance + a.extraCollateral * 0.99 })).toBe(false);
        } else {
          const margins = spec.positions.map(
            (p, i) => (p.quantity * p.entryPrice) / (p.leverage as number) + (a.positions[i].extraMargin ?? 0),
          );
          expect(
            survives({ ...spec, positions: spec.positions.map((p, i) => ({ ...p, isolatedMargin: margins[i] })) }),
          ).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });
});
