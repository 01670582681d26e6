import { z } from 'zod';
import { feedSettingsSchema } from '../../settings/feed';
import { defineChannel } from '../contract';

/**
 * Live prices (optional, off by default: Cascade works offline with manual prices). Public
 * market-data WebSockets of Binance USDⓈ-M, Bybit, OKX and Hyperliquid; no API keys.
 */

const venueSchema = z.enum(['binance', 'bybit', 'okx', 'hyperliquid']);

/** State of one venue socket. */
export const feedVenueStatusSchema = z.object({
  venue: venueSchema,
  state: z.enum(['idle', 'connecting', 'open', 'waiting', 'stopped']),
  /** Book symbols followed on this venue. */
  symbols: z.array(z.string()),
  messages: z.number().int().nonnegative(),
  ticks: z.number().int().nonnegative(),
  invalid: z.number().int().nonnegative(),
  reconnects: z.number().int().nonnegative(),
});

/** What `feed:status` returns. */
export const feedStatusSchema = z.object({
  enabled: z.boolean(),
  venues: z.array(feedVenueStatusSchema),
  /** Followed symbols with no recent update. */
  stale: z.array(z.string()),
});
/** What `feed:status` returns. */
export type FeedStatus = z.infer<typeof feedStatusSchema>;

/** One coalesced live price, as pushed to the renderer on the `cascade:prices` event. */
export const livePriceSchema = z.object({
  venue: venueSchema,
  symbol: z.string(),
  mark: z.number(),
  fundingRate: z.number().nullable(),
  /** Exchange time, epoch ms. */
  at: z.number(),
});
/** One coalesced live price. */
export type LivePrice = z.infer<typeof livePriceSchema>;

/** The `cascade.feed` subtree. */
export const feedChannels = {
  status: defineChannel('feed:status', z.object({}).strict(), feedStatusSchema),
  settings: {
    get: defineChannel('feed:settings:get', z.object({}).strict(), feedSettingsSchema),
    set: defineChannel(
      'feed:settings:set',
      z
        .object({
          enabled: z.boolean().optional(),
          staleAfterSeconds: z.number().int().min(5).max(3600).optional(),
          persistEverySeconds: z.number().int().min(1).max(3600).optional(),
        })
        .strict(),
      feedSettingsSchema,
    ),
  },
} as const;
