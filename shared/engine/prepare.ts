/**
 * Turns validated positions into solver legs: size, side, the maintenance tiers that apply
 * (override → venue rule → shipped table), the fee-to-close rate, and uPnL / maintenance margin
 * at the mark price. Everything later is arithmetic on these.
 */
import { isolatedMarginOf, notionalAt, pnlAt, positionSize, sideSign } from './contract';
import { EngineInputError, MissingTierTableError } from './errors';
import { legMaintenance, tierAt, type Leg } from './solve';
import { contractsOf, flatTierOf, lookupSizeTierTable, lookupTierTable, sizeTierAt } from './tiers/index';
import type { AccountSpec, MaintenanceTier, PositionSpec } from './types';
import type { VenueRules } from './venues/types';

/** A position ready for the solver. */
export interface Prepared {
  spec: PositionSpec;
  inverse: boolean;
  leg: Leg;
  mark: number;
  /** Unrealised PnL at mark (quote for linear, coin for inverse). */
  upnl: number;
  /** Maintenance margin at mark, with the tier the venue applies there (see PositionRisk.maintenanceMargin). */
  mm: number;
  /** Notional at mark (quote for linear, coin for inverse). */
  notional: number;
  /** Price step the venue rounds this position's prices to (undefined: none). */
  step: number | undefined;
  /** Distance the venue moves the reported LP toward the mark (0: none); see VenueRules. */
  lpBuffer: number;
  /** Isolated mode: the collateral the liquidation equation draws on (0 in cross mode). */
  collateral: number;
}

/**
 * Maintenance tiers of a position, in order of precedence:
 * 1. `position.tiers` (user override);
 * 2. `position.mmr` (+ `maintenanceAmount`, default 0) as one flat tier;
 * 3. a venue rule on the position's fields (Hyperliquid: `maxLeverage` → 1 / (2·maxLeverage));
 * 4. the shipped table for (venue, symbol) with the same contract kind — keyed by notional, or
 *    by size in contracts (OKX), whose row for the position's size becomes one flat tier.
 * Throws {@link MissingTierTableError} naming venue and symbol when none applies.
 */
export function resolveTiers(
  account: AccountSpec,
  venue: VenueRules,
  p: PositionSpec,
  index: number,
  familySize?: ReadonlyMap<string, number>,
): readonly MaintenanceTier[] {
  if (p.tiers) return p.tiers;
  if (p.mmr !== undefined) {
    return [{ minNotional: 0, maxNotional: Infinity, mmr: p.mmr, maintenanceAmount: p.maintenanceAmount ?? 0 }];
  }
  const fromVenue = venue.tiersFromPosition?.(p);
  if (fromVenue) return fromVenue;
  const table = lookupTierTable(account.venue, p.symbol);
  if (table && table.contract === p.contract) {
    // A shipped table may stop at the last tier its source documents: refuse to extrapolate.
    const cap = table.tiers[table.tiers.length - 1].maxNotional;
    // Checked on the notional the tier is chosen on: at entry where the venue takes maintenance on
    // the entry value (Bybit, BitMEX), else at the mark.
    const basisPrice = venue.maintenanceBasis?.(p) === 'entry' ? p.entryPrice : p.markPrice;
    const n = notionalAt(p.contract === 'inverse', positionSize(p), basisPrice);
    if (n >= cap) {
      throw new EngineInputError(
        `positions[${index}]`,
        `notional ${n} exceeds the shipped ${account.venue} ${p.symbol} table (documented up to ${cap}); give tiers or mmr on the position`,
      );
    }
    return openEnded(table.tiers);
  }
  const bySize = lookupSizeTierTable(account.venue, p.symbol);
  if (bySize && bySize.contract === p.contract) {
    // Cross: OKX looks the tier up once for the summed |size| of the symbol's positions (both legs
    // of a hedge), and every leg uses it (OKX API answers: long 7,000 + short 7,000 → tier of 14,000).
    const summed = familySize?.get(p.symbol);
    const contracts = contractsOf(bySize, summed ?? positionSize(p));
    const what =
      summed !== undefined && summed !== positionSize(p)
        ? `${contracts} contracts (the symbol's long and short legs together, as OKX counts them in cross mode)`
        : `${contracts} contracts`;
    const row = sizeTierAt(bySize, contracts);
    const isolatedCap = account.marginMode === 'isolated' ? bySize.isolatedUpTo : undefined;
    if (!row || (isolatedCap !== undefined && contracts > isolatedCap * (1 + 1e-9))) {
      const cap = isolatedCap ?? bySize.sizeTiers[bySize.sizeTiers.length - 1].maxContracts;
      const mode = isolatedCap !== undefined ? ' for isolated margin' : '';
      throw new EngineInputError(
        `positions[${index}]`,
        `${what} exceed the shipped ${account.venue} ${p.symbol} table${mode} (documented up to ${cap} contracts); give tiers or mmr on the position`,
      );
    }
    return flatTierOf(row);
  }
  throw new MissingTierTableError(`positions[${index}]`, account.venue, p.symbol);
}

const openEndedCache = new WeakMap<readonly MaintenanceTier[], readonly MaintenanceTier[]>();

/**
 * A shipped table whose source stops at a finite cap, with its last bracket extended to
 * Infinity. The position at mark is inside the table (checked above), but its notional AT THE
 * LIQUIDATION PRICE can pass the cap (an inverse long or a linear short grows in notional as the
 * price moves against it). Reporting "no liquidation price" there would be the most dangerous
 * answer; the last documented rate is used instead (the exchange's undocumented higher brackets
 * would put the LP somewhat closer to the mark). Cached per table: no allocation per position.
 */
function openEnded(tiers: readonly MaintenanceTier[]): readonly MaintenanceTier[] {
  const last = tiers[tiers.length - 1];
  if (last.maxNotional === Infinity) return tiers;
  let extended = openEndedCache.get(tiers);
  if (!extended) {
    extended = [...tiers.slice(0, -1), { ...last, maxNotional: Infinity }];
    openEndedCache.set(tiers, extended);
  }
  return extended;
}

/**
 * Venues that compute maintenance on the ENTRY value (Bybit) get one flat tier whose maintenance
 * is that constant: mmr 0 and a negative "maintenance amount" −MM(entry). The fee rate is folded
 * in as well. Other venues' tiers are returned unchanged.
 */
function entryBasisTiers(
  inverse: boolean,
  size: number,
  entry: number,
  tiers: readonly MaintenanceTier[],
  feeRate: number,
): MaintenanceTier[] {
  const n = notionalAt(inverse, size, entry);
  const t = tierAt(tiers, n);
  const mm = Math.max(0, n * (t.mmr + feeRate) - t.maintenanceAmount);
  return [{ minNotional: 0, maxNotional: Infinity, mmr: 0, maintenanceAmount: -mm }];
}

/**
 * Whether the legs of one symbol share their tier: in a cross hedge account a size-keyed table
 * (OKX) is read at the summed size of the symbol's long and short legs, as OKX does.
 */
export function legsShareTier(account: Pick<AccountSpec, 'marginMode' | 'positionMode'>): boolean {
  return account.marginMode === 'cross' && account.positionMode === 'hedge';
}

/** Σ size per symbol (base units linear, quote units inverse), for tables keyed by size. O(n). */
export function sizeBySymbol(
  positions: readonly Pick<PositionSpec, 'symbol' | 'quantity' | 'contractSize'>[],
): Map<string, number> {
  const m = new Map<string, number>();
  for (const p of positions) m.set(p.symbol, (m.get(p.symbol) ?? 0) + positionSize(p));
  return m;
}

/** Prepares every position of a validated account. O(n). */
export function prepareAll(account: AccountSpec, venue: VenueRules): Prepared[] {
  const feeRate = venue.closeFeeRate(account);
  const familySize = legsShareTier(account) ? sizeBySymbol(account.positions) : undefined;
  const out = new Array<Prepared>(account.positions.length);
  for (let i = 0; i < account.positions.length; i++) {
    const p = account.positions[i];
    const inverse = p.contract === 'inverse';
    const size = positionSize(p);
    const tiers = resolveTiers(account, venue, p, i, familySize);
    const entryBasis = venue.maintenanceBasis?.(p) === 'entry';
    const leg: Leg = {
      side: sideSign(p),
      size,
      entry: p.entryPrice,
      tiers: entryBasis ? entryBasisTiers(inverse, size, p.entryPrice, tiers, feeRate) : tiers,
      feeRate: entryBasis ? 0 : feeRate,
      bankruptcyFeeRate: venue.bankruptcyFeeRate?.(account, p) ?? 0,
    };
    out[i] = {
      spec: p,
      inverse,
      leg,
      mark: p.markPrice,
      upnl: pnlAt(inverse, leg.side, leg.size, leg.entry, p.markPrice),
      mm: legMaintenance(inverse, leg, p.markPrice),
      notional: notionalAt(inverse, leg.size, p.markPrice),
      step: venue.priceStep(p),
      lpBuffer: venue.liquidationBuffer?.(account, p) ?? 0,
      collateral:
        account.marginMode === 'isolated'
          ? (venue.isolatedCollateral?.(account, p, size) ?? isolatedMarginOf(p, size))
          : 0,
    };
  }
  return out;
}
