import { useEffect, useId, useState } from 'react';
import type { Book } from '@shared/book/types';
import type { AlertRuleKind } from '@shared/alerts/schema';
import { SEVERITIES, type Severity } from '@shared/warnings/rules';
import { ApiError } from '../../api/cascade';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { NumberInput } from '../../ui/NumberInput';
import { Select } from '../../ui/Select';
import { useUpsertAlertRule } from './queries';
import { emptyDraft, errorsFromIssues, KIND_LABELS, ruleFromDraft, type FieldErrors, type RuleDraft } from './ruleForm';

const KIND_OPTIONS = (Object.keys(KIND_LABELS) as AlertRuleKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }));
const SEVERITY_OPTIONS = SEVERITIES.map((s) => ({ value: s, label: s }));
const DIRECTION_OPTIONS = [
  { value: 'below', label: 'at or below' },
  { value: 'above', label: 'at or above' },
] as const;

/**
 * Creates or edits one alert rule. Checked with the contract's schema before sending; main's
 * objections (`rule.level: …`, "position 9 does not exist") land next to the field or above the
 * buttons. Enter saves, Esc cancels.
 */
export function RuleEditor({
  initial,
  book,
  onDone,
}: {
  initial: RuleDraft;
  book: Book | undefined;
  onDone: () => void;
}) {
  const [draft, setDraft] = useState<RuleDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const upsert = useUpsertAlertRule();
  const symbolsId = useId();
  useEffect(() => {
    setDraft(initial);
    setErrors({});
  }, [initial]);

  const positions =
    book?.accounts.flatMap((a) =>
      a.positions.map((p) => ({ value: p.id, label: `${p.symbol} ${p.side} — ${a.name}` })),
    ) ?? [];
  const accounts = book?.accounts.map((a) => ({ value: a.id, label: a.name })) ?? [];
  const symbols = [...new Set(book?.accounts.flatMap((a) => a.positions.map((p) => p.symbol)) ?? [])].sort();

  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => (e[key as keyof FieldErrors] ? { ...e, [key]: undefined } : e));
  };

  const save = async () => {
    const built = ruleFromDraft(draft, symbols);
    if (built.errors) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    try {
      await upsert.mutateAsync(built.rule);
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        const byField = errorsFromIssues(error.issues);
        // Field errors speak for themselves; only an issue with no field gets the box above the buttons.
        setErrors(Object.keys(byField).some((k) => k !== 'form') ? byField : { form: error.message, ...byField });
      } else setErrors({ form: error instanceof Error ? error.message : String(error) });
    }
  };

  const editing = !!draft.id;

  return (
    <form
      className="form alert-rule-form"
      aria-label={editing ? 'Edit alert rule' : 'New alert rule'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <h3 className="form-wide">{editing ? 'Edit alert rule' : 'New alert rule'}</h3>
      <Field label="Rule" error={errors.kind}>
        <Select
          options={KIND_OPTIONS}
          value={draft.kind}
          autoFocus
          // Changing the kind keeps the common settings and the id (a replaced rule starts afresh).
          onValueChange={(kind) =>
            setDraft((d) => ({
              ...emptyDraft(kind),
              id: d.id,
              name: d.name,
              enabled: d.enabled,
              hysteresisPct: d.hysteresisPct,
              cooldownSeconds: d.cooldownSeconds,
            }))
          }
        />
      </Field>
      {draft.kind === 'distance-below' && (
        <>
          <Field label="Position" error={errors.positionId}>
            <Select
              options={[{ value: '', label: 'Every position' }, ...positions]}
              value={draft.positionId}
              onValueChange={(v) => set('positionId', v)}
            />
          </Field>
          <Field label="Distance below (%)" error={errors.thresholdPct} hint="of the mark price, e.g. 5">
            <NumberInput value={draft.thresholdPct} onValueChange={(v) => set('thresholdPct', v)} />
          </Field>
        </>
      )}
      {draft.kind === 'margin-ratio-above' && (
        <>
          <Field label="Account" error={errors.accountId}>
            <Select
              options={[{ value: '', label: 'Every account' }, ...accounts]}
              value={draft.accountId}
              onValueChange={(v) => set('accountId', v)}
            />
          </Field>
          <Field label="Margin ratio above (%)" error={errors.thresholdPct} hint="maintenance / equity, e.g. 80">
            <NumberInput value={draft.thresholdPct} onValueChange={(v) => set('thresholdPct', v)} />
          </Field>
        </>
      )}
      {draft.kind === 'price-cross' && (
        <>
          <Field
            label="Symbol"
            error={errors.symbol}
            hint={
              draft.symbol.trim() && !symbols.some((s) => s.toLowerCase() === draft.symbol.trim().toLowerCase())
                ? 'not in the book: only prices you set will move it'
                : undefined
            }
          >
            <input
              type="text"
              list={symbolsId}
              autoComplete="off"
              spellCheck={false}
              value={draft.symbol}
              onChange={(e) => set('symbol', e.target.value)}
            />
          </Field>
          <datalist id={symbolsId}>
            {symbols.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <Field label="Direction" error={errors.direction}>
            <Select options={DIRECTION_OPTIONS} value={draft.direction} onValueChange={(v) => set('direction', v)} />
          </Field>
          <Field label="Level (price)" error={errors.level}>
            <NumberInput value={draft.level} onValueChange={(v) => set('level', v)} />
          </Field>
        </>
      )}
      {draft.kind === 'warning-severity' && (
        <>
          <Field label="Minimum severity" error={errors.minSeverity}>
            <Select<Severity>
              options={SEVERITY_OPTIONS}
              value={draft.minSeverity}
              onValueChange={(v) => set('minSeverity', v)}
            />
          </Field>
          <Field label="Account" error={errors.accountId}>
            <Select
              options={[{ value: '', label: 'Every account' }, ...accounts]}
              value={draft.accountId}
              onValueChange={(v) => set('accountId', v)}
            />
          </Field>
        </>
      )}
      <Field label="Hysteresis (%)" error={errors.hysteresisPct} hint="re-arms only after recovering by this much">
        <NumberInput value={draft.hysteresisPct} onValueChange={(v) => set('hysteresisPct', v)} />
      </Field>
      <Field label="Cooldown (seconds)" error={errors.cooldownSeconds} hint="minimum time between two alerts">
        <NumberInput
          inputMode="numeric"
          value={draft.cooldownSeconds}
          onValueChange={(v) => set('cooldownSeconds', v)}
        />
      </Field>
      <Field label="Name (optional)" error={errors.name}>
        <input type="text" autoComplete="off" value={draft.name} onChange={(e) => set('name', e.target.value)} />
      </Field>
      <label className="check">
        <input type="checkbox" checked={draft.enabled} onChange={(e) => set('enabled', e.target.checked)} /> Enabled
      </label>
      {errors.form && (
        <div className="error-box form-wide" role="alert">
          {errors.form}
        </div>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={upsert.isPending}>
          {editing ? 'Save rule' : 'Add rule'}
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
