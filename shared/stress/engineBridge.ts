/**
 * The only place stress reaches into the engine's internals: the per-position solver legs
 * (maintenance tiers, fee-to-close rate, Bybit's entry-value basis), so that a cross account's
 * maintenance margin can be re-evaluated at shocked prices exactly as the engine computes it at
 * the mark. Liquidation prices themselves always come from the public `assessAccount`.
 */
import { prepareAll } from '../engine/prepare';
import { legMaintenance, type Leg } from '../engine/solve';
import type { AccountSpec } from '../engine/types';
import { venueRules } from '../engine/venues/index';

export type { Leg } from '../engine/solve';

/** Solver legs of an account already validated by `assessAccount`, in position order. */
export function maintenanceLegs(account: AccountSpec): Leg[] {
  return prepareAll(account, venueRules(account.venue)).map((p) => p.leg);
}

/** Maintenance margin of one leg at `price` (quote for linear, coin for inverse). */
export function maintenanceAt(inverse: boolean, leg: Leg, price: number): number {
  return legMaintenance(inverse, leg, price);
}
