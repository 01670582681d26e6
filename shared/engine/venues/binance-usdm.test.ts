import { describe, expect, it } from 'vitest';
import { assessAccount, type AccountSpec, type PositionSpec } from '../index';

/*
 * Binance's worked example in "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts"
 * (https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93), as transcribed into
 * freqtrade's test suite: freqtrade/freqtrade tests/exchange/test_binance.py
 * `test_liquidation_price_binance` ("From calc example"). Expected values are rounded to 2 dp
 * there, so we compare within half a cent.
 */
const WB = 1535443.01;
const btc: PositionSpec = {
  id: 'btc',
  symbol: 'BTCUSDT',
  side: 'long',
  contract: 'linear',
  quantity: 109.488,
  entryPrice: 32481.98,
  markPrice: 31967.27,
  mmr: 0.025,
  maintenanceAmount: 16300,
};
const eth: PositionSpec = {
  id: 'eth',
  symbol: 'ETHUSDT',
  side: 'long',
  contract: 'linear',
  quantity: 3683.979,
  entryPrice: 1456.84,
  markPrice: 1335.18,
  mmr: 0.1,
  maintenanceAmount: 135365,
};

function lp(account: AccountSpec, id: string): number | null {
  const r = assessAccount(account).positions.find((p) => p.id === id);
  if (!r) throw new Error(`no ${id}`);
  return r.liquidationPrice;
}

describe('binance-usdm: Binance calc example (freqtrade tests/exchange/test_binance.py)', () => {
  it('isolated ETHUSDT long, WB 1,535,443.01, MMR 10 %, cum 135,365 → 1114.78', () => {
    const acc: AccountSpec = {
      venue: 'binance-usdm',
      marginMode: 'isolated',
      walletBalance: 0,
      positions: [{ ...eth, markPrice: eth.entryPrice, isolatedMargin: WB }],
    };
    expect(lp(acc, 'eth')).toBeCloseTo(1114.78, 2);
  });

  it('isolated BTCUSDT long, WB 1,535,443.01, MMR 2.5 %, cum 16,300 → 18778.73', () => {
    const acc: AccountSpec = {
      venue: 'binance-usdm',
      marginMode: 'isolated',
      walletBalance: 0,
      positions: [{ ...btc, markPrice: btc.entryPrice, isolatedMargin: WB }],
    };
    expect(lp(acc, 'btc')).toBeCloseTo(18778.73, 2);
  });

  it('cross: ETHUSDT LP 1153.26 and BTCUSDT LP 26316.89 with the other position at mark', () => {
    const acc: AccountSpec = { venue: 'binance-usdm', marginMode: 'cross', walletBalance: WB, positions: [btc, eth] };
    expect(lp(acc, 'eth')).toBeCloseTo(1153.26, 2);
    expect(lp(acc, 'btc')).toBeCloseTo(26316.89, 2);
  });

  it('cross with the shipped BTCUSDT / ETHUSDT brackets gives the same answers (brackets at LP)', () => {
    const strip = ({ mmr: _m, maintenanceAmount: _a, ...rest }: PositionSpec): PositionSpec => rest;
    const acc: AccountSpec = {
      venue: 'binance-usdm',
      marginMode: 'cross',
      walletBalance: WB,
      positions: [strip(btc), strip(eth)],
    };
    expect(lp(acc, 'eth')).toBeCloseTo(1153.26, 2);
    expect(lp(acc, 'btc')).toBeCloseTo(26316.89, 2);
  });

  it('cross account figures: equity = WB + ΣuPnL, MM at mark, ratio = MM / equity', () => {
    const acc: AccountSpec = { venue: 'binance-usdm', marginMode: 'cross', walletBalance: WB, positions: [btc, eth] };
    const r = assessAccount(acc);
    const upnl = 109.488 * (31967.27 - 32481.98) + 3683.979 * (1335.18 - 1456.84);
    const mm = 109.488 * 31967.27 * 0.025 - 16300 + (3683.979 * 1335.18 * 0.1 - 135365);
    expect(r.equity).toBeCloseTo(WB + upnl, 6);
    expect(r.maintenanceMargin).toBeCloseTo(mm, 6);
    expect(r.marginRatio).toBeCloseTo(mm / (WB + upnl), 12);
  });
});

describe('binance-usdm: bracket at the liquidation price (arithmetic from the published formula)', () => {
  it('uses the 1 % / 1,300 bracket at LP although the entry notional (1.2M) is in the 2.5 % bracket', () => {
    const acc: AccountSpec = {
      venue: 'binance-usdm',
      marginMode: 'isolated',
      walletBalance: 0,
      positions: [
        {
          id: 'a',
          symbol: 'BTCUSDT',
          side: 'long',
          contract: 'linear',
          quantity: 24,
          entryPrice: 50000,
          markPrice: 50000,
          leverage: 2,
        },
      ],
    };
    // With the entry bracket (2.5 %, 16,300): (600000 + 16300 − 24·50000) / (24·0.025 − 24) = 24944.44,
    // notional 598,667 — not in 1M..10M, so Binance says recalculate with the bracket at LP:
    const expected = (600000 + 1300 - 24 * 50000) / (24 * 0.01 - 24); // 25197.81, notional 604,747 ∈ [250k, 1M)
    const r = assessAccount(acc).positions[0];
    expect(r.liquidationPrice).toBeGreaterThanOrEqual(expected);
    expect(r.liquidationPrice).toBeCloseTo(expected, 7);
  });

  it('hedge mode in cross: LONG and SHORT legs share one LP (cumL + cumS terms)', () => {
    // Published formula with Position1BOTH = 0:
    // LP = (WB + cumL + cumS − PL·EPL + PS·EPS) / (PL·MMRL + PS·MMRS − PL + PS)
    const acc: AccountSpec = {
      venue: 'binance-usdm',
      marginMode: 'cross',
      positionMode: 'hedge',
      walletBalance: 10000,
      positions: [
        {
          id: 'L',
          symbol: 'BTCUSDT',
          side: 'long',
          contract: 'linear',
          quantity: 3,
          entryPrice: 30000,
          markPrice: 30000,
          mmr: 0.004,
          maintenanceAmount: 0,
        },
        {
          id: 'S',
          symbol: 'BTCUSDT',
          side: 'short',
          contract: 'linear',
          quantity: 1,
          entryPrice: 31000,
          markPrice: 30000,
          mmr: 0.004,
          maintenanceAmount: 0,
        },
      ],
    };
    const expected = (10000 + 0 + 0 - 3 * 30000 + 1 * 31000) / (3 * 0.004 + 1 * 0.004 - 3 + 1);
    const r = assessAccount(acc);
    expect(r.positions[0].liquidationPrice).toBeCloseTo(expected, 7);
    expect(r.positions[1].liquidationPrice).toBe(r.positions[0].liquidationPrice);
  });

  it('rounds to tickSize conservatively: long up, short down', () => {
    const base = {
      symbol: 'BTCUSDT',
      contract: 'linear' as const,
      quantity: 1,
      entryPrice: 100,
      markPrice: 100,
      leverage: 10,
      mmr: 0.005,
      tickSize: 0.1,
    };
    const acc: AccountSpec = {
      venue: 'binance-usdm',
      marginMode: 'isolated',
      walletBalance: 0,
      positions: [
        { ...base, id: 'l', side: 'long' }, // exact 90 / 0.995 = 90.4522…
        { ...base, id: 's', symbol: 'ETHUSDT', side: 'short' }, // exact 110 / 1.005 = 109.4527…
      ],
    };
    const [l, s] = assessAccount(acc).positions;
    expect(l.liquidationPrice).toBe(90.5);
    expect(s.liquidationPrice).toBe(109.4);
  });
});
