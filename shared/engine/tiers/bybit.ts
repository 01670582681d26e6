import type { TierTable } from './types';

/*
 * Bybit inverse BTCUSD, first risk-limit tier only: Bybit API v5 "Get Risk Limit" response
 * example, https://bybit-exchange.github.io/docs/v5/market/risk-limit (id 1, BTCUSD,
 * riskLimitValue 150, maintenanceMargin 0.5 %, maxLeverage 100), consistent with Bybit's help
 * article ("The minimum maintenance margin rate for perpetual contracts on Bybit is 0.5% for
 * BTC", https://help.bybit.com/hc/en-us/articles/360039261334). Higher tiers were not in the
 * sources we could read: positions above 150 BTC are refused (give tiers). No sourced table for
 * BTCUSDT / ETHUSDT / ETHUSD: give `mmr` or `tiers` (GET /v5/market/risk-limit).
 */
export const bybitTables: readonly TierTable[] = [
  {
    venue: 'bybit',
    symbol: 'BTCUSD',
    aliases: ['BTC/USD:BTC'],
    contract: 'inverse',
    source: 'https://bybit-exchange.github.io/docs/v5/market/risk-limit',
    retrieved: '2022-12-26',
    note: 'First risk-limit tier only (up to 150 BTC).',
    tiers: [{ minNotional: 0, maxNotional: 150, mmr: 0.005, maintenanceAmount: 0, maxLeverage: 100 }],
  },
];
