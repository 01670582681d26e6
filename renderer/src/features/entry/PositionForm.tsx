import { useMemo, useState } from 'react';
import type { TierOverrides } from '@shared/book/tierOverrides';
import type { Book } from '@shared/book/types';
import { ApiError } from '../../api/cascade';
import { useSetPrice, useUpsertPosition } from '../../api/queries';
import { Field } from '../../ui/Field';
import { useFormat } from '../../ui/FormatContext';
import { KeyboardForm } from '../../ui/KeyboardForm';
import { NumberInput } from '../../ui/NumberInput';
import { Select } from '../../ui/Select';
import {
  contractsFor,
  issuesToFieldErrors,
  liveRisk,
  parseDraftNumbers,
  toPositionInput,
  withShippedContractSize,
  type FieldErrors,
  type PositionDraft,
  type PositionNumberField,
} from './positionDraft';

/**
 * The keyboard-first position form: Tab walks the fields in reading order, Enter saves, Esc
 * cancels. While typing, the engine computes the LP of the account with this position in it.
 */
export function PositionForm({
  book,
  overrides,
  initial,
  onSaved,
  onCancel,
}: {
  book: Book;
  /** The user's tier overrides: the live LP is computed with them, as the Book will show it. */
  overrides?: TierOverrides;
  initial: PositionDraft;
  onSaved: (saved: { id: string; symbol: string }) => void;
  onCancel: () => void;
}) {
  const f = useFormat();
  const [draft, setDraft] = useState<PositionDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const upsert = useUpsertPosition();
  const setPrice = useSetPrice();

  const account = book.accounts.find((a) => a.id === draft.accountId);
  const contracts = contractsFor(account, draft.id);
  const isolated = account?.marginMode === 'isolated';
  const inverse = draft.contract === 'inverse';
  const live = useMemo(() => liveRisk(account, draft, overrides), [account, draft, overrides]);

  const setNumber = (k: PositionNumberField) => (v: string) => {
    setDraft((d) => ({ ...d, numbers: { ...d.numbers, [k]: v } }));
    setErrors((e) => ({ ...e, [k]: undefined }));
  };
  const errorOf = (k: keyof FieldErrors) => errors[k] ?? (live?.error?.field === k ? live.error.message : undefined);

  const save = async () => {
    const { input, errors: found } = toPositionInput(draft);
    setErrors(found);
    setFormError(null);
    if (!input) return;
    try {
      const saved = await upsert.mutateAsync(input);
      // A typed mark is a manual price for the symbol (marks live in the prices table).
      const mark = parseDraftNumbers(draft).values.markPrice;
      const stored = account?.positions.find((p) => p.symbol === saved.symbol);
      if (mark !== undefined && mark > 0 && (!stored || stored.markPrice !== mark || stored.markSource === 'entry')) {
        await setPrice.mutateAsync({ symbol: saved.symbol, mark });
      }
      onSaved({ id: saved.id, symbol: saved.symbol });
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        const { fields, rest } = issuesToFieldErrors(error.issues);
        setErrors(fields);
        setFormError(rest.length > 0 ? rest.join('; ') : Object.keys(fields).length === 0 ? error.message : null);
      } else setFormError(error instanceof Error ? error.message : String(error));
    }
  };

  const numberField = (k: PositionNumberField, label: string, hint?: string) => (
    <Field label={label} error={errorOf(k)} hint={hint}>
      <NumberInput name={k} value={draft.numbers[k]} onValueChange={setNumber(k)} />
    </Field>
  );

  return (
    <KeyboardForm
      label={draft.id ? 'Edit position' : 'New position'}
      title={draft.id ? `Edit position ${initial.symbol}` : 'New position'}
      submitLabel={draft.id ? 'Save' : 'Add position'}
      saving={upsert.isPending}
      formError={formError}
      onSave={save}
      onCancel={onCancel}
    >
      <Field label="Account" error={errors.accountId}>
        <Select
          name="accountId"
          value={draft.accountId}
          options={[
            { value: '', label: '— choose —' },
            ...book.accounts.map((a) => ({ value: a.id, label: `${a.name} (${a.venue}, ${a.marginMode})` })),
          ]}
          onValueChange={(v) => {
            const next = book.accounts.find((a) => a.id === v);
            setDraft((d) =>
              withShippedContractSize(
                {
                  ...d,
                  accountId: v,
                  contract: contractsFor(next, d.id).includes(d.contract) ? d.contract : contractsFor(next, d.id)[0],
                },
                next,
              ),
            );
          }}
        />
      </Field>
      <Field label="Symbol" error={errorOf('symbol')}>
        <input
          name="symbol"
          autoComplete="off"
          spellCheck={false}
          value={draft.symbol}
          placeholder="BTCUSDT"
          onChange={(e) => {
            setDraft((d) => withShippedContractSize({ ...d, symbol: e.target.value }, account));
            setErrors((x) => ({ ...x, symbol: undefined }));
          }}
        />
      </Field>
      <Field label="Side">
        <Select
          name="side"
          value={draft.side}
          options={[
            { value: 'long', label: 'Long' },
            { value: 'short', label: 'Short' },
          ]}
          onValueChange={(v) => setDraft((d) => ({ ...d, side: v }))}
        />
      </Field>
      <Field
        label="Contract"
        error={errorOf('contract')}
        hint={contracts.length === 1 ? `this account holds ${contracts[0]} contracts` : undefined}
      >
        <Select
          name="contract"
          value={draft.contract}
          disabled={contracts.length === 1}
          options={contracts.map((c) => ({
            value: c,
            label: c === 'linear' ? 'Linear (USDT/USD margined)' : 'Inverse (coin margined)',
          }))}
          onValueChange={(v) => setDraft((d) => withShippedContractSize({ ...d, contract: v }, account))}
        />
      </Field>
      {numberField('quantity', inverse ? 'Contracts' : 'Quantity (base)')}
      {inverse && numberField('contractSize', 'Contract size (USD)', 'e.g. 100 on Binance COIN-M BTCUSD')}
      {numberField('entryPrice', 'Entry price')}
      {numberField('markPrice', 'Mark price', 'empty: the stored mark, else entry')}
      {numberField('leverage', 'Leverage', isolated ? 'isolated: leverage or margin' : undefined)}
      {isolated && numberField('isolatedMargin', inverse ? 'Isolated margin (coin)' : 'Isolated margin')}
      {numberField('mmr', 'Maint. rate (mmr)', 'only for symbols without a tier table, e.g. 0.01')}
      {numberField('tickSize', 'Tick size')}
      {numberField('stopLoss', 'Stop loss')}
      {numberField('takeProfit', 'Take profit')}
      <Field label="Notes" className="form-wide">
        <input name="notes" value={draft.notes} onChange={(e) => setDraft((d) => ({ ...d, notes: e.target.value }))} />
      </Field>
      <output className="live-lp" aria-live="polite" aria-label="Live liquidation price" data-testid="live-lp">
        {!live && <span className="muted">The liquidation price appears here as you type symbol, size and entry.</span>}
        {live?.error && !live.error.field && <span className="field-error">{live.error.message}</span>}
        {live?.error?.field && <span className="muted">Fix the highlighted field to see the liquidation price.</span>}
        {live?.position && (
          <>
            <span>
              Liq. price{' '}
              <b data-testid="live-lp-value">
                {live.position.liquidationPrice === null
                  ? 'none'
                  : f.price(live.position.liquidationPrice, parseTick(draft))}
              </b>
            </span>
            <span>To LP {f.pct(live.position.distanceToLiquidation, 1)}</span>
            <span>Bankruptcy {f.price(live.position.bankruptcyPrice, parseTick(draft))}</span>
            <span>Maint. {f.money(live.position.maintenanceMargin, inverse ? 6 : 2)}</span>
            {live.account && <span>Account margin ratio {f.pct(live.account.marginRatio, 1)}</span>}
          </>
        )}
      </output>
    </KeyboardForm>
  );
}

function parseTick(d: PositionDraft): number | undefined {
  const t = Number(d.numbers.tickSize);
  return d.numbers.tickSize.trim() && t > 0 ? t : undefined;
}
