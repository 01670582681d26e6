/**
 * zod schemas for the engine's input contract (see types.ts). Other layers (IPC, import, CLI)
 * import these to validate data at their boundary; `validateAccount` turns the first problem
 * into an {@link EngineInputError} whose message starts with the field path, e.g.
 * `positions[2].entryPrice: expected a finite positive number, got NaN`.
 *
 * Cross-field rules (tiers sorted and contiguous, unique ids, one contract kind per account,
 * contract kinds each venue lists) are checked here too, so a parsed account is safe to assess.
 */
import { z } from 'zod';
import { EngineInputError, formatPath } from './errors';
import type { AccountSpec, MaintenanceTier, PositionSpec, VenueId } from './types';

/** Every venue id the engine implements, in display order. */
export const VENUE_IDS = [
  'binance-usdm',
  'binance-coinm',
  'bybit',
  'okx',
  'gate',
  'hyperliquid',
  'bitmex',
  'generic',
] as const satisfies readonly VenueId[];

/** Contract kinds each venue lists (the engine refuses the others). */
export const VENUE_CONTRACTS: Readonly<Record<VenueId, ReadonlyArray<'linear' | 'inverse'>>> = {
  'binance-usdm': ['linear'],
  'binance-coinm': ['inverse'],
  bybit: ['linear', 'inverse'],
  okx: ['linear', 'inverse'],
  gate: ['linear', 'inverse'],
  hyperliquid: ['linear'],
  bitmex: ['inverse', 'linear'],
  generic: ['linear', 'inverse'],
};

function show(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v;
}

function num(desc: string, ok: (v: number) => boolean) {
  return z.custom<number>((v) => typeof v === 'number' && ok(v), {
    error: (iss) => `expected ${desc}, got ${show(iss.input)}`,
  });
}

// Field predicates, shared by the zod schemas and the allocation-free fast check below.
const isFinitePositive = (v: number) => Number.isFinite(v) && v > 0;
const isFiniteNonNegative = (v: number) => Number.isFinite(v) && v >= 0;
const isRate = (v: number) => Number.isFinite(v) && v >= 0 && v < 1;
const isCap = (v: number) => !Number.isNaN(v) && v > 0;
const isFee = (v: number) => Number.isFinite(v) && v >= 0 && v <= 0.1;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

const finitePositive = () => num('a finite positive number', isFinitePositive);
const finiteNonNegative = () => num('a finite number >= 0', isFiniteNonNegative);
const finite = () => num('a finite number', (v) => Number.isFinite(v));
const rate = () => num('a rate in [0, 1)', isRate);
const text = () =>
  z.custom<string>(isText, {
    error: (iss) => `expected a non-empty string, got ${show(iss.input)}`,
  });
function oneOf<const T extends readonly string[]>(values: T) {
  return z.custom<T[number]>((v) => typeof v === 'string' && (values as readonly string[]).includes(v), {
    error: (iss) => `expected one of ${values.map((x) => `'${x}'`).join(', ')}, got ${show(iss.input)}`,
  });
}

/** One maintenance bracket; `maxNotional` may be `Infinity` on the last tier. */
export const maintenanceTierSchema = z.object({
  minNotional: finiteNonNegative(),
  maxNotional: num('a number > 0 (Infinity allowed)', isCap),
  mmr: rate(),
  maintenanceAmount: finiteNonNegative(),
  maxLeverage: finitePositive().optional(),
});

/**
 * A tier list: non-empty, starting at notional 0, sorted, each tier starting where the previous
 * one ends (no gaps, no overlaps), each tier non-empty.
 */
interface RuleIssue {
  path: (string | number)[];
  message: string;
}

/** First cross-field problem of a tier list (relative path), or null. */
function tierListIssue(tiers: readonly MaintenanceTier[]): RuleIssue | null {
  if (tiers.length === 0) return { path: [], message: 'expected at least one tier, got an empty list' };
  if (tiers[0].minNotional !== 0) {
    return { path: [0, 'minNotional'], message: `the first tier must start at 0, got ${tiers[0].minNotional}` };
  }
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i];
    if (!(t.maxNotional > t.minNotional)) {
      return {
        path: [i, 'maxNotional'],
        message: `expected maxNotional > minNotional (${t.minNotional}), got ${t.maxNotional}`,
      };
    }
    if (i > 0) {
      const prev = tiers[i - 1];
      if (t.minNotional < prev.minNotional) {
        return {
          path: [i, 'minNotional'],
          message: `tiers must be sorted by minNotional; ${t.minNotional} follows ${prev.minNotional}`,
        };
      }
      if (t.minNotional > prev.maxNotional) {
        return {
          path: [i, 'minNotional'],
          message: `gap between tiers: previous tier ends at ${prev.maxNotional}, this one starts at ${t.minNotional}`,
        };
      }
      if (t.minNotional < prev.maxNotional) {
        return {
          path: [i, 'minNotional'],
          message: `tiers overlap: previous tier ends at ${prev.maxNotional}, this one starts at ${t.minNotional}`,
        };
      }
    }
  }
  return null;
}

/**
 * A tier list: non-empty, starting at notional 0, sorted, each tier starting where the previous
 * one ends (no gaps, no overlaps), each tier non-empty.
 */
export const maintenanceTiersSchema = z.array(maintenanceTierSchema).superRefine((tiers, ctx) => {
  const issue = tierListIssue(tiers);
  if (issue) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

/** One position; see {@link PositionSpec} for units. */
export const positionSpecSchema = z.object({
  id: text(),
  symbol: text(),
  side: oneOf(['long', 'short'] as const),
  contract: oneOf(['linear', 'inverse'] as const),
  quantity: finitePositive(),
  contractSize: finitePositive().optional(),
  entryPrice: finitePositive(),
  markPrice: finitePositive(),
  leverage: finitePositive().optional(),
  isolatedMargin: finiteNonNegative().optional(),
  tiers: maintenanceTiersSchema.optional(),
  mmr: rate().optional(),
  maintenanceAmount: finiteNonNegative().optional(),
  maxLeverage: finitePositive().optional(),
  tickSize: finitePositive().optional(),
});

const accountObjectSchema = z.object({
  venue: oneOf(VENUE_IDS),
  marginMode: oneOf(['isolated', 'cross'] as const),
  positionMode: oneOf(['one-way', 'hedge'] as const).optional(),
  walletBalance: finite(),
  takerFeeRate: num('a fee rate in [0, 0.1]', isFee).optional(),
  positions: z.array(positionSpecSchema),
});

/**
 * A whole account with the cross-field rules: unique position ids; one contract kind per
 * account (the wallet is in quote for linear, in coin for inverse); contract kinds the venue
 * lists; isolated positions need `isolatedMargin` or `leverage`; one-way accounts hold at most
 * one position per symbol and contract.
 */
/** First cross-field problem of an account whose fields are valid, or null. */
function accountIssue(acc: AccountSpec): RuleIssue | null {
  const ids = new Map<string, number>();
  const oneWay = new Map<string, number>();
  const allowed = VENUE_CONTRACTS[acc.venue];
  const kind = acc.positions[0]?.contract;
  for (let i = 0; i < acc.positions.length; i++) {
    const p = acc.positions[i];
    const seen = ids.get(p.id);
    if (seen !== undefined) {
      return {
        path: ['positions', i, 'id'],
        message: `duplicate id ${JSON.stringify(p.id)} (also positions[${seen}])`,
      };
    }
    ids.set(p.id, i);
    if (!allowed.includes(p.contract)) {
      return {
        path: ['positions', i, 'contract'],
        message: `${acc.venue} lists ${allowed.join(' and ')} contracts only, got '${p.contract}'`,
      };
    }
    if (p.contract !== kind) {
      return {
        path: ['positions', i, 'contract'],
        message: `an account holds one contract kind (wallet in quote for linear, coin for inverse); positions[0] is '${kind}', got '${p.contract}'`,
      };
    }
    if (acc.marginMode === 'isolated' && p.isolatedMargin === undefined && p.leverage === undefined) {
      return {
        path: ['positions', i, 'isolatedMargin'],
        message: 'an isolated position needs isolatedMargin or leverage, got neither',
      };
    }
    if (acc.positionMode !== 'hedge') {
      // Keyed by the symbol string itself (its hash is cached) rather than a fresh
      // `${contract}:${symbol}` per call: every position has the account's one contract kind here.
      const other = oneWay.get(p.symbol);
      if (other !== undefined) {
        return {
          path: ['positions', i, 'symbol'],
          message: `one-way mode holds one position per symbol; ${p.symbol} is also positions[${other}] (set positionMode: 'hedge')`,
        };
      }
      oneWay.set(p.symbol, i);
    }
  }
  return null;
}

/**
 * A whole account with the cross-field rules: unique position ids; one contract kind per
 * account (the wallet is in quote for linear, in coin for inverse); contract kinds the venue
 * lists; isolated positions need `isolatedMargin` or `leverage`; one-way accounts hold at most
 * one position per symbol and contract.
 */
export const accountSpecSchema = accountObjectSchema.superRefine((acc, ctx) => {
  const issue = accountIssue(acc as AccountSpec);
  if (issue) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

const opt = (v: unknown, ok: (n: number) => boolean) => v === undefined || (typeof v === 'number' && ok(v));
const req = (v: unknown, ok: (n: number) => boolean) => typeof v === 'number' && ok(v);

/**
 * Allocation-free check with exactly the predicates of the schemas above (same functions).
 * true → the zod schema would accept the value too; false → run zod for the error message.
 */
function passesFast(a: unknown): a is AccountSpec {
  if (typeof a !== 'object' || a === null) return false;
  const acc = a as Record<string, unknown>;
  if (!(VENUE_IDS as readonly unknown[]).includes(acc.venue)) return false;
  if (acc.marginMode !== 'isolated' && acc.marginMode !== 'cross') return false;
  if (acc.positionMode !== undefined && acc.positionMode !== 'one-way' && acc.positionMode !== 'hedge') return false;
  if (!req(acc.walletBalance, Number.isFinite) || !opt(acc.takerFeeRate, isFee)) return false;
  if (!Array.isArray(acc.positions)) return false;
  for (const item of acc.positions as unknown[]) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
    const p = item as Record<string, unknown>;
    if (!isText(p.id) || !isText(p.symbol)) return false;
    if (p.side !== 'long' && p.side !== 'short') return false;
    if (p.contract !== 'linear' && p.contract !== 'inverse') return false;
    if (
      !req(p.quantity, isFinitePositive) ||
      !req(p.entryPrice, isFinitePositive) ||
      !req(p.markPrice, isFinitePositive)
    )
      return false;
    if (
      !opt(p.contractSize, isFinitePositive) ||
      !opt(p.leverage, isFinitePositive) ||
      !opt(p.isolatedMargin, isFiniteNonNegative)
    )
      return false;
    if (
      !opt(p.mmr, isRate) ||
      !opt(p.maintenanceAmount, isFiniteNonNegative) ||
      !opt(p.maxLeverage, isFinitePositive) ||
      !opt(p.tickSize, isFinitePositive)
    )
      return false;
    if (p.tiers !== undefined) {
      if (!Array.isArray(p.tiers)) return false;
      for (const ti of p.tiers as unknown[]) {
        if (typeof ti !== 'object' || ti === null || Array.isArray(ti)) return false;
        const t = ti as Record<string, unknown>;
        if (!req(t.minNotional, isFiniteNonNegative) || !req(t.maxNotional, isCap) || !req(t.mmr, isRate)) return false;
        if (!req(t.maintenanceAmount, isFiniteNonNegative) || !opt(t.maxLeverage, isFinitePositive)) return false;
      }
      if (tierListIssue(p.tiers as MaintenanceTier[])) return false;
    }
  }
  return accountIssue(acc as unknown as AccountSpec) === null;
}

/**
 * Validates an account and returns it typed. Throws {@link EngineInputError} for the first
 * problem found; its `path` names the field (e.g. `positions[2].entryPrice`). A valid account is
 * returned as the same object (unknown keys kept); use `accountSpecSchema.parse` for a stripped copy.
 */
export function validateAccount(account: unknown): AccountSpec {
  // Hot path (stress sweeps, big books): the same predicates without zod's allocations. The
  // input is returned as is (never mutated by the engine).
  if (passesFast(account)) return account;
  const r = accountSpecSchema.safeParse(account);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new EngineInputError(formatPath(issue.path), issue.message);
  }
  return r.data as AccountSpec;
}

/** Validates one tier list, throwing {@link EngineInputError} with a path such as `[2].minNotional`. */
export function validateTiers(tiers: unknown, path = 'tiers'): MaintenanceTier[] {
  const r = maintenanceTiersSchema.safeParse(tiers);
  if (!r.success) {
    const issue = r.error.issues[0];
    const sub = formatPath(issue.path);
    throw new EngineInputError(sub ? (sub.startsWith('[') ? path + sub : `${path}.${sub}`) : path, issue.message);
  }
  return r.data;
}

/** Validates one position (used by forms before it joins an account). */
export function validatePosition(position: unknown): PositionSpec {
  const r = positionSpecSchema.safeParse(position);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new EngineInputError(formatPath(issue.path), issue.message);
  }
  return r.data as PositionSpec;
}
