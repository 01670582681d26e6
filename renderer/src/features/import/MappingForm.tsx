import { useState } from 'react';
import type { ImportSummary } from '../../api/queries';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Select } from '../../ui/Select';

/**
 * For a CSV whose header Cascade does not know: map each Cascade column onto one of the file's
 * headers (saved per header on commit, so the same export maps itself next time).
 */
export function MappingForm({
  needs,
  onSubmit,
}: {
  needs: NonNullable<ImportSummary['needsMapping']>;
  onSubmit: (mapping: { columns: Record<string, string>; defaults?: Record<string, string> }) => void;
}) {
  const guess = (field: string) =>
    needs.header.find((h) => h.toLowerCase().replace(/[^a-z]/g, '') === field.toLowerCase().replace(/[^a-z]/g, '')) ??
    '';
  const [columns, setColumns] = useState<Record<string, string>>(() =>
    Object.fromEntries(needs.fields.map((f) => [f, guess(f)])),
  );
  const [defaults, setDefaults] = useState<Record<string, string>>({});
  const missing = needs.required.filter((f) => !columns[f] && !defaults[f]?.trim());
  return (
    <form
      className="form"
      aria-label="Map columns"
      onSubmit={(e) => {
        e.preventDefault();
        const used = Object.fromEntries(Object.entries(columns).filter(([, h]) => h));
        const given = Object.fromEntries(Object.entries(defaults).filter(([f, v]) => v.trim() && !columns[f]));
        onSubmit({ columns: used, ...(Object.keys(given).length ? { defaults: given } : {}) });
      }}
    >
      <h3>This CSV’s header is new to Cascade: map its columns</h3>
      {needs.fields.map((field) => (
        <div key={field} className="field">
          <Field label={`${field}${needs.required.includes(field) ? ' *' : ''}`}>
            <Select
              value={columns[field] ?? ''}
              options={[{ value: '', label: '— not in file —' }, ...needs.header.map((h) => ({ value: h, label: h }))]}
              onValueChange={(v) => setColumns((c) => ({ ...c, [field]: v }))}
            />
          </Field>
          {!columns[field] && (
            <Field label={`Value for every row (${field})`}>
              <input
                value={defaults[field] ?? ''}
                onChange={(e) => setDefaults((d) => ({ ...d, [field]: e.target.value }))}
              />
            </Field>
          )}
        </div>
      ))}
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={missing.length > 0}>
          Preview with this mapping
        </Button>
        {missing.length > 0 && <span className="muted">Still needed: {missing.join(', ')}</span>}
      </div>
    </form>
  );
}
