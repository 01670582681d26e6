import type { ParseResult, VenueAdapter, VenueUpdate } from '../types';
import { chunks, compactPair, num, obj, positivePrice, tryJson } from './util';

/**
 * Bybit v5 public WebSocket, linear (USDT/USDC perpetuals). No key needed.
 *
 * - Endpoint `wss://stream.bybit.com/v5/public/linear`; subscribe with
 *   `{"op":"subscribe","args":["tickers.BTCUSDT"]}` (Bybit v5 "Connect",
 *   https://bybit-exchange.github.io/docs/v5/ws/connect), ack
 *   `{"success":true,"ret_msg":"","op":"subscribe","conn_id":"…"}`.
 * - Heartbeat: send `{"op":"ping"}` every 20 s; reply `{"success":true,"ret_msg":"pong","op":"ping",…}`.
 * - Topic `tickers.{symbol}` (Bybit v5 "Ticker", https://bybit-exchange.github.io/docs/v5/websocket/public/ticker):
 *   `{"topic":"tickers.BTCUSDT","type":"snapshot"|"delta","ts":1673272861686,"cs":…,
 *     "data":{"symbol":"BTCUSDT","markPrice":"17217.33","fundingRate":"-0.000212",…}}`.
 *   A delta carries only the fields that changed ("if a response param is not found in the
 *   message, then its value has not changed"), so markPrice and fundingRate are both optional.
 */
export const bybitAdapter: VenueAdapter = {
  venue: 'bybit',
  defaultUrl: 'wss://stream.bybit.com/v5/public/linear',
  toVenueSymbol: compactPair,
  // Bybit caps the args of one request (10 for spot); 10 keeps every category happy.
  subscribeMessages: (symbols) =>
    chunks(symbols, 10).map((group) => JSON.stringify({ op: 'subscribe', args: group.map((s) => `tickers.${s}`) })),
  pingMessage: JSON.stringify({ op: 'ping' }),
  parse(raw): ParseResult {
    const msg = obj(tryJson(raw));
    if (!msg) return { kind: 'invalid', reason: 'not a JSON object' };
    if (typeof msg.op === 'string') {
      if (msg.success === false)
        return { kind: 'invalid', reason: `venue refused ${msg.op}: ${String(msg.ret_msg ?? '')}` };
      return { kind: 'control', pong: msg.op === 'ping' || msg.op === 'pong' };
    }
    if (typeof msg.topic !== 'string' || !msg.topic.startsWith('tickers.')) {
      return { kind: 'invalid', reason: `unexpected topic ${JSON.stringify(msg.topic)}` };
    }
    const data = obj(msg.data);
    const at = num(msg.ts);
    if (!data) return { kind: 'invalid', reason: `${msg.topic}: data is not an object` };
    if (at === undefined) return { kind: 'invalid', reason: `${msg.topic}: ts is not a number` };
    const symbol = typeof data.symbol === 'string' ? data.symbol : msg.topic.slice('tickers.'.length);
    const update: VenueUpdate = { venueSymbol: symbol.toUpperCase(), at };
    if (data.markPrice !== undefined) {
      const mark = positivePrice(data.markPrice);
      if (mark === undefined)
        return {
          kind: 'invalid',
          reason: `${msg.topic}: markPrice is not a positive number: ${JSON.stringify(data.markPrice)}`,
        };
      update.mark = mark;
    }
    const funding = num(data.fundingRate);
    if (funding !== undefined) update.fundingRate = funding;
    if (update.mark === undefined && update.fundingRate === undefined) return { kind: 'control' };
    return { kind: 'updates', updates: [update] };
  },
};
