import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessAccount, EngineInputError, VENUE_IDS, type AccountSpec, type PositionSpec } from './index';

/** Arbitrary single position on a venue whose maintenance we control (flat mmr or the BTCUSDT table). */
const side = fc.constantFrom<'long' | 'short'>('long', 'short');
const price = fc.double({ min: 1, max: 200_000, noNaN: true });
const mmr = fc.double({ min: 0.001, max: 0.05, noNaN: true });
const leverage = fc.integer({ min: 2, max: 50 });

function linear(s: 'long' | 'short', qty: number, entry: number, over: Partial<PositionSpec> = {}): PositionSpec {
  return {
    id: 'p',
    symbol: 'BTCUSDT',
    side: s,
    contract: 'linear',
    quantity: qty,
    entryPrice: entry,
    markPrice: entry,
    ...over,
  };
}

describe('properties', () => {
  it('at the returned LP, isolated margin + uPnL equals maintenance margin (linear and inverse, tiers at LP)', () => {
    fc.assert(
      fc.property(
        side,
        fc.boolean(),
        fc.double({ min: 0.001, max: 500, noNaN: true }),
        price,
        leverage,
        (s, inverse, qty, entry, lev) => {
          const p: PositionSpec = inverse
            ? {
                id: 'p',
                symbol: 'X',
                side: s,
                contract: 'inverse',
                quantity: Math.ceil(qty * 10),
                contractSize: 100,
                entryPrice: entry,
                markPrice: entry,
                leverage: lev,
                mmr: 0.005,
              }
            : linear(s, qty, entry, { leverage: lev }); // shipped Binance BTCUSDT brackets
          const venue = inverse ? 'generic' : 'binance-usdm';
          const acc: AccountSpec = { venue, marginMode: 'isolated', walletBalance: 0, positions: [p] };
          const r = assessAccount(acc).positions[0];
          if (r.liquidationPrice === null) return true;
          const atLp = assessAccount({ ...acc, positions: [{ ...p, markPrice: r.liquidationPrice }] }).positions[0];
          const margin = inverse ? (p.quantity * 100) / entry / lev : (qty * entry) / lev;
          const gap = margin + atLp.unrealizedPnl - atLp.maintenanceMargin;
          // Binance rounds to 1e-8 (conservatively): allow that much price movement.
          const tol = 1e-7 * atLp.notional + (inverse ? 0 : qty * 1e-8) + 1e-9;
          expect(Math.abs(gap)).toBeLessThanOrEqual(tol);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it("cross: at one position's LP (others at mark) account equity equals maintenance margin", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            side,
            fc.double({ min: 0.01, max: 10, noNaN: true }),
            price,
            fc.double({ min: 0.8, max: 1.2, noNaN: true }),
            mmr,
          ),
          { minLength: 1, maxLength: 6 },
        ),
        fc.double({ min: 0, max: 100_000, noNaN: true }),
        (legs, wb) => {
          const positions = legs.map(([s, q, e, f, m], i) => ({
            ...linear(s, q, e, { markPrice: e * f, mmr: m }),
            id: `p${i}`,
            symbol: `S${i}`,
          }));
          const acc: AccountSpec = { venue: 'generic', marginMode: 'cross', walletBalance: wb, positions };
          const r = assessAccount(acc);
          const lp = r.positions[0].liquidationPrice;
          if (lp === null || lp === positions[0].markPrice) return true;
          const moved = assessAccount({
            ...acc,
            positions: [{ ...positions[0], markPrice: lp }, ...positions.slice(1)],
          });
          const scale = positions.reduce((a, p) => a + p.quantity * p.markPrice, 0) + wb;
          expect(Math.abs(moved.equity - moved.maintenanceMargin)).toBeLessThanOrEqual(1e-9 * scale);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('LP moves toward entry as leverage rises; long LP < entry < short LP', () => {
    fc.assert(
      fc.property(
        price,
        mmr,
        fc.integer({ min: 1, max: 19 }),
        fc.integer({ min: 1, max: 20 }),
        fc.boolean(),
        (entry, m, lo, step, inverse) => {
          const hi = lo + step;
          const mk = (s: 'long' | 'short', lev: number): number | null => {
            const p: PositionSpec = inverse
              ? {
                  id: 'p',
                  symbol: 'X',
                  side: s,
                  contract: 'inverse',
                  quantity: 100,
                  contractSize: 10,
                  entryPrice: entry,
                  markPrice: entry,
                  leverage: lev,
                  mmr: m / 4,
                }
              : linear(s, 1, entry, { leverage: lev, mmr: m / 4 });
            return assessAccount({ venue: 'generic', marginMode: 'isolated', walletBalance: 0, positions: [p] })
              .positions[0].liquidationPrice;
          };
          const [l1, l2, s1, s2] = [mk('long', lo), mk('long', hi), mk('short', lo), mk('short', hi)];
          // Long: null (never) counts as −∞; short: null counts as +∞.
          expect(l2).not.toBeNull();
          expect(l1 === null || (l1 as number) <= (l2 as number)).toBe(true);
          expect(s2).not.toBeNull();
          expect(s1 === null || (s1 as number) >= (s2 as number)).toBe(true);
          // mmr/4 < 1/50 ≤ 1/lev, so neither is liquidated at entry.
          expect(l2 as number).toBeLessThan(entry);
          expect(s2 as number).toBeGreaterThan(entry);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cross LP with an extra profitable position is farther from mark than without', () => {
    fc.assert(
      fc.property(
        side,
        price,
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.double({ min: 1.01, max: 1.5, noNaN: true }),
        side,
        (s, entry, q, gain, s2) => {
          const a = linear(s, q, entry, { id: 'a', symbol: 'A', mmr: 0.005 });
          const wb = (q * entry) / 10;
          const alone = assessAccount({ venue: 'generic', marginMode: 'cross', walletBalance: wb, positions: [a] })
            .positions[0];
          // A winner: long marked above entry, or short marked below.
          const e2 = 100;
          const winner = linear(s2, 1, e2, {
            id: 'b',
            symbol: 'B',
            mmr: 0.005,
            markPrice: s2 === 'long' ? e2 * gain : e2 / gain,
          });
          const both = assessAccount({
            venue: 'generic',
            marginMode: 'cross',
            walletBalance: wb,
            positions: [a, winner],
          }).positions[0];
          expect(alone.liquidationPrice).not.toBeNull();
          const d0 = alone.distanceToLiquidation as number;
          const d1 = both.distanceToLiquidation ?? Infinity;
          expect(d1).toBeGreaterThan(d0);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never a negative price and never NaN, on any venue', () => {
    const venueArb = fc.constantFrom(...VENUE_IDS);
    fc.assert(
      fc.property(
        venueArb,
        fc.constantFrom<'isolated' | 'cross'>('isolated', 'cross'),
        fc.double({ min: -1000, max: 1_000_000, noNaN: true }),
        fc.array(
          fc.tuple(
            side,
            fc.double({ min: 0.001, max: 1000, noNaN: true }),
            price,
            price,
            fc.double({ min: 0.5, max: 125, noNaN: true }),
            mmr,
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (venue, mode, wb, legs) => {
          const inverse = venue === 'binance-coinm' || venue === 'bitmex';
          const positions: PositionSpec[] = legs.map(([s, q, e, m, lev, r], i) => ({
            id: `p${i}`,
            symbol: `S${i}`,
            side: s,
            contract: inverse ? 'inverse' : 'linear',
            quantity: inverse ? Math.ceil(q) : q,
            contractSize: inverse ? 10 : undefined,
            entryPrice: e,
            markPrice: m,
            leverage: lev,
            mmr: r,
            maxLeverage: 20,
          }));
          const res = assessAccount({ venue, marginMode: mode, walletBalance: wb, positions });
          for (const p of res.positions) {
            for (const v of [p.liquidationPrice, p.bankruptcyPrice, p.distanceToLiquidation]) {
              if (v !== null) {
                expect(Number.isNaN(v)).toBe(false);
                expect(v).toBeGreaterThanOrEqual(0);
              }
            }
            expect(Number.isFinite(p.unrealizedPnl) && Number.isFinite(p.maintenanceMargin)).toBe(true);
          }
          expect(Number.isNaN(res.equity) || Number.isNaN(res.marginRatio)).toBe(false);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('validation errors name the corrupted field', () => {
    const fields = ['quantity', 'entryPrice', 'markPrice', 'leverage', 'contractSize', 'tickSize'] as const;
    const bad = fc.constantFrom(NaN, -1, 0, Infinity, -Infinity, '12' as unknown as number);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.nat(), fc.constantFrom(...fields), bad, (n, k, field, value) => {
        const i = k % n;
        const positions = Array.from({ length: n }, (_, j) =>
          linear('long', 1, 100, { id: `p${j}`, symbol: `S${j}`, leverage: 5, mmr: 0.01 }),
        );
        positions[i] = { ...positions[i], [field]: value };
        try {
          assessAccount({ venue: 'generic', marginMode: 'isolated', walletBalance: 0, positions });
        } catch (e) {
          expect(e).toBeInstanceOf(EngineInputError);
          expect((e as EngineInputError).path).toBe(`positions[${i}].${field}`);
          expect((e as Error).message.startsWith(`positions[${i}].${field}: `)).toBe(true);
          return true;
        }
        throw new Error('accepted a bad account');
      }),
      { numRuns: 200 },
    );
  });
});
