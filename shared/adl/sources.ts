/** Where each venue's auto-deleveraging rules come from, with the date of the text used. */
import type { RuleSource } from '../liquidation/sources';

export type { RuleSource } from '../liquidation/sources';

export const HYPERLIQUID_ADL: RuleSource = {
  title: 'Hyperliquid Docs, Trading › Auto-deleveraging (sorting index; closed at the previous mark price)',
  url: 'https://hyperliquid.gitbook.io/hyperliquid-docs/trading/auto-deleveraging',
  date: 'page undated; text as read in 2026',
};

export const BINANCE_ADL: RuleSource = {
  title:
    'Binance FAQ "What Is Auto-Deleveraging (ADL) and How Does It Work" (LeveragePnL; closed at the bankruptcy price)',
  url: 'https://www.binance.com/en/support/faq/360033525471',
  date: '2019-09-09 (as printed on the page); the formula as quoted in https://dev.binance.vision/t/17801',
};

export const BINANCE_ADL_RISK: RuleSource = {
  title:
    'Binance USDⓈ-M Futures API, Market Data › ADL Risk (GET /fapi/v1/symbolAdlRisk: high / medium / low, every 30 minutes)',
  url: 'https://developers.binance.com/docs/derivatives/usds-margined-futures/market-data/rest-api/ADL-Risk',
  date: 'page undated; text as read in 2026',
};

export const BYBIT_ADL: RuleSource = {
  title:
    'Bybit Help Center "What is Auto-Deleveraging (ADL)" (ranked by profit and effective leverage; closed at the bankruptcy price)',
  url: 'https://help.bybit.com/hc/en-us/articles/900000031623-What-is-Auto-Deleveraging-ADL-',
  date: 'page undated; text as read in 2026',
};

export const BYBIT_ADL_ALERT: RuleSource = {
  title: 'Bybit V5 API, Market › Get ADL Alert (GET /v5/market/adlAlert: pnlRatio against insurancePnlRatio)',
  url: 'https://bybit-exchange.github.io/docs/v5/market/adl-alert',
  date: '2026-03-23 (last change of the page in bybit-exchange/docs)',
};

export const BITMEX_ADL: RuleSource = {
  title:
    'BitMEX "Auto Deleveraging" (Ranking = PNL Percentage × Effective Leverage; bankruptcy price of the liquidated order)',
  url: 'https://bitmex.com/app/autoDeleveraging',
  date: 'page undated; text as read in 2026',
};

export const OKX_ADL: RuleSource = {
  title:
    'OKX "Auto-Deleveraging: what it is and how it affects your positions" (leverage PnL % = PnL % × effective leverage)',
  url: 'https://www.okx.com/help/iv-introduction-to-auto-deleveraging-adl',
  date: '2025-11-05 (last updated, as printed on the page)',
};

export const GATE_ADL: RuleSource = {
  title: 'Gate Help Center, automatic position reduction (the opposite side with the highest yield first)',
  url: 'https://www.gate.com/zh/help/futures/futures-logic/22082',
  date: 'page undated; text as read in 2026',
};
