import { z } from 'zod';
import { maintenanceTiersSchema, VENUE_IDS } from '../../engine/schema';
import { defineChannel } from '../contract';
import { symbolSchema } from '../../book/schema';

const key = { venue: z.enum(VENUE_IDS), symbol: symbolSchema };

/** The user's maintenance tiers for a venue + symbol (used when a position brings none of its own). */
export const tierOverrideRowSchema = z.object({
  venue: z.enum(VENUE_IDS),
  symbol: z.string(),
  tiers: maintenanceTiersSchema,
  source: z.string().nullable(),
  updatedAt: z.string(),
});
export type TierOverrideRow = z.output<typeof tierOverrideRowSchema>;

/** `cascade.tierOverrides.*`: tier tables for symbols the engine ships none for (or to correct one). */
export const tierOverrides = {
  list: defineChannel('tierOverrides:list', z.object({}).strict(), z.array(tierOverrideRowSchema)),
  /** Creates or replaces the override of a venue + symbol; `source` says where the numbers come from. */
  set: defineChannel(
    'tierOverrides:set',
    z.object({ ...key, tiers: maintenanceTiersSchema, source: z.string().max(500).nullable().optional() }).strict(),
    tierOverrideRowSchema,
  ),
  remove: defineChannel('tierOverrides:remove', z.object(key).strict(), tierOverrideRowSchema),
};
