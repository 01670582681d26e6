import { z } from 'zod';
import { defineChannel } from '../contract';
import { bookPositionInListSchema, bookPositionSchema, idSchema, positionInputSchema } from '../../book/schema';

/** `cascade.positions.*`: open positions, each in one account. */
export const positions = {
  /** Positions of one account (or all), with their current mark. */
  list: defineChannel(
    'positions:list',
    z.object({ accountId: idSchema.optional() }).strict(),
    z.array(bookPositionInListSchema),
  ),
  /**
   * Creates (no `id`) or replaces a position; returns the stored row. Refused with the field's
   * path when the account would break an engine rule (one contract kind per account, one
   * position per symbol in one-way mode, isolated positions need leverage or margin).
   */
  upsert: defineChannel('positions:upsert', positionInputSchema, bookPositionSchema),
  /** Deletes a position; returns it so the UI can undo with `restore`. */
  remove: defineChannel('positions:remove', z.object({ id: idSchema }).strict(), bookPositionSchema),
  /** Undo of `remove`: re-inserts the position with its old id. */
  restore: defineChannel('positions:restore', positionInputSchema.extend({ id: idSchema }), bookPositionSchema),
};
