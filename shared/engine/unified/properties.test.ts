import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PositionSpec } from '../types';
import { assessUnified } from './assess';
import type { UnifiedAccountSpec } from './types';

const venue = fc.constantFrom<'bybit' | 'binance-usdm' | 'okx'>('bybit', 'binance-usdm', 'okx');
const side = fc.constantFrom<'long' | 'short'>('long', 'short');

/** A unified account: USDT, some BTC at a given ratio, a BTCUSDT position and an ETHUSDT one. */
const account = fc
  .record({
    venue,
    pm: fc.boolean(),
    usdt: fc.double({ min: 0, max: 200_000, noNaN: true }),
    btc: fc.double({ min: 0, max: 3, noNaN: true }),
    ratio: fc.double({ min: 0, max: 1, noNaN: true }),
    side,
    qty: fc.double({ min: 0.01, max: 5, noNaN: true }),
    entry: fc.double({ min: 20_000, max: 150_000, noNaN: true }),
    move: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
    mmr: fc.double({ min: 0.002, max: 0.05, noNaN: true }),
    ethSide: side,
    ethQty: fc.double({ min: 0, max: 30, noNaN: true }),
  })
  .map((a): UnifiedAccountSpec => {
    const positions: PositionSpec[] = [
      {
        id: 'btc',
        symbol: 'BTCUSDT',
        side: a.side,
        contract: 'linear',
        quantity: a.qty,
        entryPrice: a.entry,
        markPrice: a.entry * (1 + a.move),
        mmr: a.mmr,
      },
    ];
    if (a.ethQty > 0.01)
      positions.push({
        id: 'eth',
        symbol: 'ETHUSDT',
        side: a.ethSide,
        contract: 'linear',
        quantity: a.ethQty,
        entryPrice: 3_000,
        markPrice: 3_100,
        mmr: 0.01,
      });
    return {
      venue: a.venue,
      marginMode: 'unified',
      portfolioMargin: a.venue === 'binance-usdm' && a.pm,
      walletBalance: 0,
      takerFeeRate: 0.0004,
      collateral: [
        { asset: 'USDT', quantity: a.usdt },
        { asset: 'BTC', quantity: a.btc, collateralRatio: a.ratio },
        { asset: 'USDe', quantity: 1_000, collateralRatio: 0.9 },
      ],
      positions,
    };
  });

const withBtcMark = (acc: UnifiedAccountSpec, mark: number): UnifiedAccountSpec => ({
  ...acc,
  positions: acc.positions.map((p) => (p.id === 'btc' ? { ...p, markPrice: mark } : p)),
});

describe('unified account properties', () => {
  it('equity = threshold × maintenance at the reported liquidation price (BTC collateral repriced with it)', () => {
    fc.assert(
      fc.property(account, (acc) => {
        const r = assessUnified(acc);
        const lp = r.positions[0].liquidationPrice;
        if (lp === null || lp === acc.positions[0].markPrice) return;
        const at = assessUnified(withBtcMark(acc, lp));
        const threshold = at.unified.mode === 'binance-portfolio-margin' ? 1.05 : 1;
        const scale = Math.abs(at.equity) + at.maintenanceMargin + acc.positions[0].quantity * lp;
        expect(Math.abs(at.equity - threshold * at.maintenanceMargin)).toBeLessThanOrEqual(1e-9 * scale);
      }),
      { numRuns: 300 },
    );
  });

  it('a larger collateral ratio never brings the liquidation price closer', () => {
    fc.assert(
      fc.property(account, fc.double({ min: 0, max: 1, noNaN: true }), (acc, other) => {
        const ratio = acc.collateral[1].collateralRatio as number;
        const [lo, hi] = ratio <= other ? [ratio, other] : [other, ratio];
        const at = (r: number) =>
          assessUnified({
            ...acc,
            collateral: acc.collateral.map((c, i) => (i === 1 ? { ...c, collateralRatio: r } : c)),
          });
        const low = at(lo);
        // An account already past liquidation reports the price it would recover at instead.
        if (low.marginRatio >= 1) return;
        const dLo = low.positions[0].distanceToLiquidation;
        const dHi = at(hi).positions[0].distanceToLiquidation;
        if (dHi === null) return;
        expect(dLo).not.toBeNull();
        expect(dHi).toBeGreaterThanOrEqual((dLo as number) - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('a depeg of an asset the account does not hold changes nothing', () => {
    fc.assert(
      fc.property(
        account,
        fc.constantFrom('FDUSD', 'WBETH', 'SOL', 'USDC'),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (acc, asset, d) => {
          expect(assessUnified(acc, { depeg: { [asset]: d } })).toEqual(assessUnified(acc));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a depeg of a held stablecoin never moves the liquidation price of a live account away from the mark', () => {
    fc.assert(
      fc.property(account, fc.double({ min: 0, max: 0.99, noNaN: true }), (acc, d) => {
        const before = assessUnified(acc).positions[0].distanceToLiquidation;
        const depegged = assessUnified(acc, { depeg: { USDe: d } });
        const after = depegged.positions[0].distanceToLiquidation;
        // An account the depeg already liquidates reports the price it would recover at instead.
        if (before === null || depegged.marginRatio >= 1) return;
        expect(after).not.toBeNull();
        expect(after as number).toBeLessThanOrEqual(before + 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
