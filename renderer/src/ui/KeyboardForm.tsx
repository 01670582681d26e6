import type { KeyboardEvent, ReactNode } from 'react';
import { Button } from './Button';
import { ErrorMessage } from './ErrorMessage';

/**
 * A keyboard-first entry form: Enter saves (from a select too), Esc cancels, a form-level error
 * shows above the actions as "Not saved". The fields are the children; saving is `onSave`'s job.
 */
export function KeyboardForm({
  label,
  title,
  submitLabel,
  saving,
  formError,
  onSave,
  onCancel,
  children,
}: {
  /** The form's accessible name. */
  label: string;
  title: ReactNode;
  submitLabel: string;
  /** Disables the submit button while a save is in flight. */
  saving: boolean;
  formError: string | null;
  onSave: () => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
}) {
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
      // Enter saves from a select too (browsers submit implicitly only from text fields).
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  };

  return (
    <form
      className="form"
      aria-label={label}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
    >
      <h3>{title}</h3>
      {children}
      {formError && (
        <div className="form-wide">
          <ErrorMessage error={formError} title="Not saved" />
        </div>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={saving}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
        <span className="muted">Enter saves · Esc cancels</span>
      </div>
    </form>
  );
}
