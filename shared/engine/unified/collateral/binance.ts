import type { CollateralTable } from '../types';

/*
 * Binance USDⓈ-M Multi-Assets mode values a margin asset at its index bid rate, index × (1 − bid
 * buffer): the "haircut" Binance's pages quote ("How to Calculate Margin Ratio in the Multi-Assets
 * Mode": bidRate 0.9801 = index 0.99 × (1 − 0.01);
 * https://www.binance.com/en/support/faq/how-to-calculate-margin-in-multi-assets-mode-c983a9268cfa4e70a4916c276bb3b7bc).
 * The buffers are live (GET /fapi/v1/assetIndex); these rows are the haircuts Binance states in
 * its help pages, not a snapshot of that endpoint.
 *
 * BTC, ETH, BNB: "Assets like BTC, ETH, and BNB used as collateral in the Multi-Assets Mode will
 * receive a 5% value haircut. For example, BNB valued at $1,000 will be considered as $950" ("What
 * Is Multi-Assets Mode and Which Assets Are Supported?",
 * https://www.binance.com/en/support/faq/what-is-multi-assets-mode-and-what-assets-does-it-support-29b45c485d664028b9ca1cdf90b24f6f;
 * the page is dated 2021-04-19 but its text names USDC-margined contracts, so it was revised later;
 * the copy read carries no revision date, hence the article's date below).
 *
 * FDUSD: the Multi-Assets Info page says "FDUSD with a market value of $1,000 will be valued at
 * $989" (https://www.binance.com/en/futures/trading-rules/perpetual/multi-asset-info), but the page
 * carries no date, so no row is shipped: give collateralRatio 0.989 on the account if it still holds.
 */
const MULTI_ASSETS_FAQ =
  'https://www.binance.com/en/support/faq/what-is-multi-assets-mode-and-what-assets-does-it-support-29b45c485d664028b9ca1cdf90b24f6f';

function flat(asset: string, ratio: number, source: string, retrieved: string, note?: string): CollateralTable {
  return {
    venue: 'binance-usdm',
    modes: ['binance-multi-assets'],
    asset,
    basis: 'quantity',
    tiers: [{ upTo: Infinity, ratio }],
    source,
    retrieved,
    ...(note ? { note } : {}),
  };
}

export const binanceCollateralTables: readonly CollateralTable[] = [
  flat(
    'BTC',
    0.95,
    MULTI_ASSETS_FAQ,
    '2021-04-19',
    '5 % haircut as stated on the page; the live bid buffer may differ',
  ),
  flat(
    'ETH',
    0.95,
    MULTI_ASSETS_FAQ,
    '2021-04-19',
    '5 % haircut as stated on the page; the live bid buffer may differ',
  ),
  flat(
    'BNB',
    0.95,
    MULTI_ASSETS_FAQ,
    '2021-04-19',
    '5 % haircut as stated on the page; the live bid buffer may differ',
  ),
];
