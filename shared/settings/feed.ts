import { z } from 'zod';

/** Feed settings kept in the settings table under {@link FEED_SETTINGS_KEY}. */
export const feedSettingsSchema = z.object({
  /** Follow live prices for the book's symbols. */
  enabled: z.boolean().default(false),
  /** A followed symbol with no update for this long is marked stale. */
  staleAfterSeconds: z.number().int().min(5).max(3600).default(30),
  /** Write at most one feed price per symbol per this many seconds to the price history. */
  persistEverySeconds: z.number().int().min(1).max(3600).default(10),
});
/** Feed settings. */
export type FeedSettings = z.output<typeof feedSettingsSchema>;
/** Settings-table key of {@link feedSettingsSchema}. */
export const FEED_SETTINGS_KEY = 'prices.feed';
