import type { Database } from 'better-sqlite3';
import type { Book } from '@shared/book/types';
import type { FeedSettings } from '@shared/settings/feed';
import type { FeedStatus, LivePrice } from '@shared/ipc/channels/feed';
import { insertPrice } from '../db/repo/prices';
import { VenueFeedClient } from './client';
import { Coalescer } from './coalesce';
import { staleSymbols } from './stale';
import { FEED_VENUES, type FeedVenue, type PriceTick } from './types';
import { feedVenueOf, venueAdapters } from './venues';

export interface FeedServiceOptions {
  db: Database;
  /** Coalesced batches (≤ 10 per second): to the renderer and the alert monitor. */
  onPrices: (batch: LivePrice[]) => void;
  /** The set of stale symbols changed. */
  onStale?: (stale: string[]) => void;
  /** Endpoint overrides per venue (tests point them at a loopback server). */
  urls?: Partial<Record<FeedVenue, string>>;
  log?: (message: string) => void;
  now?: () => number;
  /** Renderer/alert batch interval, ms (100 → at most 10 batches a second). */
  coalesceMs?: number;
  /** How often staleness is checked, ms. */
  staleCheckMs?: number;
  /** Passed to each client (tests shorten backoff and heartbeats). */
  clientOptions?: Partial<ConstructorParameters<typeof VenueFeedClient>[0]>;
}

/** Book symbols per feed venue: only what the book holds is subscribed. */
export function symbolsByVenue(book: Book): Map<FeedVenue, string[]> {
  const out = new Map<FeedVenue, string[]>();
  for (const account of book.accounts) {
    const venue = feedVenueOf(account.venue);
    if (!venue) continue;
    const list = out.get(venue) ?? [];
    for (const p of account.positions) if (!list.includes(p.symbol)) list.push(p.symbol);
    if (list.length > 0) out.set(venue, list);
  }
  return out;
}

/**
 * The live price feed: one {@link VenueFeedClient} per venue that the book uses, ticks
 * coalesced before they leave main, feed prices written to the price history at most once per
 * symbol per `persistEverySeconds` (a 100 ms stream would otherwise write 36 000 rows an hour),
 * and a staleness check. Off unless the user enables it; manual prices always work.
 */
export class FeedService {
  private clients = new Map<FeedVenue, VenueFeedClient>();
  private coalescer: Coalescer<LivePrice>;
  private lastUpdate = new Map<string, number>();
  private lastPersisted = new Map<string, number>();
  private staleTimer: NodeJS.Timeout | null = null;
  private stale: string[] = [];
  private startedAt = 0;
  private settings: FeedSettings = { enabled: false, staleAfterSeconds: 30, persistEverySeconds: 10 };
  private readonly now: () => number;
  private readonly log: (message: string) => void;

  constructor(private readonly opts: FeedServiceOptions) {
    this.now = opts.now ?? Date.now;
    this.log = opts.log ?? (() => {});
    this.coalescer = new Coalescer(
      (batch) => this.safely(() => opts.onPrices(batch)),
      opts.coalesceMs ?? 100,
      this.now,
    );
  }

  /** Applies settings and the current book: starts, retunes or stops the sockets. */
  configure(settings: FeedSettings, book: Book): void {
    this.settings = settings;
    if (!settings.enabled) return this.stop();
    const wanted = symbolsByVenue(book);
    if (this.startedAt === 0) this.startedAt = this.now();
    for (const venue of FEED_VENUES) {
      const symbols = wanted.get(venue);
      const client = this.clients.get(venue);
      if (!symbols) {
        client?.stop();
        this.clients.delete(venue);
        continue;
      }
      if (client) {
        client.setSymbols(symbols);
        continue;
      }
      const created = new VenueFeedClient({
        adapter: venueAdapters[venue],
        symbols,
        url: this.opts.urls?.[venue],
        onTick: (tick) => this.onTick(tick),
        log: this.log,
        now: this.now,
        ...this.opts.clientOptions,
      });
      this.clients.set(venue, created);
      created.start();
    }
    this.staleTimer ??= setInterval(() => this.checkStale(), this.opts.staleCheckMs ?? 1_000);
  }

  /** Closes every socket and timer. */
  stop(): void {
    for (const client of this.clients.values()) client.stop();
    this.clients.clear();
    this.coalescer.dispose();
    if (this.staleTimer) clearInterval(this.staleTimer);
    this.staleTimer = null;
    this.lastUpdate.clear();
    this.startedAt = 0;
    if (this.stale.length > 0) {
      this.stale = [];
      this.safely(() => this.opts.onStale?.([]));
    }
  }

  /** Sockets, counters and stale symbols, for `feed:status`. */
  status(): FeedStatus {
    return {
      enabled: this.settings.enabled,
      venues: [...this.clients.values()].map((c) => ({
        venue: c.venue,
        state: c.connectionState,
        symbols: c.bookSymbols,
        messages: c.stats.messages,
        ticks: c.stats.ticks,
        invalid: c.stats.invalid,
        reconnects: c.stats.reconnects,
      })),
      stale: [...this.stale],
    };
  }

  private onTick(tick: PriceTick): void {
    const now = this.now();
    this.lastUpdate.set(tick.symbol, now);
    this.coalescer.push(tick.symbol, {
      venue: tick.venue,
      symbol: tick.symbol,
      mark: tick.mark,
      fundingRate: tick.fundingRate,
      at: tick.at,
    });
    const last = this.lastPersisted.get(tick.symbol);
    if (last === undefined || now - last >= this.settings.persistEverySeconds * 1000) {
      this.lastPersisted.set(tick.symbol, now);
      this.safely(() => insertPrice(this.opts.db, tick.symbol, tick.mark, 'feed', new Date(tick.at).toISOString()));
    }
  }

  private checkStale(): void {
    // Prices are kept per symbol (storage's prices table), so a symbol held on two venues is one entry.
    const followed = [...new Set([...this.clients.values()].flatMap((c) => c.bookSymbols))];
    const next = staleSymbols(
      followed,
      this.lastUpdate,
      this.now(),
      this.settings.staleAfterSeconds * 1000,
      this.startedAt,
    );
    if (next.join('\n') === this.stale.join('\n')) return;
    this.stale = next;
    if (next.length > 0) this.log(`feed: stale prices: ${next.join(', ')}`);
    this.safely(() => this.opts.onStale?.(next));
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.log(`feed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
