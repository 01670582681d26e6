import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Protocol } from 'electron';
import { APP_SCHEME, resolveAppAsset } from './appOrigin';
import { CONTENT_SECURITY_POLICY } from './csp';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Privileges of the app scheme; must be registered before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Serves the built renderer on `cascade://app/`, with the CSP as a header. */
export async function serveAppRequest(rootDir: string, url: string): Promise<Response> {
  const file = resolveAppAsset(rootDir, url);
  if (!file) return new Response('not found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('not found', { status: 404 });
  }
}

/** Installs the app scheme handler on a session's protocol. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rootDir, request.url));
}
