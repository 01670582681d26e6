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

/** Per rule and subject: may it fire (armed) and when did it last fire. */
export interface RuleSubjectState {
  armed: boolean;
  /** Epoch ms of the last notification, null if never. */
  lastFiredAt: number | null;
}

/** Keyed by rule id, rule settings and subject (see `stateKey` in evaluate.ts). */
export type AlertState = Readonly<Record<string, RuleSubjectState>>;

/** One alert that fired in an evaluation. */
export interface FiredAlert {
  /** The {@link AlertState} key it fired under (kept in the history to restore state after a restart). */
  stateKey: string;
  ruleId: string;
  kind: 'distance-below' | 'margin-ratio-above' | 'price-cross' | 'warning-severity';
  subject: string;
  positionId: string | null;
  accountId: string | null;
  symbol: string | null;
  /** In the unit of the threshold (percent or price). */
  value: number | null;
  threshold: number;
  stale: boolean;
  /** Epoch ms. */
  at: number;
  title: string;
  body: string;
}
