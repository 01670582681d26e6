import { describe, expect, it } from 'vitest';
import { assessAccount, type AccountSpec } from '../index';

/*
 * Real Hyperliquid positions with the liquidation price the exchange reported, recorded in
 * freqtrade/freqtrade tests/exchange/test_hyperliquid.py `test_hyperliquid_dry_run_liquidation_price`
 * (isolated, freshly opened so mark = entry, collateral = isolated margin; max leverage 50 for
 * BTC/ETH and 20 for SOL/DOGE at the time). freqtrade asserts a relative tolerance of 1e-4.
 */
const maxLev: Record<string, number> = { BTC: 50, ETH: 50, SOL: 20, DOGE: 20 };
const recorded: Array<[string, number, 'long' | 'short', number, number, number]> = [
  // symbol, entryPrice, side, contracts, collateral, exchange liquidationPrice
  ['ETH', 2458.5, 'long', 0.015, 36.864593, 0.86915825],
  ['BTC', 63287.0, 'long', 0.00039, 24.673292, 22.37166537],
  ['SOL', 146.82, 'long', 0.16, 23.482979, 0.05269872],
  ['SOL', 145.83, 'long', 0.33, 24.045107, 74.83696193],
  ['ETH', 2459.5, 'long', 0.0199, 24.454895, 1243.0411908],
  ['BTC', 62739.0, 'long', 0.00077, 24.137992, 31708.03843631],
  ['DOGE', 0.11586, 'long', 437.0, 25.29769, 0.05945697],
  ['ETH', 2642.8, 'short', 0.019, 25.091876, 3924.18322043],
  ['SOL', 155.89, 'short', 0.32, 24.924941, 228.07847866],
  ['DOGE', 0.14333, 'short', 351.0, 25.136807, 0.20970228],
  ['BTC', 68595.0, 'short', 0.00069, 23.64871, 101849.99354283],
  ['BTC', 65536.0, 'short', 0.00099, 21.604172, 86493.46174617],
  ['SOL', 173.06, 'long', 0.6, 20.735658, 142.05186667],
  ['ETH', 2545.5, 'long', 0.0329, 20.909894, 1929.23322895],
  ['BTC', 67400.0, 'short', 0.00031, 20.887308, 133443.97317151],
  ['ETH', 2552.0, 'short', 0.0327, 20.833393, 3157.53150453],
  ['BTC', 66930.0, 'long', 0.0015, 20.043862, 54108.51043771],
  ['BTC', 67033.0, 'long', 0.00121, 20.251817, 50804.00091827],
  ['ETH', 2521.9, 'long', 0.0237, 19.902091, 1699.14071943],
  ['BTC', 68139.0, 'short', 0.00145, 19.72573, 80933.61590987],
  ['SOL', 178.29, 'short', 0.11, 19.605036, 347.82205322],
  ['SOL', 176.23, 'long', 0.33, 19.364946, 120.56240404],
  ['SOL', 173.08, 'short', 0.33, 19.01881, 225.08561715],
  ['BTC', 68240.0, 'short', 0.00105, 17.887922, 84431.79820839],
  ['ETH', 2518.4, 'short', 0.007, 17.62263, 4986.05799151],
  ['ETH', 2533.2, 'long', 0.0347, 17.555195, 2047.7642302],
  ['DOGE', 0.13284, 'long', 360.0, 15.943218, 0.09082388],
  ['SOL', 163.11, 'short', 0.48, 15.650731, 190.94213618],
  ['BTC', 67141.0, 'long', 0.00067, 14.979079, 45236.52992613],
];

describe('hyperliquid: exchange-reported liquidation prices (freqtrade tests/exchange/test_hyperliquid.py)', () => {
  it.each(recorded)(
    '%s %s @ %s %s contracts, collateral %s → %s',
    (symbol, entry, side, size, collateral, expected) => {
      const acc: AccountSpec = {
        venue: 'hyperliquid',
        marginMode: 'isolated',
        walletBalance: 0,
        positions: [
          {
            id: 'p',
            symbol,
            side,
            contract: 'linear',
            quantity: size,
            entryPrice: entry,
            markPrice: entry,
            isolatedMargin: collateral,
            maxLeverage: maxLev[symbol],
          },
        ],
      };
      const lp = assessAccount(acc).positions[0].liquidationPrice as number;
      expect(Math.abs(lp - expected) / expected).toBeLessThan(1e-4);
    },
  );
});

describe('hyperliquid: docs formula and margin tiers', () => {
  it('cross: liq_price = price − side·margin_available/size/(1 − l·side) with margin_available = account_value − MM (docs, written out)', () => {
    // Account value 1,000 USDC; long 1 ETH @ 3,000 (mark 3,000) and long 0.1 BTC @ 60,000 (mark 62,000); ETH max 25x, BTC 40x.
    const acc: AccountSpec = {
      venue: 'hyperliquid',
      marginMode: 'cross',
      walletBalance: 800,
      positions: [
        {
          id: 'eth',
          symbol: 'ETH',
          side: 'long',
          contract: 'linear',
          quantity: 1,
          entryPrice: 3000,
          markPrice: 3000,
          maxLeverage: 25,
        },
        {
          id: 'btc',
          symbol: 'BTC',
          side: 'long',
          contract: 'linear',
          quantity: 0.1,
          entryPrice: 60000,
          markPrice: 62000,
          maxLeverage: 40,
        },
      ],
    };
    const accountValue = 800 + 0.1 * 2000;
    const mmRequired = 3000 / 50 + 6200 / 80;
    const marginAvailable = accountValue - mmRequired;
    const l = 1 / 50;
    const expected = 3000 - (1 * marginAvailable) / 1 / (1 - l * 1);
    const r = assessAccount(acc);
    expect(r.positions[0].liquidationPrice).toBeCloseTo(expected, 9);
    expect(r.equity).toBeCloseTo(accountValue, 12);
  });

  it('shipped BTC table: 40x below 150M notional → maintenance 1.25 %; deduction makes MM continuous at 150M', () => {
    const acc = (qty: number, mark: number): AccountSpec => ({
      venue: 'hyperliquid',
      marginMode: 'isolated',
      walletBalance: 0,
      positions: [
        {
          id: 'p',
          symbol: 'BTC',
          side: 'long',
          contract: 'linear',
          quantity: qty,
          entryPrice: mark,
          markPrice: mark,
          leverage: 10,
        },
      ],
    });
    expect(assessAccount(acc(1, 60000)).positions[0].maintenanceMargin).toBeCloseTo(60000 / 80, 9);
    // At exactly 150M both tiers give 150M/80 = 1,875,000 (docs' deduction formula).
    expect(assessAccount(acc(2500, 60000)).positions[0].maintenanceMargin).toBeCloseTo(150_000_000 / 80, 3);
  });
});
