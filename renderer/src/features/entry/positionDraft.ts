/**
 * The position form's model: the text of each field, its parse into a `positions.upsert`
 * request, and the live risk of the account with the draft in it (engine, in the renderer).
 */
import type { BookAccount, BookPosition } from '@shared/book/types';
import { applyTierOverrides, NO_TIER_OVERRIDES, type TierOverrides } from '@shared/book/tierOverrides';
import { toAccountSpec } from '@shared/book/types';
import { assessAccount, EngineInputError, normalizeSymbol, VENUE_CONTRACTS } from '@shared/engine';
import type { AccountRisk, PositionRisk } from '@shared/engine';
import type { PositionInput } from '../../api/queries';
import { lookupLotStep } from '@shared/sizing/lots';
import { parseNumber } from '../../ui/NumberInput';

export const POSITION_NUMBER_FIELDS = [
  'quantity',
  'contractSize',
  'entryPrice',
  'markPrice',
  'leverage',
  'isolatedMargin',
  'mmr',
  'tickSize',
  'stopLoss',
  'takeProfit',
] as const;
export type PositionNumberField = (typeof POSITION_NUMBER_FIELDS)[number];

export interface PositionDraft {
  id?: string;
  accountId: string;
  symbol: string;
  side: 'long' | 'short';
  contract: 'linear' | 'inverse';
  notes: string;
  numbers: Record<PositionNumberField, string>;
  /**
   * Stored fields the form has no input for (imported tiers, Hyperliquid's maxLeverage, the open
   * time), carried through an edit so that saving the form never drops them.
   */
  kept?: Pick<
    BookPosition,
    'symbol' | 'accountId' | 'contract' | 'tiers' | 'mmr' | 'maintenanceAmount' | 'maxLeverage' | 'openedAt'
  >;
}

export type FieldErrors = Partial<
  Record<PositionNumberField | 'symbol' | 'accountId' | 'side' | 'contract' | 'notes', string>
>;

const REQUIRED: readonly PositionNumberField[] = ['quantity', 'entryPrice'];

/** Contract kinds a new position in this account may have (its existing kind, else the venue's). */
export function contractsFor(
  account: BookAccount | undefined,
  editingId?: string,
): ReadonlyArray<'linear' | 'inverse'> {
  if (!account) return ['linear', 'inverse'];
  const other = account.positions.find((p) => p.id !== editingId);
  return other ? [other.contract] : VENUE_CONTRACTS[account.venue];
}

const text = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** A draft for a new position in `account`, or for editing `position`. */
export function draftFor(account: BookAccount | undefined, position?: BookPosition): PositionDraft {
  if (position) {
    return {
      id: position.id,
      accountId: position.accountId,
      symbol: position.symbol,
      side: position.side,
      contract: position.contract,
      notes: position.notes ?? '',
      kept: {
        symbol: position.symbol,
        accountId: position.accountId,
        contract: position.contract,
        tiers: position.tiers,
        mmr: position.mmr,
        maintenanceAmount: position.maintenanceAmount,
        maxLeverage: position.maxLeverage,
        openedAt: position.openedAt,
      },
      numbers: {
        quantity: text(position.quantity),
        contractSize: text(position.contractSize),
        entryPrice: text(position.entryPrice),
        markPrice: position.markSource === 'entry' ? '' : text(position.markPrice),
        leverage: text(position.leverage),
        isolatedMargin: text(position.isolatedMargin),
        mmr: text(position.mmr),
        tickSize: text(position.tickSize),
        stopLoss: text(position.stopLoss),
        takeProfit: text(position.takeProfit),
      },
    };
  }
  const numbers = Object.fromEntries(POSITION_NUMBER_FIELDS.map((k) => [k, ''])) as Record<PositionNumberField, string>;
  return {
    accountId: account?.id ?? '',
    symbol: '',
    side: 'long',
    contract: contractsFor(account)[0],
    notes: '',
    numbers,
  };
}

/**
 * An inverse draft with no contract size gets the venue's own for a symbol Cascade knows (100 USD
 * on Binance COIN-M and OKX BTC-USD-SWAP): the engine's default of 1 USD would make the position
 * 100 times too small. Shown in the field, so the trader sees and can change it.
 */
export function withShippedContractSize(draft: PositionDraft, account: BookAccount | undefined): PositionDraft {
  if (!account || draft.contract !== 'inverse' || draft.numbers.contractSize.trim() !== '' || !draft.symbol.trim())
    return draft;
  const cs = lookupLotStep(account.venue, draft.symbol.trim())?.contractSize;
  return cs === undefined ? draft : { ...draft, numbers: { ...draft.numbers, contractSize: String(cs) } };
}

/** Parsed numbers of a draft, plus an error per field that is not a number. */
export function parseDraftNumbers(draft: PositionDraft): {
  values: Partial<Record<PositionNumberField, number>>;
  errors: FieldErrors;
} {
  const values: Partial<Record<PositionNumberField, number>> = {};
  const errors: FieldErrors = {};
  for (const k of POSITION_NUMBER_FIELDS) {
    const v = parseNumber(draft.numbers[k]);
    if (v === undefined) continue;
    if (Number.isNaN(v)) errors[k] = `expected a number, got ${JSON.stringify(draft.numbers[k].trim())}`;
    else values[k] = v;
  }
  return { values, errors };
}

/**
 * The stored fields an edit carries through (see {@link PositionDraft.kept}). A typed maintenance
 * rate that differs from the stored one replaces the stored tiers and maintenance amount: tiers
 * take precedence in the engine, so keeping them would silently ignore what was typed.
 */
function keptFields(draft: PositionDraft, typedMmr: number | undefined): Partial<PositionInput> {
  const kept = draft.kept;
  if (!kept) return {};
  const out: Partial<PositionInput> = {};
  if (kept.openedAt) out.openedAt = kept.openedAt;
  // Maintenance parameters belong to the instrument: a position moved to another symbol, account
  // (venue) or contract kind does not take them along (another symbol's tiers would be wrong).
  const sameInstrument =
    normalizeSymbol(draft.symbol) === normalizeSymbol(kept.symbol) &&
    draft.accountId === kept.accountId &&
    draft.contract === kept.contract;
  if (!sameInstrument) return out;
  if (typedMmr === kept.mmr) {
    if (kept.tiers) out.tiers = kept.tiers;
    if (kept.maintenanceAmount !== undefined) out.maintenanceAmount = kept.maintenanceAmount;
  }
  if (kept.maxLeverage !== undefined) out.maxLeverage = kept.maxLeverage;
  return out;
}

/** The `positions.upsert` request of a draft, or the fields to fix first. */
export function toPositionInput(draft: PositionDraft): { input?: PositionInput; errors: FieldErrors } {
  const { values, errors } = parseDraftNumbers(draft);
  if (!draft.accountId) errors.accountId = 'choose an account (create one first)';
  if (!draft.symbol.trim()) errors.symbol = 'expected a symbol, e.g. BTCUSDT';
  for (const k of REQUIRED) if (values[k] === undefined && !errors[k]) errors[k] = 'required';
  if (Object.keys(errors).length > 0) return { errors };
  const input: PositionInput = {
    ...(draft.id ? { id: draft.id } : {}),
    accountId: draft.accountId,
    symbol: draft.symbol.trim().toUpperCase(),
    side: draft.side,
    contract: draft.contract,
    quantity: values.quantity!,
    entryPrice: values.entryPrice!,
    contractSize: values.contractSize,
    leverage: values.leverage,
    isolatedMargin: values.isolatedMargin,
    mmr: values.mmr,
    tickSize: values.tickSize,
    stopLoss: values.stopLoss ?? null,
    takeProfit: values.takeProfit ?? null,
    notes: draft.notes.trim() ? draft.notes : null,
  };
  Object.assign(input, keptFields(draft, values.mmr));
  for (const key of Object.keys(input) as (keyof PositionInput)[]) if (input[key] === undefined) delete input[key];
  return { input, errors };
}

export const DRAFT_ID = '__draft__';

export interface LiveRisk {
  position?: PositionRisk;
  account?: AccountRisk;
  /** The engine's objection, attached to a form field when it names one. */
  error?: { field?: keyof FieldErrors; message: string };
}

/**
 * The account's risk with the draft in it, as the engine computes it — what the LP will be once
 * saved. The mark is the typed mark, else the stored one, else the entry price.
 */
export function liveRisk(
  account: BookAccount | undefined,
  draft: PositionDraft,
  overrides: TierOverrides = NO_TIER_OVERRIDES,
): LiveRisk | null {
  if (!account) return null;
  const { values } = parseDraftNumbers(draft);
  if (!draft.symbol.trim() || values.quantity === undefined || values.entryPrice === undefined) return null;
  const existing = draft.id ? account.positions.find((p) => p.id === draft.id) : undefined;
  const symbol = draft.symbol.trim().toUpperCase();
  const mark =
    values.markPrice ??
    (existing && existing.symbol === symbol && existing.markSource !== 'entry' ? existing.markPrice : undefined) ??
    values.entryPrice;
  const candidate: BookPosition = {
    id: draft.id ?? DRAFT_ID,
    accountId: account.id,
    symbol,
    side: draft.side,
    contract: draft.contract,
    quantity: values.quantity,
    entryPrice: values.entryPrice,
    markPrice: mark,
    markSource: 'manual',
    ...(values.contractSize !== undefined ? { contractSize: values.contractSize } : {}),
    ...(values.leverage !== undefined ? { leverage: values.leverage } : {}),
    ...(values.isolatedMargin !== undefined ? { isolatedMargin: values.isolatedMargin } : {}),
    ...(values.mmr !== undefined ? { mmr: values.mmr } : {}),
    ...(values.tickSize !== undefined ? { tickSize: values.tickSize } : {}),
    ...(keptFields(draft, values.mmr) as Partial<BookPosition>),
  };
  const others = account.positions.filter((p) => p.id !== draft.id);
  const index = others.length;
  try {
    // With the user's tier overrides, as the Book will assess it once saved.
    const risk = assessAccount(
      toAccountSpec(applyTierOverrides({ ...account, positions: [...others, candidate] }, overrides)),
    );
    return { account: risk, position: risk.positions.find((r) => r.id === candidate.id) };
  } catch (error) {
    if (error instanceof EngineInputError) {
      const m = /^positions\[(\d+)\]\.(\w+)/.exec(error.path);
      const field = m && Number(m[1]) === index ? (m[2] as keyof FieldErrors) : undefined;
      const about = m && Number(m[1]) !== index ? `${others[Number(m[1])]?.symbol ?? 'another position'}: ` : '';
      // Name other positions by what the trader sees ("the BTCUSDT long"), not by engine index.
      const readable = (field ? error.reason : error.message).replace(/positions\[(\d+)\]/g, (m, i: string) => {
        const p = Number(i) === index ? undefined : others[Number(i)];
        return p ? `the ${p.symbol} ${p.side} position` : m;
      });
      return { error: { field: field && isFormField(field) ? field : undefined, message: about + readable } };
    }
    return { error: { message: error instanceof Error ? error.message : String(error) } };
  }
}

function isFormField(k: string): k is keyof FieldErrors {
  return (
    (POSITION_NUMBER_FIELDS as readonly string[]).includes(k) ||
    ['symbol', 'side', 'contract', 'notes', 'accountId'].includes(k)
  );
}

/** Maps IPC issue paths (`entryPrice`, `positions[2].leverage`) onto the form's fields. */
export function issuesToFieldErrors(issues: ReadonlyArray<{ path: string; message: string }>): {
  fields: FieldErrors;
  rest: string[];
} {
  const fields: FieldErrors = {};
  const rest: string[] = [];
  for (const issue of issues) {
    const last =
      issue.path
        .split('.')
        .pop()
        ?.replace(/\[\d+\]$/, '') ?? '';
    if (last && isFormField(last)) fields[last] ??= issue.message;
    else rest.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  }
  return { fields, rest };
}
