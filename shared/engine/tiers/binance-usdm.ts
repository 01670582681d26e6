import type { TierTable } from './types';

/*
 * Binance USDⓈ-M brackets (notional in USDT). BTCUSDT: Binance's announcement "Updates to
 * Leverage and Margin Tiers of Binance Futures Contracts (2021-03-18)",
 * https://www.binance.com/en/support/announcement/86cf9aa472574b8cb2e05bb751c2a9a6 (brackets and
 * MMR; cum derived with Binance's "Maintenance Amount formula" — floor × ΔMMR + previous cum — and
 * identical to the transcription in https://gist.github.com/crackcomm/e29582030d9eeac6c6124a7503cd0ac2).
 * ETHUSDT: the "x100" table of that gist, as in its fork https://gist.github.com/mattj161/21bec86528700b7e4cb025730485a2a7
 * (last active 2023-09-18, the date we record). Cross-checked against Binance's own worked example in
 * "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts"
 * (https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93), whose BTCUSDT
 * position of ~3.5M USDT uses MMR 2.5 % / cum 16 300 and ETHUSDT ~4.9M uses 10 % / 135 365 — the
 * same rows as below. Binance revises brackets often: refresh from GET /fapi/v1/leverageBracket.
 */
const note =
  'Brackets as of the 2021-2023 Binance tables; the last bracket (cap 5e9) is extended to Infinity. ' +
  'Binance changes brackets without notice: override with position.tiers from GET /fapi/v1/leverageBracket.';

export const binanceUsdmTables: readonly TierTable[] = [
  {
    venue: 'binance-usdm',
    symbol: 'BTCUSDT',
    aliases: ['BTC/USDT:USDT', 'BTC/USDT', 'BTCUSDT_PERP', 'BTC'],
    contract: 'linear',
    source: 'https://www.binance.com/en/support/announcement/86cf9aa472574b8cb2e05bb751c2a9a6',
    retrieved: '2021-03-18',
    note,
    tiers: [
      { minNotional: 0, maxNotional: 50_000, mmr: 0.004, maintenanceAmount: 0 },
      { minNotional: 50_000, maxNotional: 250_000, mmr: 0.005, maintenanceAmount: 50 },
      { minNotional: 250_000, maxNotional: 1_000_000, mmr: 0.01, maintenanceAmount: 1_300 },
      { minNotional: 1_000_000, maxNotional: 10_000_000, mmr: 0.025, maintenanceAmount: 16_300 },
      { minNotional: 10_000_000, maxNotional: 20_000_000, mmr: 0.05, maintenanceAmount: 266_300 },
      { minNotional: 20_000_000, maxNotional: 50_000_000, mmr: 0.1, maintenanceAmount: 1_266_300 },
      { minNotional: 50_000_000, maxNotional: 100_000_000, mmr: 0.125, maintenanceAmount: 2_516_300 },
      { minNotional: 100_000_000, maxNotional: 200_000_000, mmr: 0.15, maintenanceAmount: 5_016_300 },
      { minNotional: 200_000_000, maxNotional: 300_000_000, mmr: 0.25, maintenanceAmount: 25_016_300 },
      { minNotional: 300_000_000, maxNotional: Infinity, mmr: 0.5, maintenanceAmount: 100_016_300 },
    ],
  },
  {
    venue: 'binance-usdm',
    symbol: 'ETHUSDT',
    aliases: ['ETH/USDT:USDT', 'ETH/USDT', 'ETHUSDT_PERP', 'ETH'],
    contract: 'linear',
    source: 'https://gist.github.com/mattj161/21bec86528700b7e4cb025730485a2a7',
    retrieved: '2023-09-18',
    note,
    tiers: [
      { minNotional: 0, maxNotional: 10_000, mmr: 0.005, maintenanceAmount: 0 },
      { minNotional: 10_000, maxNotional: 100_000, mmr: 0.0065, maintenanceAmount: 15 },
      { minNotional: 100_000, maxNotional: 500_000, mmr: 0.01, maintenanceAmount: 365 },
      { minNotional: 500_000, maxNotional: 1_000_000, mmr: 0.02, maintenanceAmount: 5_365 },
      { minNotional: 1_000_000, maxNotional: 2_000_000, mmr: 0.05, maintenanceAmount: 35_365 },
      { minNotional: 2_000_000, maxNotional: 5_000_000, mmr: 0.1, maintenanceAmount: 135_365 },
      { minNotional: 5_000_000, maxNotional: 10_000_000, mmr: 0.125, maintenanceAmount: 260_365 },
      { minNotional: 10_000_000, maxNotional: 20_000_000, mmr: 0.15, maintenanceAmount: 510_365 },
      { minNotional: 20_000_000, maxNotional: Infinity, mmr: 0.25, maintenanceAmount: 2_510_365 },
    ],
  },
];
