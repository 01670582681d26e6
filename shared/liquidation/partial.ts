/**
 * How much of a position each venue closes when it reaches its liquidation point: the venues'
 * published partial-liquidation rules, one step at a time. The ladder (shared/stress) calls
 * {@link liquidationStep} at every crossing, so a large position shows as several rungs.
 *
 * - Hyperliquid: above 100k USDC of position value only 20 % goes to the book; after a partial
 *   liquidation, a 30-second cooldown during which every liquidation order is for the entire
 *   position. The ladder has no clock: a fall that reaches the next liquidation point is taken to
 *   happen within the cooldown, so the rest goes at once (the cautious reading). Cross and
 *   isolated alike: the text speaks of "any position of a user".
 * - Bybit, BitMEX: a position above the lowest risk-limit tier is first brought down to a lower
 *   tier by a FillOrKill order "of the difference between the current position value and the lower
 *   margin tier value which satisfies the margin requirement"; one tier down is the smallest such
 *   order, and at the liquidation point it always satisfies it (the lower tier's rate is lower).
 *   In the lowest tier the position is taken over at the bankruptcy price.
 * - OKX: tier 3 and above are reduced by the number of contracts that takes them two tiers down;
 *   tiers 1–2 are liquidated in full. OKX's published example: 15,000 contracts in tier 3 with
 *   tier 1 ending at 2,000 → 13,000 closed.
 * - Binance: "one single large Immediate or Cancel order without fully liquidating the user", of a
 *   size Binance does not publish: modelled as FULL.
 * - Gate: describes a tiered reduction for high risk limits without the size of each step:
 *   modelled as FULL. Generic: FULL.
 */
import type { VenueId } from '../engine/types';
import {
  BINANCE_LIQUIDATION_PROTOCOLS,
  BITMEX_LIQUIDATION,
  BYBIT_LIQUIDATION_PROCESS,
  GATE_LIQUIDATION,
  HYPERLIQUID_LIQUIDATIONS,
  OKX_PARTIAL_EXAMPLE,
  OKX_PARTIAL_LIQUIDATION,
  type RuleSource,
} from './sources';

/** Share of a position above {@link HYPERLIQUID_PARTIAL_MIN_VALUE} that Hyperliquid sends to the book first. */
export const HYPERLIQUID_PARTIAL_SHARE = 0.2;
/** Position value (USDC) above which Hyperliquid liquidates in a 20 % step first. */
export const HYPERLIQUID_PARTIAL_MIN_VALUE = 100_000;

/** A venue's partial-liquidation rule. */
export type PartialRule =
  | { venue: VenueId; kind: 'share'; share: number; minValue: number; text: string; sources: RuleSource[] }
  | {
      venue: VenueId;
      kind: 'tier-step';
      /** Tiers taken off per step. */
      tiersDown: number;
      /** Lowest tier (1-based) that is reduced instead of liquidated in full. */
      fromTier: number;
      text: string;
      sources: RuleSource[];
    }
  | { venue: VenueId; kind: 'full'; text: string; sources: RuleSource[] };

/** The partial-liquidation rule of a venue. */
export function partialRuleOf(venue: VenueId): PartialRule {
  switch (venue) {
    case 'hyperliquid':
      return {
        venue,
        kind: 'share',
        share: HYPERLIQUID_PARTIAL_SHARE,
        minValue: HYPERLIQUID_PARTIAL_MIN_VALUE,
        text:
          'Above 100k USDC only 20 % of the position goes to the book; within the next 30 s every liquidation order is for the entire position ' +
          '(the ladder has no clock: the next liquidation point is taken to come within the cooldown).',
        sources: [HYPERLIQUID_LIQUIDATIONS],
      };
    case 'bybit':
    case 'bitmex':
      return {
        venue,
        kind: 'tier-step',
        tiersDown: 1,
        fromTier: 2,
        text:
          'Above the lowest risk-limit tier the position is first cut to the next lower tier (a FillOrKill order for the difference); ' +
          'in the lowest tier it is taken over at the bankruptcy price.',
        sources: [venue === 'bybit' ? BYBIT_LIQUIDATION_PROCESS : BITMEX_LIQUIDATION],
      };
    case 'okx':
      return {
        venue,
        kind: 'tier-step',
        tiersDown: 2,
        fromTier: 3,
        text: 'Tier 3 and above are reduced by the contracts that take them two tiers down; tiers 1–2 are liquidated in full.',
        sources: [OKX_PARTIAL_LIQUIDATION, OKX_PARTIAL_EXAMPLE],
      };
    case 'binance-usdm':
    case 'binance-coinm':
      return {
        venue,
        kind: 'full',
        text:
          'Binance first tries "one single large Immediate or Cancel order without fully liquidating the user" but does not publish its size: ' +
          'modelled as a full liquidation.',
        sources: [BINANCE_LIQUIDATION_PROTOCOLS],
      };
    case 'gate':
      return {
        venue,
        kind: 'full',
        text: 'Gate describes a tiered reduction for high risk limits without the size of each step: modelled as a full liquidation.',
        sources: [GATE_LIQUIDATION],
      };
    default:
      return { venue, kind: 'full', text: 'No partial-liquidation rule: modelled as a full liquidation.', sources: [] };
  }
}

/** A position at its liquidation point, as {@link liquidationStep} needs it. */
export interface StepInput {
  /** Position value at the liquidation point (quote; coin for inverse contracts). */
  value: number;
  /** Position size in the unit the venue's tiers are keyed by (Bybit/BitMEX: value on the tier basis; OKX: contracts). */
  tierSize?: number;
  /** Largest size of each tier in that unit, ascending (the last may be Infinity). */
  tierLimits?: readonly number[];
  /** An earlier partial step of this account happened in the same fall (Hyperliquid's cooldown). */
  afterPartial?: boolean;
}

/** What the venue closes at one liquidation point. */
export interface LiquidationStep {
  kind: 'partial' | 'full';
  /** Share of the position's current size closed here (1 = all of it). */
  closedFraction: number;
  /** Tier-step rules: the tier before and after (1-based). */
  tiers?: { from: number; to: number };
  /** Why, in a sentence. */
  why: string;
}

const FULL = (why: string): LiquidationStep => ({ kind: 'full', closedFraction: 1, why });

/** The 1-based tier a size falls in: the first whose largest size it does not exceed. */
export function tierOf(size: number, limits: readonly number[]): number {
  for (let i = 0; i < limits.length; i++) if (size <= limits[i]!) return i + 1;
  return limits.length;
}

/**
 * The step a venue takes when a position reaches its liquidation point (see the module comment
 * for each venue's rule). Tier-step rules without tiers (a flat `mmr`) liquidate in full.
 */
export function liquidationStep(rule: PartialRule, input: StepInput): LiquidationStep {
  if (rule.kind === 'full') return FULL(rule.text);
  if (rule.kind === 'share') {
    if (input.afterPartial) return FULL('within the 30 s cooldown after a partial liquidation: the entire position');
    if (!(input.value > rule.minValue))
      return FULL(`position value ${Math.round(input.value)} is not above ${rule.minValue}: the entire position`);
    return {
      kind: 'partial',
      closedFraction: rule.share,
      why: `${rule.share * 100} % of a position worth more than ${rule.minValue}`,
    };
  }
  const limits = input.tierLimits;
  const size = input.tierSize;
  if (!limits || limits.length < 2 || size === undefined || !(size > 0))
    return FULL('no tier table: the entire position');
  const from = tierOf(size, limits);
  if (from < rule.fromTier) return FULL(`tier ${from}: liquidated in full`);
  const to = Math.max(1, from - rule.tiersDown);
  const keep = limits[to - 1]!;
  if (!(keep > 0 && keep < size)) return FULL(`tier ${from}: liquidated in full`);
  return {
    kind: 'partial',
    closedFraction: (size - keep) / size,
    tiers: { from, to },
    why: `reduced from tier ${from} to tier ${to} (${keep} left)`,
  };
}
