import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '@shared/ipc/channels';
import { flattenChannels, isChannelDef, type ChannelTree } from '@shared/ipc/contract';
import { events } from '@shared/ipc/events';

/**
 * The preload with `electron` mocked: the page gets exactly the API generated from the
 * contract (plus the generated `events`), never ipcRenderer or anything that reaches it.
 */

const ipcRenderer = {
  invoke: vi.fn(async () => ({ ok: true, value: 'pong' })),
  on: vi.fn(),
  removeListener: vi.fn(),
  send: vi.fn(),
  sendSync: vi.fn(),
  postMessage: vi.fn(),
};
const exposeInMainWorld = vi.fn();
vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer }));

let exposed: any;
beforeAll(async () => {
  await import('./index');
  exposed = exposeInMainWorld.mock.calls[0]?.[1];
});

/** Every leaf path of an object (`positions.list`, `events.onPrices`). */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

function contractPaths(tree: ChannelTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, node]) =>
    isChannelDef(node) ? [`${prefix}${k}`] : contractPaths(node, `${prefix}${k}.`),
  );
}

describe('preload', () => {
  it('exposes one object, window.cascade, once', () => {
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(exposeInMainWorld.mock.calls[0][0]).toBe('cascade');
  });

  it('exposes exactly the generated methods: one per contract channel plus one per event, all functions', () => {
    const paths = leaves(exposed);
    const want = [...contractPaths(channels), ...Object.keys(events).map((k) => `events.${k}`)];
    expect(paths.map(([p]) => p).sort()).toEqual(want.sort());
    expect(paths.every(([, v]) => typeof v === 'function')).toBe(true);
    expect(want.length).toBe(flattenChannels(channels).size + Object.keys(events).length);
  });

  it('hands out no ipcRenderer, nor any of its methods', () => {
    const rendererFns = new Set<unknown>(Object.values(ipcRenderer));
    for (const [path, value] of leaves(exposed)) {
      expect(value, path).not.toBe(ipcRenderer);
      expect(rendererFns.has(value), path).toBe(false);
    }
    expect(JSON.stringify(Object.keys(exposed))).not.toMatch(/ipcRenderer|send|invoke|require|process/);
  });

  it('a method invokes its own wire name and nothing else', async () => {
    await expect(exposed.appInfo()).resolves.toEqual({ ok: true, value: 'pong' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('app:info', {});
    await exposed.alerts.history.acknowledge({ ids: ['1'] });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('alerts:history:acknowledge', { ids: ['1'] });
    expect(ipcRenderer.send).not.toHaveBeenCalled();
    expect(ipcRenderer.sendSync).not.toHaveBeenCalled();
  });

  it('events pass the validated payload only (never the IPC event), drop malformed ones, and detach', () => {
    const cb = vi.fn();
    const off = exposed.events.onFocusPosition(cb);
    const [channel, listener] = ipcRenderer.on.mock.calls.at(-1) as unknown as [
      string,
      (e: unknown, p: unknown) => void,
    ];
    expect(channel).toBe('cascade:focus-position');
    const ipcEvent = { sender: ipcRenderer, senderId: 0 };
    listener(ipcEvent, { positionId: '7', alertId: '3' });
    expect(cb).toHaveBeenCalledWith({ positionId: '7', alertId: '3' });
    expect(cb.mock.calls[0]).toHaveLength(1);
    listener(ipcEvent, { positionId: 7 }); // wrong type: dropped
    listener(ipcEvent, 'rm -rf /');
    expect(cb).toHaveBeenCalledTimes(1);
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('cascade:focus-position', listener);
    expect(() => exposed.events.onPrices('not a function')).toThrow(TypeError);
  });
});

describe('no remote module', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : sources(path);
      return /\.(ts|tsx|js|mjs|cjs)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
    });

  it('no source file in electron/, renderer/ or shared/ uses @electron/remote or enableRemoteModule', () => {
    const files = ['electron', 'renderer/src', 'shared'].flatMap((d) => sources(join(root, d)));
    expect(files.length).toBeGreaterThan(50); // the scan really covers the code
    const offenders = files.filter((f) =>
      /@electron\/remote|enableRemoteModule|\.remote\b\s*\./.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('package.json does not depend on @electron/remote', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const deps = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies };
    expect(Object.keys(deps)).not.toContain('@electron/remote');
  });
});
