import type { Session, WebContents } from 'electron';
import { isAppUrl } from './appOrigin';

/** External sites a link in the app may open in the user's browser (docs and sources). */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [
  'www.binance.com',
  'www.bybit.com',
  'www.okx.com',
  'www.gate.com',
  'hyperliquid.gitbook.io',
  'www.bitmex.com',
  'github.com',
];

/** True for an https URL whose host is on the allow-list. */
export function isAllowedExternalUrl(url: string, allowList: readonly string[] = EXTERNAL_ALLOW_LIST): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      allowList.includes(parsed.hostname) &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** Denies every permission request and check (camera, notifications from the page, …). */
export function hardenSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * The page may not navigate away from the app, open windows, or attach webviews. An allowed
 * https link is handed to the system browser instead.
 */
export function hardenWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  openExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
