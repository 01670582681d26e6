/**
 * Row shapes the storage channels send and receive. Request fields reuse the engine's zod
 * schemas (shared/engine/schema.ts) so a position the IPC accepts is one the engine accepts,
 * with the same messages. Response schemas are plain, non-strict objects: they describe what
 * main sends, they are not a second validation layer.
 */
import { z } from 'zod';
import { accountSpecSchema, maintenanceTiersSchema, positionSpecSchema } from '../engine/schema';

/** A stored record's id: a positive integer written as a decimal string (`"42"`). */
export const idSchema = z.string().regex(/^[1-9][0-9]{0,15}$/, {
  error: (iss) => `expected an id (a positive integer as a string), got ${JSON.stringify(iss.input)}`,
});

/** Any number but NaN (ratios may be Infinity when nothing is at risk). */
export const numberOrInfinity = z.custom<number>((v) => typeof v === 'number' && !Number.isNaN(v), {
  error: 'expected a number',
});

const optionalPrice = z
  .custom<number | null>((v) => v === null || (typeof v === 'number' && Number.isFinite(v) && v > 0), {
    error: (iss) => `expected a finite positive price or null, got ${JSON.stringify(iss.input) ?? String(iss.input)}`,
  })
  .optional();
const optionalText = (max: number) =>
  z
    .string()
    .max(max, { error: `expected at most ${max} characters` })
    .nullable()
    .optional();
const isoTime = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date-time, e.g. 2026-03-01T12:00:00Z' });

/** Highest leverage stored (exchanges offer up to 200x on their deepest books). */
export const MAX_LEVERAGE = 200;

/** Symbols as exchanges write them: BTCUSDT, BTC-USDT-SWAP, BTC_USDT, XBTUSD, ETH/USDC:USDC. */
export const SYMBOL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9\-_./:]{0,39}$/;

/** A symbol (stored upper-case). */
export const symbolSchema = z
  .string()
  .trim()
  .regex(SYMBOL_PATTERN, {
    error: (iss) => `expected a symbol such as BTCUSDT (letters, digits, - _ . / :), got ${JSON.stringify(iss.input)}`,
  });

const leverageSchema = z.custom<number>((v) => typeof v === 'number' && v >= 1 && v <= MAX_LEVERAGE, {
  error: (iss) =>
    `expected a number between 1 and ${MAX_LEVERAGE}, got ${JSON.stringify(iss.input) ?? String(iss.input)}`,
});

const a = accountSpecSchema.shape;
const p = positionSpecSchema.shape;

/** What the user edits on an account (`id` absent: create). */
export const accountInputSchema = z.object({
  id: idSchema.optional(),
  name: z
    .string()
    .trim()
    .min(1, { error: 'expected a non-empty account name' })
    .max(100, { error: 'expected at most 100 characters' }),
  venue: a.venue,
  marginMode: a.marginMode,
  positionMode: a.positionMode,
  walletBalance: a.walletBalance,
  takerFeeRate: a.takerFeeRate,
  notes: optionalText(10_000),
});
export type AccountInput = z.input<typeof accountInputSchema>;

/** A stored account without its positions. */
export const accountRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  venue: a.venue,
  marginMode: a.marginMode,
  positionMode: a.positionMode,
  walletBalance: z.number(),
  takerFeeRate: z.number().optional(),
  notes: z.string().nullable().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type AccountRow = z.output<typeof accountRowSchema>;

/** The trader's own fields on a position, beside the engine's. */
const positionUserFields = {
  stopLoss: optionalPrice,
  takeProfit: optionalPrice,
  openedAt: isoTime.nullable().optional(),
  notes: optionalText(10_000),
};

/**
 * What the user edits on a position (`id` absent: create). The engine fields minus `id` and
 * `markPrice` (marks come from the prices table); unknown keys such as `markPrice` or
 * `markSource` are dropped, so a {@link BookPosition} can be sent back as it is.
 */
export const positionInputSchema = z.object({
  id: idSchema.optional(),
  accountId: idSchema,
  symbol: symbolSchema,
  side: p.side,
  contract: p.contract,
  quantity: p.quantity,
  contractSize: p.contractSize,
  entryPrice: p.entryPrice,
  leverage: leverageSchema.optional(),
  isolatedMargin: p.isolatedMargin,
  tiers: p.tiers,
  mmr: p.mmr,
  maintenanceAmount: p.maintenanceAmount,
  maxLeverage: p.maxLeverage,
  tickSize: p.tickSize,
  ...positionUserFields,
});
export type PositionInput = z.input<typeof positionInputSchema>;

/** A stored position as the book carries it ({@link import('./types').BookPosition}). */
export const bookPositionSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  symbol: z.string(),
  side: p.side,
  contract: p.contract,
  quantity: z.number(),
  contractSize: z.number().optional(),
  entryPrice: z.number(),
  markPrice: z.number(),
  leverage: z.number().optional(),
  isolatedMargin: z.number().optional(),
  tiers: maintenanceTiersSchema.optional(),
  mmr: z.number().optional(),
  maintenanceAmount: z.number().optional(),
  maxLeverage: z.number().optional(),
  tickSize: z.number().optional(),
  stopLoss: z.number().nullable().optional(),
  takeProfit: z.number().nullable().optional(),
  openedAt: z.string().nullable().optional(),
  notes: z.string().nullable().optional(),
  markSource: z.enum(['manual', 'feed', 'entry']),
  markAt: z.string().nullable().optional(),
});

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * A position inside a bulk response (book, position list): its core fields are checked with a
 * plain function instead of the per-field schema above. Main builds these rows from typed
 * columns, and a field-by-field zod pass over a 10 000-position book costs about as much as
 * reading it from SQLite; single-row responses keep {@link bookPositionSchema}.
 */
export const bookPositionInListSchema = z.custom<z.output<typeof bookPositionSchema>>(
  (v) => {
    if (typeof v !== 'object' || v === null) return false;
    const p = v as Record<string, unknown>;
    return (
      typeof p.id === 'string' &&
      typeof p.accountId === 'string' &&
      typeof p.symbol === 'string' &&
      (p.side === 'long' || p.side === 'short') &&
      (p.contract === 'linear' || p.contract === 'inverse') &&
      isNum(p.quantity) &&
      isNum(p.entryPrice) &&
      isNum(p.markPrice) &&
      (p.markSource === 'manual' || p.markSource === 'feed' || p.markSource === 'entry')
    );
  },
  {
    error:
      'expected a stored position (id, accountId, symbol, side, contract, quantity, entryPrice, markPrice, markSource)',
  },
);

/** One account of the {@link import('./types').Book}. */
export const bookAccountSchema = accountRowSchema.extend({ positions: z.array(bookPositionInListSchema) });

/** The whole book. */
export const bookSchema = z.object({ accounts: z.array(bookAccountSchema) });

/** A stored mark price. */
export const priceRowSchema = z.object({
  symbol: z.string(),
  mark: z.number(),
  source: z.enum(['manual', 'feed']),
  at: z.string(),
});
export type PriceRow = z.output<typeof priceRowSchema>;
