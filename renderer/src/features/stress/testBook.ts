import type { Book, BookPosition } from '@shared/book/types';

/** A small book for the stress tests: hand-checkable generic-venue positions (flat MMR 0.5 %). */
export function stressTestBook(): Book {
  const pos = (
    p: Partial<BookPosition> & Pick<BookPosition, 'id' | 'accountId' | 'symbol' | 'side' | 'quantity' | 'entryPrice'>,
  ): BookPosition => ({
    contract: 'linear',
    markPrice: p.entryPrice,
    mmr: 0.005,
    markSource: 'manual',
    ...p,
  });
  return {
    accounts: [
      {
        id: '1',
        name: 'Iso',
        venue: 'generic',
        marginMode: 'isolated',
        walletBalance: 0,
        positions: [
          pos({
            id: '11',
            accountId: '1',
            symbol: 'BTCUSDT',
            side: 'long',
            quantity: 1,
            entryPrice: 100_000,
            leverage: 10,
          }),
          pos({
            id: '12',
            accountId: '1',
            symbol: 'BTC-PERP',
            side: 'long',
            quantity: 1,
            entryPrice: 100_000,
            leverage: 2,
          }),
          pos({
            id: '13',
            accountId: '1',
            symbol: 'XBTUSDT',
            side: 'long',
            quantity: 0.5,
            entryPrice: 100_000,
            leverage: 3,
          }),
          pos({
            id: '14',
            accountId: '1',
            symbol: 'ETHUSDT',
            side: 'short',
            quantity: 10,
            entryPrice: 4_000,
            leverage: 5,
          }),
        ],
      },
      {
        id: '2',
        name: 'Cross',
        venue: 'generic',
        marginMode: 'cross',
        walletBalance: 30_000,
        positions: [
          pos({ id: '21', accountId: '2', symbol: 'BTCUSDT', side: 'long', quantity: 1, entryPrice: 100_000 }),
        ],
      },
    ],
  };
}
