import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseAsset, isBtc, lookupBySymbol, parseSymbol } from './index';

describe('parseSymbol: each venue’s spellings', () => {
  const cases: [
    venue: string,
    symbol: string,
    base: string,
    quote: string | null,
    multiplier: number,
    expiry: string | null,
  ][] = [
    ['Binance USDⓈ-M', 'BTCUSDT', 'BTC', 'USDT', 1, null],
    ['Binance USDⓈ-M', 'BTCUSDC', 'BTC', 'USDC', 1, null],
    ['Binance USDⓈ-M', '1000PEPEUSDT', 'PEPE', 'USDT', 1000, null],
    ['Binance USDⓈ-M', '1MBABYDOGEUSDT', 'BABYDOGE', 'USDT', 1_000_000, null],
    ['Binance USDⓈ-M', 'BTCUSDT_250328', 'BTC', 'USDT', 1, '250328'],
    ['Binance USDⓈ-M', '1INCHUSDT', '1INCH', 'USDT', 1, null],
    ['Binance COIN-M', 'BTCUSD_PERP', 'BTC', 'USD', 1, null],
    ['Binance COIN-M', 'ETHUSD_PERP', 'ETH', 'USD', 1, null],
    ['Binance COIN-M', 'BTCUSD_251226', 'BTC', 'USD', 1, '251226'],
    ['Bybit', 'BTCPERP', 'BTC', null, 1, null],
    ['Bybit', 'BTCUSD', 'BTC', 'USD', 1, null],
    ['Bybit', 'BTCUSDH25', 'BTC', 'USD', 1, 'H25'],
    ['Bybit', 'BTC-26DEC25', 'BTC', null, 1, '26DEC25'],
    ['Bybit', 'SHIB1000USDT', 'SHIB', 'USDT', 1000, null],
    ['Bybit', '10000LADYSUSDT', 'LADYS', 'USDT', 10000, null],
    ['OKX', 'BTC-USDT-SWAP', 'BTC', 'USDT', 1, null],
    ['OKX', 'BTC-USD-SWAP', 'BTC', 'USD', 1, null],
    ['OKX', 'BTC-USD-250328', 'BTC', 'USD', 1, '250328'],
    ['BitMEX', 'XBTUSD', 'BTC', 'USD', 1, null],
    ['BitMEX', 'XBTUSDT', 'BTC', 'USDT', 1, null],
    ['BitMEX', 'ETHUSD', 'ETH', 'USD', 1, null],
    ['BitMEX', 'XBTZ25', 'BTC', null, 1, 'Z25'],
    ['Gate', 'BTC_USDT', 'BTC', 'USDT', 1, null],
    ['Gate', 'BTC_USD', 'BTC', 'USD', 1, null],
    ['Hyperliquid', 'BTC', 'BTC', null, 1, null],
    ['Hyperliquid', 'kPEPE', 'PEPE', null, 1000, null],
    ['Hyperliquid', 'KAVA', 'KAVA', null, 1, null],
    ['ccxt', 'BTC/USDT:USDT', 'BTC', 'USDT', 1, null],
    ['ccxt', 'BTC/USD:BTC-250328', 'BTC', 'USD', 1, '250328'],
    ['ccxt', 'kPEPE/USDC:USDC', 'PEPE', 'USDC', 1000, null],
    ['Kraken Futures', 'PF_XBTUSD', 'BTC', 'USD', 1, null],
    ['Kraken Futures', 'PI_XBTUSD', 'BTC', 'USD', 1, null],
    ['Kraken Futures', 'FI_XBTUSD_250328', 'BTC', 'USD', 1, '250328'],
    ['Deribit', 'BTC-PERPETUAL', 'BTC', null, 1, null],
    ['Deribit', 'BTC-27DEC24', 'BTC', null, 1, '27DEC24'],
    ['lower case', 'btcusdt', 'BTC', 'USDT', 1, null],
    ['spaces', '  eth-usdt-swap ', 'ETH', 'USDT', 1, null],
  ];
  for (const [venue, symbol, base, quote, multiplier, expiry] of cases) {
    it(`${venue}: ${symbol}`, () => {
      expect(parseSymbol(symbol)).toEqual({ base, quote, multiplier, expiry });
      expect(baseAsset(symbol)).toBe(base);
    });
  }

  it('every BTC spelling is BTC (β = 1), no other coin is', () => {
    for (const s of [
      'BTCUSDT',
      'BTCUSD_PERP',
      'BTCUSD_251226',
      'BTC-USD-SWAP',
      'BTC-USDT-SWAP',
      'XBTUSD',
      'XBTUSDT',
      'BTC_USDT',
      'BTC',
      'BTCUSDC',
    ])
      expect(isBtc(s)).toBe(true);
    for (const s of ['ETHUSDT', 'WBTCUSDT', 'BTCDOMUSDT', 'kPEPE', 'SOL']) expect(isBtc(s)).toBe(false);
  });

  it('never throws and always gives a non-empty upper-case base for a non-empty symbol', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9\-_/: ]{0,20}$/), (s) => {
        const p = parseSymbol(s);
        expect(p.base.length).toBeGreaterThan(0);
        expect(p.base).toBe(p.base.toUpperCase());
        expect(p.multiplier).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('lookupBySymbol', () => {
  it('takes the exact symbol first, then the base asset', () => {
    const t = { BTC: 1, BTCUSD_PERP: 2, PEPE: 3 };
    expect(lookupBySymbol(t, 'BTCUSD_PERP')).toBe(2);
    expect(lookupBySymbol(t, 'BTCUSD_251226')).toBe(1);
    expect(lookupBySymbol(t, '1000PEPEUSDT')).toBe(3);
    expect(lookupBySymbol(t, 'kPEPE')).toBe(3);
    expect(lookupBySymbol(t, 'ETHUSDT')).toBeUndefined();
    expect(lookupBySymbol({ constructor: 5 } as Record<string, number>, 'toString')).toBeUndefined();
  });
});
