/**
 * Live public price feeds. No API keys: only public market-data streams.
 */

/** Venues with a live feed. */
export const FEED_VENUES = ['binance', 'bybit', 'okx', 'hyperliquid'] as const;
/** A venue with a live feed. */
export type FeedVenue = (typeof FEED_VENUES)[number];

/** One update parsed from a venue message, keyed by the VENUE's symbol. */
export interface VenueUpdate {
  venueSymbol: string;
  /** Mark price; absent when the message carried only funding (e.g. a Bybit delta, OKX funding-rate). */
  mark?: number;
  /** Current funding rate as a fraction per funding interval (0.0001 = 0.01 %). */
  fundingRate?: number;
  /** Exchange event time, epoch ms. */
  at: number;
}

/** What a venue message turned out to be. */
export type ParseResult =
  | { kind: 'updates'; updates: VenueUpdate[] }
  /** Subscription acks, pongs, and other messages with no prices. */
  | { kind: 'control'; pong?: boolean }
  /** Malformed or unexpected: ignored, with the reason logged. */
  | { kind: 'invalid'; reason: string };

/**
 * How to talk to one venue: where to connect, how to subscribe, how to keep the socket alive
 * and how to read its messages. Pure functions, tested without a socket.
 */
export interface VenueAdapter {
  venue: FeedVenue;
  /** The public production endpoint. Tests inject a loopback URL instead. */
  defaultUrl: string;
  /** The venue's symbol for a book symbol (e.g. `BTCUSDT` → `BTC-USDT-SWAP` on OKX), null if unsupported. */
  toVenueSymbol(bookSymbol: string): string | null;
  /** Messages to send after connecting, to subscribe to these venue symbols. */
  subscribeMessages(venueSymbols: readonly string[]): string[];
  /** Application-level ping text, or null when the venue relies on WebSocket ping frames. */
  pingMessage: string | null;
  /** Reads one text message; `now` (epoch ms) stands in for venues whose payload has no timestamp. */
  parse(raw: string, now: number): ParseResult;
}

/** A price update as the rest of the app sees it, keyed by the BOOK's symbol. */
export interface PriceTick {
  venue: FeedVenue;
  symbol: string;
  mark: number;
  fundingRate: number | null;
  /** Exchange event time, epoch ms. */
  at: number;
}
