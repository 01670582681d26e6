import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '@electron/cli/run';
import { openDatabase } from '@electron/db/open';
import { loadBook } from '@electron/db/repo/book';
import { assessAccount } from '@shared/engine';
import { toAccountSpec } from '@shared/book/types';

const fixture = (name: string): string => new URL(`../../fixtures/import/${name}`, import.meta.url).pathname;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const bookJson = {
  version: 1,
  accounts: [
    {
      name: 'Main',
      venue: 'binance-usdm',
      marginMode: 'cross',
      walletBalance: 10_000,
      positions: [
        { symbol: 'BTCUSDT', side: 'long', contract: 'linear', quantity: 0.5, entryPrice: 60_000, leverage: 10 },
        { symbol: 'ETHUSDT', side: 'short', contract: 'linear', quantity: 5, entryPrice: 3_000, leverage: 10 },
      ],
    },
    {
      name: 'Alt',
      venue: 'generic',
      marginMode: 'isolated',
      walletBalance: 500,
      positions: [
        { symbol: 'XUSDT', side: 'long', contract: 'linear', quantity: 100, entryPrice: 2, leverage: 5, mmr: 0.02 },
      ],
    },
  ],
  prices: { BTCUSDT: 58_000 },
};

describe('cascade CLI: import, export, assess, price, backup, restore', () => {
  let dir: string;
  let db: string;
  const run = async (...argv: string[]) => {
    const c = capture();
    const code = await runCli([...argv, '--db', db], c.io, {});
    return { code, out: c.out.join('\n'), err: c.err.join('\n') };
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cascade-cli-storage-'));
    db = join(dir, 'book.sqlite');
    writeFileSync(join(dir, 'book.json'), JSON.stringify(bookJson));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('import --dry-run reports and writes nothing; import writes; a second import changes nothing', async () => {
    const dry = await run('import', join(dir, 'book.json'), '--dry-run');
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.out).toContain('positions: 3 added, 0 changed, 0 unchanged');
    expect(dry.out).toContain('dry run');
    expect((await run('export', '--format', 'json')).out).toContain('"accounts": []');
    expect((await run('import', join(dir, 'book.json'))).out).toContain('positions: 3 added');
    expect((await run('import', join(dir, 'book.json'))).out).toContain('positions: 0 added, 0 changed, 3 unchanged');
  });

  it('a bad file exits 1 with the row and column on stderr', async () => {
    writeFileSync(
      join(dir, 'bad.csv'),
      'account,venue,margin_mode,wallet_balance,symbol,side,quantity,entry_price,leverage\nA,generic,cross,1,BTCUSDT,long,1,5,abc\n',
    );
    const r = await run('import', join(dir, 'bad.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('row 2, column "leverage": expected a number between 1 and 200, got "abc"');
    expect((await run('import', join(dir, 'missing.csv'))).code).toBe(1);
  });

  it('imports a Binance export with --default, and explains an unknown header', async () => {
    const r = await run(
      'import',
      fixture('binance-positionRisk.csv'),
      '--default',
      'wallet_balance=20000',
      '--default',
      'account=Binance main',
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('read as binance-positions');
    const unknown = await run('import', fixture('custom-broker.csv'));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/header is not Cascade's.*"Portfolio"/);
  });

  it('export --out writes the file the import reads back identically', async () => {
    await run('import', join(dir, 'book.json'));
    for (const format of ['json', 'csv']) {
      const out = join(dir, `out.${format}`);
      expect((await run('export', '--format', format, '--out', out)).code).toBe(0);
      const again = join(dir, `again.sqlite`);
      const c = capture();
      expect(await runCli(['import', out, '--db', again], c.io, {})).toBe(0);
      const c2 = capture();
      await runCli(['export', '--format', format, '--db', again], c2.io, {});
      expect(c2.out.join('\n') + '\n').toBe(readFileSync(out, 'utf8'));
      rmSync(again);
    }
    expect((await run('export', '--format', 'xml')).code).toBe(1);
  });

  it('assess --json gives the engine figures per position with ids, and --account filters', async () => {
    await run('import', join(dir, 'book.json'));
    const r = await run('assess', '--json', '--account', 'Main');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out);
    expect(parsed).toHaveLength(1);
    const stored = openDatabase(db);
    const main = loadBook(stored).accounts.find((a) => a.name === 'Main')!;
    stored.close();
    const expected = assessAccount(toAccountSpec(main));
    expect(parsed[0]).toMatchObject({
      name: 'Main',
      equity: expected.equity,
      marginRatio: expected.marginRatio,
      error: null,
    });
    const withKeys = expected.positions.map((p) => {
      const stored = main.positions.find((x) => x.id === p.id)!;
      return { ...p, symbol: stored.symbol, side: stored.side, markPrice: stored.markPrice };
    });
    expect(parsed[0].positions).toEqual(JSON.parse(JSON.stringify(withKeys))); // JSON has no -0
    const human = await run('assess');
    expect(human.out).toMatch(/Main \(binance-usdm, cross\)[\s\S]*BTCUSDT\s+long\s+58000/);
    expect((await run('assess', '--account', 'Nope')).code).toBe(1);
  });

  it('price records a manual mark that assess then uses', async () => {
    await run('import', join(dir, 'book.json'));
    expect((await run('price', 'ethusdt', '3150.5')).out).toMatch(/^ETHUSDT 3150.5 \(manual/);
    const parsed = JSON.parse((await run('assess', '--json', '--account', 'Main')).out);
    expect(parsed[0].positions.find((p: { symbol: string }) => p.symbol === 'ETHUSDT').markPrice).toBe(3150.5);
    expect((await run('price', 'BTCUSDT', 'abc')).err).toContain('VALUE: expected a positive price, got "abc"');
    expect((await run('price', 'BTCUSDT')).code).toBe(1);
  });

  it('backup then restore brings the book back and keeps the replaced one', async () => {
    await run('import', join(dir, 'book.json'));
    const backupPath = (await run('backup')).out.trim();
    await run('price', 'BTCUSDT', '1');
    const r = await run('restore', backupPath);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/the book before the restore is in .*cascade-pre-restore-/);
    expect(JSON.parse((await run('export', '--format', 'json')).out).prices.BTCUSDT).toBe(58_000);
    writeFileSync(join(dir, 'junk.sqlite'), 'junk');
    const bad = await run('restore', join(dir, 'junk.sqlite'));
    expect(bad).toMatchObject({ code: 1 });
    expect(bad.err).toMatch(/not an SQLite database/);
  });

  it('runs as a real process: CASCADE_DB selects the database, exit codes 0 and 1', () => {
    const cli = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], {
        env: { ...process.env, CASCADE_DB: db },
        encoding: 'utf8',
      });
    const ok = cli(['import', join(dir, 'book.json')]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('positions: 3 added');
    const bad = cli(['price', 'BTCUSDT', '-5']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('cascade:');
  });
});
