import { useMemo, useState } from 'react';
import type { TierOverrides } from '@shared/book/tierOverrides';
import type { Book, BookPosition } from '@shared/book/types';
import { VENUE_IDS } from '@shared/engine/schema';
import type { SizingResult } from '@shared/sizing/calculator';
import { Button, ErrorMessage, Field, NumberInput, parseNumber, Select } from '../../ui';
import { useFormat } from '../../ui/FormatContext';
import type { PositionInput } from '../../api/queries';
import { EMPTY_FORM, formForAccount, runSizing, type FieldName, type SizingForm } from './sizingForm';
import './sizing.css';

const BOUND_TEXT: Record<SizingResult['binding'], string> = {
  risk: 'the risk budget',
  margin: 'the margin available',
  'stop-before-liquidation': 'the stop having to fill before liquidation',
};

/** The position "add this position" sends to `positions.upsert`. */
export function positionFromResult(form: SizingForm, r: SizingResult, accountId: string): PositionInput {
  const mmrPct = parseNumber(form.mmrPct);
  const mmr = mmrPct === undefined ? undefined : mmrPct / 100;
  return {
    accountId,
    symbol: form.symbol.trim(),
    side: r.side,
    contract: r.contract,
    quantity: r.contracts,
    entryPrice: r.entry,
    leverage: r.leverage,
    stopLoss: r.stop,
    takeProfit: r.takeProfit,
    ...(mmr !== undefined ? { mmr } : {}),
  };
}

/**
 * The sizing calculator (shared/sizing `sizePosition`) as a form: every keystroke recomputes; the
 * calculator's errors show on the field they name. With an account chosen, its venue, margin
 * mode, wallet and (cross) other positions feed the calculation, and "Add this position" stores it.
 */
export function SizingView(props: {
  book: Book;
  overrides?: TierOverrides;
  onAdd?: (position: PositionInput) => Promise<BookPosition>;
}) {
  const f = useFormat();
  const [form, setForm] = useState<SizingForm>(() => formForAccount(EMPTY_FORM, props.book.accounts[0]));
  const [added, setAdded] = useState<{ ok: string } | { error: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const account = props.book.accounts.find((a) => a.id === form.accountId);
  const outcome = useMemo(() => runSizing(form, account, props.overrides), [form, account, props.overrides]);
  const set =
    <K extends FieldName>(k: K) =>
    (v: SizingForm[K]) => {
      setForm((prev) => ({ ...prev, [k]: v }));
      setAdded(null);
    };
  const errorOn = (field: FieldName) =>
    outcome.kind === 'error' && outcome.field === field ? outcome.message : undefined;
  const result = outcome.kind === 'ok' ? outcome.result : null;
  const money = (v: number | null | undefined) => (result?.currency === 'coin' ? f.num(v, 8) : f.money(v));
  const canAdd = !!props.onAdd && !!account && !!result && result.contracts > 0 && !busy;

  const add = async () => {
    if (!props.onAdd || !account || !result) return;
    setBusy(true);
    try {
      const stored = await props.onAdd(positionFromResult(form, result, account.id));
      setAdded({ ok: `Added ${stored.symbol} ${stored.side} ${f.qty(stored.quantity)} to ${account.name}.` });
    } catch (error) {
      setAdded({ error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sizing" aria-label="Position sizing">
      <form className="sizing-form" onSubmit={(e) => (e.preventDefault(), void add())}>
        <Field label="Account">
          <Select
            value={form.accountId}
            onValueChange={(id) =>
              setForm((prev) =>
                formForAccount(
                  prev,
                  props.book.accounts.find((a) => a.id === id),
                ),
              )
            }
            options={[
              { value: '', label: 'None (what-if only)' },
              ...props.book.accounts.map((a) => ({ value: a.id, label: `${a.name} · ${a.venue} ${a.marginMode}` })),
            ]}
          />
        </Field>
        <Field label="Venue" error={errorOn('venue')}>
          <Select
            value={form.venue}
            disabled={!!account}
            onValueChange={set('venue')}
            options={VENUE_IDS.map((v) => ({ value: v, label: v }))}
          />
        </Field>
        <Field label="Margin mode" error={errorOn('marginMode')}>
          <Select
            value={form.marginMode}
            disabled={!!account}
            onValueChange={set('marginMode')}
            options={[
              { value: 'cross', label: 'cross' },
              { value: 'isolated', label: 'isolated' },
            ]}
          />
        </Field>
        <Field label={form.marginMode === 'cross' ? 'Wallet balance' : 'Free balance'} error={errorOn('equity')}>
          <NumberInput value={form.equity} onValueChange={set('equity')} />
        </Field>
        <Field label="Symbol" error={errorOn('symbol')}>
          <input
            type="text"
            value={form.symbol}
            onChange={(e) => set('symbol')(e.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <Field label="Side" error={errorOn('side')}>
          <Select
            value={form.side}
            onValueChange={set('side')}
            options={[
              { value: '', label: 'from the stop' },
              { value: 'long', label: 'long' },
              { value: 'short', label: 'short' },
            ]}
          />
        </Field>
        <Field label="Entry price" error={errorOn('entry')}>
          <NumberInput value={form.entry} onValueChange={set('entry')} />
        </Field>
        <div className="sizing-pair">
          <Field label={form.stopMode === 'price' ? 'Stop price' : 'Stop % from entry'} error={errorOn('stop')}>
            <NumberInput value={form.stop} onValueChange={set('stop')} />
          </Field>
          <Field label="Stop as">
            <Select
              value={form.stopMode}
              onValueChange={set('stopMode')}
              options={[
                { value: 'price', label: 'price' },
                { value: 'percent', label: '% from entry' },
              ]}
            />
          </Field>
        </div>
        <Field label="Take-profit (optional)" error={errorOn('takeProfit')}>
          <NumberInput value={form.takeProfit} onValueChange={set('takeProfit')} />
        </Field>
        <Field label="Leverage" error={errorOn('leverage')}>
          <NumberInput value={form.leverage} onValueChange={set('leverage')} />
        </Field>
        <div className="sizing-pair">
          <Field label={form.riskMode === 'percent' ? 'Risk % of equity' : 'Risk amount'} error={errorOn('risk')}>
            <NumberInput value={form.risk} onValueChange={set('risk')} />
          </Field>
          <Field label="Risk as">
            <Select
              value={form.riskMode}
              onValueChange={set('riskMode')}
              options={[
                { value: 'percent', label: '% of equity' },
                { value: 'amount', label: 'amount' },
              ]}
            />
          </Field>
        </div>
        <Field label="Taker fee %" error={errorOn('feePct')}>
          <NumberInput value={form.feePct} onValueChange={set('feePct')} />
        </Field>
        <Field label="Maintenance rate % (optional)" hint="empty: the venue's tier table" error={errorOn('mmrPct')}>
          <NumberInput value={form.mmrPct} onValueChange={set('mmrPct')} />
        </Field>
        <div className="sizing-actions">
          <Button type="submit" variant="primary" disabled={!canAdd}>
            Add this position
          </Button>
          {!account && <span className="muted">Choose an account to add the position to it.</span>}
        </div>
      </form>

      <div className="sizing-result" aria-live="polite" data-testid="sizing-result">
        {outcome.kind === 'incomplete' && <p className="muted">Fill in {outcome.missing.join(', ')}.</p>}
        {outcome.kind === 'error' && outcome.field === null && <ErrorMessage error={outcome.message} />}
        {outcome.kind === 'error' && outcome.field !== null && (
          <p className="muted">Fix the field marked in red to see the size.</p>
        )}
        {result && (
          <>
            <dl>
              <dt>Size</dt>
              <dd data-testid="sizing-size">
                {f.qty(result.size)} {result.contract === 'inverse' ? 'USD' : ''} ({f.qty(result.contracts)} contracts,{' '}
                {result.side})
              </dd>
              <dt>Bound by</dt>
              <dd>{BOUND_TEXT[result.binding]}</dd>
              <dt>Notional</dt>
              <dd>{money(result.notional)}</dd>
              <dt>Initial margin</dt>
              <dd>{money(result.initialMargin)}</dd>
              <dt>Loss at stop</dt>
              <dd>
                {money(result.lossAtStop)} ({f.pct(result.lossAtStopPctOfEquity / 100)} of equity)
              </dd>
              <dt>Reward at take-profit</dt>
              <dd>
                {result.rewardAtTakeProfit === null ? '—' : money(result.rewardAtTakeProfit)}
                {result.rewardRisk !== null && <> (R:R {f.num(result.rewardRisk, 2)})</>}
              </dd>
              <dt>Liquidation price</dt>
              <dd
                data-testid="sizing-lp"
                className={
                  result.stopToLiquidationPct !== null && result.stopToLiquidationPct <= 0 ? 'danger' : undefined
                }
              >
                {f.price(result.liquidationPrice)}
              </dd>
              <dt>Stop to liquidation</dt>
              <dd>{result.stopToLiquidationPct === null ? '—' : f.pct(result.stopToLiquidationPct / 100)}</dd>
              <dt>Highest safe leverage</dt>
              <dd>
                {result.maxSafeLeverage === null
                  ? 'no limit found up to 1000×'
                  : `${f.num(result.maxSafeLeverage, 1)}×`}
              </dd>
            </dl>
            {result.notes.length > 0 && (
              <ul className="sizing-notes">
                {result.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
          </>
        )}
        {added && 'ok' in added && (
          <p role="status" className="ok">
            {added.ok}
          </p>
        )}
        {added && 'error' in added && <ErrorMessage title="Cannot add the position" error={added.error} />}
      </div>
    </section>
  );
}
