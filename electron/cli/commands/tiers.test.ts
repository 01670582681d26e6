import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { capture, dispatchOk } from '@test/helpers/cli';
import { makeTempDb, type TempDb } from '@test/helpers/tempDb';
import { runCli } from '../run';

// A Bybit v5 risk-limit answer (live shape: rates as fractions, mmDeduction given).
const BYBIT_SOL = JSON.stringify({
  retCode: 0,
  result: {
    category: 'linear',
    list: [
      {
        id: 1,
        symbol: 'SOLUSDT',
        riskLimitValue: '200000',
        maintenanceMargin: '0.01',
        initialMargin: '0.02',
        isLowestRisk: 1,
        maxLeverage: '50.00',
        mmDeduction: '',
      },
      {
        id: 2,
        symbol: 'SOLUSDT',
        riskLimitValue: '400000',
        maintenanceMargin: '0.015',
        initialMargin: '0.025',
        isLowestRisk: 0,
        maxLeverage: '40.00',
        mmDeduction: '',
      },
    ],
  },
});

describe('cascade tiers', () => {
  let t: TempDb;
  beforeEach(() => (t = makeTempDb()));
  afterEach(() => t.cleanup());

  it('lists the shipped tables with how they are keyed, their date and source', async () => {
    t.db.close();
    const c = capture();
    expect(await runCli(['tiers', '--db', t.dbPath], c.io, {})).toBe(0);
    const text = c.out.join('\n');
    expect(text).toMatch(/binance-usdm BTCUSDT {2}notional {2}\d+ .* 2021-03-18 {2}https:\/\//);
    expect(text).toMatch(/okx BTC-USDT-SWAP {2}contracts of 0\.01 {2}99 {2}1940000 {2}2026-08-31/);
    expect(text).toMatch(/No overrides\./);
  });

  it('set reads an exchange answer into the override the engine then uses; remove takes it away', async () => {
    const acc = await dispatchOk(t, 'accounts:upsert', {
      name: 'Alts',
      venue: 'bybit',
      marginMode: 'isolated',
      walletBalance: 0,
    });
    await dispatchOk(t, 'positions:upsert', {
      accountId: acc.id,
      symbol: 'SOLUSDT',
      side: 'long',
      contract: 'linear',
      quantity: 100,
      entryPrice: 200,
      markPrice: 200,
      leverage: 10,
    });
    t.db.close();
    const file = join(t.dir, 'sol.json');
    writeFileSync(file, BYBIT_SOL);

    const before = capture();
    expect(await runCli(['assess', '--db', t.dbPath], before.io, {})).toBe(1); // no table for SOLUSDT
    expect(before.err.join('\n')).toMatch(/bybit SOLUSDT/);

    const set = capture();
    expect(await runCli(['tiers', 'set', 'bybit', 'SOLUSDT', file, '--db', t.dbPath], set.io, {})).toBe(0);
    expect(set.out).toEqual(['override saved: bybit SOLUSDT, 2 tiers from a bybit answer']);

    const after = capture();
    expect(await runCli(['assess', '--db', t.dbPath, '--json'], after.io, {})).toBe(0);
    const [risk] = JSON.parse(after.out.join('\n'));
    // Bybit: MM on the entry value, 20,000 × 1 %: LP = 200 − (2,000 − 200) / 100 = 182.
    expect(risk.positions[0].liquidationPrice).toBeCloseTo(182, 9);

    const listed = capture();
    await runCli(['tiers', '--db', t.dbPath, '--json'], listed.io, {});
    expect(JSON.parse(listed.out.join('')).overrides).toMatchObject([
      { venue: 'bybit', symbol: 'SOLUSDT', source: `${file} (bybit answer)` },
    ]);

    const removed = capture();
    expect(await runCli(['tiers', 'remove', 'bybit', 'SOLUSDT', '--db', t.dbPath], removed.io, {})).toBe(0);
    const again = capture();
    expect(await runCli(['tiers', 'remove', 'bybit', 'SOLUSDT', '--db', t.dbPath], again.io, {})).toBe(1);
    expect(again.err.join('')).toMatch(/no override for bybit SOLUSDT/);
  });

  it('a bad file or venue is a clear error and nothing is stored', async () => {
    t.db.close();
    const file = join(t.dir, 'bad.json');
    writeFileSync(
      file,
      '{"data":[{"tier":"1","minSz":"0","maxSz":"1000","mmr":"0.004","imr":"0.01","maxLever":"100"}]}',
    );
    const okx = capture();
    expect(await runCli(['tiers', 'set', 'okx', 'BTC-USDT-SWAP', file, '--db', t.dbPath], okx.io, {})).toBe(1);
    expect(okx.err.join('')).toMatch(/number of contracts/);
    const venue = capture();
    expect(await runCli(['tiers', 'set', 'kraken', 'X', file, '--db', t.dbPath], venue.io, {})).toBe(1);
    expect(venue.err.join('')).toMatch(/VENUE: expected one of/);
    const missing = capture();
    expect(
      await runCli(['tiers', 'set', 'bybit', 'X', join(t.dir, 'nope.json'), '--db', t.dbPath], missing.io, {}),
    ).toBe(1);
    expect(missing.err.join('')).toMatch(/FILE: cannot read/);
    const list = capture();
    await runCli(['tiers', '--db', t.dbPath, '--json'], list.io, {});
    expect(JSON.parse(list.out.join('')).overrides).toEqual([]);
  });
});
