import { useState } from 'react';
import type { AlertEvent } from '@shared/alerts/schema';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useFormat } from '../../ui/FormatContext';
import { useAcknowledgeAlerts, useAlertHistory, useClearAlertHistory } from './queries';

/** Local date and time of an ISO timestamp, to the second. */
export function formatWhen(iso: string, locale: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(locale || undefined, { dateStyle: 'short', timeStyle: 'medium' });
}

/**
 * Fired alerts, newest first (persisted by main): acknowledge one or all, clear the
 * acknowledged ones or everything (after a confirmation), jump to the position.
 */
export function HistoryPanel({ onShowPosition }: { onShowPosition: (positionId: string) => void }) {
  const f = useFormat();
  const [unackedOnly, setUnackedOnly] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const history = useAlertHistory(unackedOnly);
  const ack = useAcknowledgeAlerts();
  const clear = useClearAlertHistory();
  const events = history.data ?? [];
  const open = events.filter((e) => !e.acknowledgedAt).length;

  return (
    <section className="panel alerts-history" aria-labelledby="alerts-history-title">
      <div className="toolbar">
        <h2 id="alerts-history-title" className="screen-title">
          History{' '}
          {open > 0 && (
            <span className="badge badge-danger" aria-label={`${open} unacknowledged`}>
              {open}
            </span>
          )}
        </h2>
        <label className="check">
          <input type="checkbox" checked={unackedOnly} onChange={(e) => setUnackedOnly(e.target.checked)} />{' '}
          Unacknowledged only
        </label>
        <Button onClick={() => ack.mutate(undefined)} disabled={open === 0 || ack.isPending}>
          Acknowledge all
        </Button>
        <Button onClick={() => clear.mutate(true)} disabled={clear.isPending}>
          Clear acknowledged
        </Button>
        {!confirmClear ? (
          <Button variant="danger" onClick={() => setConfirmClear(true)} disabled={events.length === 0}>
            Clear all…
          </Button>
        ) : (
          <span role="group" aria-label="Confirm clearing the whole history" className="confirm">
            Delete every alert in the history?{' '}
            <Button
              variant="danger"
              autoFocus
              onClick={() => {
                setConfirmClear(false);
                clear.mutate(false);
              }}
            >
              Yes, clear all
            </Button>
            <Button onClick={() => setConfirmClear(false)}>Keep</Button>
          </span>
        )}
        {clear.data && <span role="status">{clear.data.cleared} cleared.</span>}
        <span role="status" className="sr-only" data-testid="unacked-status">
          {open > 0 ? `${open} unacknowledged alert${open === 1 ? '' : 's'}` : ''}
        </span>
      </div>
      {history.isError && <ErrorMessage title="Cannot load the alert history" error={history.error} />}
      {ack.isError && <ErrorMessage title="Cannot acknowledge" error={ack.error} />}
      {clear.isError && <ErrorMessage title="Cannot clear the history" error={clear.error} />}
      {history.isPending && <p className="placeholder">Loading the history…</p>}
      {history.data && events.length === 0 && (
        <p className="placeholder">{unackedOnly ? 'Nothing to acknowledge.' : 'No alerts have fired.'}</p>
      )}
      {events.length > 0 && (
        <ol className="alerts-events" aria-label="Fired alerts">
          {events.map((e) => (
            <HistoryItem
              key={e.id}
              event={e}
              when={formatWhen(e.firedAt, f.locale)}
              onAck={() => ack.mutate([e.id])}
              onShow={onShowPosition}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function HistoryItem({
  event: e,
  when,
  onAck,
  onShow,
}: {
  event: AlertEvent;
  when: string;
  onAck: () => void;
  onShow: (id: string) => void;
}) {
  return (
    <li className={`alert-event${e.acknowledgedAt ? ' acked' : ''}`} data-alert-id={e.id}>
      <time dateTime={e.firedAt}>{when}</time>
      <strong className="alert-title">{e.title}</strong>
      {e.stale && (
        <span
          className="badge badge-warn"
          title="The price behind this alert had not been updated within the stale window"
        >
          stale price
        </span>
      )}
      <span className="alert-body">{e.body}</span>
      <span className="alert-actions">
        {e.positionId && (
          <Button
            variant="quiet"
            className="btn-xs"
            aria-label={`Show the position of “${e.title}”`}
            onClick={() => onShow(e.positionId!)}
          >
            Show
          </Button>
        )}
        {e.acknowledgedAt ? (
          <span className="muted">acknowledged</span>
        ) : (
          <Button className="btn-xs" aria-label={`Acknowledge “${e.title}”`} onClick={onAck}>
            Acknowledge
          </Button>
        )}
      </span>
    </li>
  );
}
