import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '@shared/ipc/channels';
import { flattenChannels } from '@shared/ipc/contract';
import { events } from '@shared/ipc/events';

/**
 * electron/main/index.ts imported with the `electron` module replaced by a recording fake:
 * single-instance lock, window creation with the hardened options, every contract channel
 * registered through the sender-validating wrapper, tray, notifications and click routing.
 */

type Listener = (...args: any[]) => unknown;

function emitter() {
  const listeners = new Map<string, Listener[]>();
  return {
    listeners,
    on(name: string, fn: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), fn]);
      return this;
    },
    once(name: string, fn: Listener) {
      return this.on(name, fn);
    },
    emit(name: string, ...args: unknown[]) {
      for (const fn of listeners.get(name) ?? []) fn(...args);
    },
  };
}

function makeFakeElectron(lock: boolean) {
  const windows: any[] = [];
  const trays: any[] = [];
  const notifications: any[] = [];
  const handlers = new Map<string, Listener>();
  let ready!: () => void;
  const whenReady = new Promise<void>((r) => (ready = r));
  const app = {
    ...emitter(),
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
    whenReady: vi.fn(() => whenReady),
    getPath: vi.fn(() => '/nonexistent'),
    isPackaged: false,
    getAppPath: vi.fn(() => '/app'),
    getVersion: vi.fn(() => '9.9.9'),
    getLoginItemSettings: vi.fn(() => ({ wasOpenedAsHidden: false })),
    setLoginItemSettings: vi.fn(),
  };
  class BrowserWindow {
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    options: any;
    destroyed = false;
    webContents = { ...emitter(), setWindowOpenHandler: vi.fn(), isLoading: vi.fn(() => false), send: vi.fn() };
    ev = emitter();
    on = (n: string, f: Listener) => this.ev.on(n, f);
    once = (n: string, f: Listener) => this.ev.once(n, f);
    loadURL = vi.fn(async () => {});
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => false);
    isDestroyed = () => this.destroyed;
    constructor(options: unknown) {
      this.options = options;
      windows.push(this);
    }
  }
  class Tray {
    tooltip = '';
    menu: any;
    ev = emitter();
    constructor(public image: unknown) {
      trays.push(this);
    }
    setToolTip = (t: string) => (this.tooltip = t);
    setContextMenu = (m: unknown) => (this.menu = m);
    setTitle = vi.fn();
    on = (n: string, f: Listener) => this.ev.on(n, f);
    destroy = vi.fn();
  }
  class Notification {
    static isSupported = () => true;
    ev = emitter();
    constructor(public options: any) {
      notifications.push(this);
    }
    on = (n: string, f: Listener) => this.ev.on(n, f);
    show = vi.fn();
  }
  const fake = {
    app,
    BrowserWindow,
    Tray,
    Notification,
    ipcMain: { handle: vi.fn((name: string, fn: Listener) => handlers.set(name, fn)), on: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
    nativeImage: { createFromBuffer: vi.fn((b: Buffer) => ({ png: b })) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    shell: { openExternal: vi.fn(), showItemInFolder: vi.fn(), openPath: vi.fn() },
  };
  return { fake, windows, trays, notifications, handlers, ready: () => ready() };
}

let current: ReturnType<typeof makeFakeElectron>;

/** Polls until `predicate` holds; the deadline only stops a broken run from hanging. */
async function until(predicate: () => boolean, what: string, deadlineMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > deadlineMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
// The factory runs once (mocks survive resetModules), so it forwards to the current fake.
vi.mock('electron', () => {
  const keys = [
    'app',
    'BrowserWindow',
    'Tray',
    'Notification',
    'ipcMain',
    'Menu',
    'dialog',
    'nativeImage',
    'protocol',
    'session',
    'shell',
  ] as const;
  const forward: Record<string, unknown> = {};
  for (const key of keys)
    Object.defineProperty(forward, key, {
      enumerable: true,
      get: () => (current.fake as Record<string, unknown>)[key],
    });
  return forward;
});

const appFrame = { senderFrame: { url: 'cascade://app/index.html', parent: null } };
const evilFrame = { senderFrame: { url: 'https://evil.example/', parent: null } };

describe('electron/main/index.ts', () => {
  let dir: string;
  beforeEach(() => {
    vi.resetModules();
    dir = mkdtempSync(join(tmpdir(), 'cascade-main-'));
    vi.stubEnv('CASCADE_DB', join(dir, 'cascade.sqlite'));
    vi.stubEnv('CASCADE_NATIVE_BINDING', '');
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // refused senders are logged
  });
  afterEach(() => {
    current.fake.app.emit('will-quit');
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  async function boot(lock: boolean) {
    current = makeFakeElectron(lock);
    await import('./index');
    if (lock) {
      current.ready();
      await until(() => current.windows.length > 0, 'the window');
    }
    return current;
  }

  it('a database it cannot open is reported in a dialog and the app quits, leaving the file untouched', async () => {
    const path = join(dir, 'journal.sqlite');
    writeFileSync(path, 'my trading journal, not a database\n');
    vi.stubEnv('CASCADE_DB', path);
    const c = makeFakeElectron(true);
    current = c;
    await import('./index');
    c.ready();
    await until(() => c.fake.dialog.showErrorBox.mock.calls.length > 0, 'the error dialog');
    expect(c.fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'Cascade cannot open its database',
      expect.stringContaining('not an SQLite database'),
    );
    expect(c.fake.app.quit).toHaveBeenCalled();
    expect(c.windows).toHaveLength(0);
    expect(c.fake.ipcMain.handle).not.toHaveBeenCalled();
    expect(readFileSync(path, 'utf8')).toBe('my trading journal, not a database\n');
  });

  it('a second instance quits at once: no window, no IPC, no database', async () => {
    const c = await boot(false);
    expect(c.fake.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(c.fake.app.quit).toHaveBeenCalledTimes(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(c.fake.app.whenReady).not.toHaveBeenCalled();
    expect(c.windows).toHaveLength(0);
    expect(c.fake.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('the first instance opens one hardened window and focuses it when a second instance starts', async () => {
    const c = await boot(true);
    expect(c.fake.app.quit).not.toHaveBeenCalled();
    expect(c.windows).toHaveLength(1);
    const prefs = c.windows[0].options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(c.windows[0].loadURL).toHaveBeenCalledWith('cascade://app/index.html');
    expect(c.windows[0].webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(c.fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    c.fake.app.emit('second-instance');
    expect(c.windows).toHaveLength(1);
    expect(c.windows[0].focus).toHaveBeenCalled();
  });

  it('registers every contract channel through the sender-validating wrapper, and nothing else', async () => {
    const c = await boot(true);
    const names = [...flattenChannels(channels).keys()];
    expect([...c.handlers.keys()].sort()).toEqual([...names].sort());
    expect(c.fake.ipcMain.on).not.toHaveBeenCalled(); // no fire-and-forget channels that skip validation
    for (const name of names) {
      const refused = await c.handlers.get(name)!(evilFrame, {});
      expect(refused, name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    await expect(c.handlers.get('app:info')!(appFrame, {})).resolves.toMatchObject({
      ok: true,
      value: { version: '9.9.9' },
    });
  });

  it('keeps watching with a tray when the window closes; "Quit" in the tray quits', async () => {
    const c = await boot(true);
    expect(c.trays).toHaveLength(1);
    expect(c.trays[0].tooltip).toMatch(/Cascade — No position at risk/);
    c.windows[0].destroyed = true;
    c.windows[0].ev.emit('closed');
    c.fake.app.emit('window-all-closed');
    expect(c.fake.app.quit).not.toHaveBeenCalled();
    const items = c.trays[0].menu.template as { label?: string; click?: () => void }[];
    items.find((i) => i.label === 'Open Cascade')!.click!();
    expect(c.windows).toHaveLength(2); // reopened
    items.find((i) => i.label === 'Start at login')!.click!();
    await expect(c.handlers.get('alerts:settings:get')!(appFrame, {})).resolves.toMatchObject({
      ok: true,
      value: { startAtLogin: true },
    });
    items.find((i) => i.label === 'Quit Cascade')!.click!();
    expect(c.fake.app.quit).toHaveBeenCalledTimes(1);
  });

  it('an edit over IPC evaluates the alerts: notification with the numbers, tray shows the worst position, click focuses it', async () => {
    const c = await boot(true);
    const call = async (channel: string, request: unknown) => {
      const r = (await c.handlers.get(channel)!(appFrame, request)) as { ok: boolean; value: any };
      expect(r, channel).toMatchObject({ ok: true });
      return r.value;
    };
    const account = await call('accounts:upsert', {
      name: 'Main',
      venue: 'binance-usdm',
      marginMode: 'isolated',
      walletBalance: 10_000,
    });
    const position = await call('positions:upsert', {
      accountId: account.id,
      symbol: 'BTCUSDT',
      side: 'long',
      contract: 'linear',
      quantity: 0.5,
      entryPrice: 60_000,
      leverage: 10,
    });
    await call('alerts:rules:upsert', { rule: { kind: 'distance-below', thresholdPct: 50 } });
    await call('prices:set', { symbol: 'BTCUSDT', mark: 59_000 });
    await until(() => c.notifications.length === 1, 'a notification');
    const n = c.notifications[0];
    expect(n.options.title).toMatch(/liquidation \d+\.\d\d % away/);
    expect(n.options.body).toMatch(
      /long BTCUSDT in Main \(mark 59,000, liquidation [0-9.,]+\): distance to liquidation \d+\.\d\d %, below your 50\.00 % alert/,
    );
    expect(n.show).toHaveBeenCalled();
    expect(c.trays[0].tooltip).toMatch(/Closest to liquidation: BTCUSDT \d+\.\d\d % \(Main\)/);
    // the page was told too
    expect(c.windows[0].webContents.send).toHaveBeenCalledWith(events.onAlerts.channel, [
      expect.objectContaining({ positionId: position.id }),
    ]);

    // close the window, click the notification: the window comes back and the page is told which position
    c.windows[0].destroyed = true;
    c.windows[0].ev.emit('closed');
    n.ev.emit('click');
    expect(c.windows).toHaveLength(2);
    expect(c.windows[1].webContents.send).toHaveBeenCalledWith('cascade:focus-position', {
      positionId: position.id,
      alertId: expect.any(String),
    });

    // hovering prices do not notify again (hysteresis)
    const before = c.trays[0].tooltip;
    await call('prices:set', { symbol: 'BTCUSDT', mark: 59_100 });
    await call('prices:set', { symbol: 'BTCUSDT', mark: 58_900 });
    await until(() => c.trays[0].tooltip !== before, 'the evaluation after the new prices');
    expect(c.notifications).toHaveLength(1);
  });

  it('start at login follows the setting (macOS/Windows)', async () => {
    const c = await boot(true);
    await c.handlers.get('alerts:settings:set')!(appFrame, { startAtLogin: true });
    if (process.platform === 'darwin' || process.platform === 'win32') {
      expect(c.fake.app.setLoginItemSettings).toHaveBeenLastCalledWith({
        openAtLogin: true,
        openAsHidden: true,
        args: ['--hidden'],
      });
    } else {
      expect(c.fake.app.setLoginItemSettings).not.toHaveBeenCalled();
    }
  });
});
