import { describe, expect, it, vi } from 'vitest';
import type { AlertEvent } from '@shared/alerts/schema';
import { applyLoginItem, startedHidden } from './loginItem';
import { MAX_NOTIFICATIONS, showAlertNotifications } from './notifications';
import { createTray, worstLabel } from './tray';

const alert = (i: number, positionId: string | null = `p${i}`): AlertEvent => ({
  id: String(i),
  ruleId: 'r',
  kind: 'distance-below',
  subject: positionId ?? 'a',
  positionId,
  accountId: 'a',
  symbol: 'BTCUSDT',
  value: 4,
  threshold: 5,
  stale: false,
  title: `title ${i}`,
  body: `body ${i}`,
  firedAt: '2026-03-01T00:00:00.000Z',
  acknowledgedAt: null,
});

function fakeNotifications(supported = true) {
  const made: { options: any; handlers: Map<string, () => void>; show: ReturnType<typeof vi.fn> }[] = [];
  class N {
    static isSupported = () => supported;
    handlers = new Map<string, () => void>();
    show = vi.fn();
    constructor(public options: unknown) {
      made.push(this as never);
    }
    on(name: string, fn: () => void) {
      this.handlers.set(name, fn);
      return this;
    }
  }
  return { N: N as never, made };
}

describe('desktop notifications', () => {
  it('one per alert with its title and body; a click routes to the alert position', () => {
    const { N, made } = fakeNotifications();
    const focus = vi.fn();
    expect(showAlertNotifications(N, [alert(1), alert(2, null)], focus)).toBe(2);
    expect(made.map((n) => [n.options.title, n.options.body])).toEqual([
      ['title 1', 'body 1'],
      ['title 2', 'body 2'],
    ]);
    expect(made.every((n) => n.show.mock.calls.length === 1)).toBe(true);
    made[0].handlers.get('click')!();
    expect(focus).toHaveBeenLastCalledWith({ positionId: 'p1', alertId: '1' });
    made[1].handlers.get('click')!();
    expect(focus).toHaveBeenLastCalledWith({ positionId: null, alertId: '2' });
  });

  it(`a burst shows at most ${MAX_NOTIFICATIONS} plus one summary`, () => {
    const { N, made } = fakeNotifications();
    showAlertNotifications(
      N,
      Array.from({ length: 10 }, (_, i) => alert(i)),
      vi.fn(),
    );
    expect(made).toHaveLength(MAX_NOTIFICATIONS + 1);
    expect(made.at(-1)!.options.title).toBe('7 more Cascade alerts');
  });

  it('nothing when the platform has no notifications', () => {
    const { N, made } = fakeNotifications(false);
    expect(showAlertNotifications(N, [alert(1)], vi.fn())).toBe(0);
    expect(made).toHaveLength(0);
  });
});

describe('tray', () => {
  function fakeTray() {
    const state: { tooltip?: string; menu?: any; title?: string; click?: () => void } = {};
    class T {
      constructor(public image: unknown) {}
      setToolTip = (t: string) => (state.tooltip = t);
      setContextMenu = (m: unknown) => (state.menu = m);
      setTitle = (t: string) => (state.title = t);
      on = (_n: string, f: () => void) => (state.click = f);
      destroy = vi.fn();
    }
    return { T: T as never, state };
  }

  it('shows the worst distance to liquidation in the tooltip, title and first menu line', () => {
    const { T, state } = fakeTray();
    const onOpen = vi.fn();
    const onQuit = vi.fn();
    const onToggleLogin = vi.fn();
    const tray = createTray(
      { Tray: T, buildMenu: (t) => t as never, icon: {} as never, onOpen, onQuit, onToggleLogin },
      false,
    );
    expect(state.tooltip).toBe('Cascade — No position at risk of liquidation');
    tray.update({ positionId: 'p', symbol: 'ETHUSDT', accountName: 'Main', distancePct: 3.456, stale: true });
    expect(state.tooltip).toBe('Cascade — Closest to liquidation: ETHUSDT 3.46 % (Main) (stale price)');
    expect(state.title).toBe('3.5%');
    const items = state.menu as { label?: string; click?: () => void; checked?: boolean }[];
    expect(items[0].label).toBe(
      worstLabel({ positionId: 'p', symbol: 'ETHUSDT', accountName: 'Main', distancePct: 3.456, stale: true }),
    );
    items.find((i) => i.label === 'Start at login')!.click!();
    expect(onToggleLogin).toHaveBeenCalledWith(true);
    items.find((i) => i.label === 'Quit Cascade')!.click!();
    expect(onQuit).toHaveBeenCalled();
    state.click!();
    expect(onOpen).toHaveBeenCalled();
  });
});

describe('start at login', () => {
  it('sets a hidden login item on macOS and Windows, nothing on Linux', () => {
    const app = { setLoginItemSettings: vi.fn() };
    expect(applyLoginItem(app, 'darwin', true)).toBe(true);
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({
      openAtLogin: true,
      openAsHidden: true,
      args: ['--hidden'],
    });
    expect(applyLoginItem(app, 'win32', false)).toBe(true);
    expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({
      openAtLogin: false,
      openAsHidden: true,
      args: ['--hidden'],
    });
    expect(applyLoginItem(app, 'linux', true)).toBe(false);
    expect(app.setLoginItemSettings).toHaveBeenCalledTimes(2);
  });

  it('a login launch starts hidden in the tray', () => {
    expect(startedHidden(['electron', '.', '--hidden'], false)).toBe(true);
    expect(startedHidden(['electron', '.'], true)).toBe(true);
    expect(startedHidden(['electron', '.'], false)).toBe(false);
  });
});

describe('sendEvent', () => {
  it('validates the payload and never throws', async () => {
    const { sendEvent } = await import('./background');
    const { events } = await import('@shared/ipc/events');
    const send = vi.fn();
    const win = { isDestroyed: () => false, webContents: { send } } as never;
    const log = vi.fn();
    sendEvent(win, events.onStale, ['BTCUSDT'], log);
    expect(send).toHaveBeenCalledWith('cascade:stale', ['BTCUSDT']);
    sendEvent(win, events.onStale, [42] as never, log);
    expect(send).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('cascade:stale not sent'));
    const broken = {
      isDestroyed: () => false,
      webContents: {
        send: () => {
          throw new Error('render frame was disposed');
        },
      },
    } as never;
    expect(() => sendEvent(broken, events.onStale, [], log)).not.toThrow();
    sendEvent(null, events.onStale, [], log); // no window: nothing to do
  });
});
