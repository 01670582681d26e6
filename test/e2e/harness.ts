/**
 * The E2E harness: the BUILT renderer (out/renderer) in real Chromium, with `window.cascade`
 * installed by a bridge that calls the real IPC dispatcher (real handlers, engine and SQLite in
 * a temp folder). Only the transport differs from Electron: `exposeBinding` instead of
 * ipcRenderer.invoke, and the API object has the same nested shape as `buildApi(channels, …)`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { dispatch } from '@electron/core/dispatch';
import type { Book } from '@shared/book/types';
import { channels } from '@shared/ipc/channels';
import { isChannelDef, type ChannelTree } from '@shared/ipc/contract';
import type { IpcResult } from '@shared/ipc/errors';
import { events as eventTable } from '@shared/ipc/events';
// @ts-expect-error plain ESM helper shared with scripts/test.mjs
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.mjs';
import { makeTempDb, type TempDb } from '../helpers/tempDb';
import { serveStatic } from './staticServer';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RENDERER_DIR = resolve(ROOT, 'out/renderer');

/** `[['accounts', 'upsert'], 'accounts:upsert']`, … for every channel of the contract. */
export function channelPaths(tree: ChannelTree = channels, prefix: string[] = []): [string[], string][] {
  const out: [string[], string][] = [];
  for (const [key, node] of Object.entries(tree)) {
    if (isChannelDef(node)) out.push([[...prefix, key], node.channel]);
    else out.push(...channelPaths(node, [...prefix, key]));
  }
  return out;
}

/** Runs in the page before its scripts: builds `window.cascade` over the exposed binding. */
function installBridge({
  paths,
  eventChannels,
}: {
  paths: [string[], string][];
  eventChannels: [string, string][];
}): void {
  const w = window as unknown as {
    cascade: Record<string, unknown>;
    __cascadeInvoke: (c: string, r: unknown) => Promise<unknown>;
    __cascadeEmit: (channel: string, payload: unknown) => number;
  };
  const api: Record<string, unknown> = {};
  for (const [path, channel] of paths) {
    let node = api;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]] = (request?: unknown) => w.__cascadeInvoke(channel, request ?? {});
  }
  // Main → page events (`cascade.events.onX(cb) → unsubscribe`); the harness's emit() plays main.
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const events: Record<string, unknown> = {};
  for (const [key, channel] of eventChannels) {
    events[key] = (cb: (payload: unknown) => void) => {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(cb);
      return () => void set.delete(cb);
    };
  }
  w.__cascadeEmit = (channel, payload) => {
    const set = listeners.get(channel) ?? new Set();
    for (const cb of set) cb(payload);
    return set.size;
  };
  api.events = events;
  w.cascade = api;
}

export interface Harness {
  db: TempDb;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  url: string;
  /** Calls a channel from Node, as the page would (for checks). */
  call<T>(channel: string, request?: unknown): Promise<T>;
  /** Every IPC call the page made, in order. */
  calls: string[];
  /** Pushes a main → page event (validated with its schema first, as main does); resolves to the number of listeners. */
  emit<K extends keyof typeof eventTable>(event: K, payload: unknown): Promise<number>;
  close(): Promise<void>;
}

export async function startHarness(options: { viewport?: { width: number; height: number } } = {}): Promise<Harness> {
  if (!existsSync(resolve(RENDERER_DIR, 'index.html'))) {
    throw new Error(`no built renderer in ${RENDERER_DIR}: run \`npx electron-vite build\` (npm test does it first)`);
  }
  const executablePath: string | null = process.env.CHROMIUM_PATH ?? findChromium();
  if (!executablePath) throw new Error('no Chromium found: set CHROMIUM_PATH or install chromium');
  const db = makeTempDb();
  const server = await serveStatic(RENDERER_DIR);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1400, height: 900 },
    locale: 'en-US',
  });
  const calls: string[] = [];
  await context.exposeBinding('__cascadeInvoke', async (_source, channel: string, request: unknown) => {
    calls.push(channel);
    return dispatch(db.ctx, channel, request);
  });
  const eventChannels = Object.entries(eventTable).map(([key, def]) => [key, def.channel] as [string, string]);
  await context.addInitScript(installBridge, { paths: channelPaths(), eventChannels });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return {
    db,
    browser,
    context,
    page,
    url: server.url,
    calls,
    async emit(event, payload) {
      const def = eventTable[event];
      const checked = def.payload.parse(payload);
      return page.evaluate(
        ([channel, p]) =>
          (window as unknown as { __cascadeEmit: (c: string, p: unknown) => number }).__cascadeEmit(channel, p),
        [def.channel, checked] as const,
      );
    },
    async call<T>(channel: string, request: unknown = {}) {
      const result = (await dispatch(db.ctx, channel, request)) as IpcResult<T>;
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    },
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      db.cleanup();
      if (errors.length > 0 && process.env.CASCADE_E2E_VERBOSE) console.warn('page errors:\n' + errors.join('\n'));
    },
  };
}

/**
 * One harness for the calling test file: started in beforeAll, closed in afterAll (which also logs
 * how long the file took). The returned object is filled in when the harness starts, so use it
 * inside tests and hooks only.
 */
export function useHarness(file: string, options: Parameters<typeof startHarness>[0] = {}): Harness {
  const h = {} as Harness;
  const started = performance.now();
  beforeAll(async () => {
    Object.assign(h, await startHarness(options));
  });
  afterAll(async () => {
    await h.close?.();
    console.log(`E2E (${file}) took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
  return h;
}

/** First run on the empty database: loads the demo book from the welcome screen, waits for the Book, returns what main stored. */
export async function loadDemoBook(h: Harness): Promise<Book> {
  await h.page.goto(h.url);
  await h.page.getByRole('button', { name: 'Load a demo book' }).click();
  await h.page.getByRole('tab', { name: 'Book', selected: true }).waitFor();
  return h.call<Book>('book:get');
}

/** Runs axe-core in the page (injected through the DevTools protocol, so the page's CSP stays on). */
export async function runAxe(
  page: Page,
  context: string | null = null,
): Promise<{ id: string; impact: string | null; help: string; nodes: string[] }[]> {
  const source = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(selector ?? document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
  }, context);
}
