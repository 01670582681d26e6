/** In-page fixtures for component tests: small books built from plain data. */
import type { Book, BookAccount, BookPosition } from '@shared/book/types';

export function position(p: Partial<BookPosition> & Pick<BookPosition, 'id' | 'accountId' | 'symbol'>): BookPosition {
  return {
    side: 'long',
    contract: 'linear',
    quantity: 1,
    entryPrice: 100_000,
    markPrice: 100_000,
    markSource: 'manual',
    tickSize: 0.1,
    ...p,
  };
}

export function account(a: Partial<BookAccount> & Pick<BookAccount, 'id' | 'name'>): BookAccount {
  return {
    venue: 'binance-usdm',
    marginMode: 'cross',
    positionMode: 'one-way',
    walletBalance: 10_000,
    positions: [],
    ...a,
  };
}

/** A cross account with BTC and ETH longs and an isolated account with a short. */
export function smallBook(): Book {
  return {
    accounts: [
      account({
        id: '1',
        name: 'Main',
        walletBalance: 20_000,
        positions: [
          position({
            id: '11',
            accountId: '1',
            symbol: 'BTCUSDT',
            quantity: 0.8,
            entryPrice: 118_000,
            markPrice: 126_000,
          }),
          position({
            id: '12',
            accountId: '1',
            symbol: 'ETHUSDT',
            quantity: 12,
            entryPrice: 4_100,
            markPrice: 4_500,
            tickSize: 0.01,
          }),
        ],
      }),
      account({
        id: '2',
        name: 'Degen iso',
        marginMode: 'isolated',
        walletBalance: 3_000,
        positions: [
          position({
            id: '21',
            accountId: '2',
            symbol: 'BTCUSDT',
            side: 'short',
            quantity: 0.5,
            entryPrice: 120_000,
            markPrice: 126_000,
            leverage: 20,
          }),
        ],
      }),
    ],
  };
}

/** `n` positions spread over accounts of 100 symbols each (one-way: one position per symbol). */
export function bigBook(n: number): Book {
  const accounts: BookAccount[] = [];
  for (let i = 0; i < n; i++) {
    const a = Math.floor(i / 100);
    if (!accounts[a]) accounts[a] = account({ id: `a${a}`, name: `Acct ${a}`, walletBalance: 1_000_000 });
    accounts[a].positions.push(
      position({
        id: `p${i}`,
        accountId: `a${a}`,
        symbol: `SYM${i % 100}USDT`,
        quantity: 1 + (i % 7),
        entryPrice: 100 + (i % 50),
        markPrice: 101 + (i % 50),
        mmr: 0.01,
        tickSize: 0.01,
      }),
    );
  }
  return { accounts };
}
