import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  protocol,
  session,
  shell,
  Tray,
} from 'electron';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../db/open';
import { resolveNativeBinding } from '../db/nativeBinding';
import { defaultDbPath } from '../db/paths';
import type { HandlerContext } from '../core/context';
import { APP_ENTRY_URL } from './appOrigin';
import { startBackground } from './background';
import { channelNames, dispatch } from '../core/dispatch';
import { registerIpc } from './ipc/register';
import { startedHidden } from './loginItem';
import { APP_SCHEME_PRIVILEGES, handleAppProtocol } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { startStorageChores } from './storageStartup';
import { mainWindowOptions } from './windowOptions';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let background: ReturnType<typeof startBackground> | null = null;

  const createWindow = (): BrowserWindow => {
    const win = new BrowserWindow(mainWindowOptions(preloadPath));
    mainWindow = win;
    hardenWebContents(win.webContents, (url) => void shell.openExternal(url));
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => (mainWindow = null));
    void win.loadURL(APP_ENTRY_URL);
    return win;
  };

  /** Opens the window, or brings the existing one to the front (tray, notification click). */
  const showWindow = (): BrowserWindow => {
    if (!mainWindow) return createWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    return mainWindow;
  };

  app.on('second-instance', () => void showWindow());

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => void shell.openExternal(url));
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    handleAppProtocol(protocol, rendererDir);
    const dbPath = process.env.CASCADE_DB ?? defaultDbPath(app.getPath('userData'));
    const nativeBinding = resolveNativeBinding({
      electronVersion: process.versions.electron,
      isPackaged: app.isPackaged,
      appPath: app.getAppPath(),
      env: process.env,
      exists: existsSync,
    });
    let db: Database;
    try {
      db = openDatabase(dbPath, { nativeBinding });
    } catch (error) {
      // A corrupt file, one from a newer Cascade, or a missing Electron binding: say so plainly
      // and quit, leaving the file as it is (openDatabase never repairs or overwrites it).
      dialog.showErrorBox('Cascade cannot open its database', error instanceof Error ? error.message : String(error));
      app.quit();
      return;
    }
    const ctx: HandlerContext = { db, dbPath, version: app.getVersion(), now: () => new Date() };
    // Storage: today's backup and File → Back Up Now (never blocks the start).
    startStorageChores({ Menu, Notification, shell, platform: process.platform, log: console.warn }, db, dbPath);
    registerIpc(
      ipcMain,
      channelNames(),
      async (channel, request) => {
        const result = await dispatch(ctx, channel, request);
        background?.afterCall(channel, result.ok); // an edit re-evaluates the alerts
        return result;
      },
      console.warn,
    );
    // Alerts, live prices, tray and notifications keep running while the window is closed.
    background = startBackground(
      { app, Tray, Menu, nativeImage, Notification, platform: process.platform },
      { db, getWindow: () => mainWindow, showWindow, log: console.warn },
    );
    app.on('will-quit', () => {
      background?.stop();
      db.close();
    });
    if (!startedHidden(process.argv, app.getLoginItemSettings().wasOpenedAsHidden ?? false)) createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    // With a tray icon Cascade keeps watching; "Quit" in the tray menu ends it.
    if (process.platform !== 'darwin' && !background?.hasTray()) app.quit();
  });
}
