import { describe, expect, it } from 'vitest';
import { assessAccount, type AccountSpec, type PositionSpec } from '../index';

const pos = (over: Partial<PositionSpec>): PositionSpec => ({
  id: 'p',
  symbol: 'BTC-USDT-SWAP',
  side: 'long',
  contract: 'linear',
  quantity: 2,
  entryPrice: 30000,
  markPrice: 30000,
  leverage: 20,
  mmr: 0.004,
  ...over,
});
const iso = (venue: AccountSpec['venue'], p: PositionSpec, takerFeeRate?: number): AccountSpec => ({
  venue,
  marginMode: 'isolated',
  walletBalance: 0,
  takerFeeRate,
  positions: [p],
});
const lp = (a: AccountSpec) => assessAccount(a).positions[0].liquidationPrice as number;

describe('gate: published formulas written out (gate.io help 27724, via freqtrade exchange.py; Gate support answer)', () => {
  it('linear long: LP = (Entry − Margin/Multiplier/Size) / [1 − (MMR + Taker)]', () => {
    // Size 2 BTC (multiplier folded in), margin 3,000 USDT (20x), MMR 0.4 %, taker 0.075 %.
    const expected = (30000 - 3000 / 2) / (1 - (0.004 + 0.00075));
    expect(lp(iso('gate', pos({})))).toBeCloseTo(expected, 8);
  });
  it('linear short: LP = (Entry + Margin/Size) / [1 + (MMR + Taker)]', () => {
    const expected = (30000 + 3000 / 2) / (1 + (0.004 + 0.00075));
    expect(lp(iso('gate', pos({ side: 'short' })))).toBeCloseTo(expected, 8);
  });
  it('inverse long: LP = Size·Entry·(1 + MMR + Taker) / (Size + Margin·Entry)', () => {
    // 1,000 contracts × 1 USD, entry 30,000, margin 0.01 BTC.
    const p = pos({
      symbol: 'BTC_USD',
      contract: 'inverse',
      quantity: 1000,
      contractSize: 1,
      leverage: undefined,
      isolatedMargin: 0.01,
      mmr: 0.005,
    });
    const expected = (1000 * 30000 * (1 + 0.005 + 0.00075)) / (1000 + 0.01 * 30000);
    expect(lp(iso('gate', p))).toBeCloseTo(expected, 7);
  });
  it('inverse short: LP = Size·Entry·(1 − MMR − Taker) / (Size − Margin·Entry)', () => {
    const p = pos({
      symbol: 'BTC_USD',
      side: 'short',
      contract: 'inverse',
      quantity: 1000,
      contractSize: 1,
      leverage: undefined,
      isolatedMargin: 0.01,
      mmr: 0.005,
    });
    const expected = (1000 * 30000 * (1 - 0.005 - 0.00075)) / (1000 - 0.01 * 30000);
    expect(lp(iso('gate', p))).toBeCloseTo(expected, 7);
  });
  it('the account taker fee overrides the default', () => {
    const expected = (30000 - 3000 / 2) / (1 - (0.004 + 0.0005));
    expect(lp(iso('gate', pos({}), 0.0005))).toBeCloseTo(expected, 8);
  });
});

describe('okx: maintenance includes the fee to close (OKX margin-ratio formula, written out)', () => {
  it('isolated USDT-margined long: (margin + PnL) = size·P·(MMR + fee) at LP', () => {
    // margin 3,000, size 2, entry 30,000: 3000 + 2(P − 30000) = 2P(0.004 + 0.0005)
    const expected = (2 * 30000 - 3000) / (2 * (1 - 0.004 - 0.0005));
    expect(lp(iso('okx', pos({})))).toBeCloseTo(expected, 8);
  });
  it('isolated coin-margined long: LP = (1 + MMR + fee) / (1/Entry + Margin/(Face·Contracts)) (OKX est. liq. price, fee folded into MMR)', () => {
    const p = pos({
      symbol: 'BTC-USD-SWAP',
      contract: 'inverse',
      quantity: 10,
      contractSize: 100,
      leverage: 10,
      mmr: 0.005,
    });
    // margin = 1000/30000/10 coin
    const expected = (1 + 0.005 + 0.0005) / (1 / 30000 + 1000 / 30000 / 10 / (100 * 10));
    expect(lp(iso('okx', p))).toBeCloseTo(expected, 7);
  });
  it('tiers without maintenance amount (MMR applies to the whole position): the tier at LP is used, not the one at entry', () => {
    // Tier 1 MMR 1 % up to 50,000 notional, tier 2 MMR 50 % above. Long 2 @ 30,000 (60,000),
    // margin 40,000 (1.5x). Tier 2 alone: 40000 + 2(P − 30000) = 2P(0.5 + 0.0005) → P ≈ 20,020 (notional
    // 40,040 — not in tier 2); tier 1 alone: P = 20000/(2·0.9895) ≈ 10,106 (notional 20,212 — in tier 1).
    const tiers = [
      { minNotional: 0, maxNotional: 50_000, mmr: 0.01, maintenanceAmount: 0 },
      { minNotional: 50_000, maxNotional: Infinity, mmr: 0.5, maintenanceAmount: 0 },
    ];
    const r = lp(iso('okx', pos({ leverage: undefined, isolatedMargin: 40000, mmr: undefined, tiers })));
    expect(r).toBeCloseTo(20000 / (2 * (1 - 0.01 - 0.0005)), 7);
  });
});
