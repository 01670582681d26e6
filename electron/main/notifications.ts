import type { Notification, NotificationConstructorOptions } from 'electron';
import type { AlertEvent } from '@shared/alerts/schema';

/** The subset of Electron's Notification class used here (injected: tests pass a fake). */
export interface NotificationClass {
  new (options: NotificationConstructorOptions): Pick<Notification, 'on' | 'show'>;
  isSupported(): boolean;
}

/** At most this many notifications at once; more alerts are summarised in one. */
export const MAX_NOTIFICATIONS = 3;

/**
 * Shows fired alerts as desktop notifications. A click calls `focus` with the alert's position
 * (main then shows the window and tells the page to select it). Keeps references until the
 * notification closes so it is not garbage-collected (which would drop the click handler).
 */
export function showAlertNotifications(
  NotificationImpl: NotificationClass,
  alerts: readonly AlertEvent[],
  focus: (target: { positionId: string | null; alertId: string | null }) => void,
): number {
  if (alerts.length === 0 || !NotificationImpl.isSupported()) return 0;
  type Target = { positionId: string | null; alertId: string | null };
  const shown: { options: NotificationConstructorOptions; target: Target }[] = alerts
    .slice(0, MAX_NOTIFICATIONS)
    .map((a) => ({
      options: { title: a.title, body: a.body, urgency: 'critical' as const, timeoutType: 'never' as const },
      target: { positionId: a.positionId, alertId: a.id },
    }));
  if (alerts.length > MAX_NOTIFICATIONS) {
    const rest = alerts.length - MAX_NOTIFICATIONS;
    shown.push({
      options: {
        title: `${rest} more Cascade alert${rest === 1 ? '' : 's'}`,
        body: 'Open Cascade to see the alert history.',
        urgency: 'critical',
        timeoutType: 'never',
      },
      target: { positionId: null, alertId: null },
    });
  }
  for (const { options, target } of shown) {
    const n = new NotificationImpl(options);
    live.add(n);
    n.on('click', () => focus(target));
    n.on('close', () => live.delete(n));
    n.show();
  }
  return shown.length;
}

const live = new Set<unknown>();
