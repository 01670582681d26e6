import { useEffect } from 'react';
import { useApi } from '../api/cascade';
import { useNavigation } from '../app/navigation';
import { Button } from '../ui/Button';
import { eventsOf } from './events';
import { useLive } from './live';
import { alertKeys } from '../features/alerts/queries';
import { useMainEvents } from './useMainEvents';
import { useQueryClient } from '@tanstack/react-query';
import './live.css';

/**
 * Mounted once inside the shell: listens to main's events and shows fired alerts in a banner
 * (announced to screen readers) with "Show position", "Open alerts" and "Dismiss".
 */
export function MainEvents() {
  const nav = useNavigation();
  const live = useLive();
  const api = useApi();
  const client = useQueryClient();
  const { recent, total, dismiss } = useMainEvents(() => nav.go('book'));

  // Seed the stale set: onStale only speaks when it changes.
  const { setStale } = live;
  useEffect(() => {
    if (!eventsOf(api)) return;
    let cancelled = false;
    api.feed
      .status({})
      .then((r) => {
        if (!cancelled && r.ok) {
          setStale(r.value.stale);
          client.setQueryData(alertKeys.feedStatus, r.value);
        }
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [api, client, setStale]);

  // On the Alerts screen the history itself shows (and announces) new alerts; a banner there
  // would only cover it. Alerts seen there do not pop up later on another screen.
  const onAlertsScreen = nav.screen === 'alerts';
  useEffect(() => {
    if (onAlertsScreen && total > 0) dismiss();
  }, [onAlertsScreen, total, dismiss]);

  if (recent.length === 0 || onAlertsScreen) return null;
  const first = recent[0];
  return (
    <aside className="alert-banner" aria-label="New alerts">
      <div role="alert" className="alert-banner-text">
        <strong>{total === 1 ? first.title : `${total} new alerts`}</strong>
        {total === 1 ? (
          <span>{first.body}</span>
        ) : (
          <ul>
            {recent.map((e) => (
              <li key={e.id}>{e.title}</li>
            ))}
            {total > recent.length && <li>and {total - recent.length} more (see Alerts)</li>}
          </ul>
        )}
      </div>
      <div className="alert-banner-actions">
        {first.positionId && (
          <Button
            variant="primary"
            onClick={() => {
              live.requestFocus(first.positionId!);
              nav.go('book');
              dismiss();
            }}
          >
            Show position
          </Button>
        )}
        <Button
          onClick={() => {
            nav.go('alerts');
            dismiss();
          }}
        >
          Open alerts
        </Button>
        <Button variant="quiet" onClick={dismiss}>
          Dismiss
        </Button>
      </div>
    </aside>
  );
}
