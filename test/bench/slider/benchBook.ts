import type { Book, BookAccount, BookPosition } from '@shared/book/types';
import { mulberry32 } from '@shared/stress/random';

/**
 * A book of `n` positions for the slider bench: 10 accounts of n/10 positions on the generic venue
 * (flat MMR, no tier table needed), 8 isolated and 2 cross, longs and shorts on BTC, ETH, SOL and alts,
 * leverage 2–50×, so the ladder has hundreds of rungs spread over the slider's range.
 */
export function benchBook(n = 500, seed = 42): Book {
  // Seeded so every run stresses the same book.
  const r = mulberry32(seed);
  const marks: Record<string, number> = { BTC: 100_000, ETH: 4_000, SOL: 200 };
  const perAccount = Math.ceil(n / 10);
  const accounts: BookAccount[] = [];
  let made = 0;
  for (let a = 0; a < 10 && made < n; a++) {
    const cross = a >= 8;
    const positions: BookPosition[] = [];
    for (let i = 0; i < perAccount && made < n; i++, made++) {
      const base = i === 0 ? 'BTC' : i === 1 ? 'ETH' : i === 2 ? 'SOL' : `ALT${i}`;
      const mark = marks[base] ?? 1 + r() * 50;
      const entry = mark * (0.9 + r() * 0.2);
      const leverage = Math.round(2 + r() * 48);
      positions.push({
        id: String(a * 1000 + i + 1),
        accountId: String(a + 1),
        symbol: `${base}USDT`,
        side: r() < 0.7 ? 'long' : 'short',
        contract: 'linear',
        quantity: Math.round(((1000 + r() * 20_000) / entry) * 1e6) / 1e6,
        entryPrice: entry,
        markPrice: mark,
        leverage,
        mmr: 0.005,
        markSource: 'manual',
      });
    }
    accounts.push({
      id: String(a + 1),
      name: `${cross ? 'Cross' : 'Iso'} ${a + 1}`,
      venue: 'generic',
      marginMode: cross ? 'cross' : 'isolated',
      positionMode: 'one-way',
      walletBalance: cross ? 150_000 : 5_000,
      positions,
    });
  }
  return { accounts };
}
