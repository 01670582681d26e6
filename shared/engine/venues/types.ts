import type { AccountSpec, MaintenanceTier, PositionSpec, VenueId } from '../types';

/**
 * What differs between venues. Everything else (the liquidation equation, tiers at the
 * liquidation price, cross-margin bookkeeping) is shared: see solve.ts, isolated.ts, cross.ts.
 */
export interface VenueRules {
  id: VenueId;
  /** Display name. */
  label: string;
  /**
   * Rate on notional added to the maintenance margin: the venue's estimated fee to close the
   * position, for venues whose published maintenance margin includes it; 0 otherwise.
   */
  closeFeeRate(account: AccountSpec): number;
  /**
   * Price step the venue rounds liquidation prices to, for a position (undefined: not rounded).
   * The direction is always conservative (rounding.ts).
   */
  priceStep(position: PositionSpec): number | undefined;
  /**
   * Collateral an ISOLATED position's liquidation equation draws on, when the venue does not use
   * the margin as given (BitMEX: the margin net of the close fee it reserves in it). Default: the
   * isolated margin (given, else entry notional / leverage).
   */
  isolatedCollateral?(account: AccountSpec, position: PositionSpec, size: number): number;
  /**
   * Distance by which the venue moves a position's reported liquidation price toward the mark
   * (OKX isolated: one tick). 0 or undefined: none. Applied before rounding (result.ts).
   */
  liquidationBuffer?(account: AccountSpec, position: PositionSpec): number | undefined;
  /**
   * Whether the maintenance margin is computed on the position value at the ENTRY price (Bybit's
   * published formulas) rather than at the price being tested (everyone else). Default 'price'.
   */
  maintenanceBasis?(position: PositionSpec): 'entry' | 'price';
  /**
   * Fee rate charged on the position value at the BANKRUPTCY price and counted in the maintenance
   * requirement (Bybit inverse cross margin). Default 0.
   */
  bankruptcyFeeRate?(account: AccountSpec, position: PositionSpec): number;
  /**
   * Maintenance tiers implied by the position's own fields other than `tiers`/`mmr`
   * (Hyperliquid: `maxLeverage`); undefined when the venue has no such rule.
   */
  tiersFromPosition?(position: PositionSpec): MaintenanceTier[] | undefined;
  /** Where the rules come from (help-centre / docs URLs). */
  sources: readonly string[];
}
