import type { App } from 'electron';

/** Argument the login item passes so Cascade starts hidden, watching from the tray. */
export const HIDDEN_ARG = '--hidden';

/**
 * Start at login (optional, off by default). macOS/Windows only: Electron's login items do
 * nothing on Linux, where users add an autostart entry themselves.
 */
export function applyLoginItem(
  app: Pick<App, 'setLoginItemSettings'>,
  platform: NodeJS.Platform,
  openAtLogin: boolean,
): boolean {
  if (platform !== 'darwin' && platform !== 'win32') return false;
  app.setLoginItemSettings({ openAtLogin, openAsHidden: true, args: [HIDDEN_ARG] });
  return true;
}

/** True when this launch came from the login item (start hidden in the tray). */
export function startedHidden(argv: readonly string[], wasOpenedAsHidden: boolean): boolean {
  return wasOpenedAsHidden || argv.includes(HIDDEN_ARG);
}
