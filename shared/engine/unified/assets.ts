/**
 * Asset names for unified accounts: which asset a symbol is priced in and settles in, which
 * assets are stablecoins, which tokens track another asset.
 */
import type { PositionSpec, VenueId } from '../types';

const QUOTES = ['USDT', 'USDC', 'BUSD', 'FDUSD', 'USD'];
const SUFFIXES = ['SWAP', 'PERP', 'PERPETUAL'];

/**
 * Stablecoins: priced at 1 USD unless `prices` says otherwise, moved only by the depeg control.
 * USDe is Ethena's synthetic dollar (not fiat-backed; it fell to 0.65 on Binance on 2025-10-10).
 */
export const STABLECOINS: ReadonlySet<string> = new Set([
  'USDT',
  'USDC',
  'USDE',
  'FDUSD',
  'BUSD',
  'DAI',
  'TUSD',
  'PYUSD',
  'USD1',
  'RLUSD',
  'USDS',
  'USDH',
  'USDT0',
  'USD',
]);

/**
 * Staked or wrapped tokens and the asset they track. Without a price of their own they count at
 * one unit of that asset (staked tokens redeem for slightly more, so this errs on the safe side),
 * move with its betas and take a depeg against it.
 */
export const PEGGED: Readonly<Record<string, string>> = {
  WBETH: 'ETH',
  BETH: 'ETH',
  STETH: 'ETH',
  WEETH: 'ETH',
  CMETH: 'ETH',
  WBTC: 'BTC',
  CBBTC: 'BTC',
  BNSOL: 'SOL',
  JITOSOL: 'SOL',
};

/** Upper-cased asset name, `XBT` read as `BTC`. */
export function assetKey(asset: string): string {
  const a = asset.trim().toUpperCase();
  return a === 'XBT' ? 'BTC' : a;
}

function split(symbol: string): { base: string; quote: string | null } {
  const s = symbol.trim().toUpperCase();
  const parts = s.split(/[/:\-_ ]+/).filter(Boolean);
  if (parts.length > 1) {
    const quote = parts.find((p, i) => i > 0 && QUOTES.includes(p)) ?? null;
    return { base: assetKey(parts[0]), quote };
  }
  let rest = s;
  let perp = false;
  for (const suffix of SUFFIXES) {
    if (rest.endsWith(suffix) && rest.length > suffix.length) {
      rest = rest.slice(0, -suffix.length);
      perp = true;
    }
  }
  for (const quote of QUOTES) {
    if (rest.endsWith(quote) && rest.length > quote.length)
      return { base: assetKey(rest.slice(0, -quote.length)), quote };
  }
  // Bybit writes its USDC perpetuals BTCPERP, ETHPERP.
  return { base: assetKey(rest), quote: perp ? 'USDC' : null };
}

/** Base asset of a symbol: `BTCUSDT`, `BTC-USDT-SWAP`, `XBTUSD`, `BTCPERP` → `BTC`. */
export function symbolBase(symbol: string): string {
  return split(symbol).base;
}

/**
 * Asset a position's PnL and maintenance are counted in: the coin for inverse contracts, the quote
 * for linear ones (`BTCUSDT` → USDT, `ETHUSDC` / Bybit `ETHPERP` → USDC); a linear symbol without
 * a quote (Hyperliquid `BTC`) settles in USDC on Hyperliquid and USDT elsewhere.
 */
export function settleAsset(venue: VenueId, p: Pick<PositionSpec, 'symbol' | 'contract'>): string {
  const { base, quote } = split(p.symbol);
  if (p.contract === 'inverse') return base;
  if (quote && quote !== 'USD') return quote;
  return venue === 'hyperliquid' ? 'USDC' : 'USDT';
}

/**
 * Whether `symbol` is an `ASSETUSDT` (`quote` 'USDT') or `ASSETUSD` (`quote` 'USD') perpetual of
 * `asset`, in any spelling the venues use (`BTCUSDT`, `BTC-USDT-SWAP`, `XBTUSD`, `BTCUSD_PERP`).
 */
export function isUsdSymbolOf(symbol: string, asset: string, quote: 'USDT' | 'USD'): boolean {
  const parts = split(symbol);
  return parts.base === asset && parts.quote === quote;
}
