/** Where each venue's funding interval and cap rules come from, with the date of the text used. */
import type { RuleSource } from '../liquidation/sources';

export type { RuleSource } from '../liquidation/sources';

export const BINANCE_HOURLY_WHEN_CAPPED: RuleSource = {
  title:
    'Binance announcement: from 2025-05-02 08:00 UTC a USDⓈ-M perpetual whose previous settlement reached the funding cap/floor settles every hour (BTCUSDT: cap/floor ±0.3 %, default every 8 h)',
  url: 'https://www.binance.com/en/support/announcement/detail/3243c81a35bd4f0c86a37315c3dc96cc',
  date: '2025-05-02 (effective date in the announcement; text read from a copy of that page)',
};

export const BINANCE_FUNDING_INFO: RuleSource = {
  title:
    'Binance USDⓈ-M Futures API, Get Funding Rate Info (GET /fapi/v1/fundingInfo: only symbols with an adjusted cap, floor or interval)',
  url: 'https://developers.binance.com/docs/derivatives/usds-margined-futures/market-data/rest-api/Get-Funding-Rate-Info',
  date: 'page undated; text as read in 2026',
};

export const BYBIT_HOURLY_WHEN_CAPPED: RuleSource = {
  title:
    'Bybit: automatic funding settlement frequency (from 2025-10-30 08:00 UTC, full roll-out 2025-11-03): a rate at its upper or lower limit at settlement switches the contract to hourly; not at first for some BTC and ETH contracts',
  url: 'https://www.prnewswire.com/in/news-releases/bybit-launches-dynamic-settlement-frequency-system-for-perpetual-contracts-302598201.html',
  date: '2025-10-29 (press release date)',
};

export const BYBIT_INSTRUMENTS: RuleSource = {
  title: 'Bybit V5 API, Get Instruments Info (fundingInterval in minutes, upperFundingRate, lowerFundingRate)',
  url: 'https://bybit-exchange.github.io/docs/v5/market/instrument',
  date: '2026-05-27 (last change of the page in bybit-exchange/docs)',
};

export const OKX_ONE_LEVEL_WHEN_CAPPED: RuleSource = {
  title:
    'OKX announcement on the upgrade of the automatic funding fee settlement frequency adjustment (from 2026-04-14: one level at a time, 8 h → 4 h → 2 h → 1 h; before: straight to 1 h)',
  url: 'https://www.ouchyi.rocks/nb/help/okx-announcement-on-the-upgrade-of-automatic-funding-fee-settlement',
  date: '2026-04-14 (published; text read from this copy of the okx.com help page)',
};

export const OKX_FUNDING_RATE_API: RuleSource = {
  title:
    'OKX API v5, Get funding rate (GET /api/v5/public/funding-rate: fundingTime, nextFundingTime, minFundingRate, maxFundingRate)',
  url: 'https://www.okx.com/docs-v5/en/#public-data-rest-api-get-funding-rate',
  date: 'page undated; text as read in 2026',
};

export const HYPERLIQUID_FUNDING: RuleSource = {
  title: 'Hyperliquid Docs, Trading › Funding ("paid every hour"; "capped at 4%/hour")',
  url: 'https://hyperliquid.gitbook.io/hyperliquid-docs/trading/funding',
  date: 'page undated; text as read in 2026',
};
