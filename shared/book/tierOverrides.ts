/**
 * The user's maintenance-tier overrides (per venue + symbol, stored by main), applied the same way
 * wherever the book is assessed: main's risk channels, alerts, the CLI and every screen.
 */
import { normalizeSymbol, venueRules, type AccountSpec, type MaintenanceTier, type VenueId } from '../engine/index';
import type { Book, BookAccount } from './types';

/** Overrides keyed by {@link overrideKey}. */
export type TierOverrides = ReadonlyMap<string, readonly MaintenanceTier[]>;

/** No overrides (a shared default, so callers need not allocate one). */
export const NO_TIER_OVERRIDES: TierOverrides = new Map();

/** `venue|NORMALIZEDSYMBOL`: BTC/USDT:USDT, BTC-USDT and BTCUSDT share one override. */
export function overrideKey(venue: VenueId | string, symbol: string): string {
  return `${venue}|${normalizeSymbol(symbol)}`;
}

/** An override map from stored rows. */
export function overrideMap(
  rows: Iterable<{ venue: VenueId; symbol: string; tiers: readonly MaintenanceTier[] }>,
): TierOverrides {
  const m = new Map<string, readonly MaintenanceTier[]>();
  for (const r of rows) m.set(overrideKey(r.venue, r.symbol), r.tiers);
  return m;
}

/**
 * Whether a position brings maintenance parameters of its own (then no override applies): tiers,
 * a flat mmr, or fields its venue's rule turns into tiers (Hyperliquid's maxLeverage) — the
 * engine's own precedence (shared/engine/prepare.ts `resolveTiers`).
 */
function hasOwnMaintenance(venue: VenueId, p: AccountSpec['positions'][number]): boolean {
  return p.tiers !== undefined || p.mmr !== undefined || venueRules(venue).tiersFromPosition?.(p) !== undefined;
}

/**
 * A position that brings no maintenance parameters of its own (tiers, mmr, Hyperliquid maxLeverage) gets the
 * user's override for its venue and symbol, if any; otherwise the engine's shipped table applies.
 * Returns the same object when nothing changes.
 */
export function applyTierOverrides<A extends AccountSpec | BookAccount>(account: A, overrides: TierOverrides): A {
  if (overrides.size === 0) return account;
  let changed = false;
  const positions = account.positions.map((p) => {
    if (hasOwnMaintenance(account.venue, p)) return p;
    const tiers = overrides.get(overrideKey(account.venue, p.symbol));
    if (!tiers) return p;
    changed = true;
    return { ...p, tiers: [...tiers] };
  });
  return changed ? { ...account, positions } : account;
}

/** {@link applyTierOverrides} over every account of a book (same object when nothing changes). */
export function withTierOverrides(book: Book, overrides: TierOverrides): Book {
  if (overrides.size === 0) return book;
  let changed = false;
  const accounts = book.accounts.map((a) => {
    const b = applyTierOverrides(a, overrides);
    if (b !== a) changed = true;
    return b;
  });
  return changed ? { ...book, accounts } : book;
}
