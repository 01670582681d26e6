/**
 * Public data shapes of the liquidation engine. These names and shapes are a contract:
 * other layers (stress, sizing, IPC, CLI, renderer) and external checks depend on them.
 */

/** Venues whose liquidation rules the engine implements. */
export type VenueId =
  | 'binance-usdm'
  | 'binance-coinm'
  | 'bybit'
  | 'okx'
  | 'gate'
  | 'hyperliquid'
  | 'bitmex'
  | 'generic';

/** Direction of a position. */
export type Side = 'long' | 'short';

/**
 * One maintenance-margin bracket. Notional is in quote currency for linear contracts and in
 * coin for inverse contracts. A tier applies when `minNotional <= notional < maxNotional`
 * (the last tier may use `Infinity`).
 */
export interface MaintenanceTier {
  minNotional: number;
  maxNotional: number;
  /** Maintenance margin rate, e.g. 0.004 for 0.4 %. */
  mmr: number;
  /** Maintenance amount ("cum") subtracted so that tiers join continuously. */
  maintenanceAmount: number;
  maxLeverage?: number;
}

/** One open position as the engine sees it. */
export interface PositionSpec {
  id: string;
  symbol: string;
  side: Side;
  contract: 'linear' | 'inverse';
  /** Linear: base units (x contractSize if given); inverse: number of contracts. */
  quantity: number;
  /**
   * Inverse: quote value of one contract (e.g. 100 USD on Binance COIN-M BTCUSD, 1 on BitMEX XBTUSD).
   * Linear: base per contract, default 1.
   */
  contractSize?: number;
  entryPrice: number;
  markPrice: number;
  leverage?: number;
  /** Isolated mode: margin assigned (quote for linear, coin for inverse); default entry notional / leverage. */
  isolatedMargin?: number;
  /** Maintenance tiers; notional in quote (linear) or coin (inverse). */
  tiers?: MaintenanceTier[];
  /** Flat alternative to tiers. */
  mmr?: number;
  maintenanceAmount?: number;
  /** Hyperliquid: maintenance rate = 1 / (2 * maxLeverage). */
  maxLeverage?: number;
  tickSize?: number;
}

/** A margin account on one venue with its open positions. */
export interface AccountSpec {
  venue: VenueId;
  marginMode: 'isolated' | 'cross';
  positionMode?: 'one-way' | 'hedge';
  /** Quote for linear accounts, coin for inverse. */
  walletBalance: number;
  takerFeeRate?: number;
  positions: PositionSpec[];
}

/** Risk figures of one position. */
export interface PositionRisk {
  id: string;
  /**
   * Mark price at which the venue liquidates the position, other positions staying at their
   * marks (cross). Rounded only where the venue rounds, always conservatively (a long's up, a
   * short's down); OKX isolated positions are reported one tick on that same side of the formula
   * value, as OKX does. null: no positive price can liquidate it (e.g. a fully collateralised 1x long).
   * Equal to the mark price when the position is liquidatable at every price (its collateral is
   * already below maintenance whatever the price does). If the account is already past its
   * liquidation point but a boundary exists, the price lies on the far side of the mark. Never
   * negative.
   */
  liquidationPrice: number | null;
  /** Price at which the position's collateral is exhausted (zero margin); null when none. */
  bankruptcyPrice: number | null;
  /** At the mark price; quote for linear, coin for inverse. */
  unrealizedPnl: number;
  /**
   * At the mark price, with the tier the venue applies there: of the notional at mark (most
   * venues), of the entry value (Bybit, BitMEX: constant), or of the size in contracts (OKX) —
   * plus the venue's fee to close where its maintenance includes it. BitMEX isolated: without the
   * close fee BitMEX reserves in the margin (it is taken out of the collateral instead).
   */
  maintenanceMargin: number;
  /** At the mark price: quote for linear, coin for inverse. */
  notional: number;
  /** |LP - mark| / mark, null when there is no LP. */
  distanceToLiquidation: number | null;
}

/** Risk figures of a whole account (quote for linear accounts, coin for inverse). */
export interface AccountRisk {
  /** Same order as the input positions. */
  positions: PositionRisk[];
  /**
   * Cross: walletBalance + Σ uPnL. Isolated: walletBalance (the free balance) + Σ (isolated
   * margin + uPnL).
   */
  equity: number;
  /** Σ maintenance margin at mark. */
  maintenanceMargin: number;
  /**
   * maintenanceMargin / equity (Binance's margin ratio: liquidation at 1 in cross mode); 0 when
   * maintenance is 0, Infinity when equity <= 0. In isolated mode it is an account summary only:
   * each position is liquidated on its own margin (see distanceToLiquidation).
   */
  marginRatio: number;
}
