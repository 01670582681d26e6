/**
 * What differs between the unified account rules Cascade models. Everything else (collateral
 * valuation, the price lookup, the liquidation search) is shared: see valuation.ts, prices.ts,
 * assess.ts.
 *
 * Bybit Unified Trading Account, cross margin — "Key Terms and Formulas in Unified Trading
 * Account" (https://www.bybit.com/en/help-center/article/Glossary-Unified-Trading-Account):
 *   Margin Balance = Wallet Balance + Perp & Future UPL (USD, "after considering the collateral
 *   value ratio"); Account MM Rate = Total Maintenance Margin / (Margin Balance − Haircut Loss +
 *   Order Loss); liquidation at Account MM Rate = 100 %. The collateral value ratio applies to the
 *   wallet balance of each asset ("Understanding Collateral Value Ratios in Unified Trading
 *   Account", https://www.bybit.com/en/help-center/article/Assets-Collateral-Value-Ratio-List-UTA:
 *   Σ Asset × USD Index Price × Collateral Value Ratio; "only applies to assets with a positive
 *   balance … a negative balance default[s] to a 100 % collateral value ratio"), and the UPL is
 *   added after it. Maintenance is on the position value AT THE MARK PRICE: "Starting Sep 2, 2025
 *   … Cross Margin: IM and MM will be calculated based on the Mark Price instead of the Entry
 *   Price" ("The New Margin Calculation: Adjustments and Implications",
 *   https://www.bybit.com/en/help-center/article/Understanding-the-Adjustment-and-Impact-of-the-New-Margin-Calculation;
 *   the v5 position API: "positionMM: Maintenance margin, the same value as positionMMByMp …
 *   calculated by mark price", https://bybit-exchange.github.io/docs/v5/position). Haircut loss
 *   and order loss come from open orders, which Cascade does not hold: both are 0 here.
 *
 * Binance USDⓈ-M Multi-Assets mode — "How to Calculate Margin Ratio in the Multi-Assets Mode"
 * (https://www.binance.com/en/support/faq/how-to-calculate-margin-in-multi-assets-mode-c983a9268cfa4e70a4916c276bb3b7bc):
 *   Account Equity = Σ min(assetEquity × bidRate, assetEquity × askRate); Account Margin Ratio =
 *   Account Maintenance Margin / Account Equity; "Once the margin ratio reaches 100 %, all
 *   positions will be liquidated". Asset equity = wallet balance + uPnL of the contracts settled
 *   in that asset; a maintenance requirement counts at the ask rate (the worked example's
 *   199.596 = 0.5 × 20,000 × 0.008 × 0.99495 + 20 × 600 × 0.01 × 1).
 *
 * Binance Portfolio Margin — "What Is the Unified Account Maintenance Margin Ratio (uniMMR) and
 * How Is It Calculated" (https://www.binance.com/en/support/faq/what-is-the-unified-account-maintenance-margin-ratio-unimmr-and-how-is-it-calculated-4868b2f1aa6c4d08af973328462bb0bd):
 *   uniMMR = Σ adjustedEquity / Σ MM; Σ Equity = Σ min((MarginAsset − MarginLoan + futuresAsset +
 *   futuresUnrealPnL) × assetIndexPrice × collateralRate, (…) × assetIndexPrice); Σ MM = Σ
 *   futuresMM × assetIndexPrice + Σ MarginMM × assetIndexPrice, MarginMM = Loan × MMR. Liquidation:
 *   "100 % < uniMMR ≤ 105 % — Liquidation will take place" (Portfolio Margin Pro uniMMR table,
 *   https://www.binance.com/en/support/faq/binance-portfolio-margin-pro-maintenance-margin-ratio-calculation-5e33af8e6ac04d57a1d0a3398e0a0752).
 *   The margin-loan MMR depends on the loan's leverage ("For 3X leverage, the MMR is 10 %; 5X 8 %;
 *   10X 5 %", same page, Classic Portfolio Margin): Cascade uses the highest, 10 %. OpenLoss (open
 *   orders) is 0: Cascade holds no orders.
 *
 * OKX multi-currency margin — "Multi-currency margin mode: cross margin trading"
 * (https://www.okx.com/help/iv-multi-currency-margin-mode-cross-margin-trading): risk is measured in
 * USD; Adjusted equity = Σ (currency equity × discount rate × USD price), currency equity = balance
 * + floating PnL (cross); margin ratio = adjusted equity / (maintenance margin + fees to close);
 * positions are liquidated when the adjusted equity no longer covers the maintenance margin
 * (margin ratio 100 %). The fee to close is the taker fee, as in OKX's single-currency cross mode
 * (venues/okx.ts).
 */
import { EngineInputError } from '../errors';
import type { AccountSpec, VenueId } from '../types';
import { OKX_DEFAULT_TAKER_FEE } from '../venues/okx';
import type { UnifiedAccountSpec, UnifiedMode } from './types';

/** The rules of one unified account mode. */
export interface UnifiedRules {
  mode: UnifiedMode;
  /** Display name, e.g. `Bybit Unified Trading Account (cross)`. */
  label: string;
  /**
   * true: a position's uPnL joins the equity of the asset it settles in before that asset is
   * valued (Binance, OKX); false: collateral is valued on the wallet quantities and the uPnL is
   * added in USD afterwards (Bybit's Margin Balance = Wallet Balance + UPL).
   */
  upnlInAssetEquity: boolean;
  /** The account is liquidated when equity ≤ threshold × maintenance (1; Binance PM 1.05). */
  threshold: number;
  /** The venue's ratio from equity and maintenance (both USD). */
  ratio(equity: number, maintenance: number): number;
  ratioName: string;
  worseWhen: 'up' | 'down';
  /** Rate on the position value at the mark added to maintenance (the fee to close). */
  closeFeeRate(account: AccountSpec): number;
  /**
   * Maintenance rate of a borrowed asset (negative quantity) when the venue publishes one;
   * undefined: Cascade refuses borrowed assets on this mode.
   */
  borrowMaintenanceRate?: number;
  /** The venue's stablecoins it settles in: counted at ratio 1 when no table is shipped. */
  settlementAssets: readonly string[];
  sources: readonly string[];
}

const mmOverEquity = (equity: number, mm: number): number => (mm === 0 ? 0 : equity > 0 ? mm / equity : Infinity);
const equityOverMm = (equity: number, mm: number): number => (mm === 0 ? Infinity : equity / mm);

const bybitUta: UnifiedRules = {
  mode: 'bybit-uta',
  label: 'Bybit Unified Trading Account (cross margin)',
  upnlInAssetEquity: false,
  threshold: 1,
  ratio: mmOverEquity,
  ratioName: 'Account MM Rate',
  worseWhen: 'up',
  // Bybit's position MM adds the estimated fee to close at the taker rate; with no rate given
  // the fee is left out (0).
  closeFeeRate: (a) => a.takerFeeRate ?? 0,
  settlementAssets: ['USDT', 'USDC'],
  sources: [
    'https://www.bybit.com/en/help-center/article/Glossary-Unified-Trading-Account',
    'https://www.bybit.com/en/help-center/article/Assets-Collateral-Value-Ratio-List-UTA',
    'https://www.bybit.com/en/help-center/article/Understanding-the-Adjustment-and-Impact-of-the-New-Margin-Calculation',
    'https://bybit-exchange.github.io/docs/v5/position',
  ],
};

const binanceMultiAssets: UnifiedRules = {
  mode: 'binance-multi-assets',
  label: 'Binance USDⓈ-M Multi-Assets mode',
  upnlInAssetEquity: true,
  threshold: 1,
  ratio: mmOverEquity,
  ratioName: 'Account Margin Ratio',
  worseWhen: 'up',
  closeFeeRate: () => 0,
  settlementAssets: ['USDT', 'USDC'],
  sources: [
    'https://www.binance.com/en/support/faq/how-to-calculate-margin-in-multi-assets-mode-c983a9268cfa4e70a4916c276bb3b7bc',
  ],
};

const binancePortfolio: UnifiedRules = {
  mode: 'binance-portfolio-margin',
  label: 'Binance Portfolio Margin',
  upnlInAssetEquity: true,
  threshold: 1.05,
  ratio: equityOverMm,
  ratioName: 'uniMMR',
  worseWhen: 'down',
  closeFeeRate: () => 0,
  borrowMaintenanceRate: 0.1,
  settlementAssets: ['USDT', 'USDC'],
  sources: [
    'https://www.binance.com/en/support/faq/what-is-the-unified-account-maintenance-margin-ratio-unimmr-and-how-is-it-calculated-4868b2f1aa6c4d08af973328462bb0bd',
    'https://www.binance.com/en/support/faq/binance-portfolio-margin-pro-maintenance-margin-ratio-calculation-5e33af8e6ac04d57a1d0a3398e0a0752',
  ],
};

const okxMultiCurrency: UnifiedRules = {
  mode: 'okx-multi-currency',
  label: 'OKX multi-currency margin',
  upnlInAssetEquity: true,
  threshold: 1,
  ratio: equityOverMm,
  ratioName: 'Margin ratio',
  worseWhen: 'down',
  closeFeeRate: (a) => a.takerFeeRate ?? OKX_DEFAULT_TAKER_FEE,
  settlementAssets: ['USDT', 'USDC'],
  sources: ['https://www.okx.com/help/iv-multi-currency-margin-mode-cross-margin-trading'],
};

const RULES: Readonly<Record<UnifiedMode, UnifiedRules>> = {
  'bybit-uta': bybitUta,
  'binance-multi-assets': binanceMultiAssets,
  'binance-portfolio-margin': binancePortfolio,
  'okx-multi-currency': okxMultiCurrency,
};

/** The rules of a mode. */
export function unifiedRules(mode: UnifiedMode): UnifiedRules {
  return RULES[mode];
}

/** Why a venue has no unified mode in Cascade (shown as the refusal). */
const NOT_MODELLED: Partial<Record<VenueId, string>> = {
  hyperliquid:
    "Hyperliquid's portfolio margin (pre-alpha) publishes its borrowing LTV but not its liquidation rule in full, so Cascade does not model it; enter a cross account with the USDC balance",
  'binance-coinm':
    'Binance COIN-M futures have no multi-assets mode; Multi-Assets mode is on USDⓈ-M (venue binance-usdm)',
};

/** The mode a unified account uses, or an {@link EngineInputError} naming why the venue has none. */
export function modeOf(account: Pick<UnifiedAccountSpec, 'venue' | 'portfolioMargin'>): UnifiedMode {
  const { venue } = account;
  if (account.portfolioMargin && venue !== 'binance-usdm') {
    throw new EngineInputError(
      'portfolioMargin',
      `${venue === 'bybit' ? "Bybit's" : venue === 'okx' ? "OKX's" : `${venue}'s`} portfolio margin computes maintenance from a venue-side scenario grid that Cascade does not model; use its cross (unified) mode`,
    );
  }
  if (venue === 'bybit') return 'bybit-uta';
  if (venue === 'okx') return 'okx-multi-currency';
  if (venue === 'binance-usdm') return account.portfolioMargin ? 'binance-portfolio-margin' : 'binance-multi-assets';
  throw new EngineInputError(
    'marginMode',
    NOT_MODELLED[venue] ??
      `${venue} has no unified (multi-collateral) account that Cascade models; unified accounts are Bybit, Binance USDⓈ-M and OKX`,
  );
}
