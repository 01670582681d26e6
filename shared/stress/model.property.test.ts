import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountSpec, MaintenanceTier } from '../engine/types';
import { createStressModel, crossBalance, findCrossing, minCrossBalance } from './model';

/** A continuous two-tier table: mmr r below `cap`, 2r above, cum chosen so maintenance joins. */
const tiers = (r: number, cap: number): MaintenanceTier[] => [
  { minNotional: 0, maxNotional: cap, mmr: r, maintenanceAmount: 0 },
  { minNotional: cap, maxNotional: Infinity, mmr: 2 * r, maintenanceAmount: cap * r },
];

const SYMBOLS = ['BTCUSDT', 'ETHUSDT', 'SOLUSDT', 'DOGEUSDT'];

const arbCross = fc
  .record({
    inverse: fc.boolean(),
    wallet: fc.double({ min: 50, max: 5000, noNaN: true }),
    betas: fc.tuple(
      fc.double({ min: 0.3, max: 3, noNaN: true }),
      fc.double({ min: 0.3, max: 3, noNaN: true }),
      fc.double({ min: -1, max: 3, noNaN: true }),
    ),
    positions: fc.array(
      fc.record({
        symbol: fc.constantFrom(...SYMBOLS),
        side: fc.constantFrom<'long' | 'short'>('long', 'short'),
        quantity: fc.double({ min: 0.5, max: 40, noNaN: true }),
        entry: fc.double({ min: 20, max: 500, noNaN: true }),
        markRatio: fc.double({ min: 0.95, max: 1.05, noNaN: true }),
        r: fc.double({ min: 0.002, max: 0.03, noNaN: true }),
        cap: fc.double({ min: 500, max: 20000, noNaN: true }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ inverse, wallet, betas, positions }) => {
    const account: AccountSpec = {
      venue: 'generic',
      marginMode: 'cross',
      positionMode: 'hedge',
      walletBalance: inverse ? wallet / 100 : wallet,
      positions: positions.map((p, i) => ({
        id: `p${i}`,
        symbol: p.symbol,
        side: p.side,
        contract: inverse ? 'inverse' : 'linear',
        quantity: inverse ? p.quantity * p.entry : p.quantity,
        entryPrice: p.entry,
        markPrice: p.entry * p.markRatio,
        tiers: inverse ? tiers(p.r, p.cap / 100) : tiers(p.r, p.cap),
      })),
    };
    return { account, betas: { BTC: 1, ETH: betas[0], SOL: betas[1], DOGE: betas[2] } };
  });

describe('the cross crossing search (branch and bound)', () => {
  it('finds the first move where the balance reaches maintenance on hedged, tiered, mixed-beta books', () => {
    fc.assert(
      fc.property(arbCross, fc.boolean(), ({ account, betas }, up) => {
        let model;
        try {
          model = createStressModel(account, betas);
        } catch {
          return; // the engine refused the draw (e.g. liquidatable beyond any price): not this test's business
        }
        const open = new Uint8Array(model.n).fill(1);
        const wallet = account.walletBalance;
        if (crossBalance(model, open, wallet, 0) <= 0) return;
        const to = up ? 10 : -1;
        const hit = findCrossing(model, open, wallet, 0, to);
        // Dense scan: 20 000 points on the path.
        const K = 20_000;
        let scan: number | null = null;
        for (let k = 1; k <= K && scan === null; k++) {
          const x = (to * k) / K;
          if (crossBalance(model, open, wallet, x) <= 0) scan = x;
        }
        if (scan !== null) {
          expect(hit).not.toBeNull();
          // Never later than the scan's first negative point, and really a crossing.
          expect(Math.abs(hit as number)).toBeLessThanOrEqual(Math.abs(scan) + 1e-12);
          expect(crossBalance(model, open, wallet, hit as number)).toBeLessThanOrEqual(1e-9 * Math.max(1, wallet));
        }
        if (hit !== null) {
          // Positive everywhere before it.
          for (let k = 0; k < 2000; k++) {
            const x = ((hit as number) * k) / 2000;
            expect(crossBalance(model, open, wallet, x)).toBeGreaterThan(-1e-9 * Math.max(1, wallet));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the smallest balance on a path is no higher than any sampled balance', () => {
    fc.assert(
      fc.property(arbCross, fc.double({ min: -0.9, max: 2, noNaN: true }), ({ account, betas }, to) => {
        let model;
        try {
          model = createStressModel(account, betas);
        } catch {
          return;
        }
        const open = new Uint8Array(model.n).fill(1);
        const wallet = account.walletBalance;
        const min = minCrossBalance(model, open, wallet, 0, to);
        for (let k = 0; k <= 3000; k++) {
          const f = crossBalance(model, open, wallet, (to * k) / 3000);
          expect(min).toBeLessThanOrEqual(f + 1e-9 * Math.max(1, Math.abs(f)));
        }
      }),
      { numRuns: 80 },
    );
  });
});
