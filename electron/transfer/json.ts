import { z } from 'zod';
import { accountSpecSchema, positionSpecSchema } from '@shared/engine/schema';
import { MAX_LEVERAGE, SYMBOL_PATTERN, symbolSchema } from '@shared/book/schema';
import { formatPath } from '@shared/errors';
import { CellError, parseTiersValue } from './cells';
import { passesFast } from './jsonFast';
import type { ImportDoc, ImportPosition, Origin } from './types';
import { ImportFileError } from './types';

/** The file format's version; a file from a newer Cascade is refused by name. */
export const JSON_FORMAT_VERSION = 1;

const a = accountSpecSchema.shape;
const p = positionSpecSchema.shape;
const show = (v: unknown): string =>
  typeof v === 'string'
    ? JSON.stringify(v)
    : v === null
      ? 'null'
      : Array.isArray(v)
        ? 'an array'
        : typeof v === 'number'
          ? String(v)
          : typeof v;
const positiveOrNull = z.custom<number | null>(
  (v) => v === null || (typeof v === 'number' && Number.isFinite(v) && v > 0),
  {
    error: (iss) => `expected a positive number or null, got ${show(iss.input)}`,
  },
);
const textOrNull = (max: number) =>
  z.custom<string | null>((v) => v === null || (typeof v === 'string' && v.length <= max), {
    error: (iss) => `expected text of at most ${max} characters or null, got ${show(iss.input)}`,
  });
const leverage = z.custom<number>((v) => typeof v === 'number' && v >= 1 && v <= MAX_LEVERAGE, {
  error: (iss) => `expected a number between 1 and ${MAX_LEVERAGE}, got ${show(iss.input)}`,
});
const tiers = z.unknown().transform((value, ctx) => {
  try {
    return parseTiersValue(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: error instanceof CellError ? error.message : String(error) });
    return z.NEVER;
  }
});
const isoOrNull = z.custom<string | null>(
  (v) => v === null || (typeof v === 'string' && !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v)),
  {
    error: (iss) => `expected an ISO 8601 date-time such as 2026-03-01T12:00:00Z, got ${show(iss.input)}`,
  },
);

const positionSchema = z
  .object({
    /** Accepted and ignored: positions are matched on account + symbol + side. */
    id: z.string().optional(),
    symbol: symbolSchema,
    side: p.side,
    contract: p.contract,
    quantity: p.quantity,
    contractSize: p.contractSize,
    entryPrice: p.entryPrice,
    leverage: leverage.optional(),
    isolatedMargin: p.isolatedMargin,
    tiers: tiers.optional(),
    mmr: p.mmr,
    maintenanceAmount: p.maintenanceAmount,
    maxLeverage: p.maxLeverage,
    tickSize: p.tickSize,
    stopLoss: positiveOrNull.optional(),
    takeProfit: positiveOrNull.optional(),
    openedAt: isoOrNull.optional(),
    notes: textOrNull(10_000).optional(),
    markPrice: z
      .custom<never>(() => false, {
        error: 'marks are not stored per position; put them in "prices": { "BTCUSDT": 70250.5 }',
      })
      .optional(),
  })
  .strict();

const accountSchema = z
  .object({
    name: z.custom<string>((v) => typeof v === 'string' && v.trim().length > 0 && v.length <= 100, {
      error: (iss) => `expected an account name (1 to 100 characters), got ${show(iss.input)}`,
    }),
    venue: a.venue,
    marginMode: a.marginMode,
    positionMode: a.positionMode,
    walletBalance: a.walletBalance,
    takerFeeRate: a.takerFeeRate,
    notes: textOrNull(10_000).optional(),
    positions: z.array(positionSchema).optional(),
  })
  .strict();

const tierOverrideSchema = z
  .object({
    venue: a.venue,
    symbol: symbolSchema,
    tiers,
    source: textOrNull(500).optional(),
  })
  .strict();

export const fileSchema = z
  .object({
    version: z.custom<1>((v) => v === JSON_FORMAT_VERSION, {
      error: (iss) =>
        typeof iss.input === 'number' && iss.input > JSON_FORMAT_VERSION
          ? `this file is format version ${iss.input}, written by a newer Cascade; this one reads version ${JSON_FORMAT_VERSION}`
          : `expected ${JSON_FORMAT_VERSION}, got ${show(iss.input)}`,
    }),
    accounts: z.array(accountSchema),
    prices: z
      .record(
        z.string().regex(SYMBOL_PATTERN, { error: 'expected a symbol such as BTCUSDT' }),
        z.custom<number>((v) => typeof v === 'number' && Number.isFinite(v) && v > 0, {
          error: (iss) => `expected a positive price, got ${show(iss.input)}`,
        }),
      )
      .optional(),
    /** The user's maintenance-tier overrides per venue + symbol (Settings → Maintenance tiers). */
    tierOverrides: z.array(tierOverrideSchema).optional(),
  })
  .strict();

/** A position's origin whose path is spelled only when a message needs it (10 000 rows, few errors). */
class PositionOrigin implements Origin {
  readonly row = null;
  constructor(
    private readonly account: number,
    private readonly index: number,
  ) {}
  get path(): string {
    return `accounts[${this.account}].positions[${this.index}]`;
  }
}

/** Reads Cascade's JSON format. Throws a list of {@link ImportFileError}s naming the JSON path. */
export function readJson(text: string): ImportDoc {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw [ImportFileError.atPath('', `not valid JSON (${(error as Error).message})`)];
  }
  let file: z.output<typeof fileSchema>;
  if (passesFast(data)) file = data as z.output<typeof fileSchema>;
  else {
    const result = fileSchema.safeParse(data);
    if (!result.success) {
      throw result.error.issues
        .slice(0, 10)
        .map((issue) => ImportFileError.atPath(formatPath(issue.path), issue.message));
    }
    file = result.data;
  }
  const names = new Map<string, number>();
  const accounts = file.accounts.map((acc, i) => {
    const seen = names.get(acc.name);
    if (seen !== undefined)
      throw [
        ImportFileError.atPath(
          `accounts[${i}].name`,
          `duplicate account name ${JSON.stringify(acc.name)} (also accounts[${seen}])`,
        ),
      ];
    names.set(acc.name, i);
    return {
      name: acc.name.trim(),
      venue: acc.venue,
      marginMode: acc.marginMode,
      positionMode: acc.positionMode ?? null,
      walletBalance: acc.walletBalance,
      takerFeeRate: acc.takerFeeRate ?? null,
      notes: acc.notes ?? null,
      origin: { row: null, path: `accounts[${i}]` },
      positions: (acc.positions ?? []).map((pos, j): ImportPosition => ({
        symbol: pos.symbol.trim().toUpperCase(),
        side: pos.side,
        contract: pos.contract,
        quantity: pos.quantity,
        entryPrice: pos.entryPrice,
        contractSize: pos.contractSize ?? null,
        leverage: pos.leverage ?? null,
        isolatedMargin: pos.isolatedMargin ?? null,
        tiers: pos.tiers ?? null,
        mmr: pos.mmr ?? null,
        maintenanceAmount: pos.maintenanceAmount ?? null,
        maxLeverage: pos.maxLeverage ?? null,
        tickSize: pos.tickSize ?? null,
        stopLoss: pos.stopLoss ?? null,
        takeProfit: pos.takeProfit ?? null,
        openedAt: pos.openedAt ? new Date(pos.openedAt).toISOString() : null,
        notes: pos.notes ?? null,
        origin: new PositionOrigin(i, j),
      })),
    };
  });
  const prices = Object.entries(file.prices ?? {}).map(([symbol, mark]) => ({
    symbol: symbol.toUpperCase(),
    mark,
    origin: { row: null, path: `prices.${symbol}` },
  }));
  const tierOverrides = file.tierOverrides?.map((o, i) => ({
    venue: o.venue,
    symbol: o.symbol.trim().toUpperCase(),
    tiers: o.tiers,
    source: o.source ?? null,
    origin: { row: null, path: `tierOverrides[${i}]` },
  }));
  return { layout: 'cascade-json', accounts, prices, ...(tierOverrides ? { tierOverrides } : {}) };
}
