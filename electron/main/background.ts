import type { Database } from 'better-sqlite3';
import type { App, BrowserWindow, Menu, MenuItemConstructorOptions, NativeImage } from 'electron';
import type { z } from 'zod';
import { AlertMonitor } from '../alerts/monitor';
import { readAlertSettings, writeAlertSettings } from '../db/repo/alerts';
import { loadBook } from '../db/repo/book';
import { FeedService } from '../feed/service';
import { readFeedSettings } from '../db/repo/feedSettings';
import type { FeedVenue } from '../feed/types';
import { events, type EventDef } from '@shared/ipc/events';
import { setLiveHooks } from '../core/live';
import { applyLoginItem } from './loginItem';
import { showAlertNotifications, type NotificationClass } from './notifications';
import { createTray, type TrayDeps } from './tray';
import { TRAY_ICON_PNG_BASE64 } from './trayIcon';

/** The Electron pieces the background services use (index.ts passes the real ones, tests fakes). */
export interface ElectronParts {
  app: Pick<App, 'setLoginItemSettings' | 'quit'>;
  Tray: TrayDeps['Tray'];
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): Menu };
  nativeImage: { createFromBuffer(buffer: Buffer): NativeImage };
  Notification: NotificationClass;
  platform: NodeJS.Platform;
}

export interface BackgroundOptions {
  db: Database;
  /** The main window if open. */
  getWindow: () => BrowserWindow | null;
  /** Opens (or restores) the main window and returns it. */
  showWindow: () => BrowserWindow;
  log?: (message: string) => void;
  now?: () => number;
  /** Feed endpoint overrides (tests). */
  feedUrls?: Partial<Record<FeedVenue, string>>;
  /** Evaluate at least this often even without price changes (cooldowns expire), ms. */
  periodicMs?: number;
}

/** Channel names whose calls only read: no re-evaluation after them. */
const READ_ONLY = /:(list|get|all|status|history|info|assess|assessBook|preview)$/;

/**
 * Sends a validated event to a window's page (dropped when there is no window). Never throws:
 * it runs from timers and socket callbacks, where an exception would take main down.
 */
export function sendEvent<P extends z.ZodType>(
  win: BrowserWindow | null,
  def: EventDef<P>,
  payload: z.input<P>,
  log: (message: string) => void = console.warn,
): void {
  if (!win || win.isDestroyed()) return;
  const parsed = def.payload.safeParse(payload);
  if (!parsed.success)
    return log(`event ${def.channel} not sent: ${parsed.error.issues[0]?.message ?? 'invalid payload'}`);
  try {
    win.webContents.send(def.channel, parsed.data);
  } catch (error) {
    log(`event ${def.channel} not sent: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Main's watchers, alive while the window is closed: the alert monitor, the optional live
 * feed, the tray (worst distance to liquidation, open, start at login, quit) and desktop
 * notifications whose click focuses the position in the window.
 */
export function startBackground(e: ElectronParts, opts: BackgroundOptions) {
  const log = opts.log ?? (() => {});
  const { db } = opts;

  /** Shows the window and tells the page which position to select (after it has loaded). */
  const focus = (target: { positionId: string | null; alertId: string | null }) => {
    const win = opts.showWindow();
    const send = () => sendEvent(win, events.onFocusPosition, target, log);
    if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
    else send();
  };

  let tray: ReturnType<typeof createTray> | null = null;
  const monitor = new AlertMonitor({
    db,
    now: opts.now,
    log,
    notify: (fired) => showAlertNotifications(e.Notification, fired, focus),
    onEvaluated: (worst) => tray?.update(worst),
  });

  let scheduled: NodeJS.Timeout | null = null;
  const evaluateNow = () => {
    const fired = monitor.evaluate();
    if (fired.length > 0) sendEvent(opts.getWindow(), events.onAlerts, fired, log);
  };
  /** Coalesces bursts of edits/prices into one evaluation on the next turn. */
  const schedule = () => {
    scheduled ??= setTimeout(() => {
      scheduled = null;
      evaluateNow();
    }, 0);
  };

  const feed = new FeedService({
    db,
    urls: opts.feedUrls,
    log,
    now: opts.now,
    onPrices: (batch) => {
      monitor.setLive(batch);
      sendEvent(opts.getWindow(), events.onPrices, batch, log);
      schedule();
    },
    onStale: (stale) => {
      monitor.setStale(stale);
      sendEvent(opts.getWindow(), events.onStale, stale, log);
      schedule();
    },
  });
  const reconfigureFeed = () => {
    try {
      const settings = readFeedSettings(db);
      if (!settings.enabled) monitor.clearLive();
      feed.configure(settings, settings.enabled ? loadBook(db) : { accounts: [] });
    } catch (error) {
      log(`feed: cannot configure: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const alertSettings = readAlertSettings(db);
  applyLoginItem(e.app, e.platform, alertSettings.startAtLogin);
  try {
    tray = createTray(
      {
        Tray: e.Tray,
        buildMenu: (t) => e.Menu.buildFromTemplate(t),
        icon: e.nativeImage.createFromBuffer(Buffer.from(TRAY_ICON_PNG_BASE64, 'base64')),
        onOpen: () => void opts.showWindow(),
        onQuit: () => e.app.quit(),
        onToggleLogin: (enabled) => {
          try {
            applyLoginItem(e.app, e.platform, enabled);
            // stored so the setting survives restarts and shows in the settings screen
            writeAlertSettings(db, { startAtLogin: enabled });
          } catch (error) {
            log(`start at login: ${error instanceof Error ? error.message : String(error)}`);
          }
        },
      },
      alertSettings.startAtLogin,
    );
  } catch (error) {
    log(`tray unavailable: ${error instanceof Error ? error.message : String(error)}`);
  }

  setLiveHooks({
    bookChanged: schedule,
    alertSettingsChanged: (s) => {
      applyLoginItem(e.app, e.platform, s.startAtLogin);
      tray?.setStartAtLogin(s.startAtLogin);
    },
    feedSettingsChanged: reconfigureFeed,
    feedStatus: () => feed.status(),
  });

  reconfigureFeed();
  evaluateNow();
  const periodic = setInterval(evaluateNow, opts.periodicMs ?? 60_000);

  return {
    monitor,
    feed,
    /** True when the tray exists (the app may then stay alive with no window). */
    hasTray: () => tray !== null,
    /** Call after every IPC call: an edit re-evaluates the alerts and may change the feed's symbols. */
    afterCall(channel: string, ok: boolean) {
      if (!ok || READ_ONLY.test(channel) || channel.startsWith('feed:') || channel.startsWith('alerts:')) return;
      if (/^(accounts|positions|import|backup|book):/.test(channel)) reconfigureFeed();
      schedule();
    },
    stop() {
      setLiveHooks(null);
      clearInterval(periodic);
      if (scheduled) clearTimeout(scheduled);
      feed.stop();
      tray?.destroy();
      tray = null;
    },
  };
}
