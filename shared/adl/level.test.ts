import { describe, expect, it } from 'vitest';
import { AdlAnswerError, parseBinanceAdlRisk, parseBybitAdlAlert } from './level';

describe('parseBinanceAdlRisk', () => {
  it('reads the documented answers (one symbol, and all symbols)', () => {
    // The response examples of GET /fapi/v1/symbolAdlRisk in Binance's API docs.
    expect(parseBinanceAdlRisk({ symbol: 'BTCUSDT', adlRisk: 'low', updateTime: 1597370495002 })).toEqual([
      expect.objectContaining({ venue: 'binance-usdm', symbol: 'BTCUSDT', level: 'low', updatedAt: 1597370495002 }),
    ]);
    const all = parseBinanceAdlRisk([
      { symbol: 'BTCUSDT', adlRisk: 'low', updateTime: 1597370495002 },
      { symbol: 'ETHUSDT', adlRisk: 'high', updateTime: 1597370495004 },
    ]);
    expect(all.map((l) => [l.symbol, l.level])).toEqual([
      ['BTCUSDT', 'low'],
      ['ETHUSDT', 'high'],
    ]);
  });
  it('refuses a rating it does not know', () => {
    expect(() => parseBinanceAdlRisk({ symbol: 'BTCUSDT', adlRisk: 'extreme' })).toThrow(AdlAnswerError);
    expect(() => parseBinanceAdlRisk([{ adlRisk: 'low' }])).toThrow(/row 1: no symbol/);
  });
});

describe('parseBybitAdlAlert', () => {
  // The response example of GET /v5/market/adlAlert in Bybit's V5 docs (bybit-exchange/docs, 2026-03-23).
  const documented = {
    retCode: 0,
    retMsg: 'OK',
    result: {
      updatedTime: '1757733960000',
      list: [
        {
          coin: 'USDT',
          symbol: 'BTCUSDT',
          balance: '92203504694.99632',
          maxBalance: '92231510324.75948',
          insurancePnlRatio: '-0.3',
          pnlRatio: '-0.560973',
          adlTriggerThreshold: '10000',
          adlStopRatio: '-0.25',
        },
      ],
    },
    retExtInfo: {},
    time: 1757734022014,
  };
  it('reads the documented answer: balance above the threshold and pnlRatio below the trigger → triggered', () => {
    const [l] = parseBybitAdlAlert(documented);
    expect(l).toMatchObject({ venue: 'bybit', symbol: 'BTCUSDT', level: 'triggered', updatedAt: 1757733960000 });
    expect(l!.text).toContain('-0.560973');
  });
  const row = (over: Record<string, string>) => ({
    ...documented,
    result: { ...documented.result, list: [{ ...documented.result.list[0], ...over }] },
  });
  it('high inside the stop band, low above it, triggered when the pool is at or below 0', () => {
    expect(parseBybitAdlAlert(row({ pnlRatio: '-0.27' }))[0]!.level).toBe('high');
    expect(parseBybitAdlAlert(row({ pnlRatio: '0.000174' }))[0]!.level).toBe('low');
    expect(parseBybitAdlAlert(row({ pnlRatio: '0', balance: '-5421.29889888' }))[0]!.level).toBe('triggered');
    // below the trigger but the pool under the threshold: the drawdown rule does not apply
    expect(parseBybitAdlAlert(row({ pnlRatio: '-0.5', balance: '500' }))[0]!.level).toBe('high');
  });
  it('reads updateTime too, and refuses a failed or malformed answer', () => {
    expect(parseBybitAdlAlert({ retCode: 0, result: { updateTime: '5', list: [] } })).toEqual([]);
    expect(() => parseBybitAdlAlert({ retCode: 10001, retMsg: 'params error' })).toThrow(/retCode 10001/);
    expect(() => parseBybitAdlAlert(row({ pnlRatio: 'n/a' }))).toThrow(AdlAnswerError);
  });
});
