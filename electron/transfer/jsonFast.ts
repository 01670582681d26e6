/**
 * A fast path for reading Cascade JSON: one plain pass that accepts only files the zod schema in
 * json.ts accepts too (it may refuse more — then zod decides and writes the message). It spares
 * a 10 000-position import the per-field schema machinery. The fuzz test feeds both paths
 * malformed files; any file this lets through that zod would refuse fails that test.
 */
import { VENUE_IDS } from '@shared/engine/schema';
import { MAX_LEVERAGE, SYMBOL_PATTERN } from '@shared/book/schema';
import { parseTiersValue } from './cells';

const POSITION_KEYS = new Set([
  'id',
  'symbol',
  'side',
  'contract',
  'quantity',
  'contractSize',
  'entryPrice',
  'leverage',
  'isolatedMargin',
  'tiers',
  'mmr',
  'maintenanceAmount',
  'maxLeverage',
  'tickSize',
  'stopLoss',
  'takeProfit',
  'openedAt',
  'notes',
]);
const ACCOUNT_KEYS = new Set([
  'name',
  'venue',
  'marginMode',
  'positionMode',
  'walletBalance',
  'takerFeeRate',
  'notes',
  'positions',
]);
const FILE_KEYS = new Set(['version', 'accounts', 'prices']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const onlyKeys = (o: Obj, allowed: Set<string>): boolean => {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
};
const fin = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const pos = (v: unknown): boolean => fin(v) && v > 0;
const nonNeg = (v: unknown): boolean => fin(v) && v >= 0;
const opt = (v: unknown, ok: (v: unknown) => boolean): boolean => v === undefined || ok(v);
const optNull = (v: unknown, ok: (v: unknown) => boolean): boolean => v === undefined || v === null || ok(v);
const text =
  (max: number) =>
  (v: unknown): boolean =>
    typeof v === 'string' && v.length <= max;
const symbol = (v: unknown): boolean => typeof v === 'string' && SYMBOL_PATTERN.test(v.trim());
const iso = (v: unknown): boolean =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));

function position(p: unknown): boolean {
  if (!isObj(p) || !onlyKeys(p, POSITION_KEYS)) return false;
  if (!opt(p.id, (v) => typeof v === 'string') || !symbol(p.symbol)) return false;
  if (p.side !== 'long' && p.side !== 'short') return false;
  if (p.contract !== 'linear' && p.contract !== 'inverse') return false;
  if (!pos(p.quantity) || !pos(p.entryPrice) || !opt(p.contractSize, pos)) return false;
  if (!opt(p.leverage, (v) => typeof v === 'number' && v >= 1 && v <= MAX_LEVERAGE)) return false;
  if (!opt(p.isolatedMargin, nonNeg) || !opt(p.maintenanceAmount, nonNeg)) return false;
  if (!opt(p.mmr, (v) => fin(v) && v >= 0 && v < 1) || !opt(p.maxLeverage, pos) || !opt(p.tickSize, pos)) return false;
  if (
    !optNull(p.stopLoss, pos) ||
    !optNull(p.takeProfit, pos) ||
    !optNull(p.openedAt, iso) ||
    !optNull(p.notes, text(10_000))
  )
    return false;
  if (p.tiers !== undefined) {
    try {
      p.tiers = parseTiersValue(p.tiers); // as the zod path's transform does
    } catch {
      return false;
    }
  }
  return true;
}

function account(a: unknown): boolean {
  if (!isObj(a) || !onlyKeys(a, ACCOUNT_KEYS)) return false;
  if (typeof a.name !== 'string' || a.name.trim().length === 0 || a.name.length > 100) return false;
  if (!(VENUE_IDS as readonly unknown[]).includes(a.venue)) return false;
  if (a.marginMode !== 'isolated' && a.marginMode !== 'cross') return false;
  if (!opt(a.positionMode, (v) => v === 'one-way' || v === 'hedge')) return false;
  if (
    !fin(a.walletBalance) ||
    !opt(a.takerFeeRate, (v) => fin(v) && v >= 0 && v <= 0.1) ||
    !optNull(a.notes, text(10_000))
  )
    return false;
  if (a.positions === undefined) return true;
  if (!Array.isArray(a.positions)) return false;
  for (const p of a.positions) if (!position(p)) return false;
  return true;
}

/** True when `data` is a well-formed version-1 file (tiers already converted in place). */
export function passesFast(data: unknown): boolean {
  if (!isObj(data) || !onlyKeys(data, FILE_KEYS) || data.version !== 1 || !Array.isArray(data.accounts)) return false;
  if (data.prices !== undefined) {
    if (!isObj(data.prices)) return false;
    for (const [k, v] of Object.entries(data.prices)) if (!SYMBOL_PATTERN.test(k) || !pos(v)) return false;
  }
  for (const a of data.accounts) if (!account(a)) return false;
  return true;
}
