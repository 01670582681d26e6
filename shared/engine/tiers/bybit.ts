import type { TierTable } from './types';

/*
 * Bybit maintenance margin is tier-based: "Any excess beyond a particular tier is subject to the
 * calculation based on the MMR of the new tier" (Bybit "Maintenance Margin (Inverse Contract)" /
 * "(USDT Contract)"), i.e. MM = value × MMR(tier) − deduction with Bybit's own "Maintenance
 * Margin Deduction = Risk Limit on Tier (n-1) × (MMR(n) − MMR(n−1)) + Deduction on Tier (n-1)"
 * ("Margin Parameters", https://bybitglobal.com/en/announcement-info/margin-parameters). Our
 * `maintenanceAmount` is that deduction (computed; the sources below print limits and rates only).
 *
 * Inverse BTCUSD (notional in BTC), two tiers: "when you open a BTCUSD position with a position
 * value of 150 BTC or below, the maintenance margin rate (MMR) required for the position is 0.5%
 * … If the position value increases to 300 BTC, the MMR required will also increase to 1%"
 * (Bybit "Maintenance Margin (Inverse Contract)", copy at
 * https://testnet.bytick.com/kk-KZ/help-center/article/Maintenance-Margin-Inverse-Contract), the same
 * rows as Bybit's legacy API docs (risk id 1: limit 150, MM 0.50 %, IM 1.00 %; risk id 2: limit 300,
 * MM 1.00 %, IM 1.50 %; bybit-exchange/docs-legacy source/includes/_wallet_data.md) and as the v5
 * "Get Risk Limit" example (https://bybit-exchange.github.io/docs/v5/market/risk-limit: BTCUSD,
 * riskLimitValue 150, 0.5 %, maxLeverage 100). The legacy docs also show risk id 10 = 1,500 BTC at
 * 5 % (a uniform 150 BTC / 0.5 % ladder fits all three rows), but tiers 3–9 are not printed
 * anywhere we could read, so the table stops at 300 BTC.
 *
 * Inverse ETHUSD, first tier only: legacy API docs risk id 11 (coin ETH, limit 3,000, MM 1.00 %,
 * IM 2.00 %, example dated 2019-12-29, same file); the rate is still Bybit's ETH base rate ("the
 * maintenance margin base rate is 0.5% for BTC and 1% for ETH", "Risk Limit (Inverse Contract)",
 * updated 2025-11-25, https://www.bybit.com/en/help-center/article/Risk-Limit-Inverse-Contract).
 *
 * Linear BTCUSDT, two tiers: Bybit's help article "Maintenance Margin (USDT Contract)" (dated
 * 2025-09-05; copy at https://www.fourbit.net/en/help-center/article/Maintenance-Margin-USDT-Contract
 * of https://www.bybit.com/en/help-center/article/Maintenance-Margin-USDT-Contract): "a BTCUSDT
 * position with a position value of 2,000,000 USDT or below … 0.5% … If the position value
 * increases to 2,600,000 USDT, the MMR required will also increase to 0.56%". We read 0.56 % as tier
 * 2's rate, exactly as the inverse article's identical sentence gives tier 2's rate (300 BTC → 1 %,
 * the legacy docs' risk id 2).
 *
 * Linear ETHUSDT, first tier only: legacy API docs "Get Risk Limit" (GET /public/linear/risk-limit)
 * example, time_now 2022-09-08: `{"id": 11, "symbol": "ETHUSDT", "limit": 900000,
 * "maintain_margin": 0.005, "starting_margin": 0.01, "max_leverage": 100}` (bybit-exchange/docs-legacy
 * source/includes/futuresV2/linear_perpetual/_account_data.md @120cc425). Tiers 12–35 are elided
 * there ("…"; the last, id 36, is 50,000,000 at 13 %), so the table stops at 900,000 USDT. Real
 * 2025 position messages still carry ETHUSDT riskId 11 with riskLimitValue 900000.
 */
const LEGACY_DOCS =
  'https://github.com/bybit-exchange/docs-legacy/blob/5c8f802c8326fd77ee55f89881d5b7c0f48b0ef7/source/includes/_wallet_data.md';

export const bybitTables: readonly TierTable[] = [
  {
    venue: 'bybit',
    symbol: 'BTCUSD',
    aliases: ['BTC/USD:BTC'],
    contract: 'inverse',
    source: 'https://testnet.bytick.com/kk-KZ/help-center/article/Maintenance-Margin-Inverse-Contract',
    retrieved: '2022-12-26',
    note:
      "Two risk-limit tiers (to 300 BTC) from Bybit's inverse maintenance-margin article (undated copy), matching the legacy API docs " +
      "and the v5 docs example (2022-12-26, the date kept); deduction computed with Bybit's formula. Larger positions are refused: " +
      'give tiers from GET /v5/market/risk-limit.',
    tiers: [
      { minNotional: 0, maxNotional: 150, mmr: 0.005, maintenanceAmount: 0, maxLeverage: 100 },
      { minNotional: 150, maxNotional: 300, mmr: 0.01, maintenanceAmount: 0.75 }, // 150 × (1 % − 0.5 %)
    ],
  },
  {
    venue: 'bybit',
    symbol: 'ETHUSD',
    aliases: ['ETH/USD:ETH'],
    contract: 'inverse',
    source: LEGACY_DOCS,
    retrieved: '2019-12-29',
    note:
      "First risk-limit tier only (to 3,000 ETH at 1 %) from Bybit's legacy API docs example (2019); the 1 % base rate is confirmed by " +
      "Bybit's 2025 risk-limit article, the 3,000 ETH limit is not. Give tiers from GET /v5/market/risk-limit.",
    tiers: [{ minNotional: 0, maxNotional: 3_000, mmr: 0.01, maintenanceAmount: 0 }],
  },
  {
    venue: 'bybit',
    symbol: 'BTCUSDT',
    aliases: ['BTC/USDT:USDT', 'BTC-USDT'],
    contract: 'linear',
    source: 'https://www.fourbit.net/en/help-center/article/Maintenance-Margin-USDT-Contract',
    retrieved: '2025-09-05',
    note:
      'Two risk-limit tiers (0.5 % to 2,000,000 USDT, 0.56 % to 2,600,000) from Bybit\'s "Maintenance Margin (USDT Contract)" article ' +
      "(2025-09-05) read from a mirror of bybit.com; deduction computed with Bybit's formula. Larger positions are refused: give tiers " +
      'from GET /v5/market/risk-limit.',
    tiers: [
      { minNotional: 0, maxNotional: 2_000_000, mmr: 0.005, maintenanceAmount: 0 },
      { minNotional: 2_000_000, maxNotional: 2_600_000, mmr: 0.0056, maintenanceAmount: 1_200 }, // 2,000,000 × (0.56 % − 0.5 %)
    ],
  },
  {
    venue: 'bybit',
    symbol: 'ETHUSDT',
    aliases: ['ETH/USDT:USDT', 'ETH-USDT'],
    contract: 'linear',
    source:
      'https://github.com/bybit-exchange/docs-legacy/blob/120cc425c754cdd1c2f76c4a232fa374dede6936/source/includes/futuresV2/linear_perpetual/_account_data.md',
    retrieved: '2022-09-08',
    note:
      "First risk-limit tier only (to 900,000 USDT at 0.5 %, 100x) from Bybit's legacy API docs example (2022-09-08); still ETHUSDT's " +
      'risk id 11 / 900,000 limit in 2025 position messages. Larger positions are refused: give tiers from GET /v5/market/risk-limit.',
    tiers: [{ minNotional: 0, maxNotional: 900_000, mmr: 0.005, maintenanceAmount: 0, maxLeverage: 100 }],
  },
];
