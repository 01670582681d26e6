import type { ParseResult, VenueAdapter } from '../types';
import { num, obj, positivePrice, splitPair, tryJson } from './util';

/**
 * Hyperliquid public WebSocket. No key needed.
 *
 * - Endpoint `wss://api.hyperliquid.xyz/ws`; subscribe with
 *   `{"method":"subscribe","subscription":{"type":"activeAssetCtx","coin":"BTC"}}`, ack
 *   `{"channel":"subscriptionResponse","data":{…}}` (Hyperliquid docs, "Websocket / Subscriptions",
 *   https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/websocket/subscriptions).
 * - Heartbeat: the server closes a connection idle for 60 s; send `{"method":"ping"}`, reply
 *   `{"channel":"pong"}` (same docs, "Timeouts and heartbeats").
 * - `activeAssetCtx` push: `{"channel":"activeAssetCtx","data":{"coin":"BTC","ctx":{"markPx":"…",
 *   "funding":"0.0000125","oraclePx":"…","midPx":"…","openInterest":"…",…}}}` (WsActiveAssetCtx /
 *   PerpsAssetCtx). It has no timestamp: the receive time stands in.
 * Perp coins are named by their base (`BTC`), so `BTCUSDT`, `BTC-USD` and `BTC-PERP` map to `BTC`.
 */
export const hyperliquidAdapter: VenueAdapter = {
  venue: 'hyperliquid',
  defaultUrl: 'wss://api.hyperliquid.xyz/ws',
  toVenueSymbol: (bookSymbol) => {
    const pair = splitPair(bookSymbol);
    if (pair) return pair.base;
    const bare = bookSymbol.toUpperCase().replace(/-PERP$/, '');
    return /^[A-Z0-9]{1,20}$/.test(bare) ? bare : null;
  },
  subscribeMessages: (coins) =>
    coins.map((coin) => JSON.stringify({ method: 'subscribe', subscription: { type: 'activeAssetCtx', coin } })),
  pingMessage: JSON.stringify({ method: 'ping' }),
  parse(raw, now): ParseResult {
    const msg = obj(tryJson(raw));
    if (!msg) return { kind: 'invalid', reason: 'not a JSON object' };
    if (msg.channel === 'pong') return { kind: 'control', pong: true };
    if (msg.channel === 'subscriptionResponse') return { kind: 'control' };
    if (msg.channel === 'error') return { kind: 'invalid', reason: `venue error: ${String(msg.data)}` };
    if (msg.channel !== 'activeAssetCtx')
      return { kind: 'invalid', reason: `unexpected channel ${JSON.stringify(msg.channel)}` };
    const data = obj(msg.data);
    const ctx = obj(data?.ctx);
    const coin = typeof data?.coin === 'string' ? data.coin : undefined;
    if (!data || !ctx || !coin) return { kind: 'invalid', reason: 'activeAssetCtx without data.coin and data.ctx' };
    const mark = positivePrice(ctx.markPx);
    if (mark === undefined)
      return {
        kind: 'invalid',
        reason: `activeAssetCtx ${coin}: markPx is not a positive number: ${JSON.stringify(ctx.markPx)}`,
      };
    const fundingRate = num(ctx.funding);
    return {
      kind: 'updates',
      updates: [{ venueSymbol: coin, mark, at: now, ...(fundingRate !== undefined ? { fundingRate } : {}) }],
    };
  },
};
