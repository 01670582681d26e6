import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLiveHooks } from '@electron/core/live';
import { makeTempDb, type TempDb } from '../../helpers/tempDb';
import { call, callError } from '../storage/helpers';

describe('feed settings and status over IPC', () => {
  let t: TempDb;
  beforeEach(() => (t = makeTempDb()));
  afterEach(() => {
    setLiveHooks(null);
    t.cleanup();
  });

  it('is off by default, round-trips partial updates, and survives a reopen of the settings row', async () => {
    expect(await call(t.ctx, 'feed:settings:get')).toEqual({
      enabled: false,
      staleAfterSeconds: 30,
      persistEverySeconds: 10,
    });
    expect(await call(t.ctx, 'feed:settings:set', { enabled: true })).toEqual({
      enabled: true,
      staleAfterSeconds: 30,
      persistEverySeconds: 10,
    });
    expect(await call(t.ctx, 'feed:settings:set', { staleAfterSeconds: 60 })).toEqual({
      enabled: true,
      staleAfterSeconds: 60,
      persistEverySeconds: 10,
    });
    expect(await call(t.ctx, 'feed:settings:get')).toEqual({
      enabled: true,
      staleAfterSeconds: 60,
      persistEverySeconds: 10,
    });
    expect(await call(t.ctx, 'feed:status')).toEqual({ enabled: true, venues: [], stale: [] });
  });

  it('the page cannot point the feed at a URL of its choosing, nor set nonsense', async () => {
    const url = await callError(t.ctx, 'feed:settings:set', { enabled: true, url: 'wss://evil.example/' });
    expect(url.code).toBe('invalid-request');
    const tiny = await callError(t.ctx, 'feed:settings:set', { staleAfterSeconds: 1 });
    expect(tiny.message).toContain('staleAfterSeconds');
    expect(await call(t.ctx, 'feed:settings:get')).toMatchObject({ enabled: false });
  });

  it('tells the running services about changes (when main runs them)', async () => {
    const hooks = {
      bookChanged: vi.fn(),
      alertSettingsChanged: vi.fn(),
      feedSettingsChanged: vi.fn(),
      feedStatus: vi.fn(() => ({ enabled: true, venues: [], stale: ['BTCUSDT'] })),
    };
    setLiveHooks(hooks);
    await call(t.ctx, 'feed:settings:set', { enabled: true });
    expect(hooks.feedSettingsChanged).toHaveBeenCalledWith({
      enabled: true,
      staleAfterSeconds: 30,
      persistEverySeconds: 10,
    });
    expect(await call(t.ctx, 'feed:status')).toEqual({ enabled: true, venues: [], stale: ['BTCUSDT'] });
    await call(t.ctx, 'alerts:rules:upsert', {
      rule: { kind: 'price-cross', symbol: 'BTCUSDT', direction: 'above', level: 1 },
    });
    expect(hooks.bookChanged).toHaveBeenCalledTimes(1);
    await call(t.ctx, 'alerts:settings:set', { startAtLogin: true });
    expect(hooks.alertSettingsChanged).toHaveBeenCalledWith({ notifications: true, startAtLogin: true });
  });
});
