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
 *
 * ETHUSD perpetual (notional in ETH). Brackets and leverage: the ETHUSD table of the same FAQ
 * revision (100x up to 100 ETH, 75x 500, 50x 1,000, 20x 2,000, 10x 4,000, 5x 6,000, 4x 8,000,
 * 3x 10,000). MMR per bracket: the "Maintenance Margin Ratio (Before Adjustment)" column Binance
 * published for ETHUSD Quarterly 0625 in "Binance Futures will start updating the Maintenance
 * Margin of BTCUSD Quarterly 0625 and ETHUSD Quarterly 0625" (first adjustment 2021-04-05,
 * https://www.binance.com/en/support/announcement/9c6a1766be424fccacd2549db3d61a3f): 0.50 %,
 * 0.65 %, 1.00 %, 2.50 %, 5 %, 10 %, 12.5 %, 15 % on the same bracket limits (100 … 10,000 ETH).
 * That announcement's BTCUSD "before" column is exactly the BTCUSD_PERP table above (0.4 % to
 * 12.5 % on 10 … 400 BTC), which is why we read its ETHUSD column as the COIN-M ETH schedule of
 * that period; it is a quarterly contract's table all the same (see the note). cum from the
 * Maintenance Amount formula (floor × ΔMMR + previous cum), not published for ETH.
 */
const ETH_NOTE =
  "Brackets from the COIN-M FAQ ETHUSD perpetual table; MMRs from Binance's 2021-04 announcement (ETHUSD Quarterly 0625, " +
  '"before adjustment" column, same brackets); cum derived. Table ends at 10,000 ETH. Binance has changed ETH COIN-M tiers ' +
  'since (e.g. 2022-09-13): override with GET /dapi/v1/leverageBracket.';

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
  {
    venue: 'binance-coinm',
    symbol: 'ETHUSD_PERP',
    aliases: ['ETHUSD', 'ETH/USD:ETH', 'ETH'],
    contract: 'inverse',
    source: 'https://www.binance.com/en/support/faq/be2c7d9d95b04a7e8044ed02dd7dfe5c',
    retrieved: '2021-02-05',
    note: ETH_NOTE,
    tiers: [
      { minNotional: 0, maxNotional: 100, mmr: 0.005, maintenanceAmount: 0, maxLeverage: 100 },
      { minNotional: 100, maxNotional: 500, mmr: 0.0065, maintenanceAmount: 0.15, maxLeverage: 75 },
      { minNotional: 500, maxNotional: 1_000, mmr: 0.01, maintenanceAmount: 1.9, maxLeverage: 50 },
      { minNotional: 1_000, maxNotional: 2_000, mmr: 0.025, maintenanceAmount: 16.9, maxLeverage: 20 },
      { minNotional: 2_000, maxNotional: 4_000, mmr: 0.05, maintenanceAmount: 66.9, maxLeverage: 10 },
      { minNotional: 4_000, maxNotional: 6_000, mmr: 0.1, maintenanceAmount: 266.9, maxLeverage: 5 },
      { minNotional: 6_000, maxNotional: 8_000, mmr: 0.125, maintenanceAmount: 416.9, maxLeverage: 4 },
      { minNotional: 8_000, maxNotional: 10_000, mmr: 0.15, maintenanceAmount: 616.9, maxLeverage: 3 },
    ],
  },
];
