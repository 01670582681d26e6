import type { CollateralTable } from '../types';

/*
 * OKX discount rates (multi-currency and portfolio margin): the part of a holding inside each tier
 * counts at that tier's rate ("Multi-currency margin mode: cross margin trading",
 * https://www.okx.com/help/iv-multi-currency-margin-mode-cross-margin-trading). OKX publishes
 * changes as announcements; the live table is GET /api/v5/public/discount-rate-interest-free-quota.
 *
 * BETH, tiers in USD, effective 2024-07-18 06:00–08:00 UTC: "BETH 0 ~ 2,000,000: 0.95; 2,000,000 ~
 * 4,000,000: 0.85; 4,000,000 ~ 8,000,000: 0.5; > 8,000,000: 0" ("OKX Adjusts Discount Rates for
 * BETH", OKX press release, https://www.globenewswire.com/news-release/2024/07/18/2915393/0/en/OKX-Adjusts-Discount-Rates-for-BETH.html).
 * OKX later moved its tiers to coin amounts (announcement of 2025-04, "Tier (Coin)"), so this
 * table is history: read it as stale.
 */
export const okxCollateralTables: readonly CollateralTable[] = [
  {
    venue: 'okx',
    modes: ['okx-multi-currency'],
    asset: 'BETH',
    basis: 'usd',
    tiers: [
      { upTo: 2_000_000, ratio: 0.95 },
      { upTo: 4_000_000, ratio: 0.85 },
      { upTo: 8_000_000, ratio: 0.5 },
      { upTo: Infinity, ratio: 0 },
    ],
    source:
      'https://www.globenewswire.com/news-release/2024/07/18/2915393/0/en/OKX-Adjusts-Discount-Rates-for-BETH.html',
    retrieved: '2024-07-18',
    note: 'tiers in USD value as announced for 2024-07-18; OKX tiers by coin amount since 2025',
  },
];
