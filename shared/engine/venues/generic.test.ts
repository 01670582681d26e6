import { describe, expect, it } from 'vitest';
import { assessAccount, type AccountSpec, type PositionSpec } from '../index';

const lin = (over: Partial<PositionSpec>): PositionSpec => ({
  id: 'p',
  symbol: 'XYZ',
  side: 'long',
  contract: 'linear',
  quantity: 1,
  entryPrice: 100,
  markPrice: 100,
  mmr: 0.005,
  ...over,
});
const iso = (positions: PositionSpec[], venue: AccountSpec['venue'] = 'generic'): AccountSpec => ({
  venue,
  marginMode: 'isolated',
  walletBalance: 0,
  positions,
});

describe('generic: textbook isolated formulas (arithmetic written out)', () => {
  it('linear long 10x, mmr 0.5 %: LP = E·(1 − 1/L)/(1 − mmr)', () => {
    // Same vector as the textbook Binance-style check "liquidation_price('LONG', 100, 1, 10, 0.005)
    // == 90/0.995" (formula: margin + q(P − E) = q·P·mmr).
    const r = assessAccount(iso([lin({ leverage: 10 })])).positions[0];
    expect(r.liquidationPrice).toBeCloseTo(90 / 0.995, 10);
    expect(r.bankruptcyPrice).toBeCloseTo(90, 10);
  });

  it('linear short 10x, mmr 0.5 %: LP = E·(1 + 1/L)/(1 + mmr)', () => {
    const r = assessAccount(iso([lin({ side: 'short', leverage: 10 })])).positions[0];
    expect(r.liquidationPrice).toBeCloseTo(110 / 1.005, 10);
    expect(r.bankruptcyPrice).toBeCloseTo(110, 10);
  });

  it('1x long fully collateralised: no liquidation price, no bankruptcy price', () => {
    const r = assessAccount(iso([lin({ leverage: 1 })])).positions[0];
    expect(r.liquidationPrice).toBeNull();
    expect(r.bankruptcyPrice).toBeNull();
    expect(r.distanceToLiquidation).toBeNull();
  });

  it('inverse long 10x: LP = Q(1 + mmr) / (K + Q/E) in 1/price', () => {
    // Q = 10 contracts × 100 USD = 1000 USD; K = Q/E/L = 1000/100/10 = 1 coin.
    const p: PositionSpec = { ...lin({ contract: 'inverse', quantity: 10, contractSize: 100, leverage: 10 }) };
    const r = assessAccount(iso([p])).positions[0];
    expect(r.liquidationPrice).toBeCloseTo((1000 * 1.005) / (1 + 10), 10);
    expect(r.notional).toBeCloseTo(10, 12); // coin
  });

  it('inverse short in a hugely overcollateralised cross account: no liquidation price', () => {
    // K + cum − Q/E = 100 − 10 > 0 → the short's margin balance stays positive as P → ∞.
    const acc: AccountSpec = {
      venue: 'generic',
      marginMode: 'cross',
      walletBalance: 100,
      positions: [lin({ contract: 'inverse', side: 'short', quantity: 10, contractSize: 100 })],
    };
    const r = assessAccount(acc).positions[0];
    expect(r.liquidationPrice).toBeNull();
    expect(r.bankruptcyPrice).toBeNull();
  });

  it('distance = |LP − mark| / mark', () => {
    const r = assessAccount(iso([lin({ leverage: 10, markPrice: 95 })])).positions[0];
    expect(r.distanceToLiquidation).toBeCloseTo((95 - 90 / 0.995) / 95, 12);
  });

  it('cross with an extra profitable position: LP farther from mark than alone', () => {
    const a = lin({ id: 'a', symbol: 'A' });
    const alone = assessAccount({ venue: 'generic', marginMode: 'cross', walletBalance: 10, positions: [a] });
    const withWinner = assessAccount({
      venue: 'generic',
      marginMode: 'cross',
      walletBalance: 10,
      positions: [a, lin({ id: 'b', symbol: 'B', entryPrice: 50, markPrice: 60 })],
    });
    // Alone: 10 + (P − 100) = 0.005·P → P = 90/0.995. With b: K gains uPnL 10 − MM 0.3.
    expect(alone.positions[0].liquidationPrice).toBeCloseTo(90 / 0.995, 10);
    expect(withWinner.positions[0].liquidationPrice).toBeCloseTo((100 - 10 - 10 + 0.3) / 0.995, 10);
  });
});

describe('generic: degenerate accounts', () => {
  it('cross account already below maintenance at every price: LP is the mark (liquidatable now)', () => {
    // Short 1 @ 100 with wallet −150: balance −150 − (P − 100) − 0.005P < 0 for every P > 0.
    const acc: AccountSpec = {
      venue: 'generic',
      marginMode: 'cross',
      walletBalance: -150,
      positions: [lin({ side: 'short' })],
    };
    const r = assessAccount(acc);
    expect(r.positions[0].liquidationPrice).toBe(100);
    expect(r.positions[0].distanceToLiquidation).toBe(0);
    expect(r.marginRatio).toBe(Infinity);
  });

  it('empty account', () => {
    const r = assessAccount({ venue: 'generic', marginMode: 'cross', walletBalance: 5, positions: [] });
    expect(r).toEqual({ positions: [], equity: 5, maintenanceMargin: 0, marginRatio: 0 });
  });

  it('isolated account figures: equity = free balance + Σ(isolated margin + uPnL)', () => {
    const acc: AccountSpec = {
      venue: 'generic',
      marginMode: 'isolated',
      walletBalance: 50,
      positions: [
        lin({ id: 'a', symbol: 'A', leverage: 10, markPrice: 110 }),
        lin({ id: 'b', symbol: 'B', isolatedMargin: 20, side: 'short', markPrice: 90 }),
      ],
    };
    const r = assessAccount(acc);
    expect(r.equity).toBeCloseTo(50 + (10 + 10) + (20 + 10), 12);
    expect(r.maintenanceMargin).toBeCloseTo(110 * 0.005 + 90 * 0.005, 12);
  });
});
