import { z } from 'zod';
import { defineChannel } from '../contract';
import {
  accountInputSchema,
  accountRowSchema,
  bookPositionSchema,
  idSchema,
  positionInputSchema,
} from '../../book/schema';

/** An account removed by `accounts:remove`, with the positions that went with it (for undo). */
export const removedAccountSchema = z.object({ account: accountRowSchema, positions: z.array(bookPositionSchema) });

/** What `accounts:restore` takes back: the same data, checked with the write rules. */
export const restoreAccountSchema = z.object({
  account: accountInputSchema.extend({
    id: idSchema,
    createdAt: z.string().max(40).optional(),
    updatedAt: z.string().max(40).optional(),
  }),
  positions: z.array(positionInputSchema.extend({ id: idSchema })),
});

/** `cascade.accounts.*`: the trader's margin accounts. */
export const accounts = {
  /** Every account, by name. */
  list: defineChannel('accounts:list', z.object({}).strict(), z.array(accountRowSchema)),
  /**
   * Creates (no `id`) or replaces an account; returns the stored row. Refused when the change
   * would make a stored position invalid for the engine (e.g. isolated without leverage).
   */
  upsert: defineChannel('accounts:upsert', accountInputSchema, accountRowSchema),
  /** Deletes an account and its positions; returns what was removed so the UI can undo. */
  remove: defineChannel('accounts:remove', z.object({ id: idSchema }).strict(), removedAccountSchema),
  /** Undo of `remove`: re-inserts the account and its positions with their old ids. */
  restore: defineChannel('accounts:restore', restoreAccountSchema, accountRowSchema),
};
