import { withDeductions } from './deduction';
import type { TierTable } from './types';

/*
 * Gate USDT-margined perpetual BTC_USDT (notional in USDT). Tiers: the BTCUSDT table in Gate's
 * help article "Risk Limit Explanation" (help/futures/futures-logic/22162, dated 2025-09-30), read
 * from the copy at https://bi.live/pt/help/futures/futures-logic/22162:
 *   tier  risk limit   MMR     IMR    max lev
 *   1        20,000    0.40 %  0.80 %  125x
 *   2        50,000    0.45 %  0.90 %  111x
 *   3       100,000    0.50 %  1 %     100x
 *   4       200,000    0.70 %  1.33 %   75x
 *   5     1,000,000    1.00 %  2.00 %   50x
 *   6     2,000,000    2.00 %  4.00 %   25x
 *   7     3,000,000    5.00 %  10.00 %  10x
 *   8     5,000,000   50.00 %  95.00 %  1.05x
 * Since the July 2025 risk-limit upgrade Gate computes maintenance margin "tiered": the lowest
 * tier's MMR on the first slice and each next tier's MMR "only to the portion exceeding the
 * previous limit" (Gate "Leverage and Margin" contract pages, e.g.
 * https://www.gateweb.space/nl/futures-introduction/margin/perpetual-usdtm-SAND_USDT; the API's
 * risk_limit_tiers rows carry a matching "maintenance margin quick calculation deduction"). That
 * sum equals notional × MMR(tier) − deduction with deduction(n) = deduction(n−1) +
 * floor(n) × (MMR(n) − MMR(n−1)), which is what `maintenanceAmount` holds below (computed here,
 * not copied: Gate's article does not print the deductions).
 */
export const gateTables: readonly TierTable[] = [
  {
    venue: 'gate',
    symbol: 'BTC_USDT',
    aliases: ['BTCUSDT', 'BTC/USDT:USDT', 'BTC-USDT'],
    contract: 'linear',
    source: 'https://bi.live/pt/help/futures/futures-logic/22162',
    retrieved: '2025-09-30',
    note:
      'Gate help article 22162 "Risk Limit Explanation" (2025-09-30), read from a mirror of gate\'s help centre; the article presents the ' +
      'BTCUSDT table as its worked example. Deductions computed from the tiered-MM rule, not published in the article. ' +
      'Table ends at 5,000,000 USDT (positions beyond are refused). Gate has likely changed it since: two 2026 third-party captures of ' +
      "Gate's API show BTC_USDT tier 1 at 500,000 USDT, 0.3 %, 200x. Refresh with GET /futures/usdt/risk_limit_tiers?contract=BTC_USDT.",
    // Deductions from Gate's rule (deduction.ts), e.g. tier 2: 20,000 × 0.05 % = 10; tier 3:
    // 10 + 50,000 × 0.05 % = 35; tier 4: 35 + 100,000 × 0.2 % = 235.
    tiers: withDeductions([
      { maxNotional: 20_000, mmr: 0.004, maxLeverage: 125 },
      { maxNotional: 50_000, mmr: 0.0045, maxLeverage: 111 },
      { maxNotional: 100_000, mmr: 0.005, maxLeverage: 100 },
      { maxNotional: 200_000, mmr: 0.007, maxLeverage: 75 },
      { maxNotional: 1_000_000, mmr: 0.01, maxLeverage: 50 },
      { maxNotional: 2_000_000, mmr: 0.02, maxLeverage: 25 },
      { maxNotional: 3_000_000, mmr: 0.05, maxLeverage: 10 },
      { maxNotional: 5_000_000, mmr: 0.5, maxLeverage: 1.05 },
    ]),
  },
];
