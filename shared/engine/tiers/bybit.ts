import type { TierTable } from './types';

/*
 * Bybit inverse BTCUSD, first risk-limit tier only: Bybit API v5 "Get Risk Limit" response
 * example, https://bybit-exchange.github.io/docs/v5/market/risk-limit (id 1, BTCUSD,
 * riskLimitValue 150, maintenanceMargin 0.5 %, maxLeverage 100), consistent with Bybit's help
 * article ("The minimum maintenance margin rate for perpetual contracts on Bybit is 0.5% for
 * BTC", https://help.bybit.com/hc/en-us/articles/360039261334). Higher tiers were not in the
 * sources we could read: positions above 150 BTC are refused (give tiers).
 *
 * Linear BTCUSDT, first tier only: Bybit's help article "Maintenance Margin (USDT Contract)"
 * (dated 2025-09-05; read from the copy at
 * https://www.fourbit.net/en/help-center/article/Maintenance-Margin-USDT-Contract of
 * https://www.bybit.com/en/help-center/article/Maintenance-Margin-USDT-Contract): "when you open a
 * BTCUSDT position with a position value of 2,000,000 USDT or below, the maintenance margin rate
 * (MMR) required for the position is 0.5%". Higher tiers carry a deduction
 * (Bybit "Margin Parameters": deduction(n) = risk limit(n−1) × (MMR(n) − MMR(n−1)) +
 * deduction(n−1)) but their limits and rates were not in any source we could read (the article's
 * 2,600,000 → 0.56 % example does not say whether 0.56 % is tier 2's rate or the blended one), so
 * the table stops at 2,000,000 USDT. No sourced table for ETHUSDT / ETHUSD: give `mmr` or `tiers`
 * (GET /v5/market/risk-limit).
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
  {
    venue: 'bybit',
    symbol: 'BTCUSDT',
    aliases: ['BTC/USDT:USDT', 'BTC-USDT'],
    contract: 'linear',
    source: 'https://www.fourbit.net/en/help-center/article/Maintenance-Margin-USDT-Contract',
    retrieved: '2025-09-05',
    note:
      'First risk-limit tier only (up to 2,000,000 USDT at 0.5 %), from Bybit\'s "Maintenance Margin (USDT Contract)" article ' +
      '(2025-09-05) read from a mirror of bybit.com. Larger positions are refused: give tiers from GET /v5/market/risk-limit.',
    tiers: [{ minNotional: 0, maxNotional: 2_000_000, mmr: 0.005, maintenanceAmount: 0 }],
  },
];
