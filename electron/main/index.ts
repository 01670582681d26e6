import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import { openDatabase } from '../db/open';
import { resolveNativeBinding } from '../db/nativeBinding';
import { defaultDbPath } from '../db/paths';
import type { HandlerContext } from './context';
import { APP_ENTRY_URL } from './appOrigin';
import { channelNames, dispatch } from './ipc/dispatch';
import { registerIpc } from './ipc/register';
import { APP_SCHEME_PRIVILEGES, handleAppProtocol } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { mainWindowOptions } from './windowOptions';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  const createWindow = (): void => {
    mainWindow = new BrowserWindow(mainWindowOptions(preloadPath));
    hardenWebContents(mainWindow.webContents, (url) => void shell.openExternal(url));
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    mainWindow.on('closed', () => (mainWindow = null));
    void mainWindow.loadURL(APP_ENTRY_URL);
  };

  app.on('second-instance', () => {
    if (!mainWindow) return createWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

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
    const db = openDatabase(dbPath, { nativeBinding });
    const ctx: HandlerContext = { db, dbPath, version: app.getVersion(), now: () => new Date() };
    registerIpc(ipcMain, channelNames(), (channel, request) => dispatch(ctx, channel, request), console.warn);
    app.on('will-quit', () => db.close());
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
