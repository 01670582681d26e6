/**
 * Where each venue's liquidation rules come from: the page, and the date of the text used (the
 * page's own "updated" date where it prints one, else the date of the copy that was read).
 */

/** A published rule's source. */
export interface RuleSource {
  /** What the page is, in a few words. */
  title: string;
  url: string;
  /** YYYY-MM-DD of the text used, with how that date is known. */
  date: string;
}

export const HYPERLIQUID_LIQUIDATIONS: RuleSource = {
  title: 'Hyperliquid Docs, Trading › Liquidations (sections "Partial Liquidations" and "Liquidator Vault")',
  url: 'https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations',
  date: 'page undated; text as read in 2026',
};

export const BINANCE_LIQUIDATION_PROTOCOLS: RuleSource = {
  title: 'Binance FAQ "Binance Futures Liquidation Protocols" (Liquidation orders; Insurance Clear Fee)',
  url: 'https://www.binance.com/en/support/faq/binance-futures-liquidation-protocols-360033525271',
  date: '2024-05-29 (last updated, as printed on the page)',
};

export const BYBIT_LIQUIDATION_PROCESS: RuleSource = {
  title: 'Bybit Help Center "Liquidation Process (USDT Contract)" (lowest vs second or higher margin tier)',
  url: 'https://help.bybit.com/hc/en-us/articles/900000167723-Liquidation-Process-USDT-Contract-',
  date: 'page undated; text as read in 2026 (the inverse-contract version is dated 2024-01-24)',
};

export const BITMEX_LIQUIDATION: RuleSource = {
  title: 'BitMEX "Liquidation" and "Further Information about the Liquidation Process"',
  url: 'https://www.bitmex.com/app/liquidationExamples',
  date: 'page undated; text as read in 2026',
};

export const OKX_PARTIAL_LIQUIDATION: RuleSource = {
  title:
    'OKX perpetual "forced partial liquidation" rules (tier 3 and above reduced by two tiers, tiers 1–2 in full), ' +
    "as reproduced from OKX's help centre; OKX's current page on it was not retrievable",
  url: 'https://www.amorrr.com/14966.html',
  date: 'undated copy; text as read in 2026',
};

export const OKX_LIQUIDATION_OVERVIEW: RuleSource = {
  title: 'OKX "Tiered maintenance margin ratio rules" (order cancellation, partial and/or full liquidation)',
  url: 'https://www.okx.com/help/v-tiered-maintenance-margin-ratio-rules',
  date: '2025-05-16 (last updated, as printed on the page)',
};

export const OKX_PARTIAL_EXAMPLE: RuleSource = {
  title: 'OKX Help Center "V. Forced Partial or Full Liquidation" (the 15,000-contract example)',
  url: 'https://supdljgzdhc.okx.com/hc/en-us/articles/360020411711-V-Forced-Partial-or-Full-Liquidation',
  date: 'page undated (older OKX help centre); text as read in 2026',
};

export const GATE_LIQUIDATION: RuleSource = {
  title: 'Gate Help Center "Liquidation Process" (market, then insurance fund, then ADL)',
  url: 'https://gate.tv/en/help/futures/perpetual/22159/liquidation-process',
  date: 'page undated; text as read in 2026',
};
