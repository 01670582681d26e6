import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AlertMonitor } from '@electron/alerts/monitor';
import { openDatabase } from '@electron/db/open';
import type { AlertEvent } from '@shared/alerts/schema';
import { makeTempDb, type TempDb } from '../../helpers/tempDb';
import { call, callError } from '../storage/helpers';

/**
 * Alert rules and history through the real IPC dispatcher on a real SQLite file, with the
 * monitor evaluating a scripted path of manual prices.
 */
describe('alerts on a real database', () => {
  let t: TempDb;
  let clock = 0;
  let positionId = '';
  let accountId = '';
  let lp = 0;

  beforeEach(async () => {
    clock = Date.parse('2026-03-01T00:00:00Z');
    t = makeTempDb({ now: () => new Date(clock) });
    const account = await call(t.ctx, 'accounts:upsert', {
      name: 'Main',
      venue: 'binance-usdm',
      marginMode: 'isolated',
      walletBalance: 10_000,
    });
    accountId = account.id;
    const position = await call(t.ctx, 'positions:upsert', {
      accountId,
      symbol: 'BTCUSDT',
      side: 'long',
      contract: 'linear',
      quantity: 0.5,
      entryPrice: 60_000,
      leverage: 10,
    });
    positionId = position.id;
    await call(t.ctx, 'prices:set', { symbol: 'BTCUSDT', mark: 60_000 });
    // The engine's liquidation price (its own code, not ours): the path below is built around it.
    const [risk] = await call(t.ctx, 'risk:assessBook');
    lp = risk.positions[0].liquidationPrice;
    expect(lp).toBeGreaterThan(0);
  });
  afterEach(() => t.cleanup());

  /** The mark at which a long is `distancePct` % from its LP: (m − LP) / m = d ⇒ m = LP / (1 − d). */
  const markAt = (distancePct: number) => lp / (1 - distancePct / 100);

  it('rules round-trip through IPC with defaults, ids and specific errors', async () => {
    const created = await call(t.ctx, 'alerts:rules:upsert', {
      rule: { kind: 'distance-below', positionId, thresholdPct: 5 },
    });
    expect(created).toMatchObject({
      id: expect.any(String),
      kind: 'distance-below',
      positionId,
      thresholdPct: 5,
      hysteresisPct: 1,
      cooldownSeconds: 300,
      enabled: true,
    });
    const edited = await call(t.ctx, 'alerts:rules:upsert', { rule: { ...created, thresholdPct: 7, enabled: false } });
    expect(await call(t.ctx, 'alerts:rules:list')).toEqual([edited]);

    const bad = await callError(t.ctx, 'alerts:rules:upsert', {
      rule: { kind: 'distance-below', thresholdPct: 'five' },
    });
    expect(bad.code).toBe('invalid-request');
    expect(bad.message).toContain('rule.thresholdPct');
    const missing = await callError(t.ctx, 'alerts:rules:upsert', {
      rule: { kind: 'distance-below', positionId: '999', thresholdPct: 5 },
    });
    expect(missing).toMatchObject({ code: 'not-found', message: 'position 999 does not exist' });
    const ghost = await callError(t.ctx, 'alerts:rules:upsert', { rule: { ...created, id: '424242' } });
    expect(ghost.code).toBe('not-found');

    expect(await call(t.ctx, 'alerts:rules:remove', { id: created.id })).toEqual({ removed: true });
    expect(await call(t.ctx, 'alerts:rules:list')).toEqual([]);
  });

  it("assesses with the user's tier overrides, as the risk view does: a symbol without a shipped table alerts once it has one", async () => {
    const sol = await call(t.ctx, 'positions:upsert', {
      accountId,
      symbol: 'SOLUSDT',
      side: 'long',
      contract: 'linear',
      quantity: 100,
      entryPrice: 200,
      leverage: 10,
    });
    await call(t.ctx, 'prices:set', { symbol: 'SOLUSDT', mark: 200 });
    await call(t.ctx, 'alerts:rules:upsert', {
      rule: { kind: 'distance-below', positionId: sol.id, thresholdPct: 50 },
    });
    const log = vi.fn();
    // No table for SOLUSDT: the engine refuses the account, which is skipped (and logged).
    expect(new AlertMonitor({ db: t.db, now: () => clock, log }).evaluate()).toHaveLength(0);
    expect(log.mock.calls.flat().join(' ')).toMatch(/SOLUSDT/);
    await call(t.ctx, 'tierOverrides:set', {
      venue: 'binance-usdm',
      symbol: 'SOL-USDT',
      tiers: [{ minNotional: 0, maxNotional: Infinity, mmr: 0.01, maintenanceAmount: 0 }],
    });
    const fired = new AlertMonitor({ db: t.db, now: () => clock }).evaluate();
    expect(fired.map((e) => e.positionId)).toEqual([sol.id]);
  });

  it('deleting the position deletes its rules (foreign key), history stays', async () => {
    await call(t.ctx, 'alerts:rules:upsert', { rule: { kind: 'distance-below', positionId, thresholdPct: 50 } });
    const monitor = new AlertMonitor({ db: t.db, now: () => clock });
    expect(monitor.evaluate()).toHaveLength(1);
    await call(t.ctx, 'positions:remove', { id: positionId });
    expect(await call(t.ctx, 'alerts:rules:list')).toEqual([]);
    expect(await call(t.ctx, 'alerts:history:list')).toHaveLength(1);
  });

  it('a scripted price path fires once per breach (hysteresis, cooldown), persisted and notified', async () => {
    await call(t.ctx, 'alerts:rules:upsert', {
      rule: { kind: 'distance-below', positionId, thresholdPct: 5, hysteresisPct: 1, cooldownSeconds: 60 },
    });
    await call(t.ctx, 'alerts:rules:upsert', {
      rule: {
        kind: 'price-cross',
        symbol: 'BTCUSDT',
        direction: 'below',
        level: markAt(3),
        hysteresisPct: 0.5,
        cooldownSeconds: 0,
      },
    });
    const notify = vi.fn();
    const monitor = new AlertMonitor({ db: t.db, now: () => clock, notify });
    // distance path in %, one step = 10 s
    const path = [8, 4.9, 5.2, 4.8, 5.9, 4.5, 6.5, 4.0, 2.9, 3.1, 2.95];
    const firedPerStep: string[][] = [];
    for (const d of path) {
      clock += 10_000;
      await call(t.ctx, 'prices:set', { symbol: 'BTCUSDT', mark: markAt(d) });
      firedPerStep.push(monitor.evaluate().map((e) => e.kind));
    }
    // 4.9 fires (t = 20 s); 5.2 / 4.8 / 5.9 / 4.5 stay below the re-arm level (5 + 1 = 6 %);
    // 6.5 re-arms; 4.0 breaches at t = 80 s, past the 60 s cooldown → fires. 2.9 crosses the price
    // level (the mark at 3 %); 3.1 and 2.95 stay within its 0.5 % hysteresis.
    expect(firedPerStep).toEqual([
      [],
      ['distance-below'],
      [],
      [],
      [],
      [],
      [],
      ['distance-below'],
      ['price-cross'],
      [],
      [],
    ]);
    expect(notify).toHaveBeenCalledTimes(3);

    const history: AlertEvent[] = await call(t.ctx, 'alerts:history:list');
    expect(history.map((e) => e.kind)).toEqual(['price-cross', 'distance-below', 'distance-below']); // newest first
    expect(history[2]).toMatchObject({
      positionId,
      accountId,
      symbol: 'BTCUSDT',
      threshold: 5,
      stale: false,
      acknowledgedAt: null,
    });
    expect(history[2].value).toBeCloseTo(4.9, 6);
    expect(history[2].body).toMatch(/long BTCUSDT in Main .*4\.90 %.*5\.00 %/);

    // acknowledge one, then all; clear acknowledged only; clear all
    clock += 1_000;
    expect(await call(t.ctx, 'alerts:history:acknowledge', { ids: [history[0].id] })).toEqual({ acknowledged: 1 });
    expect(await call(t.ctx, 'alerts:history:list', { unacknowledgedOnly: true })).toHaveLength(2);
    expect(await call(t.ctx, 'alerts:history:acknowledge', { ids: [history[0].id] })).toEqual({ acknowledged: 0 });
    expect(await call(t.ctx, 'alerts:history:clear', { acknowledgedOnly: true })).toEqual({ cleared: 1 });
    expect(await call(t.ctx, 'alerts:history:acknowledge', {})).toEqual({ acknowledged: 2 });
    const acked: AlertEvent[] = await call(t.ctx, 'alerts:history:list');
    expect(acked.every((e) => e.acknowledgedAt === new Date(clock).toISOString())).toBe(true);

    // survives closing and reopening the file
    t.db.close();
    const reopened = openDatabase(t.dbPath);
    try {
      const again = await call({ ...t.ctx, db: reopened }, 'alerts:history:list');
      expect(again).toEqual(acked);
      expect(await call({ ...t.ctx, db: reopened }, 'alerts:history:clear', {})).toEqual({ cleared: 2 });
    } finally {
      reopened.close();
    }
  });

  it('a rule already true fires on the next evaluation; notifications can be switched off, history is still written', async () => {
    await call(t.ctx, 'alerts:rules:upsert', { rule: { kind: 'margin-ratio-above', accountId, thresholdPct: 0 } });
    expect(await call(t.ctx, 'alerts:settings:set', { notifications: false })).toEqual({
      notifications: false,
      startAtLogin: false,
    });
    const notify = vi.fn();
    const fired = new AlertMonitor({ db: t.db, now: () => clock, notify }).evaluate();
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ kind: 'margin-ratio-above', accountId });
    expect(notify).not.toHaveBeenCalled();
    expect(await call(t.ctx, 'alerts:settings:get')).toEqual({ notifications: false, startAtLogin: false });
  });

  it('live (feed) marks override stored ones and a stale price is said in the alert', async () => {
    await call(t.ctx, 'alerts:rules:upsert', { rule: { kind: 'distance-below', thresholdPct: 2, cooldownSeconds: 0 } });
    const monitor = new AlertMonitor({ db: t.db, now: () => clock });
    expect(monitor.evaluate()).toEqual([]);
    monitor.setLive([{ symbol: 'BTCUSDT', mark: markAt(1.5), at: clock }]);
    monitor.setStale(['BTCUSDT']);
    const [event] = monitor.evaluate();
    expect(event).toMatchObject({ stale: true, positionId });
    expect(event.body).toMatch(/STALE/);
    expect(monitor.worst).toMatchObject({ positionId, symbol: 'BTCUSDT', stale: true });
    expect(monitor.worst!.distancePct).toBeCloseTo(1.5, 6);

    // feed stale, the trader types a current price: the newer manual price wins and is not stale
    clock += 60_000;
    await call(t.ctx, 'prices:set', { symbol: 'BTCUSDT', mark: markAt(10) });
    expect(monitor.evaluate()).toEqual([]);
    expect(monitor.worst).toMatchObject({ stale: false });
    expect(monitor.worst!.distancePct).toBeCloseTo(10, 6);
    // a newer live tick takes over again
    monitor.setLive([{ symbol: 'BTCUSDT', mark: markAt(1.8), at: clock + 1_000 }]);
    monitor.evaluate();
    expect(monitor.worst!.distancePct).toBeCloseTo(1.8, 6);
  });

  it('warning-severity rules use the sizing warnings (shared/warnings evaluateRules)', async () => {
    // No stop-loss on the position: the shipped "stop-missing" rule warns (severity "warning").
    await call(t.ctx, 'alerts:rules:upsert', { rule: { kind: 'warning-severity', minSeverity: 'warning' } });
    const [event] = new AlertMonitor({ db: t.db, now: () => clock }).evaluate();
    expect(event).toMatchObject({ kind: 'warning-severity', accountId });
    expect(event.body.length).toBeGreaterThan(10);
  });

  it('a restart does not repeat an alert whose condition is still true; it fires again after a recovery', async () => {
    await call(t.ctx, 'alerts:rules:upsert', {
      rule: { kind: 'distance-below', positionId, thresholdPct: 5, hysteresisPct: 1, cooldownSeconds: 0 },
    });
    await call(t.ctx, 'prices:set', { symbol: 'BTCUSDT', mark: markAt(4) });
    expect(new AlertMonitor({ db: t.db, now: () => clock }).evaluate()).toHaveLength(1);
    // "restart": a new monitor over the same file
    const restarted = new AlertMonitor({ db: t.db, now: () => (clock += 1_000) });
    expect(restarted.evaluate()).toEqual([]);
    await call(t.ctx, 'prices:set', { symbol: 'BTCUSDT', mark: markAt(7) });
    expect(restarted.evaluate()).toEqual([]);
    await call(t.ctx, 'prices:set', { symbol: 'BTCUSDT', mark: markAt(4.5) });
    expect(restarted.evaluate()).toHaveLength(1);
    expect(await call(t.ctx, 'alerts:history:list')).toHaveLength(2);
  });

  it('an evaluation failure is logged, never thrown', () => {
    const log = vi.fn();
    t.db.close();
    expect(new AlertMonitor({ db: t.db, log }).evaluate()).toEqual([]);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/evaluation failed/));
  });
});
