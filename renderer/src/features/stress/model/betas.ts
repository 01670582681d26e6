/**
 * Betas to BTC used by the Stress screen until shared/stress publishes its table.
 * PLACEHOLDER numbers (not sourced): majors move roughly with BTC, alts more. The stress
 * engineer's sourced table replaces this in `compute.ts` when it lands.
 */
const DEFAULT_BETAS: Record<string, number> = { BTC: 1, XBT: 1, ETH: 1.2, SOL: 1.4 };
const ALT_BETA = 1.5;
/** In a crash alts fall harder than beta × BTC; at correlation 1 the excess over 1 grows by this factor. */
const CRASH_EXCESS = 1.5;

/** "BTCUSDT", "BTC-PERP", "XBTUSD", "ETH/USDC:USDC" → "BTC", "BTC", "XBT", "ETH". */
export function baseSymbol(symbol: string): string {
  const s = symbol.toUpperCase().split(/[-/:_ ]/)[0];
  const stripped = s.replace(/(USDT|USDC|BUSD|USD|PERP)+$/, '');
  return stripped || s;
}

/** True when the symbol is BTC itself (beta exactly 1, never stretched). */
export function isBtc(symbol: string): boolean {
  const b = baseSymbol(symbol);
  return b === 'BTC' || b === 'XBT';
}

/**
 * Effective beta of a symbol: the user's override, else the default table; the stress-correlation
 * control (0…1) pushes the excess over 1 toward its crash value.
 */
export function effectiveBeta(symbol: string, correlation: number, overrides?: Record<string, number>): number {
  const base = baseSymbol(symbol);
  if (isBtc(symbol)) return 1;
  const beta = overrides?.[base] ?? overrides?.[symbol] ?? DEFAULT_BETAS[base] ?? ALT_BETA;
  const excess = beta - 1;
  return excess > 0 ? 1 + excess * (1 + (CRASH_EXCESS - 1) * correlation) : beta;
}
