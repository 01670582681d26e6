import type { ParseResult, VenueAdapter, VenueUpdate } from '../types';
import { chunks, num, obj, positivePrice, splitPair, tryJson } from './util';

/**
 * OKX v5 public WebSocket. No key needed.
 *
 * - Endpoint `wss://ws.okx.com:8443/ws/v5/public`; subscribe with
 *   `{"op":"subscribe","args":[{"channel":"mark-price","instId":"BTC-USDT-SWAP"}]}`, ack
 *   `{"event":"subscribe","arg":{…},"connId":"…"}`, error `{"event":"error","code":"60012","msg":"…"}`
 *   (OKX API v5 "WebSocket / Subscribe", https://www.okx.com/docs-v5/en/#overview-websocket-subscribe).
 * - Keep-alive: the connection is closed after 30 s without data; send the text `ping`, the reply
 *   is the text `pong` (OKX "WebSocket / Connect").
 * - `mark-price` push: `{"arg":{"channel":"mark-price","instId":"BTC-USDT-SWAP"},
 *   "data":[{"instType":"SWAP","instId":"BTC-USDT-SWAP","markPx":"42310.6","ts":"1630049139746"}]}`
 *   (https://www.okx.com/docs-v5/en/#public-data-websocket-mark-price-channel).
 * - `funding-rate` push: `{"arg":{"channel":"funding-rate","instId":"BTC-USDT-SWAP"},
 *   "data":[{"instId":"BTC-USDT-SWAP","fundingRate":"0.0001","fundingTime":"…","ts":"…",…}]}`
 *   (https://www.okx.com/docs-v5/en/#public-data-websocket-funding-rate-channel).
 */
export const okxAdapter: VenueAdapter = {
  venue: 'okx',
  defaultUrl: 'wss://ws.okx.com:8443/ws/v5/public',
  toVenueSymbol: (bookSymbol) => {
    const pair = splitPair(bookSymbol);
    return pair ? `${pair.base}-${pair.quote}-SWAP` : null;
  },
  subscribeMessages: (symbols) =>
    chunks(symbols, 20).map((group) =>
      JSON.stringify({
        op: 'subscribe',
        args: group.flatMap((instId) => [
          { channel: 'mark-price', instId },
          { channel: 'funding-rate', instId },
        ]),
      }),
    ),
  pingMessage: 'ping',
  parse(raw): ParseResult {
    if (raw === 'pong') return { kind: 'control', pong: true };
    const msg = obj(tryJson(raw));
    if (!msg) return { kind: 'invalid', reason: 'not a JSON object' };
    if (msg.event === 'error')
      return { kind: 'invalid', reason: `venue error ${String(msg.code)}: ${String(msg.msg)}` };
    if (typeof msg.event === 'string') return { kind: 'control' };
    const arg = obj(msg.arg);
    const channel = arg?.channel;
    if (channel !== 'mark-price' && channel !== 'funding-rate')
      return { kind: 'invalid', reason: `unexpected channel ${JSON.stringify(channel)}` };
    if (!Array.isArray(msg.data) || msg.data.length === 0)
      return { kind: 'invalid', reason: `${channel}: data is not a non-empty array` };
    const updates: VenueUpdate[] = [];
    for (const [i, item] of msg.data.entries()) {
      const row = obj(item);
      const instId = typeof row?.instId === 'string' ? row.instId : undefined;
      if (!row || !instId) return { kind: 'invalid', reason: `${channel}: data[${i}] has no instId` };
      const at = num(row.ts) ?? num(row.fundingTime);
      if (at === undefined) return { kind: 'invalid', reason: `${channel} ${instId}: ts is not a number` };
      if (channel === 'mark-price') {
        const mark = positivePrice(row.markPx);
        if (mark === undefined)
          return {
            kind: 'invalid',
            reason: `mark-price ${instId}: markPx is not a positive number: ${JSON.stringify(row.markPx)}`,
          };
        updates.push({ venueSymbol: instId, mark, at });
      } else {
        const fundingRate = num(row.fundingRate);
        if (fundingRate === undefined)
          return { kind: 'invalid', reason: `funding-rate ${instId}: fundingRate is not a number` };
        updates.push({ venueSymbol: instId, fundingRate, at });
      }
    }
    return { kind: 'updates', updates };
  },
};
