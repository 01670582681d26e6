import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { VenueFeedClient } from '@electron/feed/client';
import { Coalescer } from '@electron/feed/coalesce';
import type { PriceTick } from '@electron/feed/types';
import { venueAdapters } from '@electron/feed/venues';

/**
 * The feed client against a real WebSocket server on 127.0.0.1 that speaks each venue's
 * message format, drops the connection, sends malformed and out-of-order messages and floods.
 * Figures (messages handled, time to recover) are printed, never asserted against a clock;
 * timeouts below are only deadlines so a broken client fails instead of hanging.
 */

const servers: WebSocketServer[] = [];
const clients: VenueFeedClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.stop();
  for (const s of servers.splice(0)) {
    for (const ws of s.clients) ws.terminate();
    await new Promise((r) => s.close(r));
  }
});

async function loopback() {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  servers.push(server);
  await once(server, 'listening');
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const connections: WebSocket[] = [];
  const received: string[] = [];
  server.on('connection', (ws) => {
    connections.push(ws);
    ws.on('message', (d) => received.push(d.toString()));
  });
  return { server, url, connections, received };
}

/** Resolves when `predicate` holds, polling; rejects after `deadlineMs`. */
async function until(predicate: () => boolean, deadlineMs = 10_000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > deadlineMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function startClient(
  venue: keyof typeof venueAdapters,
  url: string,
  symbols: string[],
  extra: Partial<ConstructorParameters<typeof VenueFeedClient>[0]> = {},
) {
  const ticks: PriceTick[] = [];
  const logs: string[] = [];
  const client = new VenueFeedClient({
    adapter: venueAdapters[venue],
    url,
    symbols,
    onTick: (t) => ticks.push(t),
    log: (m) => logs.push(m),
    backoff: { baseMs: 20, maxMs: 200 },
    maxLogsPerSecond: 1_000,
    ...extra,
  });
  clients.push(client);
  client.start();
  return { client, ticks, logs };
}

const binance = (symbol: string, price: number, E: number) =>
  JSON.stringify({
    e: 'markPriceUpdate',
    E,
    s: symbol,
    p: price.toFixed(8),
    i: price.toFixed(8),
    P: price.toFixed(8),
    r: '0.00010000',
    T: E + 3_600_000,
  });

describe('one socket per venue, subscribed to the book symbols only, real message formats', () => {
  const cases = [
    {
      venue: 'binance' as const,
      book: ['BTCUSDT', 'ETHUSDT'],
      expectSubscribe: (msgs: unknown[]) =>
        expect(msgs).toEqual([
          { method: 'SUBSCRIBE', params: ['btcusdt@markPrice@1s', 'ethusdt@markPrice@1s'], id: 1 },
        ]),
      push: binance('ETHUSDT', 3210.5, 1_700_000_000_000),
      want: { symbol: 'ETHUSDT', mark: 3210.5, fundingRate: 0.0001 },
    },
    {
      venue: 'bybit' as const,
      book: ['SOLUSDT'],
      expectSubscribe: (msgs: unknown[]) => expect(msgs).toEqual([{ op: 'subscribe', args: ['tickers.SOLUSDT'] }]),
      push: JSON.stringify({
        topic: 'tickers.SOLUSDT',
        type: 'snapshot',
        data: { symbol: 'SOLUSDT', markPrice: '181.22', fundingRate: '0.0001' },
        cs: 1,
        ts: 1_700_000_000_000,
      }),
      want: { symbol: 'SOLUSDT', mark: 181.22, fundingRate: 0.0001 },
    },
    {
      venue: 'okx' as const,
      book: ['BTCUSDT'],
      expectSubscribe: (msgs: unknown[]) =>
        expect(msgs).toEqual([
          {
            op: 'subscribe',
            args: [
              { channel: 'mark-price', instId: 'BTC-USDT-SWAP' },
              { channel: 'funding-rate', instId: 'BTC-USDT-SWAP' },
            ],
          },
        ]),
      push: JSON.stringify({
        arg: { channel: 'mark-price', instId: 'BTC-USDT-SWAP' },
        data: [{ instType: 'SWAP', instId: 'BTC-USDT-SWAP', markPx: '97000.1', ts: '1700000000000' }],
      }),
      want: { symbol: 'BTCUSDT', mark: 97000.1, fundingRate: null },
    },
    {
      venue: 'hyperliquid' as const,
      book: ['ETH'],
      expectSubscribe: (msgs: unknown[]) =>
        expect(msgs).toEqual([{ method: 'subscribe', subscription: { type: 'activeAssetCtx', coin: 'ETH' } }]),
      push: JSON.stringify({
        channel: 'activeAssetCtx',
        data: { coin: 'ETH', ctx: { markPx: '3300.5', funding: '0.0000125', oraclePx: '3301' } },
      }),
      want: { symbol: 'ETH', mark: 3300.5, fundingRate: 0.0000125 },
    },
  ];

  it.each(cases)('$venue', async ({ venue, book, expectSubscribe, push, want }) => {
    const srv = await loopback();
    const { ticks, client } = startClient(venue, srv.url, book);
    await until(() => srv.received.length > 0, 5_000, 'subscribe');
    expectSubscribe(srv.received.map((m) => JSON.parse(m)));
    srv.connections[0].send(push);
    await until(() => ticks.length === 1, 5_000, 'tick');
    expect(ticks[0]).toMatchObject({ venue, ...want });
    expect(client.connectionState).toBe('open');
    expect(srv.connections).toHaveLength(1);
  });
});

describe('resilience against a misbehaving server', () => {
  it('ignores malformed and out-of-order messages with a logged reason, keeps delivering good ones', async () => {
    const srv = await loopback();
    const { ticks, logs, client } = startClient('binance', srv.url, ['BTCUSDT']);
    await until(() => srv.received.length > 0);
    const ws = srv.connections[0];
    const bad = [
      'garbage{',
      '{"e":"markPriceUpdate","E":1,"s":"BTCUSDT","p":"NaN"}',
      '{"e":"markPriceUpdate","E":1,"s":"BTCUSDT","p":"-5"}',
      '{"e":"markPriceUpdate","s":"BTCUSDT","p":"5"}',
      '{"e":"kline"}',
      'null',
      binance('DOGEUSDT', 0.1, 10), // not subscribed
    ];
    ws.send(binance('BTCUSDT', 100, 2_000));
    for (const b of bad) ws.send(b);
    ws.send(Buffer.from([0xde, 0xad, 0xbe, 0xef]), { binary: true });
    ws.send(binance('BTCUSDT', 90, 1_000)); // older than the last one: out of order
    ws.send(binance('BTCUSDT', 101, 3_000));
    await until(() => ticks.length === 2 && client.stats.messages === 11);
    expect(ticks.map((t) => t.mark)).toEqual([100, 101]);
    expect(client.stats.invalid).toBe(bad.length + 2); // + binary + out-of-order
    expect(client.stats.outOfOrder).toBe(1);
    expect(logs.filter((l) => l.includes('ignored message'))).toHaveLength(bad.length + 2);
    expect(logs.join('\n')).toMatch(
      /not a JSON object[\s\S]*mark price \(p\) is not a positive number[\s\S]*out-of-order/,
    );
    expect(client.connectionState).toBe('open');
  });

  it('reconnects with backoff after drops, resubscribes, and reports the time to recover', async () => {
    const srv = await loopback();
    let E = 1_000;
    // Answer every subscribe with a fresh price, as a venue does with its first push.
    srv.server.on('connection', (ws) => ws.on('message', () => ws.send(binance('BTCUSDT', 100 + E, (E += 1_000)))));
    const { ticks, client } = startClient('binance', srv.url, ['BTCUSDT']);
    await until(() => ticks.length === 1);
    const recoveries: number[] = [];
    const DROPS = 10;
    for (let i = 0; i < DROPS; i++) {
      const before = ticks.length;
      srv.connections[srv.connections.length - 1].terminate();
      await until(() => ticks.length > before, 10_000, `recovery ${i}`);
      recoveries.push(client.stats.lastRecoveryMs!);
    }
    expect(srv.connections).toHaveLength(DROPS + 1);
    expect(client.stats.reconnects).toBe(DROPS);
    expect(srv.received).toHaveLength(DROPS + 1); // one subscribe per connection
    expect(recoveries.every((ms) => ms >= 0)).toBe(true);
    const mean = recoveries.reduce((a, b) => a + b, 0) / recoveries.length;
    console.info(
      `[feed figures] ${DROPS} drops: recovery mean ${mean.toFixed(1)} ms, max ${Math.max(...recoveries)} ms (backoff base 20 ms)`,
    );
  });

  it('keeps retrying while the server is down, then recovers', async () => {
    const srv = await loopback();
    const port = Number(new URL(srv.url).port);
    const { ticks, logs, client } = startClient('bybit', srv.url, ['BTCUSDT']);
    await until(() => srv.connections.length === 1);
    for (const ws of srv.connections) ws.terminate();
    await new Promise((r) => srv.server.close(r));
    await until(() => logs.filter((l) => /socket error|closed/.test(l)).length >= 4, 10_000, 'failed retries');
    expect(client.connectionState).not.toBe('open');
    const revived = new WebSocketServer({ host: '127.0.0.1', port });
    servers.push(revived);
    revived.on('connection', (ws) =>
      ws.on('message', () =>
        ws.send(
          JSON.stringify({
            topic: 'tickers.BTCUSDT',
            type: 'snapshot',
            ts: 5,
            data: { symbol: 'BTCUSDT', markPrice: '1.5' },
          }),
        ),
      ),
    );
    await until(() => ticks.length === 1, 15_000, 'recovery after outage');
    console.info(`[feed figures] outage: recovered ${client.stats.lastRecoveryMs} ms after the drop`);
  });

  it('pings on a timer and treats a silent server as a dead link', async () => {
    const srv = await loopback();
    const { client, logs } = startClient('bybit', srv.url, ['BTCUSDT'], { heartbeatMs: 30, idleTimeoutMs: 150 });
    // the server sees the new connection before the client's 'open' event: wait for both
    await until(() => srv.connections.length >= 2 && client.stats.reconnects >= 1, 10_000, 'reconnect after silence');
    expect(srv.received.filter((m) => m === '{"op":"ping"}').length).toBeGreaterThan(0);
    expect(logs.some((l) => l.includes('no message for 150 ms'))).toBe(true);
    expect(client.stats.reconnects).toBeGreaterThanOrEqual(1);
  });

  it('a server that answers pings keeps the link up', async () => {
    const srv = await loopback();
    srv.server.on('connection', (ws) => ws.on('message', (m) => m.toString() === 'ping' && ws.send('pong')));
    const { client } = startClient('okx', srv.url, ['BTCUSDT'], { heartbeatMs: 30, idleTimeoutMs: 150 });
    await until(() => srv.received.filter((m) => m === 'ping').length >= 12, 10_000, 'pings');
    expect(srv.connections).toHaveLength(1);
    expect(client.stats.reconnects).toBe(0);
  });

  it('Binance: WebSocket ping frames, answered by the server, keep the link up', async () => {
    const srv = await loopback();
    let pings = 0;
    srv.server.on('connection', (ws) => ws.on('ping', () => pings++)); // ws answers each with a pong frame
    const { client } = startClient('binance', srv.url, ['BTCUSDT'], { heartbeatMs: 30, idleTimeoutMs: 150 });
    await until(() => pings >= 12, 10_000, 'ping frames');
    expect(srv.connections).toHaveLength(1);
    expect(client.stats.reconnects).toBe(0);
    expect(srv.received).toHaveLength(1); // the subscribe; no text pings
  });

  it('survives a flood: handles every message, and the coalescer bounds what reaches the renderer', async () => {
    const srv = await loopback();
    const flushes: { at: number; size: number }[] = [];
    const coalescer = new Coalescer<PriceTick>((batch) => flushes.push({ at: Date.now(), size: batch.length }), 100);
    const { client, ticks } = startClient('binance', srv.url, ['BTCUSDT', 'ETHUSDT'], {
      onTick: (t) => {
        ticks.push(t);
        coalescer.push(t.symbol, t);
      },
    });
    await until(() => srv.received.length > 0);
    const N = 20_000;
    const started = Date.now();
    const ws = srv.connections[0];
    for (let i = 0; i < N; i++) {
      // every 10th message malformed; symbols alternate
      ws.send(
        i % 10 === 9 ? '{"e":"markPriceUpdate","s":' : binance(i % 2 ? 'ETHUSDT' : 'BTCUSDT', 100 + i, 1_000 + i),
      );
    }
    await until(() => client.stats.messages === N, 60_000, 'flood handled');
    const elapsed = Date.now() - started;
    await new Promise((r) => setTimeout(r, 150)); // let the last batch flush
    coalescer.dispose();
    expect(ticks).toHaveLength(N - N / 10);
    expect(client.stats.invalid).toBe(N / 10);
    expect(ticks.at(-1)!.mark).toBe(100 + N - 2);
    // ≤ 10 flushes per second: consecutive flushes at least ~100 ms apart (timer slack allowed).
    for (let i = 1; i < flushes.length; i++) expect(flushes[i].at - flushes[i - 1].at).toBeGreaterThanOrEqual(95);
    expect(flushes.every((f) => f.size <= 2)).toBe(true);
    console.info(
      `[feed figures] flood: ${N} messages (${N / 10} malformed) handled in ${elapsed} ms (${Math.round((N / elapsed) * 1000)} msg/s); ` +
        `${ticks.length} ticks → ${flushes.length} renderer batches`,
    );
    expect(client.connectionState).toBe('open');
  });

  it('stop() closes the socket and does not reconnect', async () => {
    const srv = await loopback();
    const { client } = startClient('hyperliquid', srv.url, ['BTC']);
    await until(() => srv.connections.length === 1);
    const closed = once(srv.connections[0], 'close');
    client.stop();
    await closed;
    await new Promise((r) => setTimeout(r, 300));
    expect(srv.connections).toHaveLength(1);
    expect(client.connectionState).toBe('stopped');
  });

  it('resubscribes when the book symbols change', async () => {
    const srv = await loopback();
    const { client } = startClient('bybit', srv.url, ['BTCUSDT']);
    await until(() => srv.received.length === 1);
    client.setSymbols(['BTCUSDT']); // unchanged: nothing happens
    client.setSymbols(['BTCUSDT', 'ETHUSDT']);
    await until(() => srv.received.length === 2);
    expect(JSON.parse(srv.received[1])).toEqual({ op: 'subscribe', args: ['tickers.BTCUSDT', 'tickers.ETHUSDT'] });
    expect(srv.connections).toHaveLength(2);
  });
});
