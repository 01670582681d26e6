/**
 * Base asset of a venue symbol, so that one beta (or one funding rate, or one price history)
 * keyed `ETH` applies to `ETHUSDT`, `ETH-USDT-SWAP`, `ETH/USDT:USDT`, `ETHUSD_PERP` and `ETH`.
 */

const QUOTES = ['USDT', 'USDC', 'BUSD', 'FDUSD', 'USD', 'EUR'];
const SUFFIXES = ['SWAP', 'PERP', 'PERPETUAL'];

/**
 * Upper-case base asset of a symbol: `BTCUSDT` → `BTC`, `XBTUSD` → `BTC`, `ETH-USDT-SWAP` →
 * `ETH`, `SOL/USDT:USDT` → `SOL`, `BTCUSD_PERP` → `BTC`, `1000PEPEUSDT` → `1000PEPE`, `DOGE` →
 * `DOGE`. Dated futures (`BTCUSD_250328`) drop the date. Unknown shapes come back upper-cased.
 */
export function baseAsset(symbol: string): string {
  let s = symbol.trim().toUpperCase();
  // Separated forms: take the first part (BTC/USDT:USDT, ETH-USDT-SWAP, BTC_USDT).
  const parts = s.split(/[/:\-_ ]+/).filter(Boolean);
  if (parts.length > 1) s = parts[0];
  else {
    for (const suffix of SUFFIXES) if (s.endsWith(suffix) && s.length > suffix.length) s = s.slice(0, -suffix.length);
    for (const quote of QUOTES) {
      if (s.endsWith(quote) && s.length > quote.length) {
        s = s.slice(0, -quote.length);
        break;
      }
    }
  }
  return s === 'XBT' ? 'BTC' : s;
}

/** Looks a per-symbol value up by the exact symbol first, then by its base asset. */
export function lookupBySymbol<T>(table: Readonly<Record<string, T>> | undefined, symbol: string): T | undefined {
  if (!table) return undefined;
  if (Object.prototype.hasOwnProperty.call(table, symbol)) return table[symbol];
  const base = baseAsset(symbol);
  return Object.prototype.hasOwnProperty.call(table, base) ? table[base] : undefined;
}
