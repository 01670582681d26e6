import { z } from 'zod';
import { defineChannel } from '../contract';
import { bookSchema, idSchema, numberOrInfinity } from '../../book/schema';

/** One position's risk (the engine's PositionRisk) with what a table needs beside it. */
export const positionRiskRowSchema = z.object({
  id: z.string(),
  symbol: z.string(),
  side: z.enum(['long', 'short']),
  markPrice: z.number(),
  liquidationPrice: z.number().nullable(),
  bankruptcyPrice: z.number().nullable(),
  unrealizedPnl: z.number(),
  maintenanceMargin: z.number(),
  notional: z.number(),
  distanceToLiquidation: z.number().nullable(),
});

/**
 * One account's assessment. When the engine cannot assess it (e.g. no maintenance tiers for a
 * symbol) `error` says why with the field path, and the totals are null.
 */
export const accountAssessmentSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  venue: z.string(),
  marginMode: z.enum(['isolated', 'cross']),
  walletBalance: z.number(),
  equity: z.number().nullable(),
  maintenanceMargin: z.number().nullable(),
  marginRatio: numberOrInfinity.nullable(),
  positions: z.array(positionRiskRowSchema),
  error: z.object({ path: z.string(), message: z.string() }).nullable(),
});
export type AccountAssessment = z.output<typeof accountAssessmentSchema>;

/** `cascade.book.get()`: every account with its positions and marks. */
export const book = {
  get: defineChannel('book:get', z.object({}).strict(), bookSchema),
};

/** `cascade.risk.*`: the engine over the stored book. */
export const risk = {
  /** One account. */
  assess: defineChannel('risk:assess', z.object({ accountId: idSchema }).strict(), accountAssessmentSchema),
  /** Every account, in the book's order. */
  assessBook: defineChannel('risk:assessBook', z.object({}).strict(), z.array(accountAssessmentSchema)),
};
