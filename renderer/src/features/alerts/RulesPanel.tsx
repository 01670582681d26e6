import { useMemo, useRef, useState } from 'react';
import type { AlertRule } from '@shared/alerts/schema';
import { useEffectiveBook } from '../../api/queries';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAlertRules, useRemoveAlertRule, useUpsertAlertRule } from './queries';
import { RuleEditor } from './RuleEditor';
import { describeRule, draftOf, emptyDraft, KIND_LABELS, type RuleDraft } from './ruleForm';

/** The alert rules: a list (toggle, edit, delete) and the editor for a new or chosen rule. */
export function RulesPanel() {
  const rules = useAlertRules();
  const book = useEffectiveBook(); // as assessed: with the user's tier overrides
  const remove = useRemoveAlertRule();
  const toggle = useUpsertAlertRule();
  const [editing, setEditing] = useState<RuleDraft | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  // Saved or cancelled: the keyboard goes back where the user started, not to the page's top.
  const closeEditor = () => {
    setEditing(null);
    setTimeout(() => newButton.current?.focus(), 0);
  };

  const names = useMemo(() => {
    const positions = new Map<string, string>();
    const accounts = new Map<string, string>();
    for (const a of book.data?.accounts ?? []) {
      accounts.set(a.id, a.name);
      for (const p of a.positions) positions.set(p.id, `${p.symbol} ${p.side} in ${a.name}`);
    }
    return {
      position: (id: string) => positions.get(id) ?? `position ${id}`,
      account: (id: string) => accounts.get(id) ?? `account ${id}`,
    };
  }, [book.data]);

  const label = (r: AlertRule) => r.name || KIND_LABELS[r.kind];

  return (
    <section className="panel alerts-rules" aria-labelledby="alerts-rules-title">
      <div className="toolbar">
        <h2 id="alerts-rules-title" className="screen-title">
          Rules
        </h2>
        <Button ref={newButton} onClick={() => setEditing(emptyDraft())}>
          New rule
        </Button>
      </div>
      {rules.isError && <ErrorMessage title="Cannot load the alert rules" error={rules.error} />}
      {remove.isError && <ErrorMessage title="Cannot delete the rule" error={remove.error} />}
      {toggle.isError && <ErrorMessage title="Cannot change the rule" error={toggle.error} />}
      {rules.data && rules.data.length === 0 && (
        <p className="placeholder">No alert rules yet. Add one to be told before the exchange does.</p>
      )}
      {rules.data && rules.data.length > 0 && (
        <table className="simple alerts-table" aria-label="Alert rules">
          <thead>
            <tr>
              <th scope="col">On</th>
              <th scope="col">Rule</th>
              <th scope="col">Condition</th>
              <th scope="col">Hysteresis</th>
              <th scope="col">Cooldown</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.data.map((r) => (
              <tr key={r.id} data-rule-id={r.id} className={r.enabled ? undefined : 'rule-off'}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${label(r)} enabled`}
                    checked={r.enabled}
                    disabled={toggle.isPending}
                    onChange={(e) => toggle.mutate({ ...r, enabled: e.target.checked })}
                  />
                </td>
                <th scope="row">{label(r)}</th>
                <td>{describeRule(r, names)}</td>
                <td>{r.hysteresisPct} %</td>
                <td>{r.cooldownSeconds} s</td>
                <td className="row-actions">
                  <Button
                    variant="quiet"
                    className="btn-xs"
                    aria-label={`Edit ${label(r)}`}
                    onClick={() => setEditing(draftOf(r))}
                  >
                    Edit
                  </Button>
                  <Button
                    variant="danger"
                    className="btn-xs"
                    aria-label={`Delete ${label(r)}`}
                    onClick={() => remove.mutate(r.id)}
                  >
                    Delete
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <RuleEditor initial={editing} book={book.data} onDone={closeEditor} />}
    </section>
  );
}
