import { describe, expect, it } from 'vitest';
import type { BookAccount } from '../book/types';
import { toAccountSpec } from '../book/types';
import { bp } from '@test/fixtures/stress/bookPosition';
import { assessAccount } from '../engine/assess';
import type { AccountSpec } from '../engine/types';
import { fundingDrift } from './funding';
import { cascadeLadder } from './ladder';
import { liquidationProbability } from './probability';
import { survivalPlan } from './survive';
import { stressSweep } from './sweep';
import { bookLiquidationProbability, volatilityDistances } from './volatility';

const ones = { SOL: 1, DOGE: 1, ETH: 1 };

const iso: BookAccount = {
  id: 'i',
  name: 'Iso',
  venue: 'generic',
  marginMode: 'isolated',
  walletBalance: 0,
  positions: [
    bp({ id: 'a', accountId: 'i', symbol: 'SOLUSDT', isolatedMargin: 10 }),
    bp({ id: 'b', accountId: 'i', symbol: 'DOGEUSDT', isolatedMargin: 40 }),
  ],
};
const cross: BookAccount = {
  id: 'x',
  name: 'Cross',
  venue: 'generic',
  marginMode: 'cross',
  walletBalance: 1000,
  positions: [
    bp({ id: 'btc', accountId: 'x', symbol: 'BTCUSDT', quantity: 0.1, entryPrice: 50000, markPrice: 50000 }),
    bp({ id: 'eth', accountId: 'x', symbol: 'ETHUSDT', quantity: 1, entryPrice: 3000, markPrice: 3000, mmr: 0.01 }),
  ],
};

function survivesSweep(spec: AccountSpec, move: number): boolean {
  return stressSweep(spec, { moves: [move], betas: ones }).liquidatedCount[0] === 0;
}

describe('survivalPlan', () => {
  it('isolated: extra margin, max leverage and keep fraction are each exactly enough', () => {
    // At −30 %: a needs MM − PnL = 0.005·70 + 30 = 30.35; has 10 → extra 20.35. b has 40: survives.
    const plan = survivalPlan({ accounts: [iso] }, { move: -0.3, betas: ones });
    const [a, b] = plan.accounts[0].positions;
    expect(a.survives).toBe(false);
    expect(a.extraMargin).toBeCloseTo(20.35, 3);
    expect(a.maxSafeLeverage).toBeCloseTo(100 / 30.35, 4);
    expect(a.keepFraction).toBeCloseTo(10 / 30.35, 4);
    expect(b.survives).toBe(true);
    expect(b.extraMargin).toBe(0);
    const spec = toAccountSpec(iso);
    const withExtra = (extra: number): AccountSpec => ({
      ...spec,
      positions: [{ ...spec.positions[0], isolatedMargin: 10 + extra }],
    });
    expect(survivesSweep(withExtra(a.extraMargin!), -0.3)).toBe(true);
    expect(survivesSweep(withExtra(a.extraMargin! * 0.99), -0.3)).toBe(false);
    const reduced: AccountSpec = { ...spec, positions: [{ ...spec.positions[0], quantity: a.keepFraction! }] };
    expect(survivesSweep(reduced, -0.3)).toBe(true);
  });

  it('isolated BitMEX: the margin to add covers the close fee BitMEX reserves in it (adding it survives, 1 % less does not)', () => {
    // XBTUSD long 10,000 @ 10,000 with BitMEX's displayed margin 0.100825 XBT (posInit 0.1 + fee 0.000825).
    const bitmex: BookAccount = {
      id: 'm',
      name: 'BitMEX',
      venue: 'bitmex',
      marginMode: 'isolated',
      walletBalance: 0,
      takerFeeRate: 0.00075,
      positions: [
        bp({
          id: 'x',
          accountId: 'm',
          symbol: 'XBTUSD',
          contract: 'inverse',
          quantity: 10_000,
          contractSize: 1,
          entryPrice: 10_000,
          markPrice: 10_000,
          mmr: 0.005,
          isolatedMargin: 0.100825,
        }),
      ],
    };
    const [row] = survivalPlan({ accounts: [bitmex] }, { move: -0.1, betas: { XBT: 1 } }).accounts[0].positions;
    expect(row.survives).toBe(false);
    const lpWith = (extra: number) => {
      const spec = toAccountSpec(bitmex);
      return assessAccount({ ...spec, positions: [{ ...spec.positions[0], isolatedMargin: 0.100825 + extra }] })
        .positions[0].liquidationPrice as number;
    };
    expect(lpWith(row.extraMargin!)).toBeLessThanOrEqual(9_000); // liquidated only below the −10 % price
    expect(lpWith(row.extraMargin! * 0.99)).toBeGreaterThan(9_000);
  });

  it('cross: extra collateral and the uniform keep fraction are just enough', () => {
    // Balance 945 + 7945·m at −20 % is −644 → extra 644.
    const plan = survivalPlan({ accounts: [cross] }, { move: -0.2, betas: ones });
    const acc = plan.accounts[0];
    expect(acc.survives).toBe(false);
    expect(acc.extraCollateral).toBeCloseTo(644, 2);
    const spec = toAccountSpec(cross);
    expect(survivesSweep({ ...spec, walletBalance: 1000 + acc.extraCollateral }, -0.2)).toBe(true);
    expect(survivesSweep({ ...spec, walletBalance: 1000 + acc.extraCollateral * 0.99 }, -0.2)).toBe(false);
    // Keep k: 1000 − 8000·0.2·k − 55·0.8·k > 0 → k < 1000/1644 = 0.60827
    expect(acc.keepFraction).toBeCloseTo(1000 / 1644, 6);
    expect(survivalPlan({ accounts: [cross] }, { move: -0.05, betas: ones }).accounts[0]).toMatchObject({
      survives: true,
      extraCollateral: 0,
      keepFraction: 1,
    });
  });

  it('lists accounts the engine refuses instead of failing', () => {
    const bad: BookAccount = {
      ...iso,
      id: 'bad',
      venue: 'binance-usdm',
      positions: [{ ...iso.positions[0], mmr: undefined, symbol: 'NOPEUSDT' }],
    };
    const plan = survivalPlan({ accounts: [bad, iso] }, { move: -0.1, betas: ones });
    expect(plan.skipped.map((s) => s.accountId)).toEqual(['bad']);
    expect(plan.accounts).toHaveLength(1);
    expect(cascadeLadder({ accounts: [bad] }).skipped[0].message).toMatch(/NOPEUSDT/);
  });
});

describe('fundingDrift', () => {
  it('cross: wallet pays side × notional × rate × intervals, and the LP moves toward the mark', () => {
    const spec = toAccountSpec(cross);
    // 3 days at 0.01 %/8 h = 9 intervals: BTC 5 000 × 0.0001 × 9 = 4.5; ETH 3 000 × 0.0003 × 9 = 8.1
    const d = fundingDrift(spec, { fundingRates: { BTC: 0.0001, ETHUSDT: 0.0003 }, horizonHours: 72 });
    expect(d.rows[0].paid).toBeCloseTo(4.5, 10);
    expect(d.rows[1].paid).toBeCloseTo(8.1, 10);
    expect(d.totalPaid).toBeCloseTo(12.6, 10);
    expect(d.accountAfter.walletBalance).toBeCloseTo(987.4, 10);
    expect(d.rows[0].liquidationPriceAfter!).toBeGreaterThan(d.rows[0].liquidationPriceNow!);
    expect(d.rows[0].liquidationPriceAfter).toBe(assessAccount(d.accountAfter).positions[0].liquidationPrice);
  });

  it('isolated: a short receiving funding (positive rate) gains margin and its LP moves away', () => {
    const spec: AccountSpec = { ...toAccountSpec(iso), positions: [{ ...iso.positions[0], side: 'short' }] };
    const d = fundingDrift(spec, { fundingRates: { SOL: 0.001 }, horizonHours: 24 });
    expect(d.rows[0].paid).toBeCloseTo(-0.3, 12);
    expect(d.accountAfter.positions[0].isolatedMargin).toBeCloseTo(10.3, 12);
    expect(d.rows[0].liquidationPriceAfter!).toBeGreaterThan(d.rows[0].liquidationPriceNow!);
    expect(() => fundingDrift(spec, { fundingRates: {}, horizonHours: -1 })).toThrow(/^horizonHours/);
  });
});

describe('volatility distance', () => {
  it('per position: σ distance and touch probability from the engine LP', () => {
    const rows = volatilityDistances(toAccountSpec(iso), {
      btcVolatility: 0.6,
      horizonDays: 30,
      betas: { SOL: 1.5, DOGE: 1 },
    });
    const lp = assessAccount(toAccountSpec(iso)).positions[0].liquidationPrice!;
    expect(rows[0].volatility).toBeCloseTo(0.9, 12);
    expect(rows[0].sigmas).toBeCloseTo(Math.abs(Math.log(lp / 100)) / (0.9 * Math.sqrt(30 / 365)), 12);
    expect(rows[0].probability).toBeCloseTo(
      liquidationProbability({ price: 100, liquidationPrice: lp, volatility: 0.9, horizonDays: 30 }),
      12,
    );
    expect(rows[0].probability).toBeGreaterThan(rows[1].probability);
  });

  it('book: the first liquidation is BTC leaving the ladder band; more likely than either side alone', () => {
    const shortIso: BookAccount = {
      ...iso,
      id: 's',
      positions: [bp({ id: 's1', accountId: 's', symbol: 'ETHUSDT', side: 'short', isolatedMargin: 15 })],
    };
    const ladder = cascadeLadder({ accounts: [iso, shortIso] }, { betas: ones });
    const p = bookLiquidationProbability(ladder, { btcVolatility: 0.6, horizonDays: 30 });
    expect(p.downMove).toBe(ladder.down[0].btcMove);
    expect(p.upMove).toBe(ladder.up[0].btcMove);
    const pd = liquidationProbability({
      price: 1,
      liquidationPrice: 1 + p.downMove!,
      volatility: 0.6,
      horizonDays: 30,
    });
    const pu = liquidationProbability({ price: 1, liquidationPrice: 1 + p.upMove!, volatility: 0.6, horizonDays: 30 });
    expect(p.probability).toBeGreaterThan(Math.max(pd, pu));
    expect(p.probability).toBeLessThanOrEqual(pd + pu);
  });
});
