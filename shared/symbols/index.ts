/**
 * The one reading of a venue's symbol spelling: its base asset (what betas, volatilities, funding
 * rates and price histories are keyed by), its quote, the number of base units its price refers
 * to, and whether it is a dated future. Spellings covered, by venue:
 *
 * - Binance USDⓈ-M `BTCUSDT`, `BTCUSDC`, `1000PEPEUSDT`, `1MBABYDOGEUSDT`, dated `BTCUSDT_250328`;
 *   COIN-M `BTCUSD_PERP`, dated `BTCUSD_251226`.
 * - Bybit `BTCUSDT`, `BTCPERP` (USDC perpetual), inverse `BTCUSD`, dated `BTCUSDH25`, `BTC-26DEC25`,
 *   `SHIB1000USDT` (multiplier after the coin), `10000LADYSUSDT`.
 * - OKX `BTC-USDT-SWAP`, `BTC-USD-SWAP`, dated `BTC-USD-250328`.
 * - BitMEX `XBTUSD`, `XBTUSDT`, `ETHUSD`, dated `XBTZ25` (XBT is BitMEX's code for BTC).
 * - Gate `BTC_USDT`, `BTC_USD`. Hyperliquid `BTC`, `kPEPE` (k = 1 000 units).
 * - Unified ccxt spellings `BTC/USDT:USDT`, `BTC/USD:BTC-250328`; Kraken Futures `PF_XBTUSD`,
 *   `PI_XBTUSD`, `FI_XBTUSD_250328`; Deribit `BTC-PERPETUAL`, `BTC-27DEC24`.
 */

/** What a symbol's spelling says. */
export interface SymbolParts {
  /** Upper-case base asset, venue codes resolved (`XBT` → `BTC`), multiplier removed (`1000PEPE` → `PEPE`). */
  base: string;
  /** Quote currency when the spelling names one (`USDT`, `USD`, …), else null (`BTC` on Hyperliquid). */
  quote: string | null;
  /** Base units one unit of the symbol's price refers to: 1000 for `1000PEPEUSDT` and `kPEPE`, else 1. */
  multiplier: number;
  /** Expiry code of a dated future as spelled (`251226`, `Z25`, `27DEC24`), null for a perpetual. */
  expiry: string | null;
}

/** Longest first, so `USDT` wins over `USD`. */
const QUOTES = ['FDUSD', 'USDT', 'USDC', 'BUSD', 'USD', 'EUR'];
const PERPETUAL_TOKENS = new Set(['SWAP', 'PERP', 'PERPETUAL']);
const ALIASES: Readonly<Record<string, string>> = { XBT: 'BTC' };
/** Kraken Futures prefixes: PF/PI perpetuals, FI/FF dated futures. */
const KRAKEN_PREFIX = /^(PF|PI|FI|FF)_/;
const DATE_TOKEN = /^(\d{6}|\d{1,2}[A-Z]{3}\d{2})$/;
/** BitMEX / Bybit month codes: `XBTZ25`, `BTCUSDH25`. */
const MONTH_CODE = /^([A-Z0-9]{3,}?)([FGHJKMNQUVXZ]\d{2})$/;
const PREFIX_MULTIPLIER = /^(1000000|100000|10000|1000|1M)([A-Z][A-Z0-9]+)$/;
const SUFFIX_MULTIPLIER = /^([A-Z][A-Z0-9]*?[A-Z])(1000000|10000|1000)$/;

function quoteSuffix(s: string): string | null {
  for (const q of QUOTES) if (s.endsWith(q) && s.length > q.length) return q;
  return null;
}

function multiplierOf(token: string): number {
  return token === '1M' ? 1_000_000 : Number(token);
}

/** Splits a base token into coin and multiplier (`1000PEPE` → PEPE × 1000, `SHIB1000` → SHIB × 1000). */
function splitMultiplier(base: string): { coin: string; multiplier: number } {
  const pre = PREFIX_MULTIPLIER.exec(base);
  if (pre) return { coin: pre[2], multiplier: multiplierOf(pre[1]) };
  const post = SUFFIX_MULTIPLIER.exec(base);
  if (post) return { coin: post[1], multiplier: multiplierOf(post[2]) };
  return { coin: base, multiplier: 1 };
}

/** A run of letters and digits without separators: `BTCUSDT`, `BTCUSD`, `XBTZ25`, `BTCPERP`. */
function parseCompact(s: string): { base: string; quote: string | null; expiry: string | null } {
  let rest = s;
  let expiry: string | null = null;
  if (rest.endsWith('PERP') && rest.length > 4) rest = rest.slice(0, -4);
  else {
    const m = MONTH_CODE.exec(rest);
    // Only when what is left is a coin with a quote, or a bare BitMEX-style coin code.
    if (m && (quoteSuffix(m[1]) !== null || m[1] === 'XBT' || m[1] === 'ETH')) {
      rest = m[1];
      expiry = m[2];
    }
  }
  const quote = quoteSuffix(rest);
  return { base: quote ? rest.slice(0, -quote.length) : rest, quote, expiry };
}

/**
 * Reads a symbol as spelled by any venue Cascade knows (see the module comment). Never throws:
 * an unknown shape comes back with its upper-cased letters and digits as the base, no quote,
 * multiplier 1.
 */
export function parseSymbol(symbol: string): SymbolParts {
  let raw = symbol.trim();
  let kilo = false;
  // Hyperliquid spells 1 000-unit contracts with a lower-case k: kPEPE, kSHIB, kBONK.
  const k = /^k([A-Z0-9]{2,})(?=$|[/:\-_])/.exec(raw);
  if (k) {
    kilo = true;
    raw = raw.slice(1);
  }
  let s = raw.toUpperCase();
  s = s.replace(KRAKEN_PREFIX, '');
  let base: string;
  let quote: string | null = null;
  let expiry: string | null = null;
  const ccxt = /^([A-Z0-9]+)\/([A-Z0-9]+)(?::([A-Z0-9]+)(?:-([A-Z0-9]+))?)?$/.exec(s);
  if (ccxt) {
    base = ccxt[1];
    quote = ccxt[2];
    expiry = ccxt[4] ?? null;
  } else {
    const parts = s.split(/[-_/: ]+/).filter(Boolean);
    const head = parts.length > 0 ? parts[0] : s;
    for (const part of parts.slice(1)) {
      if (PERPETUAL_TOKENS.has(part)) continue;
      if (DATE_TOKEN.test(part)) expiry = part;
      else if (quote === null && QUOTES.includes(part)) quote = part;
    }
    if (quote === null) {
      // The head carries the quote itself: BTCUSD_PERP, BTCUSDT_250328, BTCUSDT.
      const c = parseCompact(head.replace(/[^A-Z0-9]/g, ''));
      base = c.base;
      quote = c.quote;
      expiry = expiry ?? c.expiry;
    } else base = head;
  }
  if (base === '') base = s.replace(/[^A-Z0-9]/g, '');
  const { coin, multiplier } = splitMultiplier(base);
  const resolved = ALIASES[coin] ?? coin;
  return { base: resolved, quote, multiplier: kilo ? multiplier * 1000 : multiplier, expiry };
}

/**
 * Upper-case base asset of a symbol: `BTCUSDT` → `BTC`, `XBTUSD` → `BTC`, `ETH-USDT-SWAP` →
 * `ETH`, `SOL/USDT:USDT` → `SOL`, `BTCUSD_PERP` → `BTC`, `BTCUSD_251226` → `BTC`, `1000PEPEUSDT`
 * → `PEPE`, `kPEPE` → `PEPE`, `DOGE` → `DOGE` ({@link parseSymbol}).
 */
export function baseAsset(symbol: string): string {
  return parseSymbol(symbol).base;
}

/** Whether a symbol's base asset is BTC (every BTC contract moves one-for-one with BTC). */
export function isBtc(symbol: string): boolean {
  return parseSymbol(symbol).base === 'BTC';
}

/** Looks a per-symbol value up by the exact symbol first, then by its base asset. */
export function lookupBySymbol<T>(table: Readonly<Record<string, T>> | undefined, symbol: string): T | undefined {
  if (!table) return undefined;
  if (Object.prototype.hasOwnProperty.call(table, symbol)) return table[symbol];
  const base = baseAsset(symbol);
  return Object.prototype.hasOwnProperty.call(table, base) ? table[base] : undefined;
}
