import { describe, expect, it, vi } from 'vitest';
import { backoffDelay } from '../backoff';
import { Coalescer } from '../coalesce';
import { staleSymbols } from '../stale';
import { binanceAdapter } from './binance';
import { bybitAdapter } from './bybit';
import { hyperliquidAdapter } from './hyperliquid';
import { feedVenueOf } from './index';
import { okxAdapter } from './okx';

// Sample payloads copied from each venue's public documentation (see the adapter comments).
const binanceMark =
  '{"e":"markPriceUpdate","E":1562305380000,"s":"BTCUSDT","p":"11794.15000000","i":"11784.62659091","P":"11784.25641265","r":"0.00038167","T":1562306400000}';
const bybitSnapshot =
  '{"topic":"tickers.BTCUSDT","type":"snapshot","data":{"symbol":"BTCUSDT","tickDirection":"PlusTick","price24hPcnt":"0.017103","lastPrice":"17216.00","markPrice":"17217.33","indexPrice":"17227.36","nextFundingTime":"1673280000000","fundingRate":"-0.000212"},"cs":24987956059,"ts":1673272861686}';
const okxMark =
  '{"arg":{"channel":"mark-price","instId":"BTC-USDT-SWAP"},"data":[{"instType":"SWAP","instId":"BTC-USDT-SWAP","markPx":"42310.6","ts":"1630049139746"}]}';
const okxFunding =
  '{"arg":{"channel":"funding-rate","instId":"BTC-USDT-SWAP"},"data":[{"instType":"SWAP","instId":"BTC-USDT-SWAP","fundingRate":"0.0001875","fundingTime":"1700726400000","ts":"1700724675402"}]}';
const hlCtx =
  '{"channel":"activeAssetCtx","data":{"coin":"BTC","ctx":{"funding":"0.0000125","openInterest":"12345.6","oraclePx":"97000.1","markPx":"97012.5","midPx":"97011.0","impactPxs":["97010","97013"]}}}';

describe('Binance USDⓈ-M adapter', () => {
  it('reads a markPriceUpdate, raw or wrapped in a combined stream', () => {
    const want = {
      kind: 'updates',
      updates: [{ venueSymbol: 'BTCUSDT', mark: 11794.15, fundingRate: 0.00038167, at: 1562305380000 }],
    };
    expect(binanceAdapter.parse(binanceMark, 0)).toEqual(want);
    expect(binanceAdapter.parse(`{"stream":"btcusdt@markPrice@1s","data":${binanceMark}}`, 0)).toEqual(want);
  });
  it('treats the subscribe ack as control and an empty funding rate (delivery) as absent', () => {
    expect(binanceAdapter.parse('{"result":null,"id":1}', 0)).toEqual({ kind: 'control' });
    const r = binanceAdapter.parse(binanceMark.replace('"0.00038167"', '""'), 0);
    expect(r.kind === 'updates' && r.updates[0].fundingRate).toBeUndefined();
  });
  it('subscribes to <symbol>@markPrice@1s streams in lower case', () => {
    expect(binanceAdapter.subscribeMessages(['BTCUSDT', 'ETHUSDT'])).toEqual([
      '{"method":"SUBSCRIBE","params":["btcusdt@markPrice@1s","ethusdt@markPrice@1s"],"id":1}',
    ]);
    expect(binanceAdapter.toVenueSymbol('btc-usdt')).toBe('BTCUSDT');
  });
  it.each([
    ['not json', 'not a JSON object'],
    ['[1,2]', 'not a JSON object'],
    ['{"e":"trade","s":"BTCUSDT"}', 'unexpected event type'],
    [binanceMark.replace('"11794.15000000"', '"abc"'), 'mark price (p) is not a positive number'],
    [binanceMark.replace('"11794.15000000"', '"-1"'), 'mark price (p) is not a positive number'],
    [binanceMark.replace('1562305380000', '"x"'), 'event time (E)'],
  ])('rejects %s with a reason', (raw, reason) => {
    const r = binanceAdapter.parse(raw, 0);
    expect(r.kind).toBe('invalid');
    expect(r.kind === 'invalid' && r.reason).toContain(reason);
  });
});

describe('Bybit v5 linear adapter', () => {
  it('reads a tickers snapshot', () => {
    expect(bybitAdapter.parse(bybitSnapshot, 0)).toEqual({
      kind: 'updates',
      updates: [{ venueSymbol: 'BTCUSDT', mark: 17217.33, fundingRate: -0.000212, at: 1673272861686 }],
    });
  });
  it('reads a delta that carries only some fields, and ignores one with neither', () => {
    const fundingOnly =
      '{"topic":"tickers.BTCUSDT","type":"delta","data":{"symbol":"BTCUSDT","fundingRate":"0.0001"},"cs":1,"ts":1673272861700}';
    expect(bybitAdapter.parse(fundingOnly, 0)).toEqual({
      kind: 'updates',
      updates: [{ venueSymbol: 'BTCUSDT', fundingRate: 0.0001, at: 1673272861700 }],
    });
    expect(
      bybitAdapter.parse(
        '{"topic":"tickers.BTCUSDT","type":"delta","data":{"symbol":"BTCUSDT","volume24h":"1"},"ts":1}',
        0,
      ),
    ).toEqual({ kind: 'control' });
  });
  it('knows pongs, acks and refusals', () => {
    expect(bybitAdapter.parse('{"success":true,"ret_msg":"pong","conn_id":"x","op":"ping"}', 0)).toEqual({
      kind: 'control',
      pong: true,
    });
    expect(bybitAdapter.parse('{"success":true,"ret_msg":"","conn_id":"x","op":"subscribe"}', 0)).toEqual({
      kind: 'control',
      pong: false,
    });
    expect(
      bybitAdapter.parse(
        '{"success":false,"ret_msg":"error:handler not found,topic:tickers.NOPE","op":"subscribe"}',
        0,
      ),
    ).toMatchObject({ kind: 'invalid' });
  });
  it('subscribes in groups of 10 topics', () => {
    const symbols = Array.from({ length: 12 }, (_, i) => `S${i}USDT`);
    const msgs = bybitAdapter.subscribeMessages(symbols).map((m) => JSON.parse(m));
    expect(msgs.map((m) => m.args.length)).toEqual([10, 2]);
    expect(msgs[0]).toMatchObject({ op: 'subscribe', args: expect.arrayContaining(['tickers.S0USDT']) });
  });
});

describe('OKX v5 adapter', () => {
  it('reads mark-price and funding-rate pushes', () => {
    expect(okxAdapter.parse(okxMark, 0)).toEqual({
      kind: 'updates',
      updates: [{ venueSymbol: 'BTC-USDT-SWAP', mark: 42310.6, at: 1630049139746 }],
    });
    expect(okxAdapter.parse(okxFunding, 0)).toEqual({
      kind: 'updates',
      updates: [{ venueSymbol: 'BTC-USDT-SWAP', fundingRate: 0.0001875, at: 1700724675402 }],
    });
  });
  it('maps book symbols to swap instruments and subscribes to both channels', () => {
    expect(okxAdapter.toVenueSymbol('BTCUSDT')).toBe('BTC-USDT-SWAP');
    expect(okxAdapter.toVenueSymbol('ETH-USDT-SWAP')).toBe('ETH-USDT-SWAP');
    expect(okxAdapter.toVenueSymbol('???')).toBeNull();
    expect(JSON.parse(okxAdapter.subscribeMessages(['BTC-USDT-SWAP'])[0])).toEqual({
      op: 'subscribe',
      args: [
        { channel: 'mark-price', instId: 'BTC-USDT-SWAP' },
        { channel: 'funding-rate', instId: 'BTC-USDT-SWAP' },
      ],
    });
  });
  it('answers the text pong, acks and errors', () => {
    expect(okxAdapter.parse('pong', 0)).toEqual({ kind: 'control', pong: true });
    expect(
      okxAdapter.parse('{"event":"subscribe","arg":{"channel":"mark-price","instId":"BTC-USDT-SWAP"},"connId":"a"}', 0),
    ).toEqual({ kind: 'control' });
    expect(okxAdapter.parse('{"event":"error","code":"60012","msg":"Invalid request"}', 0)).toMatchObject({
      kind: 'invalid',
      reason: expect.stringContaining('60012'),
    });
    expect(okxAdapter.parse('{"arg":{"channel":"mark-price"},"data":[]}', 0)).toMatchObject({ kind: 'invalid' });
  });
});

describe('Hyperliquid adapter', () => {
  it('reads activeAssetCtx with the receive time (the payload has none)', () => {
    expect(hyperliquidAdapter.parse(hlCtx, 42)).toEqual({
      kind: 'updates',
      updates: [{ venueSymbol: 'BTC', mark: 97012.5, fundingRate: 0.0000125, at: 42 }],
    });
  });
  it('maps pairs to coins and knows pong/ack/error', () => {
    expect(['BTCUSDT', 'BTC-USD', 'BTC-PERP', 'BTC'].map(hyperliquidAdapter.toVenueSymbol)).toEqual([
      'BTC',
      'BTC',
      'BTC',
      'BTC',
    ]);
    expect(hyperliquidAdapter.parse('{"channel":"pong"}', 0)).toEqual({ kind: 'control', pong: true });
    expect(hyperliquidAdapter.parse('{"channel":"subscriptionResponse","data":{}}', 0)).toEqual({ kind: 'control' });
    expect(hyperliquidAdapter.parse('{"channel":"error","data":"bad coin"}', 0)).toMatchObject({ kind: 'invalid' });
    expect(
      hyperliquidAdapter.parse('{"channel":"activeAssetCtx","data":{"coin":"BTC","ctx":{"markPx":null}}}', 0),
    ).toMatchObject({ kind: 'invalid' });
  });
});

describe('feed plumbing', () => {
  it('maps engine venues to feeds; venues without one stay manual', () => {
    expect(
      ['binance-usdm', 'bybit', 'okx', 'hyperliquid', 'binance-coinm', 'gate', 'bitmex', 'generic'].map(feedVenueOf),
    ).toEqual(['binance', 'bybit', 'okx', 'hyperliquid', null, null, null, null]);
  });

  it('backoff grows exponentially up to the ceiling, with jitter in [50 %, 100 %)', () => {
    const opts = { baseMs: 100, maxMs: 1_000 };
    expect([0, 1, 2, 3, 4, 10].map((a) => backoffDelay(a, opts, () => 0))).toEqual([50, 100, 200, 400, 500, 500]);
    expect([0, 1, 2, 3, 4, 10].map((a) => backoffDelay(a, opts, () => 0.999999))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });

  it('staleSymbols: no update within the window, or none since start', () => {
    const last = new Map([
      ['A', 1_000],
      ['B', 9_000],
    ]);
    expect(staleSymbols(['A', 'B', 'C'], last, 10_000, 5_000, 0)).toEqual(['A', 'C']);
    expect(staleSymbols(['C'], last, 10_000, 5_000, 8_000)).toEqual([]);
  });

  it('coalescer: latest value per key, at most one flush per interval (fake clock)', () => {
    vi.useFakeTimers();
    try {
      const batches: { at: number; batch: number[] }[] = [];
      const c = new Coalescer<number>((b) => batches.push({ at: Date.now(), batch: b }), 100);
      const t0 = Date.now();
      for (let i = 0; i < 1_000; i++) c.push(`k${i % 3}`, i);
      vi.advanceTimersByTime(0);
      // the first tick after a quiet period goes out at once: one batch, the last value of each key
      expect(batches).toEqual([{ at: t0, batch: [999, 997, 998] }]);
      // a steady stream, one tick per ms for 1 s: one batch per 100 ms, never more
      for (let ms = 1; ms <= 1_000; ms++) {
        vi.advanceTimersByTime(1);
        c.push('k0', ms);
      }
      vi.advanceTimersByTime(100);
      const gaps = batches.slice(1).map((b, i) => b.at - batches[i].at);
      expect(gaps.every((g) => g >= 100)).toBe(true);
      expect(batches.length).toBeLessThanOrEqual(1 + 11);
      expect(batches.at(-1)!.batch).toEqual([1_000]);
      c.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});
