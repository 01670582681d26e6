import { describe, expect, it } from 'vitest';
import type { Book, BookPosition } from '../book/types';
import { bp } from '../../test/fixtures/stress/bookPosition';
import { btcReferencePrice } from './reference';

const book = (...positions: BookPosition[]): Book => ({
  accounts: [{ id: 'a', name: 'A', venue: 'generic', marginMode: 'cross', walletBalance: 1, positions }],
});
const p = (symbol: string, markPrice: number, over: Partial<BookPosition> = {}) =>
  bp({ id: symbol, accountId: 'a', symbol, markPrice, ...over });

describe('btcReferencePrice', () => {
  it('a stored BTC price wins; else the BTC-USD(T) perpetual; else the first BTC-based position; else null', () => {
    const b = book(p('ETHUSDT', 3000), p('BTCUSD_251226', 99000), p('BTCUSD_PERP', 97100), p('BTCUSDT', 97000));
    expect(btcReferencePrice(b, 96500)).toBe(96500);
    expect(btcReferencePrice(b)).toBe(97100); // the first perpetual (COIN-M), not the dated future before it
    expect(btcReferencePrice(book(p('ETHUSDT', 3000), p('BTCUSD_251226', 99000)))).toBe(99000);
    expect(btcReferencePrice(book(p('ETHUSDT', 3000)))).toBeNull();
    expect(btcReferencePrice(book(p('ETHUSDT', 3000)), null)).toBeNull();
    expect(btcReferencePrice(book(p('ETHUSDT', 3000)), 0)).toBeNull();
  });

  it('venue spellings count (XBTUSD, BTC-USDT-SWAP, Hyperliquid BTC); a mark standing in from the entry comes last', () => {
    expect(btcReferencePrice(book(p('XBTUSD', 97200)))).toBe(97200);
    expect(btcReferencePrice(book(p('BTC-USDT-SWAP', 97300)))).toBe(97300);
    expect(btcReferencePrice(book(p('BTC', 97400)))).toBe(97400);
    expect(btcReferencePrice(book(p('BTCUSDT', 90000, { markSource: 'entry' }), p('BTCUSD_251226', 99000)))).toBe(
      99000,
    );
    expect(btcReferencePrice(book(p('BTCUSDT', 90000, { markSource: 'entry' })))).toBe(90000);
  });
});
