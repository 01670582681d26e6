import { describe, expect, it } from 'vitest';
import type { Book, BookPosition } from '../book/index';
import { lookupSizeTierTable, type AccountSpec, type PositionSpec } from '../engine/index';
import { evaluateRules } from '../warnings/evaluate';
import { sizeHeadroom } from './headroom';
import { defaultRules, type Rule } from '../warnings/rules';
import { extendTable, tiersOf } from './tiers';

// OKX BTC-USDT-SWAP ships tiers by contracts (0.01 BTC each): tier 1 up to 1,000 contracts at
// 0.4 %, tier 2 up to 5,000 at 0.5 % (shared/engine/tiers/okx.ts).
const okxPos = (over: Partial<PositionSpec> = {}): PositionSpec => ({
  id: 'p',
  symbol: 'BTC-USDT-SWAP',
  side: 'long',
  contract: 'linear',
  quantity: 900,
  contractSize: 0.01,
  entryPrice: 80_000,
  markPrice: 80_000,
  ...over,
});

describe('sizing with a size-keyed (OKX) table', () => {
  it('tiersOf re-expresses the rows as notional at the mark, keeping the table for staleness', () => {
    const r = tiersOf('okx', okxPos());
    expect(r?.table).toBe(lookupSizeTierTable('okx', 'BTC-USDT-SWAP'));
    // OKX's maxSz is inclusive: tier 1's bracket ends where tier 2 starts (1,000.01 contracts).
    expect(r?.tiers[0]).toMatchObject({ minNotional: 0, mmr: 0.004 });
    expect(r?.tiers[0].maxNotional).toBeCloseTo(1000.01 * 0.01 * 80_000, 6);
    expect(r?.tiers[1].minNotional).toBeCloseTo(800_008, 6);
    expect(r?.tiers[1].maxNotional).toBeCloseTo(5000.01 * 0.01 * 80_000, 6);
    // At another mark the same contracts are another notional.
    expect(tiersOf('okx', okxPos({ markPrice: 40_000 }))?.tiers[0].maxNotional).toBeCloseTo(400_004, 6);
  });

  it('headroom: 900 contracts leave exactly 100 contracts (1 BTC, 1,000 is still tier 1) before the 0.4 % → 0.5 % step', () => {
    const acc: AccountSpec = { venue: 'okx', marginMode: 'cross', walletBalance: 100_000, positions: [okxPos()] };
    const h = sizeHeadroom(acc, 'p', { lpWithinPct: 5, lotStep: 0.01 });
    expect(h.tier).toMatchObject({ index: 0, mmr: 0.004, nextMmr: 0.005 });
    expect(h.untilNextTier as number).toBeCloseTo(1, 9); // base units (BTC)
    // At exactly 1,000 contracts the sizing and the engine agree: tier 1.
    expect(
      sizeHeadroom({ ...acc, positions: [okxPos({ quantity: 1000 })] }, 'p', { lpWithinPct: 5 }).tier,
    ).toMatchObject({ index: 0, mmr: 0.004 });
  });

  it('tier-jump warns at 990 contracts (1 % below the boundary), not at 900', () => {
    const rule = { ...defaultRules.find((r) => r.id === 'tier-jump'), withinPct: 2 } as Rule;
    const bookOf = (quantity: number): Book => ({
      accounts: [
        {
          id: 'a',
          name: 'OKX',
          venue: 'okx',
          marginMode: 'cross',
          walletBalance: 100_000,
          positions: [
            { ...okxPos({ quantity }), accountId: 'a', stopLoss: 70_000, markSource: 'manual' } as BookPosition,
          ],
        },
      ],
    });
    const at = (q: number) =>
      evaluateRules(bookOf(q), [rule], { now: '2026-11-25T12:00:00Z' }).filter((w) => w.ruleId === 'tier-jump');
    expect(at(900)).toHaveLength(0);
    const ws = at(990);
    expect(ws).toHaveLength(1);
    expect(ws[0].value).toBeCloseTo(((800_008 - 792_000) / 800_008) * 100, 9); // 990 of the 1,000.01 contracts where tier 2 starts
    expect(ws[0].message).toMatch(/from 0\.4 % to 0\.5 %/);
  });

  it('extendTable leaves size-keyed positions alone (the tier cannot change with price)', () => {
    const p = okxPos();
    expect(extendTable('okx', p)).toEqual({ spec: p, end: Infinity });
  });
});

describe('sizing calculator on OKX (contracts of 0.01 BTC, lot 0.01 contract)', () => {
  it('sizes in OKX contracts: 1 % of 10,000 over a 1,500 stop distance = 0.0666 BTC = 6.66 contracts', async () => {
    const { sizePosition } = await import('./calculator');
    const r = sizePosition({
      venue: 'okx',
      symbol: 'BTC-USDT-SWAP',
      marginMode: 'isolated',
      equity: 10_000,
      risk: { mode: 'percent', value: 1 },
      entry: 70_000,
      stop: { mode: 'price', value: 68_500 },
      leverage: 10,
    });
    expect(r.lotStep).toBe(0.01);
    expect(r.contracts).toBeCloseTo(6.66, 12);
    expect(r.size).toBeCloseTo(0.0666, 12);
    // OKX isolated LP with margin 0.0666·70,000/10 = 466.2, tier 1 (0.4 %), the input's fee rate (0):
    // (70,000·0.0666 − 466.2) / (0.0666·(1 − 0.004)).
    expect(r.liquidationPrice as number).toBeCloseTo((70_000 * 0.0666 - 466.2) / (0.0666 * (1 - 0.004)), 6);
  });
});

describe('sizing an OKX cross hedge: both legs count towards the tier, as the engine counts them', () => {
  const legs = (long: number, short: number): AccountSpec => ({
    venue: 'okx',
    marginMode: 'cross',
    positionMode: 'hedge',
    walletBalance: 200_000,
    positions: [okxPos({ id: 'l', quantity: long }), okxPos({ id: 's', side: 'short', quantity: short })],
  });

  it('headroom: long 900 + short 900 contracts are tier 2 together; 3,200 contracts (32 BTC) more reach tier 3', () => {
    const h = sizeHeadroom(legs(900, 900), 'l', { lpWithinPct: 5, lotStep: 0.01 });
    expect(h.tier).toMatchObject({ index: 1, mmr: 0.005, nextMmr: 0.0075 });
    expect(h.untilNextTier as number).toBeCloseTo(32, 9);
  });

  it('the calculator stays within what the table has left next to a held leg, instead of failing on the summed size', async () => {
    const { sizePosition } = await import('./calculator');
    // ETH-USDT-SWAP ships tier 1 only (to 5,000 contracts of 0.1 ETH); 4,900 are held short.
    const held = {
      id: 'h',
      symbol: 'ETH-USDT-SWAP',
      side: 'short' as const,
      contract: 'linear' as const,
      quantity: 4900,
      contractSize: 0.1,
      entryPrice: 3000,
      markPrice: 3000,
    };
    const r = sizePosition({
      venue: 'okx',
      symbol: 'ETH-USDT-SWAP',
      marginMode: 'cross',
      positionMode: 'hedge',
      equity: 1_000_000,
      risk: { mode: 'percent', value: 10 },
      entry: 3000,
      stop: { mode: 'price', value: 2900 },
      leverage: 10,
      otherPositions: [held],
    });
    // Before: "9899.99… contracts exceed the shipped okx ETH-USDT-SWAP table", blaming the held leg.
    expect(r.contracts).toBeLessThanOrEqual(100);
    expect(r.bounds.risk).toBeGreaterThan(0);
  });
});
