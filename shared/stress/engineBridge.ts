/**
 * The only place stress reaches into the engine's internals: the per-position solver legs
 * (maintenance tiers, fee-to-close rate, Bybit's entry-value basis), so that a cross account's
 * maintenance margin can be re-evaluated at shocked prices exactly as the engine computes it at
 * the mark. Liquidation prices themselves always come from the public `assessAccount`.
 */
import { isolatedMarginOf } from '../engine/contract';
import { prepareAll } from '../engine/prepare';
import { legMaintenance, type Leg } from '../engine/solve';
import type { AccountSpec } from '../engine/types';
import { venueRules } from '../engine/venues/index';

export type { Leg } from '../engine/solve';

/** Solver legs of an account already validated by `assessAccount`, in position order. */
export function maintenanceLegs(account: AccountSpec): Leg[] {
  return prepareAll(account, venueRules(account.venue)).map((p) => p.leg);
}

/**
 * Per position of an isolated account (validated by `assessAccount`), from one preparation: its
 * solver leg, its collateral exactly as the engine's liquidation equation uses it, and how much
 * of one unit of added margin reaches that collateral (1 on most venues; BitMEX takes its
 * reserved close fee out of the margin, so a little less). Position order.
 */
export function isolatedLegs(account: AccountSpec): { leg: Leg; collateral: number; perMargin: number }[] {
  const venue = venueRules(account.venue);
  const rule = venue.isolatedCollateral;
  return prepareAll(account, venue).map((p) => {
    if (!rule) return { leg: p.leg, collateral: p.collateral, perMargin: 1 };
    const m = isolatedMarginOf(p.spec, p.leg.size);
    const at = (margin: number) => rule(account, { ...p.spec, isolatedMargin: margin }, p.leg.size);
    return { leg: p.leg, collateral: p.collateral, perMargin: at(m + 1) - at(m) };
  });
}

/** Maintenance margin of one leg at `price` (quote for linear, coin for inverse). */
export function maintenanceAt(inverse: boolean, leg: Leg, price: number): number {
  return legMaintenance(inverse, leg, price);
}
