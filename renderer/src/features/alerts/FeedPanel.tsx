import { useEffect, useState } from 'react';
import type { FeedStatus } from '@shared/ipc/channels/feed';
import { ApiError } from '../../api/cascade';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { NumberInput, parseNumber } from '../../ui/NumberInput';
import { useLive } from '../../live/live';
import { useFeedSettings, useFeedStatus, useSetFeedSettings } from './queries';

const VENUE_LABELS: Record<FeedStatus['venues'][number]['venue'], string> = {
  binance: 'Binance USD-M',
  bybit: 'Bybit',
  okx: 'OKX',
  hyperliquid: 'Hyperliquid',
};

const STATE_TEXT: Record<FeedStatus['venues'][number]['state'], string> = {
  idle: 'idle',
  connecting: 'connecting…',
  open: 'connected',
  waiting: 'reconnecting (waiting)',
  stopped: 'stopped',
};

type NumField = 'staleAfterSeconds' | 'persistEverySeconds';

/**
 * Live prices: on/off, the stale window and the history interval, and per venue the socket's
 * state and which symbols are live or stale. The feed follows the venues of the book's accounts
 * (Binance USD-M, Bybit, OKX, Hyperliquid); other venues keep manual prices.
 */
export function FeedPanel() {
  const settings = useFeedSettings();
  const set = useSetFeedSettings();
  const status = useFeedStatus(settings.data?.enabled ?? false);
  const live = useLive();
  const [text, setText] = useState<Record<NumField, string>>({ staleAfterSeconds: '', persistEverySeconds: '' });
  const [errors, setErrors] = useState<Partial<Record<NumField | 'form', string>>>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (settings.data)
      setText({
        staleAfterSeconds: String(settings.data.staleAfterSeconds),
        persistEverySeconds: String(settings.data.persistEverySeconds),
      });
  }, [settings.data]);

  // The status is the authority when it arrives; onStale events keep it current between polls.
  const { setStale } = live;
  useEffect(() => {
    if (status.data) setStale(status.data.stale);
  }, [status.data, setStale]);

  const apply = async (patch: Record<string, unknown>) => {
    setSaved(false);
    try {
      await set.mutateAsync(patch);
      setErrors({});
      setSaved(true);
    } catch (error) {
      const found: typeof errors = {};
      if (error instanceof ApiError)
        for (const i of error.issues)
          if (i.path === 'staleAfterSeconds' || i.path === 'persistEverySeconds') found[i.path] ??= i.message;
      if (Object.keys(found).length === 0) found.form = error instanceof Error ? error.message : String(error);
      setErrors(found);
    }
  };

  const saveNumbers = () => {
    const patch: Record<string, number> = {};
    const found: typeof errors = {};
    for (const k of ['staleAfterSeconds', 'persistEverySeconds'] as const) {
      const v = parseNumber(text[k]);
      if (v === undefined) found[k] = 'required';
      else if (Number.isNaN(v)) found[k] = `expected a number, got ${JSON.stringify(text[k].trim())}`;
      else patch[k] = v;
    }
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setSaved(false);
      return;
    }
    void apply(patch);
  };

  const enabled = settings.data?.enabled ?? false;
  const venues = status.data?.venues ?? [];

  return (
    <section className="panel alerts-feed" aria-labelledby="alerts-feed-title">
      <h2 id="alerts-feed-title" className="screen-title">
        Live prices
      </h2>
      {settings.isError && <ErrorMessage title="Cannot load the feed settings" error={settings.error} />}
      <label className="check">
        <input
          type="checkbox"
          checked={enabled}
          disabled={!settings.data || set.isPending}
          onChange={(e) => void apply({ enabled: e.target.checked })}
        />{' '}
        Follow live mark prices (public data, no API key)
      </label>
      <p className="field-hint">
        One connection per venue your accounts are on: Binance USD-M, Bybit, OKX, Hyperliquid. Other venues keep manual
        prices. Off: Cascade works offline with the prices you type.
      </p>
      <form
        className="feed-numbers"
        aria-label="Feed timing"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          saveNumbers();
        }}
      >
        <Field label="Stale after (seconds)" error={errors.staleAfterSeconds} hint="5 – 3600">
          <NumberInput
            inputMode="numeric"
            value={text.staleAfterSeconds}
            onValueChange={(v) => setText((t) => ({ ...t, staleAfterSeconds: v }))}
          />
        </Field>
        <Field
          label="Keep a price every (seconds)"
          error={errors.persistEverySeconds}
          hint="price history for charts, 1 – 3600"
        >
          <NumberInput
            inputMode="numeric"
            value={text.persistEverySeconds}
            onValueChange={(v) => setText((t) => ({ ...t, persistEverySeconds: v }))}
          />
        </Field>
        <Button type="submit" disabled={!settings.data || set.isPending}>
          Save timing
        </Button>
        {saved && <span role="status">Saved.</span>}
      </form>
      {errors.form && <ErrorMessage title="Cannot change the feed" error={errors.form} />}
      {status.isError && <ErrorMessage title="Cannot read the feed status" error={status.error} />}
      {enabled && venues.length === 0 && status.data && (
        <p className="placeholder">No venue to follow: no account is on a venue with a live feed.</p>
      )}
      {venues.length > 0 && (
        <table className="simple feed-status" aria-label="Feed status by venue">
          <thead>
            <tr>
              <th scope="col">Venue</th>
              <th scope="col">Connection</th>
              <th scope="col">Symbols</th>
              <th scope="col">Messages</th>
              <th scope="col">Ticks</th>
              <th scope="col">Ignored</th>
              <th scope="col">Reconnects</th>
            </tr>
          </thead>
          <tbody>
            {venues.map((v) => (
              <tr key={v.venue} data-venue={v.venue}>
                <th scope="row">{VENUE_LABELS[v.venue]}</th>
                <td className={`feed-state feed-${v.state}`}>{STATE_TEXT[v.state]}</td>
                <td>
                  {v.symbols.length === 0 ? (
                    <span className="muted">none</span>
                  ) : (
                    v.symbols.map((s) => {
                      const stale = live.stale.has(s);
                      return (
                        <span key={s} className={`feed-symbol ${stale ? 'is-stale' : 'is-live'}`} data-symbol={s}>
                          {s} <span className="feed-symbol-state">{stale ? 'stale' : 'live'}</span>
                        </span>
                      );
                    })
                  )}
                </td>
                <td>{v.messages}</td>
                <td>{v.ticks}</td>
                <td>{v.invalid}</td>
                <td>{v.reconnects}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
