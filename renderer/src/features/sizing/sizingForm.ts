/**
 * The Sizing form's state (text as typed) → the calculator's raw input (shared/sizing
 * `sizingInputSchema`), and the calculator's error path → the form field to show it on.
 */
import { toAccountSpec, type BookAccount } from '@shared/book/types';
import type { VenueId } from '@shared/engine/types';
import { EngineInputError } from '@shared/engine/errors';
import { sizePosition, type SizingResult } from '@shared/sizing/calculator';
import { parseNumber } from '../../ui/NumberInput';
import { NO_TIER_OVERRIDES, overrideKey, type TierOverrides } from '@shared/book/tierOverrides';

export interface SizingForm {
  accountId: string;
  venue: VenueId;
  marginMode: 'isolated' | 'cross';
  equity: string;
  symbol: string;
  side: '' | 'long' | 'short';
  entry: string;
  stopMode: 'price' | 'percent';
  stop: string;
  takeProfit: string;
  leverage: string;
  riskMode: 'percent' | 'amount';
  risk: string;
  /** Percent (0.05 = 0.05 %). */
  feePct: string;
  /** Percent, optional (the shipped tier table otherwise). */
  mmrPct: string;
}

export type FieldName = keyof SizingForm;

export const EMPTY_FORM: SizingForm = {
  accountId: '',
  venue: 'binance-usdm',
  marginMode: 'cross',
  equity: '',
  symbol: '',
  side: '',
  entry: '',
  stopMode: 'price',
  stop: '',
  takeProfit: '',
  leverage: '10',
  riskMode: 'percent',
  risk: '1',
  feePct: '0.05',
  mmrPct: '',
};

/** Required fields, with the label to name when one is empty. */
export const REQUIRED: [FieldName, string][] = [
  ['equity', 'equity'],
  ['symbol', 'symbol'],
  ['entry', 'entry'],
  ['stop', 'stop'],
  ['leverage', 'leverage'],
  ['risk', 'risk'],
];

/** The form prefilled from an account: venue, margin mode, wallet balance, taker fee. */
export function formForAccount(form: SizingForm, account: BookAccount | undefined): SizingForm {
  if (!account) return { ...form, accountId: '' };
  return {
    ...form,
    accountId: account.id,
    venue: account.venue,
    marginMode: account.marginMode,
    equity: String(account.walletBalance),
    feePct: account.takerFeeRate !== undefined ? String(account.takerFeeRate * 100) : form.feePct,
  };
}

const num = (text: string) => parseNumber(text);

/** Raw calculator input; numbers that do not parse stay NaN so the schema names the field. */
export function toSizingInput(
  form: SizingForm,
  account: BookAccount | undefined,
  overrides: TierOverrides = NO_TIER_OVERRIDES,
): Record<string, unknown> {
  const spec = account ? toAccountSpec(account) : undefined;
  const fee = num(form.feePct);
  const mmr = num(form.mmrPct);
  // The user's tier override for the traded symbol, as the Book will assess the position (no typed rate).
  const override =
    mmr === undefined && form.symbol.trim() ? overrides.get(overrideKey(form.venue, form.symbol.trim())) : undefined;
  return {
    ...(override ? { tiers: [...override] } : {}),
    venue: form.venue,
    symbol: form.symbol,
    contract: spec?.positions[0]?.contract,
    marginMode: form.marginMode,
    positionMode: form.marginMode === 'cross' ? spec?.positionMode : undefined,
    equity: num(form.equity),
    feeRate: fee === undefined ? undefined : fee / 100,
    otherPositions: form.marginMode === 'cross' && spec ? spec.positions : [],
    risk: { mode: form.riskMode, value: num(form.risk) },
    side: form.side || undefined,
    entry: num(form.entry),
    stop: { mode: form.stopMode, value: num(form.stop) },
    takeProfit: num(form.takeProfit),
    leverage: num(form.leverage),
    mmr: mmr === undefined ? undefined : mmr / 100,
  };
}

/** Calculator path (`stop.value`, `risk.value`, `otherPositions[2].mmr`) → the field that shows it; null: the form as a whole. */
export function fieldOfPath(path: string): FieldName | null {
  const root = path.split(/[.[]/)[0];
  const map: Record<string, FieldName> = {
    equity: 'equity',
    symbol: 'symbol',
    side: 'side',
    entry: 'entry',
    stop: 'stop',
    takeProfit: 'takeProfit',
    leverage: 'leverage',
    risk: 'risk',
    feeRate: 'feePct',
    mmr: 'mmrPct',
    venue: 'venue',
    marginMode: 'marginMode',
  };
  return map[root] ?? null;
}

export type SizingOutcome =
  | { kind: 'incomplete'; missing: string[] }
  | { kind: 'error'; field: FieldName | null; message: string }
  | { kind: 'ok'; result: SizingResult };

/** Runs the calculator on the form (pure; called on every keystroke). */
export function runSizing(
  form: SizingForm,
  account: BookAccount | undefined,
  overrides?: TierOverrides,
): SizingOutcome {
  const missing = REQUIRED.filter(([f]) => form[f].trim() === '').map(([, label]) => label);
  if (missing.length > 0) return { kind: 'incomplete', missing };
  try {
    return { kind: 'ok', result: sizePosition(toSizingInput(form, account, overrides)) };
  } catch (e) {
    if (e instanceof EngineInputError) {
      const field = fieldOfPath(e.path);
      // On a field: the reason alone (the field is named by its label); otherwise path and reason.
      return { kind: 'error', field, message: field && !e.path.includes('[') ? e.reason : e.message };
    }
    return { kind: 'error', field: null, message: e instanceof Error ? e.message : String(e) };
  }
}
