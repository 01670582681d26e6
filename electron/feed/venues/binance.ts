import type { ParseResult, VenueAdapter, VenueUpdate } from '../types';
import { chunks, compactPair, num, obj, positivePrice, tryJson } from './util';

/**
 * Binance USDⓈ-M futures, public market streams. No key needed.
 *
 * - Endpoint `wss://fstream.binance.com/ws`; streams are (un)subscribed live with
 *   `{"method":"SUBSCRIBE","params":["btcusdt@markPrice@1s"],"id":1}`, answered by
 *   `{"result":null,"id":1}` (Binance "Live Subscribing/Unsubscribing to streams").
 * - Stream `<symbol>@markPrice@1s`, payload (Binance "Mark Price Stream",
 *   https://developers.binance.com/docs/derivatives/usds-margined-futures/websocket-market-streams/Mark-Price-Stream):
 *   `{"e":"markPriceUpdate","E":1562305380000,"s":"BTCUSDT","p":"11794.15000000","i":"11784.62659091",
 *     "P":"11784.25641265","r":"0.00038167","T":1562306400000}` — p mark price, r funding rate
 *   (`""` for delivery contracts), E event time. On a combined-stream endpoint the same payload is
 *   wrapped as `{"stream":"btcusdt@markPrice@1s","data":{…}}`; both are accepted.
 * - Keep-alive: the server sends WebSocket ping frames and expects pongs (the `ws` package answers
 *   automatically); we also send ping frames so a dead link is noticed, hence no text ping.
 */
export const binanceAdapter: VenueAdapter = {
  venue: 'binance',
  defaultUrl: 'wss://fstream.binance.com/ws',
  toVenueSymbol: compactPair,
  subscribeMessages: (symbols) =>
    // Binance limits a connection to 10 incoming messages per second and 1024 streams; 50 per request is safe.
    chunks(symbols, 50).map((group, i) =>
      JSON.stringify({ method: 'SUBSCRIBE', params: group.map((s) => `${s.toLowerCase()}@markPrice@1s`), id: i + 1 }),
    ),
  pingMessage: null,
  parse(raw): ParseResult {
    const msg = obj(tryJson(raw));
    if (!msg) return { kind: 'invalid', reason: 'not a JSON object' };
    if ('result' in msg && 'id' in msg) return { kind: 'control' };
    if ('error' in msg) return { kind: 'invalid', reason: `venue error: ${JSON.stringify(msg.error)}` };
    const payload = 'data' in msg && 'stream' in msg ? obj(msg.data) : msg;
    if (!payload) return { kind: 'invalid', reason: 'combined-stream message without a data object' };
    if (payload.e !== 'markPriceUpdate')
      return { kind: 'invalid', reason: `unexpected event type ${JSON.stringify(payload.e)}` };
    const symbol = typeof payload.s === 'string' ? payload.s : undefined;
    const mark = positivePrice(payload.p);
    const at = num(payload.E);
    if (!symbol) return { kind: 'invalid', reason: 'markPriceUpdate without a symbol (s)' };
    if (mark === undefined)
      return {
        kind: 'invalid',
        reason: `markPriceUpdate ${symbol}: mark price (p) is not a positive number: ${JSON.stringify(payload.p)}`,
      };
    if (at === undefined)
      return { kind: 'invalid', reason: `markPriceUpdate ${symbol}: event time (E) is not a number` };
    const update: VenueUpdate = { venueSymbol: symbol.toUpperCase(), mark, at };
    const funding = num(payload.r);
    if (funding !== undefined) update.fundingRate = funding;
    return { kind: 'updates', updates: [update] };
  },
};
