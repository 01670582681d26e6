import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessAccount, lookupSizeTierTable, type AccountSpec, type PositionSpec } from './index';

const side = fc.constantFrom<'long' | 'short'>('long', 'short');
const price = fc.double({ min: 100, max: 200_000, noNaN: true });

describe('venue properties', () => {
  it("okx (tiers by contracts): at the LP, margin + uPnL = value × (rate of the size's row + fee); the row never depends on price", () => {
    const rows = lookupSizeTierTable('okx', 'BTC-USDT-SWAP')!.sizeTiers;
    fc.assert(
      fc.property(
        side,
        fc.double({ min: 0.01, max: 60_000, noNaN: true }),
        price,
        fc.integer({ min: 2, max: 50 }),
        (s, contracts, entry, lev) => {
          const p: PositionSpec = {
            id: 'p',
            symbol: 'BTC-USDT-SWAP',
            side: s,
            contract: 'linear',
            quantity: contracts,
            contractSize: 0.01,
            entryPrice: entry,
            markPrice: entry,
            leverage: lev,
          };
          const acc: AccountSpec = {
            venue: 'okx',
            marginMode: 'isolated',
            walletBalance: 0,
            takerFeeRate: 0.0005,
            positions: [p],
          };
          const r = assessAccount(acc).positions[0];
          if (r.liquidationPrice === null) return true;
          const rate = rows.find((t) => contracts <= t.maxContracts)!.mmr;
          const q = contracts * 0.01;
          const lp = r.liquidationPrice;
          const gap = (q * entry) / lev + (s === 'long' ? 1 : -1) * q * (lp - entry) - q * lp * (rate + 0.0005);
          expect(Math.abs(gap)).toBeLessThanOrEqual(1e-9 * q * entry);
          // The same contracts at another price use the same row (maintenance / value is constant).
          const moved = assessAccount({ ...acc, positions: [{ ...p, markPrice: lp }] }).positions[0];
          expect(moved.maintenanceMargin / moved.notional).toBeCloseTo(rate + 0.0005, 12);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('okx isolated: with a tick the LP is the tickless LP moved exactly one tick toward the mark', () => {
    fc.assert(
      fc.property(
        side,
        fc.double({ min: 1, max: 900, noNaN: true }),
        price,
        fc.integer({ min: 2, max: 50 }),
        fc.constantFrom(0.01, 0.1, 0.5),
        (s, contracts, entry, lev, tick) => {
          const p: PositionSpec = {
            id: 'p',
            symbol: 'BTC-USDT-SWAP',
            side: s,
            contract: 'linear',
            quantity: contracts,
            contractSize: 0.01,
            entryPrice: entry,
            markPrice: entry,
            leverage: lev,
          };
          const lpOf = (q: PositionSpec) =>
            assessAccount({ venue: 'okx', marginMode: 'isolated', walletBalance: 0, positions: [q] }).positions[0]
              .liquidationPrice as number;
          const plain = lpOf(p);
          const buffered = lpOf({ ...p, tickSize: tick });
          expect(buffered - plain).toBeCloseTo(s === 'long' ? tick : -tick, 6);
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('bitmex isolated: LP = Entry / (1 + side·(1/L − MMR)) whatever the fee (the reserved close fee cancels)', () => {
    fc.assert(
      fc.property(
        side,
        fc.double({ min: 0, max: 1, noNaN: true }),
        price,
        fc.integer({ min: 2, max: 100 }),
        fc.double({ min: 0, max: 0.002, noNaN: true }),
        (s, frac, entry, lev, fee) => {
          const contracts = Math.max(1, Math.floor(frac * 199 * entry)); // value below the 200 XBT base risk limit
          const p: PositionSpec = {
            id: 'p',
            symbol: 'XBTUSD',
            side: s,
            contract: 'inverse',
            quantity: contracts,
            contractSize: 1,
            entryPrice: entry,
            markPrice: entry,
            leverage: lev,
          };
          const r = assessAccount({
            venue: 'bitmex',
            marginMode: 'isolated',
            walletBalance: 0,
            takerFeeRate: fee,
            positions: [p],
          }).positions[0];
          const sign = s === 'long' ? 1 : -1;
          const expected = entry / (1 + sign * (1 / lev - 0.005)); // shipped base rate below 200 XBT
          expect(r.liquidationPrice as number).toBeCloseTo(expected, 6);
          // Giving the margin BitMEX displays (posInit + (cost + posInit)·fee) changes nothing.
          const cost = contracts / entry;
          const shown = cost / lev + (cost + cost / lev) * fee;
          const r2 = assessAccount({
            venue: 'bitmex',
            marginMode: 'isolated',
            walletBalance: 0,
            takerFeeRate: fee,
            positions: [{ ...p, leverage: undefined, isolatedMargin: shown }],
          }).positions[0];
          expect(r2.liquidationPrice as number).toBeCloseTo(expected, 6);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});
