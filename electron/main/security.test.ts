import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import { serveAppRequest } from './protocol';
import { hardenSession, hardenWebContents, isAllowedExternalUrl } from './security';
import { mainWindowOptions } from './windowOptions';

type Listener = (event: { preventDefault: () => void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    contents: {
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    },
    fire(name: string, url: string) {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, url);
      return event.preventDefault.mock.calls.length > 0;
    },
    open: (url: string) => openHandler!({ url }),
  };
}

describe('main window options', () => {
  const prefs = mainWindowOptions('/app/preload.cjs').webPreferences!;
  it('isolates the page: contextIsolation, sandbox, no node, web security on', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/app/preload.cjs');
    expect(prefs).not.toHaveProperty('enableRemoteModule');
  });
});

describe('web contents hardening', () => {
  it('denies navigation away from the app and allows in-app URLs', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents as never, vi.fn());
    expect(fake.fire('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fake.fire('will-navigate', 'cascade://app/index.html')).toBe(false);
    expect(fake.fire('will-attach-webview', 'about:blank')).toBe(true);
  });

  it('denies window.open, handing only allow-listed https links to the system browser', () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(fake.contents as never, openExternal);
    expect(fake.open('https://www.binance.com/en/support/faq')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.binance.com/en/support/faq');
    expect(fake.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(fake.open('http://www.binance.com/')).toEqual({ action: 'deny' });
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('recognises allow-listed URLs only over https without credentials', () => {
    expect(isAllowedExternalUrl('https://github.com/x')).toBe(true);
    expect(isAllowedExternalUrl('https://user:pw@github.com/x')).toBe(false);
    expect(isAllowedExternalUrl('https://github.com.evil.example/')).toBe(false);
  });
});

describe('session hardening', () => {
  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    } as never);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      request!(null, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(check!()).toBe(false);
  });
});

describe('content security policy', () => {
  it('forbids eval, inline scripts and remote sources', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('is the same policy in renderer/index.html and in the protocol header', async () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const response = await serveAppRequest(
      new URL('../../renderer', import.meta.url).pathname,
      'cascade://app/index.html',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a path outside the renderer folder', async () => {
    const response = await serveAppRequest(
      new URL('../../renderer', import.meta.url).pathname,
      'cascade://app/../package.json',
    );
    expect(response.status).toBe(404);
  });
});
