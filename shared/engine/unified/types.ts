/**
 * Data shapes of unified (multi-collateral) accounts: Bybit's Unified Trading Account in cross
 * margin, Binance USDⓈ-M Multi-Assets mode and Portfolio Margin, OKX multi-currency margin. The
 * account holds several assets; each counts at its USD price times a collateral ratio, and the
 * venue liquidates the whole account when its account ratio crosses the venue's threshold.
 */
import type { AccountRisk, AccountSpec } from '../types';

/** One collateral asset held in a unified account. */
export interface CollateralSpec {
  /** Asset as the venue writes it, e.g. `USDT`, `BTC`, `USDe`, `wBETH` (compared upper-cased). */
  asset: string;
  /** Amount held; negative = borrowed (its maintenance counts, its ratio is 1). */
  quantity: number;
  /** Collateral (value) ratio in [0, 1], overriding the venue's shipped tiered ratio. */
  collateralRatio?: number;
}

/** A unified account: the engine's account with collateral instead of one wallet currency. */
export interface UnifiedAccountSpec extends Omit<AccountSpec, 'marginMode'> {
  marginMode: 'unified';
  collateral: CollateralSpec[];
  /**
   * Binance only: the account is in Portfolio Margin (uniMMR) rather than USDⓈ-M Multi-Assets
   * mode. Bybit's and OKX's portfolio margin compute maintenance from a venue-side scenario grid
   * and are not modelled.
   */
  portfolioMargin?: boolean;
  /**
   * USD prices by asset (`BTC`) or by symbol (`BTCUSDT`, a mark). A collateral asset is valued at
   * `prices[ASSET]`, else at the mark of an `ASSETUSDT` / `ASSETUSD` perpetual (a position of the
   * account, or a symbol in `prices`); stablecoins default to 1.
   */
  prices?: Readonly<Record<string, number>>;
}

/** The unified account rules Cascade models. */
export type UnifiedMode = 'bybit-uta' | 'binance-multi-assets' | 'binance-portfolio-margin' | 'okx-multi-currency';

/** Where a collateral asset's price came from. */
export type PriceSource =
  /** `prices[ASSET]` */
  | { kind: 'given' }
  /** the mark of a perpetual in the account or in `prices` */
  | { kind: 'mark'; symbol: string }
  /** a stablecoin at 1 USD (moves only with the depeg control) */
  | { kind: 'stablecoin' }
  /** a staked or wrapped token valued at one unit of the asset it tracks (`WBETH` → `ETH`) */
  | { kind: 'peg'; of: string };

/** Where a collateral ratio came from. */
export type RatioSource =
  /** `collateralRatio` on the account's row */
  | { kind: 'account' }
  /** a shipped table (see {@link CollateralTable}) */
  | { kind: 'table'; source: string; retrieved: string }
  /** a stablecoin the venue settles in, counted at 1 because no table is shipped for it */
  | { kind: 'assumed' }
  /** a borrowed asset (negative quantity): no haircut */
  | { kind: 'borrowed' };

/** One collateral asset's figures at the account's current prices. */
export interface CollateralValue {
  asset: string;
  quantity: number;
  /** USD price used (after any depeg). */
  price: number;
  priceSource: PriceSource;
  /** Effective ratio: value / (quantity × price); the tiered average for tiered tables. */
  ratio: number;
  ratioSource: RatioSource;
  /** USD value counted as margin (negative for a borrowed asset). */
  value: number;
  /** The base asset whose price this asset's price moves with (`BTC` for BTC and for `WBTC`), if any. */
  movesWith: string | null;
}

/** What the engine adds to {@link AccountRisk} for a unified account (all figures in USD). */
export interface UnifiedSummary {
  mode: UnifiedMode;
  /**
   * The venue's own account ratio: Bybit "Account MM Rate" (MM / margin balance, liquidation at
   * 100 %), Binance "Account Margin Ratio" (MM / equity, 100 %), Binance Portfolio Margin
   * "uniMMR" (adjusted equity / MM, liquidation at or below 105 %), OKX "Margin ratio" (adjusted
   * equity / (MM + fees), 100 %).
   */
  accountRatio: number;
  /** The value of {@link accountRatio} at which the venue liquidates. */
  liquidationRatio: number;
  /** Whether the account ratio falls (`down`: uniMMR, OKX) or rises (`up`: Bybit, Binance) towards liquidation. */
  worseWhen: 'up' | 'down';
  /** The venue's name for the ratio, e.g. `Account MM Rate`. */
  ratioName: string;
  collateral: CollateralValue[];
  /** Σ collateral value (before uPnL on Bybit; with each asset's uPnL on Binance and OKX). */
  collateralValue: number;
  /** Σ uPnL of the positions, in USD. */
  unrealizedPnl: number;
}

/** {@link AccountRisk} of a unified account: equity and maintenance in USD. */
export interface UnifiedAccountRisk extends AccountRisk {
  unified: UnifiedSummary;
}

/** One bracket of a tiered collateral ratio: the ratio applies to the part of the holding up to `upTo`. */
export interface CollateralTier {
  /** Upper end of the bracket (quantity or USD value, see the table's basis); Infinity on the last. */
  upTo: number;
  ratio: number;
}

/**
 * A shipped collateral-ratio table for one asset on one venue: the venue values the part of a
 * holding inside each bracket at that bracket's ratio (OKX: "5,000,000 × 1 + 5,000,000 × 0.98 +
 * 1,000,000 × 0.975"), the same shape and staleness rule as the maintenance tier tables.
 */
export interface CollateralTable {
  venue: 'bybit' | 'binance-usdm' | 'okx';
  /** Modes the table applies to. */
  modes: readonly UnifiedMode[];
  asset: string;
  /** Brackets by coin quantity (Bybit, OKX since 2025) or by USD value (OKX before). */
  basis: 'quantity' | 'usd';
  tiers: readonly CollateralTier[];
  /** Binance: the index ask buffer; a negative asset equity or a maintenance requirement counts at price × (1 + askBuffer). */
  askBuffer?: number;
  source: string;
  /** YYYY-MM-DD of the copy the numbers come from (for staleness warnings). */
  retrieved: string;
  note?: string;
}

/** Options of {@link assessUnified}. */
export interface UnifiedOptions {
  /**
   * Depeg per asset as a fraction of its price (0.34 = the asset trades 34 % below its peg or
   * below its own price); applies to held collateral only.
   */
  depeg?: Readonly<Record<string, number>>;
  /** Extra or replacement collateral tables (the first table per venue and asset wins). */
  tables?: readonly CollateralTable[];
}
