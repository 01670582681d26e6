/**
 * The sizing calculator's input, as one zod schema: the UI form and the CLI validate with it, so
 * they accept and refuse exactly the same things. {@link parseSizingInput} turns the first
 * problem into an {@link EngineInputError} naming the field (`stop.value: ...`).
 */
import { z } from 'zod';
import { EngineInputError, maintenanceTiersSchema, positionSpecSchema, VENUE_IDS } from '../engine/index';

const positive = (what: string) =>
  z
    .number({ error: `${what}: expected a number` })
    .finite(`${what}: expected a finite number`)
    .positive(`${what}: expected a number > 0`);

/** Risk per trade: a percent of equity or an amount (quote for linear, coin for inverse). */
export const riskSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('percent'), value: positive('risk').max(100, 'risk: at most 100 % of equity') }),
  z.strictObject({ mode: z.literal('amount'), value: positive('risk') }),
]);

/** Stop-loss: a price, or a percent away from the entry (needs `side`). */
export const stopSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('price'), value: positive('stop') }),
  z.strictObject({ mode: z.literal('percent'), value: positive('stop').max(99, 'stop: at most 99 % from entry') }),
]);

/** Everything the calculator needs. Money is in the account's currency: quote (linear) or coin (inverse). */
export const sizingInputSchema = z
  .strictObject({
    venue: z.enum(VENUE_IDS),
    symbol: z.string().trim().min(1, 'symbol: expected a non-empty symbol'),
    /** Default: the venue's first contract kind (VENUE_CONTRACTS). */
    contract: z.enum(['linear', 'inverse']).optional(),
    marginMode: z.enum(['isolated', 'cross']).default('cross'),
    /** Cross: 'hedge' lets the new position sit beside another on the same symbol. */
    positionMode: z.enum(['one-way', 'hedge']).optional(),
    /** Cross: the wallet balance. Isolated: the free balance margin can come from. */
    equity: positive('equity'),
    /** Taker fee rate charged on entry and on exit, e.g. 0.0005 for 0.05 %. */
    feeRate: z.number().finite().min(0).max(0.1).default(0),
    /** Cross only: the account's other open positions (same contract kind). */
    otherPositions: z.array(positionSpecSchema).default([]),
    risk: riskSchema,
    /** Optional when the stop is a price (inferred: stop below entry → long). */
    side: z.enum(['long', 'short']).optional(),
    entry: positive('entry'),
    stop: stopSchema,
    takeProfit: positive('takeProfit').optional(),
    leverage: positive('leverage').max(1000, 'leverage: at most 1000'),
    /** Linear: base per contract (default 1). Inverse: quote value of one contract (e.g. 100 USD). */
    contractSize: positive('contractSize').optional(),
    /** Order step in contracts; default from the shipped lot table, else no rounding. */
    lotStep: positive('lotStep').optional(),
    tiers: maintenanceTiersSchema.optional(),
    mmr: z.number().finite().min(0).lt(1).optional(),
    maintenanceAmount: z.number().finite().min(0).optional(),
    maxLeverage: positive('maxLeverage').optional(),
    tickSize: positive('tickSize').optional(),
    /** The stop must fill at least this % (of the LP price) before the LP. */
    safetyBufferPct: z.number().finite().min(0).max(50).default(0.5),
    /** Reverse question: how much can be added before the LP comes within this % of the mark. */
    headroomLpWithinPct: z.number().finite().positive().max(99).default(5),
  })
  .superRefine((v, ctx) => {
    if (v.otherPositions.length > 0 && v.marginMode === 'isolated') {
      ctx.addIssue({
        code: 'custom',
        path: ['otherPositions'],
        message: 'other positions only matter in cross margin; isolated positions do not share margin',
      });
    }
    if (v.stop.mode === 'percent' && !v.side) {
      ctx.addIssue({ code: 'custom', path: ['side'], message: 'give side (long or short) when the stop is a percent' });
    }
    if (v.stop.mode === 'price') {
      if (v.stop.value === v.entry) {
        ctx.addIssue({
          code: 'custom',
          path: ['stop', 'value'],
          message: `the stop (${v.stop.value}) equals the entry: no risk distance`,
        });
      } else if (v.side) {
        const long = v.side === 'long';
        if (long !== v.stop.value < v.entry) {
          ctx.addIssue({
            code: 'custom',
            path: ['stop', 'value'],
            message: `a ${v.side}'s stop must be ${long ? 'below' : 'above'} the entry (${v.entry}), got ${v.stop.value}`,
          });
        }
      }
    }
  });

/** Calculator input as written by a caller (defaults optional). */
export type SizingInputRaw = z.input<typeof sizingInputSchema>;
/** Calculator input after validation (defaults filled in). */
export type SizingInput = z.output<typeof sizingInputSchema>;

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out;
}

/** Validates calculator input; throws {@link EngineInputError} naming the first bad field. */
export function parseSizingInput(raw: unknown): SizingInput {
  const r = sizingInputSchema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = formatPath(issue.path);
  // Our own messages already start with the field name; zod's built-in ones do not.
  const reason = issue.message.replace(/^[a-zA-Z]+: /, '');
  throw new EngineInputError(path, reason);
}
