import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDb, type TempDb } from '@test/helpers/tempDb';
import { runCli } from '../run';
import type { StressReport } from './stress';
import { capture, dispatchOk } from '@test/helpers/cli';

describe('cascade stress', () => {
  let t: TempDb;
  beforeEach(() => (t = makeTempDb()));
  afterEach(() => t.cleanup());

  async function seed() {
    // Generic isolated account: BTCUSDT long 1 @ 100 000, margin 10 000, mmr 0.5 % →
    // LP = 90 000 / 0.995 = 90 452.26 (BTC −9.548 %). Short 1 @ 100 000, margin 20 000 →
    // LP = 120 000 / 1.005 = 119 402.99 (BTC +19.40 %).
    const acc = await dispatchOk(t, 'accounts:upsert', {
      name: 'Main',
      venue: 'generic',
      marginMode: 'isolated',
      walletBalance: 1_000,
    });
    await dispatchOk(t, 'positions:upsert', {
      accountId: acc.id,
      symbol: 'BTCUSDT',
      side: 'long',
      contract: 'linear',
      quantity: 1,
      entryPrice: 100_000,
      markPrice: 100_000,
      isolatedMargin: 10_000,
      mmr: 0.005,
    });
    await dispatchOk(t, 'positions:upsert', {
      accountId: acc.id,
      symbol: 'BTCUSD',
      side: 'short',
      contract: 'linear',
      quantity: 1,
      entryPrice: 100_000,
      markPrice: 100_000,
      isolatedMargin: 20_000,
      mmr: 0.005,
    });
    t.db.close();
  }

  it('prints the rungs reached by --btc, with what it takes to survive', async () => {
    await seed();
    const c = capture();
    expect(await runCli(['stress', '--db', t.dbPath, '--btc', '-0.44'], c.io, {})).toBe(0);
    const text = c.out.join('\n');
    expect(text).toMatch(/^Stress: BTC -44\.00 %/);
    expect(text).toMatch(/BTC 100,000 → 56,000/);
    expect(text).toMatch(/ 1 {2}-9\.55 % +90,452 +Main +BTCUSDT long +liquidation/);
    // At 56 000: needs 0.005·56 000 + 44 000 = 44 280 of margin → +34 280, or 100 000 / 44 280 = 2.26×.
    expect(text).toMatch(/BTCUSDT long: \+34,280\.\d+ margin, or at most 2\.26× leverage, or keep 22\.6 % of it/);
  });

  it('--vol gives the chance of the first liquidation within --days, from the ladder band', async () => {
    await seed();
    const c = capture();
    expect(
      await runCli(['stress', '--db', t.dbPath, '--btc', '-0.2', '--vol', '0.6', '--days', '7', '--json'], c.io, {}),
    ).toBe(0);
    const r = JSON.parse(c.out.join('')) as StressReport;
    const { bandExitProbability } = await import('@shared/stress/probability');
    expect(r.firstLiquidation?.downMove).toBeCloseTo(90000 / 0.995 / 100000 - 1, 12);
    expect(r.firstLiquidation?.upMove).toBeCloseTo(120000 / 1.005 / 100000 - 1, 12);
    expect(r.firstLiquidation?.probability).toBeCloseTo(
      bandExitProbability(Math.log(90000 / 0.995 / 100000), Math.log(120000 / 1.005 / 100000), 0, 0.6, 7 / 365),
      12,
    );
    const text = capture();
    await runCli(['stress', '--db', t.dbPath, '--btc', '-0.2', '--vol', '0.6', '--days', '7'], text.io, {});
    expect(text.out.join('\n')).toMatch(/First liquidation within 7 day\(s\) at 60 % BTC volatility: \d+\.\d %/);
  });

  it('--json gives the report; a preset supplies the move and a positive move ladders the shorts', async () => {
    await seed();
    const c = capture();
    expect(await runCli(['stress', '--db', t.dbPath, '--preset', '2025-10-10', '--json'], c.io, {})).toBe(0);
    const r = JSON.parse(c.out.join('')) as StressReport;
    expect(r.preset?.id).toBe('2025-10-10');
    expect(r.move).toBeCloseTo(104782 / 122574 - 1, 12);
    expect(r.stressCorrelation).toBe(1);
    expect(r.rungs.map((e) => e.symbol)).toEqual(['BTCUSDT']);
    expect(r.rungs[0].btcMove).toBeCloseTo(90000 / 0.995 / 100000 - 1, 12);

    const up = capture();
    expect(await runCli(['stress', '--db', t.dbPath, '--btc', '25%', '--json'], up.io, {})).toBe(0);
    const u = JSON.parse(up.out.join('')) as StressReport;
    expect(u.rungs.map((e) => `${e.symbol} ${e.side}`)).toEqual(['BTCUSD short']);
  });

  it('user errors exit 1 with a clear message', async () => {
    await seed();
    for (const [args, msg] of [
      [['stress'], /give --btc MOVE/],
      [['stress', '--btc', 'abc'], /--btc: expected a number/],
      [['stress', '--preset', 'nope'], /no preset "nope"/],
      [['stress', '--btc', '-0.2', '--stress-correlation', '3'], /--stress-correlation/],
    ] as const) {
      const c = capture();
      expect(await runCli([...args, '--db', t.dbPath], c.io, {})).toBe(1);
      expect(c.err.join('\n')).toMatch(msg);
    }
  });
});
