import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { loadBook } from '@electron/db/repo/book';
import { FeedService, symbolsByVenue } from '@electron/feed/service';
import type { LivePrice } from '@shared/ipc/channels/feed';
import { makeTempDb, type TempDb } from '../../helpers/tempDb';
import { call } from '../storage/helpers';

async function loopback() {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const conns: WebSocket[] = [];
  const received: string[] = [];
  server.on('connection', (ws) => {
    conns.push(ws);
    ws.on('message', (d) => received.push(d.toString()));
  });
  return { server, url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`, conns, received };
}

async function until(predicate: () => boolean, what: string, deadlineMs = 10_000) {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > deadlineMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const binanceTick = (s: string, p: number, E: number) =>
  JSON.stringify({ e: 'markPriceUpdate', E, s, p: String(p), i: String(p), P: String(p), r: '0.0001', T: 0 });

describe('FeedService: the book decides what is subscribed; prices reach the renderer, the history and the stale check', () => {
  let t: TempDb;
  let binance: Awaited<ReturnType<typeof loopback>>;
  let bybit: Awaited<ReturnType<typeof loopback>>;
  let service: FeedService | undefined;
  let offset = 0;

  beforeEach(async () => {
    t = makeTempDb();
    offset = 0;
    const a = await call(t.ctx, 'accounts:upsert', {
      name: 'Binance',
      venue: 'binance-usdm',
      marginMode: 'cross',
      walletBalance: 10_000,
    });
    const b = await call(t.ctx, 'accounts:upsert', {
      name: 'Bybit',
      venue: 'bybit',
      marginMode: 'cross',
      walletBalance: 5_000,
    });
    const g = await call(t.ctx, 'accounts:upsert', {
      name: 'Gate',
      venue: 'gate',
      marginMode: 'cross',
      walletBalance: 1_000,
    });
    const pos = (accountId: string, symbol: string, entryPrice: number) =>
      call(t.ctx, 'positions:upsert', {
        accountId,
        symbol,
        side: 'long',
        contract: 'linear',
        quantity: 1,
        entryPrice,
        leverage: 5,
      });
    await pos(a.id, 'BTCUSDT', 60_000);
    await pos(a.id, 'ETHUSDT', 3_000);
    await pos(b.id, 'BTCUSDT', 60_000);
    await pos(g.id, 'XRPUSDT', 0.5);
    binance = await loopback();
    bybit = await loopback();
  });

  afterEach(async () => {
    service?.stop();
    for (const s of [binance, bybit]) {
      for (const c of s.conns) c.terminate();
      await new Promise((r) => s.server.close(r));
    }
    t.cleanup();
  });

  it('maps accounts to feeds; venues without a feed are left out', () => {
    expect(Object.fromEntries(symbolsByVenue(loadBook(t.db)))).toEqual({
      binance: ['BTCUSDT', 'ETHUSDT'],
      bybit: ['BTCUSDT'],
    });
  });

  it('subscribes per venue, coalesces, persists at a bounded rate, marks silence stale, and stops', async () => {
    const batches: LivePrice[][] = [];
    const staleEvents: string[][] = [];
    service = new FeedService({
      db: t.db,
      urls: { binance: binance.url, bybit: bybit.url },
      onPrices: (b) => batches.push(b),
      onStale: (s) => staleEvents.push(s),
      now: () => Date.now() + offset,
      staleCheckMs: 20,
    });
    service.configure({ enabled: true, staleAfterSeconds: 5, persistEverySeconds: 10 }, loadBook(t.db));
    await until(() => binance.received.length === 1 && bybit.received.length === 1, 'subscriptions');
    expect(JSON.parse(binance.received[0]).params).toEqual(['btcusdt@markPrice@1s', 'ethusdt@markPrice@1s']);
    expect(JSON.parse(bybit.received[0]).args).toEqual(['tickers.BTCUSDT']);

    for (let i = 0; i < 50; i++) binance.conns[0].send(binanceTick('BTCUSDT', 61_000 + i, 1_000 + i));
    binance.conns[0].send(binanceTick('ETHUSDT', 3_100, 2_000));
    await until(() => batches.flat().some((p) => p.symbol === 'BTCUSDT' && p.mark === 61_049), 'coalesced batch');
    // 51 ticks arrive as a handful of batches, each carrying the latest mark per symbol
    expect(batches.length).toBeLessThan(10);
    expect(batches.flat().filter((p) => p.symbol === 'ETHUSDT')).toEqual([
      { venue: 'binance', symbol: 'ETHUSDT', mark: 3_100, fundingRate: 0.0001, at: 2_000 },
    ]);

    // price history: one feed row per symbol within persistEverySeconds, not 50
    const rows = t.db.prepare("SELECT symbol, mark, source FROM prices WHERE source = 'feed' ORDER BY id").all();
    expect(rows).toEqual([
      { symbol: 'BTCUSDT', mark: 61_000, source: 'feed' },
      { symbol: 'ETHUSDT', mark: 3_100, source: 'feed' },
    ]);
    expect(service.status()).toMatchObject({
      enabled: true,
      venues: [
        { venue: 'binance', state: 'open', symbols: ['BTCUSDT', 'ETHUSDT'], ticks: 51 },
        { venue: 'bybit', state: 'open', symbols: ['BTCUSDT'], ticks: 0 },
      ],
    });

    // 6 s of silence (clock moved): every followed symbol is stale
    offset = 6_000;
    await until(() => staleEvents.length > 0, 'stale');
    expect(staleEvents.at(-1)).toEqual(['BTCUSDT', 'ETHUSDT']);
    expect(service.status().stale).toEqual(['BTCUSDT', 'ETHUSDT']);
    binance.conns[0].send(binanceTick('ETHUSDT', 3_101, 3_000));
    await until(() => staleEvents.at(-1)!.join() === 'BTCUSDT', 'ETH fresh again');

    // switching off closes both sockets
    const closed = Promise.all([once(binance.conns[0], 'close'), once(bybit.conns[0], 'close')]);
    service.configure({ enabled: false, staleAfterSeconds: 5, persistEverySeconds: 10 }, loadBook(t.db));
    await closed;
    expect(service.status()).toEqual({ enabled: false, venues: [], stale: [] });
  });

  it('disabled by default: no socket is opened', async () => {
    service = new FeedService({ db: t.db, urls: { binance: binance.url, bybit: bybit.url }, onPrices: () => {} });
    service.configure({ enabled: false, staleAfterSeconds: 30, persistEverySeconds: 10 }, loadBook(t.db));
    await new Promise((r) => setTimeout(r, 100));
    expect(binance.conns.length + bybit.conns.length).toBe(0);
  });
});
