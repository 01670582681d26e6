import { normalize, resolve, sep } from 'node:path';

/**
 * The renderer is served from a private scheme rather than file:// so that it has its own
 * origin (file:// pages share one), which sender validation and the CSP can name exactly.
 */
export const APP_SCHEME = 'cascade';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when a frame URL belongs to the app's own page (so it may call IPC). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Maps a request URL on the app scheme to a file below `rootDir`, or null when it is not ours
 * or escapes the root (`..`, encoded separators, absolute paths).
 */
export function resolveAppAsset(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = resolve(rootDir);
  const file = resolve(root, normalize(relative));
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}
