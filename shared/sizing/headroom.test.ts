import { describe, expect, it } from 'vitest';
import type { AccountSpec, PositionSpec } from '../engine/index';
import { grown, sizeHeadroom } from './headroom';

const long = (over: Partial<PositionSpec> = {}): PositionSpec => ({
  id: 'p',
  symbol: 'XUSDT',
  side: 'long',
  contract: 'linear',
  quantity: 1,
  entryPrice: 100,
  markPrice: 100,
  leverage: 10,
  mmr: 0,
  ...over,
});

describe('sizeHeadroom', () => {
  it('cross: adds until the LP is X % from the mark', () => {
    // Wallet 20, 1 long @ 100, mmr 0: LP = 100 − 20 / q. After adding d at 100, q = 1 + d; the LP
    // reaches 95 (5 % away) when 20 / (1 + d) = 5 → d = 3.
    const acc: AccountSpec = { venue: 'generic', marginMode: 'cross', walletBalance: 20, positions: [long()] };
    const h = sizeHeadroom(acc, 'p', { lpWithinPct: 5 });
    expect(h.untilLpWithin).toBeCloseTo(3, 6);
    expect(h.untilLpWithin as number).toBeLessThanOrEqual(3);
    // Rounded down to a 0.4 lot: 7 lots = 2.8.
    expect(sizeHeadroom(acc, 'p', { lpWithinPct: 5, lotStep: 0.4 }).untilLpWithin).toBe(2.8);
  });

  it('isolated at a fixed leverage: adding does not move the LP → no limit', () => {
    // LP = 100·(1 − 1/10) = 90 whatever the size (flat mmr 0).
    const acc: AccountSpec = {
      venue: 'generic',
      marginMode: 'isolated',
      walletBalance: 0,
      positions: [long({ isolatedMargin: 10 })],
    };
    expect(sizeHeadroom(acc, 'p', { lpWithinPct: 5 }).untilLpWithin).toBeNull();
  });

  it('already inside X %: nothing can be added', () => {
    const acc: AccountSpec = {
      venue: 'generic',
      marginMode: 'isolated',
      walletBalance: 0,
      positions: [long({ leverage: 50 })],
    };
    expect(sizeHeadroom(acc, 'p', { lpWithinPct: 5 }).untilLpWithin).toBe(0);
  });

  it('tier jump: room to the top of the current tier, staying below the boundary', () => {
    // Tier 0 up to notional 1 000 (1 %), then 2 % (cum 10). 1 unit at mark 100 = 100:
    // 1 000 / 100 − 1 = 9 units reach the boundary, which already belongs to the next tier.
    const tiers = [
      { minNotional: 0, maxNotional: 1_000, mmr: 0.01, maintenanceAmount: 0 },
      { minNotional: 1_000, maxNotional: Infinity, mmr: 0.02, maintenanceAmount: 10 },
    ];
    const acc: AccountSpec = {
      venue: 'generic',
      marginMode: 'cross',
      walletBalance: 1_000,
      positions: [long({ mmr: undefined, tiers })],
    };
    const h = sizeHeadroom(acc, 'p', { lpWithinPct: 5, lotStep: 0.5 });
    expect(h.untilNextTier).toBe(8.5);
    expect(h.tier).toEqual({ index: 0, mmr: 0.01, maxNotional: 1_000, nextMmr: 0.02 });
    const exact = sizeHeadroom(acc, 'p', { lpWithinPct: 5 }).untilNextTier as number;
    expect(exact).toBeLessThan(9);
    expect(exact).toBeCloseTo(9, 9);
  });
});

describe('grown', () => {
  it('linear: volume-weighted entry; isolated margin grows at the same leverage', () => {
    // 1 @ 100 + 1 @ 80 → entry 90; margin 10 + 80 / 10 = 18.
    const acc: AccountSpec = {
      venue: 'generic',
      marginMode: 'isolated',
      walletBalance: 0,
      positions: [long({ isolatedMargin: 10 })],
    };
    const p = grown(acc, acc.positions[0], 1, 80).positions[0];
    expect(p.entryPrice).toBeCloseTo(90, 12);
    expect(p.quantity).toBe(2);
    expect(p.isolatedMargin).toBeCloseTo(18, 12);
  });
  it('inverse: the entry keeps the coin value (harmonic mean)', () => {
    // 1 000 USD @ 50 000 + 1 000 USD @ 40 000 → 2 000 / (0.02 + 0.025) = 44 444.44.
    const acc: AccountSpec = {
      venue: 'generic',
      marginMode: 'cross',
      walletBalance: 1,
      positions: [
        long({ contract: 'inverse', quantity: 10, contractSize: 100, entryPrice: 50_000, markPrice: 50_000 }),
      ],
    };
    const p = grown(acc, acc.positions[0], 1_000, 40_000).positions[0];
    expect(p.entryPrice).toBeCloseTo(2_000 / 0.045, 6);
    expect(p.quantity).toBe(20);
  });
});
