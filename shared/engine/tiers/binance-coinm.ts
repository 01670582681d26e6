import type { TierTable } from './types';

/*
 * Binance COIN-M BTCUSD brackets (notional in BTC). Bracket floors: "Leverage and Margin in
 * Coin-Margined Futures Contracts", https://www.binance.com/en/support/faq/be2c7d9d95b04a7e8044ed02dd7dfe5c
 * (125x up to 10 BTC, 100x 20, 50x 30, 20x 50, 10x 100, 5x 200, 4x 400). MMR: half the initial
 * margin rate (0.4 % at 125x per the MM example in
 * https://www.binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46, "100 × 100 / 25,000
 * = 0.4 BTC … level 1 … × 0.4 %"). cum from Binance's Maintenance Amount formula; the result
 * reproduces every cum that FAQ publishes: level 4 = 0.56 BTC, level 5 = 50 × (5 % − 2.5 %) +
 * 0.56 = 1.81 BTC, and 12.5 % / 11.81 BTC at 300 BTC. Levels above 400 BTC are not documented
 * there: positions beyond are refused (give tiers). Note: a later revision of the same FAQ quotes
 * 11.605 BTC at 300 BTC — Binance has since changed the low brackets; override with GET
 * /dapi/v1/leverageBracket for current numbers.
 */
export const binanceCoinmTables: readonly TierTable[] = [
  {
    venue: 'binance-coinm',
    symbol: 'BTCUSD_PERP',
    aliases: ['BTCUSD', 'BTC/USD:BTC', 'BTC'],
    contract: 'inverse',
    source: 'https://www.binance.com/en/support/faq/be2c7d9d95b04a7e8044ed02dd7dfe5c',
    retrieved: '2021-02-05',
    note: 'Reconstructed from bracket floors + MMR = IMR/2; checked against the three cum values the COIN-M FAQ publishes. Table ends at 400 BTC.',
    tiers: [
      { minNotional: 0, maxNotional: 10, mmr: 0.004, maintenanceAmount: 0 },
      { minNotional: 10, maxNotional: 20, mmr: 0.005, maintenanceAmount: 0.01 },
      { minNotional: 20, maxNotional: 30, mmr: 0.01, maintenanceAmount: 0.11 },
      { minNotional: 30, maxNotional: 50, mmr: 0.025, maintenanceAmount: 0.56 },
      { minNotional: 50, maxNotional: 100, mmr: 0.05, maintenanceAmount: 1.81 },
      { minNotional: 100, maxNotional: 200, mmr: 0.1, maintenanceAmount: 6.81 },
      { minNotional: 200, maxNotional: 400, mmr: 0.125, maintenanceAmount: 11.81 },
    ],
  },
];
