import type { AccountSpec, PositionSpec } from '../engine/types';

/**
 * The user's book as every layer sees it: what storage loads, what the IPC returns, what
 * stress, sizing, warnings and alerts take. Engine shapes plus the user's own fields.
 */

/** Where a position's mark price came from. `entry`: no price stored yet, the entry price stands in. */
export type MarkSource = 'manual' | 'feed' | 'entry';

/** A stored position: the engine's {@link PositionSpec} plus the trader's own fields. */
export interface BookPosition extends PositionSpec {
  /** The account it belongs to ({@link BookAccount.id}). */
  accountId: string;
  stopLoss?: number | null;
  takeProfit?: number | null;
  /** ISO 8601. */
  openedAt?: string | null;
  notes?: string | null;
  markSource: MarkSource;
  /** ISO 8601 time of the mark price, null when it stands in from the entry price. */
  markAt?: string | null;
}

/** A stored account: the engine's {@link AccountSpec} with an id and a name. */
export interface BookAccount extends Omit<AccountSpec, 'positions'> {
  id: string;
  name: string;
  notes?: string | null;
  positions: BookPosition[];
}

/** Everything the user holds, across venues and accounts. */
export interface Book {
  accounts: BookAccount[];
}

/** The engine's view of a stored account (drops the user-only fields). */
export function toAccountSpec(account: BookAccount): AccountSpec {
  return {
    venue: account.venue,
    marginMode: account.marginMode,
    positionMode: account.positionMode,
    walletBalance: account.walletBalance,
    takerFeeRate: account.takerFeeRate,
    positions: account.positions,
  };
}
