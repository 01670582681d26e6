import { describe, expect, it } from 'vitest';
import {
  FundingAnswerError,
  parseBinanceFundingInfo,
  parseBybitInstrumentsFunding,
  parseBybitTickersFunding,
  parseOkxFundingRate,
} from './parse';

describe('Bybit', () => {
  it('reads instruments-info: the documented BTCUSDT row (480 minutes, ±0.375 %)', () => {
    // The linear response example of GET /v5/market/instruments-info (bybit-exchange/docs).
    const answer = {
      retCode: 0,
      retMsg: 'OK',
      result: {
        category: 'linear',
        list: [
          {
            symbol: 'BTCUSDT',
            contractType: 'LinearPerpetual',
            fundingInterval: 480,
            upperFundingRate: '0.00375',
            lowerFundingRate: '-0.00375',
          },
        ],
      },
      time: 1735809771618,
    };
    expect(parseBybitInstrumentsFunding(answer)).toEqual([
      {
        symbol: 'BTCUSDT',
        terms: { intervalHours: 8, cap: 0.00375, floor: -0.00375, source: expect.stringContaining('bybit') },
        at: 1735809771618,
      },
    ]);
  });
  it('reads tickers: the documented BTCUSD row (fundingIntervalHour 8, fundingCap 0.005)', () => {
    const answer = {
      retCode: 0,
      result: {
        category: 'inverse',
        list: [
          {
            symbol: 'BTCUSD',
            markPrice: '114898.43',
            fundingRate: '0.0001',
            nextFundingTime: '1760371200000',
            fundingIntervalHour: '8',
            fundingCap: '0.005',
          },
        ],
      },
      time: 1760352369814,
    };
    expect(parseBybitTickersFunding(answer)[0]!.terms).toMatchObject({
      rate: 0.0001,
      intervalHours: 8,
      cap: 0.005,
      floor: -0.005,
    });
  });
  it('refuses a failed answer', () => {
    expect(() => parseBybitInstrumentsFunding({ retCode: 10001, retMsg: 'bad' })).toThrow(FundingAnswerError);
  });
});

describe('Binance fundingInfo', () => {
  it('reads the documented answer and a 4-hour symbol', () => {
    const rows = parseBinanceFundingInfo([
      {
        symbol: 'BLZUSDT',
        adjustedFundingRateCap: '0.02500000',
        adjustedFundingRateFloor: '-0.02500000',
        fundingIntervalHours: 8,
        disclaimer: false,
      },
      {
        symbol: 'LPTUSDT',
        adjustedFundingRateCap: '0.02000000',
        adjustedFundingRateFloor: '-0.02000000',
        fundingIntervalHours: 4,
        disclaimer: false,
      },
    ]);
    expect(rows.map((r) => [r.symbol, r.terms.intervalHours, r.terms.cap, r.terms.floor])).toEqual([
      ['BLZUSDT', 8, 0.025, -0.025],
      ['LPTUSDT', 4, 0.02, -0.02],
    ]);
  });
  it('refuses rows without numbers', () => {
    expect(() => parseBinanceFundingInfo([{ symbol: 'X', adjustedFundingRateCap: 'n/a' }])).toThrow(
      /X: cap, floor and interval/,
    );
    expect(() => parseBinanceFundingInfo({})).toThrow(FundingAnswerError);
  });
});

describe('OKX funding-rate', () => {
  it('reads the documented answer: interval from fundingTime to nextFundingTime (8 h)', () => {
    // The response example of GET /api/v5/public/funding-rate in OKX's API docs.
    const answer = {
      code: '0',
      data: [
        {
          formulaType: 'noRate',
          fundingRate: '0.0000182221218054',
          fundingTime: '1743609600000',
          impactValue: '',
          instId: 'BTC-USDT-SWAP',
          instType: 'SWAP',
          interestRate: '',
          maxFundingRate: '0.00375',
          method: 'current_period',
          minFundingRate: '-0.00375',
          nextFundingRate: '',
          nextFundingTime: '1743638400000',
          premium: '0.0000910113652644',
          settFundingRate: '0.0000145824401745',
          settState: 'settled',
          ts: '1743588686291',
        },
      ],
      msg: '',
    };
    expect(parseOkxFundingRate(answer)).toEqual([
      {
        symbol: 'BTC-USDT-SWAP',
        terms: {
          rate: 0.0000182221218054,
          intervalHours: 8,
          cap: 0.00375,
          floor: -0.00375,
          source: expect.stringContaining('okx'),
        },
        at: 1743588686291,
      },
    ]);
  });
  it('refuses an error answer', () => {
    expect(() => parseOkxFundingRate({ code: '51001', msg: 'Instrument ID does not exist' })).toThrow(/51001/);
  });
});
