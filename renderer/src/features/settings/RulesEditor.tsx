import { useEffect, useState } from 'react';
import { defaultRules, rulesSchema, SEVERITIES, type Rule } from '@shared/warnings/rules';
import { Button } from '../../ui/Button';
import { NumberInput, parseNumber } from '../../ui/NumberInput';

const FIXED = new Set(['id', 'enabled', 'severity']);

/** The numeric thresholds of a rule (everything but id, enabled, severity). */
export function paramsOf(rule: Rule): string[] {
  return Object.keys(rule).filter((k) => !FIXED.has(k));
}

type Draft = { id: Rule['id']; enabled: boolean; severity: Rule['severity']; params: Record<string, string> };

const toDraft = (rules: readonly Rule[]): Draft[] =>
  rules.map((r) => ({
    id: r.id,
    enabled: r.enabled,
    severity: r.severity,
    params: Object.fromEntries(paramsOf(r).map((k) => [k, String((r as Record<string, unknown>)[k])])),
  }));

/**
 * The warning rules (shared/warnings): enable, severity and thresholds per rule, validated with
 * `rulesSchema` before saving; an error shows beside its threshold.
 */
export function RulesEditor({
  rules,
  onSave,
}: {
  rules: readonly Rule[];
  onSave: (rules: Rule[]) => Promise<unknown>;
}) {
  const [draft, setDraft] = useState<Draft[]>(() => toDraft(rules));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => setDraft(toDraft(rules)), [rules]);

  const update = (i: number, patch: Partial<Draft>) =>
    setDraft((d) => d.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const save = async () => {
    const found: Record<string, string> = {};
    const candidate = draft.map((r, i) => {
      const params: Record<string, number> = {};
      for (const [k, text] of Object.entries(r.params)) {
        const v = parseNumber(text);
        if (v === undefined || Number.isNaN(v)) found[`${i}.${k}`] = `expected a number, got ${JSON.stringify(text)}`;
        else params[k] = v;
      }
      return { id: r.id, enabled: r.enabled, severity: r.severity, ...params };
    });
    const parsed = rulesSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [i, k] = issue.path;
        found[`${String(i)}.${String(k)}`] ??= issue.message;
      }
    }
    setErrors(found);
    setStatus(null);
    if (Object.keys(found).length > 0 || !parsed.success) return;
    await onSave(parsed.data);
    setStatus('Rules saved.');
  };

  return (
    <form
      className="panel"
      aria-label="Warning rules"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>Warning rules</h3>
      <table className="simple rules-table">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">On</th>
            <th scope="col">Severity</th>
            <th scope="col">Thresholds</th>
          </tr>
        </thead>
        <tbody>
          {draft.map((r, i) => (
            <tr key={r.id}>
              <th scope="row">{r.id}</th>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${r.id} enabled`}
                  checked={r.enabled}
                  onChange={(e) => update(i, { enabled: e.target.checked })}
                />
              </td>
              <td>
                <select
                  aria-label={`${r.id} severity`}
                  value={r.severity}
                  onChange={(e) => update(i, { severity: e.target.value as Rule['severity'] })}
                >
                  {SEVERITIES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {Object.entries(r.params).map(([k, v]) => {
                  const error = errors[`${i}.${k}`];
                  const errorId = `rule-${r.id}-${k}-error`;
                  return (
                    <span key={k} className="field" style={{ display: 'inline-flex', marginRight: 8 }}>
                      <label>
                        {k}{' '}
                        <NumberInput
                          value={v}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? errorId : undefined}
                          onValueChange={(text) => update(i, { params: { ...r.params, [k]: text } })}
                        />
                      </label>
                      {error && (
                        <span className="field-error" id={errorId} role="alert">
                          {error}
                        </span>
                      )}
                    </span>
                  );
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <Button type="submit" variant="primary">
          Save rules
        </Button>
        <Button onClick={() => setDraft(toDraft(defaultRules))}>Reset to defaults</Button>
        {status && <span role="status">{status}</span>}
      </div>
    </form>
  );
}
