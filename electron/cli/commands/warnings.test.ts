import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDb, type TempDb } from '@test/helpers/tempDb';
import { runCli } from '../run';
import { capture, dispatchOk } from '@test/helpers/cli';

describe('cascade warnings', () => {
  let t: TempDb;
  beforeEach(() => (t = makeTempDb()));
  afterEach(() => t.cleanup());

  it('an empty book has nothing to say', async () => {
    const c = capture();
    expect(await runCli(['warnings', '--db', t.dbPath], c.io, {})).toBe(0);
    expect(c.out.join('\n')).toBe('No warnings.');
  });

  it('reports the stored book against the default rules, text and --json', async () => {
    // Isolated BTCUSDT long 0.1 @ 70 000 at 50× on Binance: margin 140; LP = (140 − 7 000) /
    // (0.1·0.004 − 0.1) = 68 875.5, 1.6 % from the mark (entry stands in) → lp-distance (5 %)
    // critical; no stop → stop-missing and portfolio-risk UNBOUNDED; leverage 50 > 20.
    const acc = await dispatchOk(t, 'accounts:upsert', {
      name: 'Main',
      venue: 'binance-usdm',
      marginMode: 'isolated',
      walletBalance: 1_000,
    });
    await dispatchOk(t, 'positions:upsert', {
      accountId: acc.id,
      symbol: 'BTCUSDT',
      side: 'long',
      contract: 'linear',
      quantity: 0.1,
      entryPrice: 70_000,
      leverage: 50,
    });
    t.db.close();

    const c = capture();
    expect(await runCli(['warnings', '--db', t.dbPath, '--now', '2026-11-25T12:00:00Z'], c.io, {})).toBe(0);
    const text = c.out.join('\n');
    expect(text.split('\n')[0]).toMatch(
      /^CRITICAL +\[lp-distance\] Main · BTCUSDT long: liquidation at 68,875.5 is 1.61 % from the mark 70,000/,
    );
    expect(text).toMatch(/\[stop-missing\]/);
    expect(text).toMatch(/\[portfolio-risk\] Main: the loss if every stop is hit is UNBOUNDED/);
    expect(text).toMatch(/\[leverage-cap\] .*50×/);

    const j = capture();
    expect(await runCli(['warnings', '--json', '--db', t.dbPath, '--now', '2026-11-25T12:00:00Z'], j.io, {})).toBe(0);
    const ws = JSON.parse(j.out[0]) as Array<{ ruleId: string; accountId: string; value: number | null }>;
    expect(ws.map((w) => w.ruleId)).toEqual(
      expect.arrayContaining(['lp-distance', 'stop-missing', 'portfolio-risk', 'leverage-cap', 'stale-tiers']),
    );
    expect(ws.every((w) => w.accountId === acc.id)).toBe(true);
    expect(ws.find((w) => w.ruleId === 'portfolio-risk')?.value).toBeNull();
  });

  it('--btc-vol feeds the σ rule: 1.61 % away is 0.56 σ of a day at 55 % a year', async () => {
    // σ_24h = 0.55 · √(24 / 8760) = 0.028788; distance (70 000 − 68 875.5) / 70 000 = 0.016071 → 0.558 σ < 3 σ.
    const acc = await dispatchOk(t, 'accounts:upsert', {
      name: 'Main',
      venue: 'binance-usdm',
      marginMode: 'isolated',
      walletBalance: 1_000,
    });
    await dispatchOk(t, 'positions:upsert', {
      accountId: acc.id,
      symbol: 'BTCUSDT',
      side: 'long',
      contract: 'linear',
      quantity: 0.1,
      entryPrice: 70_000,
      leverage: 50,
    });
    t.db.close();
    const without = capture();
    expect(await runCli(['warnings', '--json', '--db', t.dbPath], without.io, {})).toBe(0);
    expect(JSON.parse(without.out[0]).some((w: { ruleId: string }) => w.ruleId === 'lp-sigma')).toBe(false);
    const c = capture();
    expect(await runCli(['warnings', '--json', '--btc-vol', '55%', '--db', t.dbPath], c.io, {})).toBe(0);
    const sigma = JSON.parse(c.out[0]).find((w: { ruleId: string }) => w.ruleId === 'lp-sigma');
    expect(sigma.value).toBeCloseTo((1 - 68_875.5 / 70_000) / (0.55 * Math.sqrt(24 / 8760)), 3);
  });

  it('a bad --now is a user error', async () => {
    const c = capture();
    expect(await runCli(['warnings', '--now', 'tomorrow', '--db', t.dbPath], c.io, {})).toBe(1);
    expect(c.err.join('\n')).toMatch(/--now: expected an ISO time/);
  });
});
