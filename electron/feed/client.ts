import WebSocket from 'ws';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import type { FeedVenue, PriceTick, VenueAdapter } from './types';

/** Connection state of one venue socket. */
export type FeedConnectionState = 'idle' | 'connecting' | 'open' | 'waiting' | 'stopped';

/** Counters of one venue client, for the status view and the tests' figures. */
export interface FeedClientStats {
  /** Text messages received. */
  messages: number;
  /** Price ticks delivered. */
  ticks: number;
  /** Malformed/unexpected messages ignored. */
  invalid: number;
  /** Updates older than one already delivered for the symbol, dropped. */
  outOfOrder: number;
  /** Connections opened after the first. */
  reconnects: number;
  /** ms from the last drop to the first tick after reconnecting; null before any drop. */
  lastRecoveryMs: number | null;
}

export interface FeedClientOptions {
  adapter: VenueAdapter;
  /** Book symbols to follow (mapped with the adapter's `toVenueSymbol`). */
  symbols: readonly string[];
  onTick: (tick: PriceTick) => void;
  /** Connection state changes (for the status view). */
  onState?: (state: FeedConnectionState) => void;
  /** Defaults to the adapter's production URL; tests inject a loopback server. */
  url?: string;
  log?: (message: string) => void;
  now?: () => number;
  random?: () => number;
  backoff?: BackoffOptions;
  /** Send a ping this often, ms. */
  heartbeatMs?: number;
  /** No message (data or pong) for this long → the link is dead: reconnect. */
  idleTimeoutMs?: number;
  /** At most this many "ignored message" log lines per second; the rest are counted. */
  maxLogsPerSecond?: number;
}

/** Largest message accepted; anything bigger closes the socket (a feed message is < 1 KB). */
const MAX_PAYLOAD = 1 << 20;

/**
 * One WebSocket to one venue, subscribed to the book's symbols on that venue only. Reconnects
 * with exponential backoff and jitter, pings on a timer, treats silence as a dead link, ignores
 * malformed and out-of-order messages with a logged reason, and never throws into the caller.
 */
export class VenueFeedClient {
  readonly venue: FeedVenue;
  readonly stats: FeedClientStats = {
    messages: 0,
    ticks: 0,
    invalid: 0,
    outOfOrder: 0,
    reconnects: 0,
    lastRecoveryMs: null,
  };
  private readonly opts: Required<Omit<FeedClientOptions, 'onState' | 'url'>> &
    Pick<FeedClientOptions, 'onState' | 'url'>;
  private socket: WebSocket | null = null;
  private state: FeedConnectionState = 'idle';
  private attempt = 0;
  private opened = 0;
  private droppedAt: number | null = null;
  private lastMessageAt = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private lastAt = new Map<string, number>();
  /** Latest funding rate per venue symbol (some venues send it apart from the mark). */
  private funding = new Map<string, number>();
  private bookSymbolsOf = new Map<string, string[]>();
  private logWindow = { second: 0, count: 0, suppressed: 0 };

  constructor(options: FeedClientOptions) {
    this.venue = options.adapter.venue;
    this.opts = {
      log: () => {},
      now: Date.now,
      random: Math.random,
      backoff: DEFAULT_BACKOFF,
      heartbeatMs: 15_000,
      idleTimeoutMs: 45_000,
      maxLogsPerSecond: 5,
      ...options,
    };
    this.mapSymbols(options.symbols);
  }

  /** Current connection state. */
  get connectionState(): FeedConnectionState {
    return this.state;
  }

  /** Venue symbols currently followed. */
  get venueSymbols(): string[] {
    return [...this.bookSymbolsOf.keys()];
  }

  /** Book symbols currently followed. */
  get bookSymbols(): string[] {
    return [...new Set([...this.bookSymbolsOf.values()].flat())];
  }

  /** Opens the socket (no-op when already running). */
  start(): void {
    if (this.state !== 'idle' && this.state !== 'stopped') return;
    this.connect();
  }

  /** Closes the socket and stops reconnecting. */
  stop(): void {
    this.setState('stopped');
    this.clearTimers();
    this.dropSocket();
  }

  /**
   * Follows a new set of book symbols. Subscriptions are additive on every venue, so a changed
   * set reconnects (cheap, rare: the book changed) rather than tracking unsubscribe acks.
   */
  setSymbols(symbols: readonly string[]): void {
    const before = this.venueSymbols.sort().join(',');
    this.mapSymbols(symbols);
    if (this.venueSymbols.sort().join(',') === before) return;
    if (this.state === 'stopped' || this.state === 'idle') return;
    this.restart('symbols changed');
  }

  private mapSymbols(symbols: readonly string[]): void {
    this.bookSymbolsOf.clear();
    for (const symbol of symbols) {
      const venueSymbol = this.opts.adapter.toVenueSymbol(symbol);
      if (!venueSymbol) {
        this.opts.log(`${this.venue}: no feed symbol for ${symbol}; it keeps manual prices`);
        continue;
      }
      const list = this.bookSymbolsOf.get(venueSymbol) ?? [];
      if (!list.includes(symbol)) list.push(symbol);
      this.bookSymbolsOf.set(venueSymbol, list);
    }
  }

  private setState(state: FeedConnectionState): void {
    if (this.state === state) return;
    this.state = state;
    try {
      this.opts.onState?.(state);
    } catch (error) {
      this.opts.log(`${this.venue}: state listener threw: ${String(error)}`);
    }
  }

  private connect(): void {
    if (this.bookSymbolsOf.size === 0) {
      this.setState('idle');
      return;
    }
    this.setState('connecting');
    const url = this.opts.url ?? this.opts.adapter.defaultUrl;
    let socket: WebSocket;
    try {
      socket = new WebSocket(url, { handshakeTimeout: 10_000, maxPayload: MAX_PAYLOAD, perMessageDeflate: false });
    } catch (error) {
      this.opts.log(`${this.venue}: cannot open ${url}: ${String(error)}`);
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    socket.on('open', () => this.onOpen(socket));
    socket.on('message', (data, isBinary) => this.onMessage(socket, data, isBinary));
    socket.on('pong', () => (this.lastMessageAt = this.opts.now()));
    socket.on('error', (error) => this.opts.log(`${this.venue}: socket error: ${error.message}`));
    socket.on('close', (code) => this.onClose(socket, code));
  }

  private onOpen(socket: WebSocket): void {
    if (socket !== this.socket) return;
    if (this.opened > 0) this.stats.reconnects++;
    this.opened++;
    this.lastMessageAt = this.opts.now();
    this.setState('open');
    for (const message of this.opts.adapter.subscribeMessages(this.venueSymbols)) socket.send(message);
    this.heartbeatTimer = setInterval(() => this.heartbeat(socket), this.opts.heartbeatMs);
  }

  private heartbeat(socket: WebSocket): void {
    if (socket !== this.socket || socket.readyState !== WebSocket.OPEN) return;
    if (this.opts.now() - this.lastMessageAt > this.opts.idleTimeoutMs) {
      this.opts.log(`${this.venue}: no message for ${this.opts.idleTimeoutMs} ms; reconnecting`);
      socket.terminate(); // 'close' follows and schedules the retry
      return;
    }
    const ping = this.opts.adapter.pingMessage;
    if (ping === null) socket.ping();
    else socket.send(ping);
  }

  private onMessage(socket: WebSocket, data: WebSocket.RawData, isBinary: boolean): void {
    if (socket !== this.socket) return;
    const now = this.opts.now();
    this.lastMessageAt = now;
    this.stats.messages++;
    if (isBinary) return this.ignore('binary message');
    const raw = Buffer.isBuffer(data)
      ? data.toString('utf8')
      : Array.isArray(data)
        ? Buffer.concat(data).toString('utf8')
        : Buffer.from(data).toString('utf8');
    let result;
    try {
      result = this.opts.adapter.parse(raw, now);
    } catch (error) {
      return this.ignore(`parser threw: ${String(error)}`);
    }
    if (result.kind === 'invalid') return this.ignore(result.reason, raw);
    if (result.kind === 'control') return;
    for (const update of result.updates) {
      const bookSymbols = this.bookSymbolsOf.get(update.venueSymbol);
      if (!bookSymbols) {
        this.ignore(`update for ${update.venueSymbol}, which is not subscribed`);
        continue;
      }
      if (update.mark === undefined) continue; // funding only: kept for the next mark tick
      const last = this.lastAt.get(update.venueSymbol);
      if (last !== undefined && update.at < last) {
        this.stats.outOfOrder++;
        this.ignore(`out-of-order update for ${update.venueSymbol} (${update.at} < ${last})`);
        continue;
      }
      this.lastAt.set(update.venueSymbol, update.at);
      if (this.droppedAt !== null) {
        this.stats.lastRecoveryMs = now - this.droppedAt;
        this.droppedAt = null;
        this.attempt = 0; // healthy again: the next drop starts from the base delay
      }
      const fundingRate = update.fundingRate ?? this.funding.get(update.venueSymbol) ?? null;
      for (const symbol of bookSymbols) {
        this.stats.ticks++;
        try {
          this.opts.onTick({ venue: this.venue, symbol, mark: update.mark, fundingRate, at: update.at });
        } catch (error) {
          this.opts.log(`${this.venue}: tick listener threw: ${String(error)}`);
        }
      }
    }
    for (const update of result.updates) {
      if (update.fundingRate !== undefined) this.funding.set(update.venueSymbol, update.fundingRate);
    }
  }

  private ignore(reason: string, raw?: string): void {
    this.stats.invalid++;
    const second = Math.floor(this.opts.now() / 1000);
    if (second !== this.logWindow.second) {
      if (this.logWindow.suppressed > 0)
        this.opts.log(`${this.venue}: ${this.logWindow.suppressed} more ignored messages not logged`);
      this.logWindow = { second, count: 0, suppressed: 0 };
    }
    if (this.logWindow.count >= this.opts.maxLogsPerSecond) {
      this.logWindow.suppressed++;
      return;
    }
    this.logWindow.count++;
    this.opts.log(`${this.venue}: ignored message: ${reason}${raw !== undefined ? ` — ${raw.slice(0, 120)}` : ''}`);
  }

  private onClose(socket: WebSocket, code: number): void {
    if (socket !== this.socket) return;
    this.socket = null;
    this.clearTimers();
    if (this.state === 'stopped') return;
    this.droppedAt ??= this.opts.now();
    this.opts.log(`${this.venue}: connection closed (${code}); reconnecting`);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.state === 'stopped') return;
    this.droppedAt ??= this.opts.now();
    this.setState('waiting');
    const delay = backoffDelay(this.attempt++, this.opts.backoff, this.opts.random);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.state !== 'stopped') this.connect();
    }, delay);
  }

  /** Forgets the current socket and kills it without waiting for a close handshake; its late errors are swallowed. */
  private dropSocket(): void {
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.removeAllListeners();
      socket.on('error', () => {});
      socket.terminate();
    }
  }

  private restart(reason: string): void {
    this.opts.log(`${this.venue}: ${reason}; reconnecting`);
    this.clearTimers();
    this.dropSocket();
    this.lastAt.clear();
    this.connect();
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.retryTimer = null;
    this.heartbeatTimer = null;
  }
}
