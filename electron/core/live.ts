import type { AlertSettings } from '@shared/settings/alerts';
import type { FeedSettings } from '@shared/settings/feed';
import type { FeedStatus } from '@shared/ipc/channels/feed';

/**
 * The running alert monitor and price feed, as seen by the IPC handlers. Handlers stay plain
 * `(ctx, request) => response` functions over the database; when main runs the live services it
 * installs these hooks so an edit is evaluated at once. In tests and the CLI nothing is
 * installed and the handlers only touch the database.
 */
export interface LiveHooks {
  /** Rules, positions or prices changed: re-evaluate the alerts. */
  bookChanged(): void;
  alertSettingsChanged(settings: AlertSettings): void;
  feedSettingsChanged(settings: FeedSettings): void;
  feedStatus(): FeedStatus;
}

let installed: LiveHooks | null = null;

/** Installs (or, with null, removes) the live hooks. */
export function setLiveHooks(hooks: LiveHooks | null): void {
  installed = hooks;
}

/** The installed hooks, or null when main runs no live services. */
export function liveHooks(): LiveHooks | null {
  return installed;
}
