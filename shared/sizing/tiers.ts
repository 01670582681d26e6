/**
 * Which maintenance tiers a position uses, and from which shipped table — the same precedence as
 * the engine (shared/engine/prepare.ts `resolveTiers`): the position's `tiers`, its flat `mmr`,
 * Hyperliquid's `maxLeverage` (maintenance = 1 / (2·maxLeverage), "Liquidations",
 * https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations), then the shipped table
 * for (venue, symbol) with the same contract kind.
 */
import {
  lookupSizeTierTable,
  legsShareTier,
  lookupTierTable,
  sizeBySymbol,
  venueRules,
  type MaintenanceTier,
  type PositionSpec,
  type SizeTierTable,
  type TierTable,
  type VenueId,
} from '../engine/index';

/**
 * The tiers a position is assessed with; `table` when they come from a shipped table. For a
 * size-keyed table (OKX, tiers by contracts) `tiers` are its rows re-expressed as notional AT THE
 * POSITION'S MARK — right for "how far to the next tier" questions at mark; the engine itself
 * prices the LP on the row of the position's size, which does not move with price.
 */
export interface ResolvedTiers {
  tiers: readonly MaintenanceTier[];
  table?: TierTable | SizeTierTable;
}

/**
 * A size-keyed table's rows as notional brackets at `price` (quote for linear, coin for inverse)
 * for ONE leg, when `heldElsewhere` contracts of the same symbol also count towards the tier (the
 * other leg of an OKX cross hedge): each bound moves down by them, never below 0.
 */
function sizeTiersAt(table: SizeTierTable, inverse: boolean, price: number, heldElsewhere: number): MaintenanceTier[] {
  const notional = (contracts: number) => {
    const own = Math.max(0, contracts - heldElsewhere);
    return inverse ? (own * table.contractValue) / price : own * table.contractValue * price;
  };
  // OKX's maxSz is inclusive: a row's bracket ends where the next row's minSz starts.
  const rows = table.sizeTiers;
  return rows.map((t, i) => ({
    minNotional: i === 0 ? 0 : notional(rows[i].minContracts),
    maxNotional: i + 1 < rows.length ? notional(rows[i + 1].minContracts) : notional(t.maxContracts),
    mmr: t.mmr,
    maintenanceAmount: 0,
    maxLeverage: t.maxLeverage,
  }));
}

/** Tiers of a position, or undefined when the engine would find none. */
export function tiersOf(venue: VenueId, p: PositionSpec, heldElsewhere = 0): ResolvedTiers | undefined {
  if (p.tiers) return { tiers: p.tiers };
  if (p.mmr !== undefined) {
    return {
      tiers: [{ minNotional: 0, maxNotional: Infinity, mmr: p.mmr, maintenanceAmount: p.maintenanceAmount ?? 0 }],
    };
  }
  const fromVenue = venueRules(venue).tiersFromPosition?.(p);
  if (fromVenue) return { tiers: fromVenue };
  const table = lookupTierTable(venue, p.symbol);
  if (table && table.contract === p.contract) return { tiers: table.tiers, table };
  const bySize = lookupSizeTierTable(venue, p.symbol);
  if (bySize && bySize.contract === p.contract) {
    return {
      tiers: sizeTiersAt(bySize, p.contract === 'inverse', p.markPrice, heldElsewhere / bySize.contractValue),
      table: bySize,
    };
  }
  return undefined;
}

/**
 * Size (base units linear, quote units inverse) of the OTHER positions on `p`'s symbol that
 * count with it for the tier — the engine's rule (`legsShareTier`, `sizeBySymbol`): OKX reads a
 * cross-margin tier at the summed size of the symbol's legs. 0 elsewhere.
 */
export function heldWith(
  account: { marginMode: 'isolated' | 'cross'; positionMode?: 'one-way' | 'hedge' },
  others: readonly Pick<PositionSpec, 'id' | 'symbol' | 'quantity' | 'contractSize'>[],
  p: Pick<PositionSpec, 'id' | 'symbol'>,
): number {
  if (!legsShareTier(account)) return 0;
  return sizeBySymbol(others.filter((q) => q.id !== p.id && q.symbol === p.symbol)).get(p.symbol) ?? 0;
}

/** Index of the tier containing `notional` (the last beyond the table's end). */
export function tierIndexAt(tiers: readonly MaintenanceTier[], notional: number): number {
  for (let i = 0; i < tiers.length; i++) if (notional < tiers[i].maxNotional) return i;
  return tiers.length - 1;
}

/**
 * A position relying on a shipped table that ends at a finite notional, re-expressed with that
 * table's last tier extended to Infinity (as explicit `tiers`), plus where the table ends.
 *
 * Why: the notional AT THE LP can lie past the table's end (an inverse long, a linear short).
 * The engine then prices the LP on the last bracket extended (shared/engine/prepare.ts); callers
 * use `end` to treat such an LP as outside the documented range rather than as exact.
 * Positions with their own tiers, tables running to Infinity, and size-keyed tables (the tier of a
 * size does not depend on the price, so the notional at the LP cannot leave it) come back
 * unchanged (end Infinity).
 */
export function extendTable(venue: VenueId, p: PositionSpec): { spec: PositionSpec; end: number } {
  const found = tiersOf(venue, p)?.table;
  const table = found && !('sizeTiers' in found) ? found : undefined;
  const last = table?.tiers[table.tiers.length - 1];
  if (!table || !last || !Number.isFinite(last.maxNotional)) return { spec: p, end: Infinity };
  const tiers = table.tiers.map((t, i) => (i === table.tiers.length - 1 ? { ...t, maxNotional: Infinity } : { ...t }));
  return { spec: { ...p, tiers }, end: last.maxNotional };
}
