/** Helpers shared by the venue adapters: defensive reading of untrusted JSON. */

/** Parses JSON; undefined on a syntax error. */
export function tryJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** A plain object, or undefined. */
export function obj(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A finite number from a number or a decimal string (venues send prices as strings); undefined otherwise. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** A strictly positive price, or undefined. */
export function positivePrice(value: unknown): number | undefined {
  const n = num(value);
  return n !== undefined && n > 0 ? n : undefined;
}

/** Upper-case letters and digits only: `btc-usdt`, `BTC/USDT`, `BTC_USDT` → `BTCUSDT`. */
export function compact(symbol: string): string {
  return symbol.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Binance / Bybit style symbol (`BTCUSDT`) from a book symbol; null when too short to be a pair. */
export function compactPair(bookSymbol: string): string | null {
  const c = compact(bookSymbol);
  return c.length >= 5 ? c : null;
}

const QUOTES = ['USDT', 'USDC', 'USD'] as const;

/** Splits `BTCUSDT` / `BTC-USDT` / `BTC-USDT-SWAP` into base and quote; null when no known quote. */
export function splitPair(symbol: string): { base: string; quote: string } | null {
  const parts = symbol
    .toUpperCase()
    .split(/[-_/:]/)
    .filter((p) => p !== '' && p !== 'SWAP' && p !== 'PERP');
  if (parts.length === 2) return { base: parts[0], quote: parts[1] };
  const c = compact(parts.join(''));
  for (const q of QUOTES) {
    if (c.endsWith(q) && c.length > q.length) return { base: c.slice(0, -q.length), quote: q };
  }
  return null;
}

/** Splits a list into chunks of at most `size` (venues cap the topics per subscribe request). */
export function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
