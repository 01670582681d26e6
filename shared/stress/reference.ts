/**
 * The BTC price every BTC move refers to ("BTC −8.4 % (≈ $115,436)"), defined once:
 *
 * 1. a BTC price the user stored (a price recorded for the symbol `BTC`), else
 * 2. the mark of the book's BTC perpetual quoted in USD, USDT or USDC (`BTCUSDT`, `BTCUSD_PERP`,
 *    `BTC-USDT-SWAP`, `XBTUSD`, Hyperliquid `BTC` …), else
 * 3. the mark of the first BTC-based position (a dated future, another quote), else
 * 4. null: the book knows no BTC price (moves are still given, without BTC levels).
 *
 * Positions whose mark only stands in from their entry price (no price stored yet) count after
 * those with a real mark.
 */
import type { Book, BookPosition } from '../book/types';
import { parseSymbol } from '../symbols/index';

const USD_QUOTES = new Set(['USD', 'USDT', 'USDC']);

/** BTC reference price of a book (see the module comment); `stored` is the user's own BTC price, if any. */
export function btcReferencePrice(book: Book, stored?: number | null): number | null {
  if (stored !== undefined && stored !== null && Number.isFinite(stored) && stored > 0) return stored;
  let best: { rank: number; price: number } | null = null;
  for (const a of book.accounts) {
    for (const p of a.positions) {
      const rank = rankOf(p);
      if (rank === null || !(p.markPrice > 0)) continue;
      if (best === null || rank < best.rank) best = { rank, price: p.markPrice / parseSymbol(p.symbol).multiplier };
    }
  }
  return best?.price ?? null;
}

/** 0 best: a USD(T/C) perpetual with a real mark; null: not a BTC contract. */
function rankOf(p: Pick<BookPosition, 'symbol' | 'markSource'>): number | null {
  const s = parseSymbol(p.symbol);
  if (s.base !== 'BTC') return null;
  const perpetual = s.expiry === null && (s.quote === null || USD_QUOTES.has(s.quote));
  return (perpetual ? 0 : 1) + (p.markSource === 'entry' ? 2 : 0);
}
