/**
 * TanStack Query hooks for the Alerts screen: rules, history and settings (`cascade.alerts.*`)
 * and the live price feed (`cascade.feed.*`). Kept beside the screen; keys live under
 * `['alerts', …]` and `['feed', …]` so an `onAlerts` event can refresh the history alone.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AlertRuleInput } from '@shared/alerts/schema';
import type { FeedSettings } from '@shared/settings/feed';
import { unwrap, useApi } from '../../api/cascade';

export const alertKeys = {
  all: ['alerts'] as const,
  rules: ['alerts', 'rules'] as const,
  history: ['alerts', 'history'] as const,
  historyList: (unacknowledgedOnly: boolean) => ['alerts', 'history', { unacknowledgedOnly }] as const,
  settings: ['alerts', 'settings'] as const,
  feedStatus: ['feed', 'status'] as const,
  feedSettings: ['feed', 'settings'] as const,
};

/** How often the feed status is re-read while the screen shows it and the feed is on. */
export const FEED_STATUS_POLL_MS = 2_000;

export function useAlertRules() {
  const api = useApi();
  return useQuery({ queryKey: alertKeys.rules, queryFn: () => unwrap(api.alerts.rules.list({})) });
}

export function useUpsertAlertRule() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rule: AlertRuleInput) => unwrap(api.alerts.rules.upsert({ rule })),
    // A new rule whose condition is already true fires at once: refresh the history too.
    onSuccess: () => client.invalidateQueries({ queryKey: alertKeys.all }),
  });
}

export function useRemoveAlertRule() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.alerts.rules.remove({ id })),
    onSuccess: () => client.invalidateQueries({ queryKey: alertKeys.rules }),
  });
}

/** Alert history, newest first. */
export function useAlertHistory(unacknowledgedOnly = false) {
  const api = useApi();
  return useQuery({
    queryKey: alertKeys.historyList(unacknowledgedOnly),
    queryFn: () => unwrap(api.alerts.history.list({ limit: 500, unacknowledgedOnly })),
  });
}

/** How many fired alerts are not acknowledged yet (for the Alerts tab's badge); 0 while unknown. */
export function useUnacknowledgedAlertCount(): number {
  return useAlertHistory(true).data?.length ?? 0;
}

/** Acknowledges the given events, or every unacknowledged one when `ids` is undefined. */
export function useAcknowledgeAlerts() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => unwrap(api.alerts.history.acknowledge(ids ? { ids } : {})),
    onSuccess: () => client.invalidateQueries({ queryKey: alertKeys.history }),
  });
}

export function useClearAlertHistory() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (acknowledgedOnly: boolean) => unwrap(api.alerts.history.clear({ acknowledgedOnly })),
    onSuccess: () => client.invalidateQueries({ queryKey: alertKeys.history }),
  });
}

export function useAlertSettings() {
  const api = useApi();
  return useQuery({ queryKey: alertKeys.settings, queryFn: () => unwrap(api.alerts.settings.get({})) });
}

export function useSetAlertSettings() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: { notifications?: boolean; startAtLogin?: boolean }) => unwrap(api.alerts.settings.set(patch)),
    onSuccess: (stored) => client.setQueryData(alertKeys.settings, stored),
  });
}

export function useFeedSettings() {
  const api = useApi();
  return useQuery({ queryKey: alertKeys.feedSettings, queryFn: () => unwrap(api.feed.settings.get({})) });
}

export function useSetFeedSettings() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<FeedSettings>) => unwrap(api.feed.settings.set(patch)),
    onSuccess: (stored) => {
      client.setQueryData(alertKeys.feedSettings, stored);
      void client.invalidateQueries({ queryKey: alertKeys.feedStatus });
    },
  });
}

/** Feed status; polled while the feed is on (sockets change state without telling the page). */
export function useFeedStatus(poll: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: alertKeys.feedStatus,
    queryFn: () => unwrap(api.feed.status({})),
    refetchInterval: poll ? FEED_STATUS_POLL_MS : false,
  });
}
