import { useEffect, useId, useState } from 'react';
import { parseVolatilityText, volatilityText } from '../../api/settings';
import { Button } from '../../ui/Button';

/**
 * Annualised volatility per asset ("BTC 55" per line). Setting one turns on the Book's σ
 * distance and the `lp-sigma` warning for that asset's positions.
 */
export function VolatilityEditor({
  table,
  onSave,
}: {
  table: Readonly<Record<string, number>>;
  onSave: (t: Record<string, number>) => Promise<unknown>;
}) {
  const id = useId();
  const [text, setText] = useState(() => volatilityText(table));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => setText(volatilityText(table)), [table]);
  return (
    <form
      className="panel"
      aria-label="Volatility"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = parseVolatilityText(text);
        setStatus(null);
        if ('error' in parsed) {
          setError(parsed.error);
          return;
        }
        setError(null);
        void onSave(parsed.table).then(() => setStatus('Volatility saved.'));
      }}
    >
      <h3>Volatility (for σ distances)</h3>
      <label htmlFor={id}>
        Annualised volatility in %, one asset per line, e.g. “BTC 55”. A symbol’s base asset matches (BTC covers
        BTCUSDT, BTCUSD_PERP).
      </label>
      <textarea
        id={id}
        rows={4}
        value={text}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary">
          Save volatility
        </Button>
        {status && <span role="status">{status}</span>}
      </div>
    </form>
  );
}
