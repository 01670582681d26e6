import type { Severity } from '@shared/warnings/rules';

/**
 * What the alert rules look at, computed from the book and the latest prices (see observe.ts).
 * Plain data so that {@link evaluateAlerts} stays a pure function.
 */

/** One open position. */
export interface PositionObservation {
  id: string;
  accountId: string;
  accountName: string;
  symbol: string;
  side: 'long' | 'short';
  mark: number;
  liquidationPrice: number | null;
  /** |LP − mark| / mark in percent; null when no price can liquidate it. */
  distancePct: number | null;
  /** The mark price was not updated within the stale window. */
  stale: boolean;
}

/** One margin account. */
export interface AccountObservation {
  id: string;
  name: string;
  /** Maintenance margin / equity in percent (Infinity when equity ≤ 0). */
  marginRatioPct: number;
  /** Some position's price in the account is stale. */
  stale: boolean;
}

/** The latest mark of one symbol. */
export interface PriceObservation {
  symbol: string;
  mark: number;
  stale: boolean;
}

/** One sizing warning (shared/warnings {@link Severity}). */
export interface WarningObservation {
  ruleId: string;
  severity: Severity;
  accountId: string;
  positionId?: string;
  message: string;
}

/** Everything the rules look at. */
export interface Observations {
  positions: PositionObservation[];
  accounts: AccountObservation[];
  prices: PriceObservation[];
  warnings: WarningObservation[];
}
