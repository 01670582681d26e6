import { z } from 'zod';
import { defineChannel } from '../contract';
import { priceRowSchema, symbolSchema } from '../../book/schema';

/** `cascade.prices.*`: mark prices, manual or from the feed, with their history. */
export const prices = {
  /** Records a mark price (source `manual` unless given); returns the stored row. */
  set: defineChannel(
    'prices:set',
    z
      .object({
        symbol: symbolSchema,
        mark: z.number().positive({ error: 'expected a finite positive price' }),
        source: z.enum(['manual', 'feed']).optional(),
        at: z.iso.datetime({ offset: true }).optional(),
      })
      .strict(),
    priceRowSchema,
  ),
  /** The latest price of every symbol, by symbol. */
  list: defineChannel('prices:list', z.object({}).strict(), z.array(priceRowSchema)),
  /** The last `limit` (default 500) prices of a symbol, oldest first (ready for a chart). */
  history: defineChannel(
    'prices:history',
    z.object({ symbol: symbolSchema, limit: z.number().int().min(1).max(100_000).optional() }).strict(),
    z.array(priceRowSchema),
  ),
};
