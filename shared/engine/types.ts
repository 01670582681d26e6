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
  /** null: no price can liquidate it. */
  liquidationPrice: number | null;
  bankruptcyPrice: number | null;
  unrealizedPnl: number;
  maintenanceMargin: number;
  notional: number;
  /** |LP - mark| / mark, null when there is no LP. */
  distanceToLiquidation: number | null;
}

/** Risk figures of a whole account. */
export interface AccountRisk {
  positions: PositionRisk[];
  equity: number;
  maintenanceMargin: number;
  marginRatio: number;
}
