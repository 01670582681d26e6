/**
 * Parsing of single CSV cells. Each parser gets the trimmed text and returns the value, or
 * throws a {@link CellError} whose reason reads `expected …, got "…"`; the caller adds the row
 * and column.
 */
import { VENUE_IDS } from '@shared/engine/schema';
import type { MaintenanceTier, VenueId } from '@shared/engine/types';
import { maintenanceTiersSchema } from '@shared/engine/schema';
import { MAX_LEVERAGE, SYMBOL_PATTERN } from '@shared/book/schema';

export class CellError extends Error {}

const got = (raw: string): string => `got ${JSON.stringify(raw)}`;

/** Plain decimals and exponents; `1,234.5` (thousands separators) as exchanges print them. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

export function parseNumber(raw: string, desc: string, ok: (v: number) => boolean): number {
  const text = GROUPED.test(raw) ? raw.replace(/,/g, '') : raw;
  const value = NUMBER.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value) || !ok(value)) throw new CellError(`expected ${desc}, ${got(raw)}`);
  return value;
}

export const positive = (raw: string): number => parseNumber(raw, 'a positive number', (v) => v > 0);
export const nonNegative = (raw: string): number => parseNumber(raw, 'a number >= 0', (v) => v >= 0);
export const finite = (raw: string): number => parseNumber(raw, 'a number', () => true);
export const rate = (raw: string): number =>
  parseNumber(raw, 'a rate between 0 and 1 (0.004 = 0.4 %)', (v) => v >= 0 && v < 1);
export const feeRate = (raw: string): number =>
  parseNumber(raw, 'a fee rate between 0 and 0.1', (v) => v >= 0 && v <= 0.1);

export { MAX_LEVERAGE };
export const leverage = (raw: string): number =>
  parseNumber(raw.replace(/x$/i, ''), `a number between 1 and ${MAX_LEVERAGE}`, (v) => v >= 1 && v <= MAX_LEVERAGE);

export function oneOf<const T extends string>(values: readonly T[], aliases: Record<string, T> = {}) {
  return (raw: string): T => {
    const key = raw.toLowerCase();
    const hit = (values as readonly string[]).find((v) => v.toLowerCase() === key) ?? aliases[key];
    if (!hit) throw new CellError(`expected one of ${values.join(', ')}, ${got(raw)}`);
    return hit as T;
  };
}

export const venue = oneOf<VenueId>(VENUE_IDS);
export const side = oneOf(['long', 'short'] as const);
export const contract = oneOf(['linear', 'inverse'] as const);
export const marginMode = oneOf(['isolated', 'cross'] as const);
export const positionMode = oneOf(['one-way', 'hedge'] as const);

/** Undoes the export's formula guard: `'=x` → `=x`, `''x` → `'x` (a lone `'x` stays as typed). */
export function unprotectText(raw: string): string {
  return /^'['=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw;
}

export function text(max: number) {
  return (input: string): string => {
    const raw = unprotectText(input);
    if (raw.length > max) throw new CellError(`expected at most ${max} characters, got ${raw.length}`);
    return raw;
  };
}

/** A symbol: letters, digits and `-_./:` (covers BTCUSDT, BTC-USDT-SWAP, BTC_USDT, XBTUSD). */
export function symbol(raw: string): string {
  if (!SYMBOL_PATTERN.test(raw)) throw new CellError(`expected a symbol such as BTCUSDT, ${got(raw)}`);
  return raw.toUpperCase();
}

/** ISO 8601 date-time, or a Unix time in milliseconds (as exchange APIs give it). */
export function dateTime(raw: string): string {
  if (/^\d{12,14}$/.test(raw)) return new Date(Number(raw)).toISOString();
  const ms = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(raw)
    ? Date.parse(raw.replace(' ', 'T'))
    : NaN;
  if (Number.isNaN(ms)) throw new CellError(`expected an ISO 8601 date-time such as 2026-03-01T12:00:00Z, ${got(raw)}`);
  return new Date(ms).toISOString();
}

/** A JSON tier list (the last tier's maxNotional may be null = no upper bound). */
export function tiers(raw: string): MaintenanceTier[] {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new CellError(`expected a JSON list of tiers, ${got(raw.length > 60 ? raw.slice(0, 60) + '…' : raw)}`);
  }
  return parseTiersValue(value);
}

/** Tiers from JSON data: null maxNotional = Infinity, then the engine's own tier rules. */
export function parseTiersValue(value: unknown): MaintenanceTier[] {
  const withInfinity = Array.isArray(value)
    ? value.map((t) =>
        t && typeof t === 'object' && (t as { maxNotional?: unknown }).maxNotional === null
          ? { ...t, maxNotional: Infinity }
          : t,
      )
    : value;
  const result = maintenanceTiersSchema.safeParse(withInfinity);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? `tier ${issue.path.map(String).join('.')}: ` : '';
    throw new CellError(`${where}${issue.message}`);
  }
  return result.data;
}
