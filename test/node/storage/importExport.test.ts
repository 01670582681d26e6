import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Book } from '@shared/book/types';
import { makeTempDb, type TempDb } from '../../helpers/tempDb';
import { btcLong, call, callError, linearAccount, snapshot } from './helpers';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

/** A book that uses every stored field, awkward text included. */
async function seedRichBook(t: TempDb): Promise<void> {
  const main = await call(t.ctx, 'accounts:upsert', {
    ...linearAccount,
    takerFeeRate: 0.0005,
    notes: 'main, "core" book\nsecond line',
  });
  await call(t.ctx, 'positions:upsert', {
    ...btcLong,
    accountId: main.id,
    quantity: 0.123456789,
    entryPrice: 61_234.56789012,
    stopLoss: 55_000.5,
    takeProfit: 80_000,
    openedAt: '2026-02-01T08:30:00Z',
    notes: ' spaced , "quoted" ',
  });
  await call(t.ctx, 'positions:upsert', {
    symbol: 'ALTUSDT',
    side: 'long',
    contract: 'linear',
    quantity: 1e-7,
    entryPrice: 0.00012345,
    accountId: main.id,
    tiers: [
      { minNotional: 0, maxNotional: 50_000, mmr: 0.01, maintenanceAmount: 0, maxLeverage: 50 },
      { minNotional: 50_000, maxNotional: Infinity, mmr: 0.025, maintenanceAmount: 750 },
    ],
    tickSize: 0.00000001,
  });
  const coin = await call(t.ctx, 'accounts:upsert', {
    name: 'Coin-M',
    venue: 'binance-coinm',
    marginMode: 'isolated',
    positionMode: 'hedge',
    walletBalance: 1.5,
  });
  await call(t.ctx, 'positions:upsert', {
    symbol: 'BTCUSD_PERP',
    side: 'long',
    contract: 'inverse',
    quantity: 10,
    contractSize: 100,
    entryPrice: 60_000,
    leverage: 20,
    accountId: coin.id,
  });
  await call(t.ctx, 'positions:upsert', {
    symbol: 'BTCUSD_PERP',
    side: 'short',
    contract: 'inverse',
    quantity: 3,
    contractSize: 100,
    entryPrice: 65_000,
    isolatedMargin: 0.01,
    mmr: 0.005,
    maintenanceAmount: 0,
    accountId: coin.id,
  });
  await call(t.ctx, 'accounts:upsert', {
    name: 'Empty',
    venue: 'hyperliquid',
    marginMode: 'cross',
    walletBalance: -12.5,
    notes: "'already quoted",
  });
  const risky = await call(t.ctx, 'accounts:upsert', {
    name: '=Risky',
    venue: 'generic',
    marginMode: 'cross',
    walletBalance: 1,
  });
  await call(t.ctx, 'positions:upsert', {
    ...btcLong,
    accountId: risky.id,
    mmr: 0.01,
    notes: '=HYPERLINK("http://x","y")',
  });
  await call(t.ctx, 'prices:set', { symbol: 'BTCUSDT', mark: 70_250.5 });
  await call(t.ctx, 'prices:set', { symbol: 'DOGEUSDT', mark: 0.1234 });
}

describe('export → import round trip', () => {
  let a: TempDb;
  let b: TempDb;
  beforeEach(() => {
    a = makeTempDb();
    b = makeTempDb();
  });
  afterEach(() => {
    a.cleanup();
    b.cleanup();
  });

  for (const format of ['json', 'csv'] as const) {
    it(`${format}: a fresh database given the export exports the same text and holds the same book`, async () => {
      await seedRichBook(a);
      const first = (await call(a.ctx, 'export:run', { format })).text as string;
      const summary = await call(b.ctx, 'import:commit', { format, text: first });
      expect(summary).toMatchObject({
        added: 5,
        changed: 0,
        unchanged: 0,
        accounts: { added: 4 },
        prices: { added: 2 },
        errors: [],
      });
      expect((await call(b.ctx, 'export:run', { format })).text).toBe(first);
      const strip = (book: Book) =>
        book.accounts.map(({ id: _i, positions, ...acc }) => ({
          ...acc,
          createdAt: undefined,
          updatedAt: undefined,
          positions: positions.map(({ id: _p, accountId: _a, markAt: _m, ...p }) => p),
        }));
      expect(strip(await call<Book>(b.ctx, 'book:get'))).toEqual(strip(await call<Book>(a.ctx, 'book:get')));
    });
  }

  it('csv and json carry the same book', async () => {
    await seedRichBook(a);
    const csv = (await call(a.ctx, 'export:run', { format: 'csv' })).text;
    await call(b.ctx, 'import:commit', { format: 'csv', text: csv });
    expect((await call(b.ctx, 'export:run', { format: 'json' })).text).toBe(
      (await call(a.ctx, 'export:run', { format: 'json' })).text,
    );
  });

  it('the JSON export has the documented shape', async () => {
    await seedRichBook(a);
    const doc = JSON.parse((await call(a.ctx, 'export:run', { format: 'json' })).text);
    expect(doc.version).toBe(1);
    expect(doc.prices).toEqual({ BTCUSDT: 70_250.5, DOGEUSDT: 0.1234 });
    expect(doc.accounts.map((x: { name: string }) => x.name)).toEqual(['=Risky', 'Coin-M', 'Empty', 'Main']);
    const alt = doc.accounts[3].positions.find((p: { symbol: string }) => p.symbol === 'ALTUSDT');
    expect(alt.tiers[1].maxNotional).toBeNull(); // Infinity has no JSON spelling
    expect(doc.accounts[3].positions[0]).not.toHaveProperty('markPrice');
  });

  it('json carries the tier overrides: exported, imported (added, then unchanged), refused when bad, nothing half-written', async () => {
    await call(a.ctx, 'accounts:upsert', linearAccount);
    const tiers = [
      { minNotional: 0, maxNotional: 5_000, mmr: 0.01, maintenanceAmount: 0, maxLeverage: 75 },
      { minNotional: 5_000, maxNotional: Infinity, mmr: 0.025, maintenanceAmount: 75 },
    ];
    await call(a.ctx, 'tierOverrides:set', {
      venue: 'binance-usdm',
      symbol: 'SOLUSDT',
      tiers,
      source: 'pasted binance answer',
    });
    const text = (await call(a.ctx, 'export:run', { format: 'json' })).text as string;
    const doc = JSON.parse(text);
    expect(doc.tierOverrides).toEqual([
      {
        venue: 'binance-usdm',
        symbol: 'SOLUSDT',
        tiers: [tiers[0], { ...tiers[1], maxNotional: null }],
        source: 'pasted binance answer',
      },
    ]);

    const first = await call(b.ctx, 'import:commit', { format: 'json', text });
    expect(first).toMatchObject({ tierOverrides: { added: 1, changed: 0, unchanged: 0 }, errors: [] });
    const rows = (db: TempDb) =>
      call<{ venue: string; symbol: string; tiers: unknown; source: string; updatedAt: string }[]>(
        db.ctx,
        'tierOverrides:list',
        {},
      ).then((l) => l.map(({ updatedAt: _u, ...o }) => o));
    expect(await rows(b)).toEqual(await rows(a));
    expect((await call(b.ctx, 'export:run', { format: 'json' })).text).toBe(text);
    expect(await call(b.ctx, 'import:preview', { format: 'json', text })).toMatchObject({
      tierOverrides: { added: 0, changed: 0, unchanged: 1 },
    });

    const before = snapshot(b.ctx);
    const gap = JSON.stringify({
      ...doc,
      accounts: [],
      tierOverrides: [
        { ...doc.tierOverrides[0], tiers: [tiers[0], { ...tiers[1], minNotional: 6_000, maxNotional: null }] },
      ],
    });
    const refused = await callError(b.ctx, 'import:commit', { format: 'json', text: gap });
    expect(refused.message).toMatch(/tierOverrides\[0\]\.tiers: tier 1\.minNotional: gap between tiers/);
    const twice = JSON.stringify({
      ...doc,
      tierOverrides: [doc.tierOverrides[0], { ...doc.tierOverrides[0], symbol: 'SOL-USDT' }],
    });
    expect((await callError(b.ctx, 'import:commit', { format: 'json', text: twice })).message).toMatch(
      /tierOverrides\[1\]\.symbol: binance-usdm SOL-USDT has two overrides \(also tierOverrides\[0\]\)/,
    );
    expect(snapshot(b.ctx)).toEqual(before);
  });

  it('the CSV export guards text a spreadsheet would run as a formula, and the import undoes it', async () => {
    await seedRichBook(a);
    const rows = Papa.parse<Record<string, string>>((await call(a.ctx, 'export:run', { format: 'csv' })).text.trim(), {
      header: true,
    }).data;
    const risky = rows.find((r) => r.symbol === 'BTCUSDT' && r.account !== 'Main')!;
    expect(risky.account).toBe("'=Risky");
    expect(risky.notes).toBe('\'=HYPERLINK("http://x","y")');
    expect(rows.find((r) => r.account === 'Empty')!.account_notes).toBe("''already quoted");
  });
});

describe('import: natural keys, preview and all-or-nothing', () => {
  let t: TempDb;
  beforeEach(() => (t = makeTempDb()));
  afterEach(() => t.cleanup());

  const header = 'account,venue,margin_mode,wallet_balance,symbol,side,quantity,entry_price,leverage';

  it('re-importing the same file changes nothing and the preview says so', async () => {
    await seedRichBook(t);
    const text = (await call(t.ctx, 'export:run', { format: 'csv' })).text;
    const before = snapshot(t.ctx);
    const preview = await call(t.ctx, 'import:preview', { format: 'csv', text });
    expect(preview).toMatchObject({
      added: 0,
      changed: 0,
      unchanged: 5,
      accounts: { unchanged: 4 },
      prices: { unchanged: 2 },
    });
    expect(preview.items.every((i: { status: string }) => i.status === 'unchanged')).toBe(true);
    await call(t.ctx, 'import:commit', { format: 'csv', text });
    expect(snapshot(t.ctx)).toEqual(before);
  });

  it('updates a changed position in place and keeps fields the file has no column for', async () => {
    const acc = await call(t.ctx, 'accounts:upsert', linearAccount);
    const stored = await call(t.ctx, 'positions:upsert', {
      ...btcLong,
      accountId: acc.id,
      stopLoss: 50_000,
      notes: 'keep me',
    });
    const text = `${header}\nMain,binance-usdm,cross,10000,BTCUSDT,long,0.9,60000,10\nMain,binance-usdm,cross,10000,ETHUSDT,long,2,3000,5\n`;
    const preview = await call(t.ctx, 'import:preview', { format: 'csv', text });
    expect(preview).toMatchObject({ added: 1, changed: 1, unchanged: 0 });
    expect(preview.items).toEqual([
      { account: 'Main', symbol: 'BTCUSDT', side: 'long', status: 'changed' },
      { account: 'Main', symbol: 'ETHUSDT', side: 'long', status: 'added' },
    ]);
    expect(await call(t.ctx, 'positions:list')).toHaveLength(1); // preview wrote nothing
    await call(t.ctx, 'import:commit', { format: 'csv', text });
    const list = await call(t.ctx, 'positions:list');
    expect(list).toHaveLength(2);
    expect(list.find((p: { symbol: string }) => p.symbol === 'BTCUSDT')).toMatchObject({
      id: stored.id,
      quantity: 0.9,
      stopLoss: 50_000,
      notes: 'keep me',
    });
  });

  it('refuses the whole file at the first bad cell with row and column, writing nothing', async () => {
    await seedRichBook(t);
    const good = Array.from({ length: 15 }, (_, i) => `Bulk,bybit,cross,5000,C${i}USDT,long,1,${10 + i},5`);
    const text = [
      header,
      ...good,
      'Bulk,bybit,cross,5000,BADUSDT,long,1,10,abc',
      'Bulk,bybit,cross,5000,LATEUSDT,long,1,10,5',
    ].join('\n');
    const before = snapshot(t.ctx);
    const preview = await call(t.ctx, 'import:preview', { format: 'csv', text });
    expect(preview.errors[0]).toEqual({
      row: 17,
      column: 'leverage',
      message: 'row 17, column "leverage": expected a number between 1 and 200, got "abc"',
    });
    const error = await callError(t.ctx, 'import:commit', { format: 'csv', text });
    expect(error.code).toBe('user');
    expect(error.message).toBe(
      'import refused, nothing was written: row 17, column "leverage": expected a number between 1 and 200, got "abc"',
    );
    expect(snapshot(t.ctx)).toEqual(before);
  });

  it('checks the engine rules on the merged account and points at the file row', async () => {
    const text = `${header}\nMain,binance-usdm,cross,1000,BTCUSDT,long,1,60000,10\nMain,binance-usdm,cross,1000,BTCUSDT,short,1,60000,10\n`;
    const preview = await call(t.ctx, 'import:preview', { format: 'csv', text });
    expect(preview.errors[0].message).toMatch(/^row 3, column "symbol": one-way mode holds one position per symbol/);
  });

  it('names duplicate rows and inconsistent account cells', async () => {
    const dup = `${header}\nMain,binance-usdm,cross,1000,BTCUSDT,long,1,60000,10\nMain,binance-usdm,cross,1000,btcusdt,long,2,60000,10\n`;
    expect((await call(t.ctx, 'import:preview', { format: 'csv', text: dup })).errors[0].message).toBe(
      'row 3: duplicate position Main BTCUSDT long (also row 2)',
    );
    const clash = `${header}\nMain,binance-usdm,cross,1000,BTCUSDT,long,1,60000,10\nMain,bybit,cross,1000,ETHUSDT,long,1,3000,10\n`;
    expect((await call(t.ctx, 'import:preview', { format: 'csv', text: clash })).errors[0].message).toBe(
      'row 3, column "venue": account "Main" has "binance-usdm" in row 2, got "bybit"',
    );
  });

  it('requires account fields for a new account and names the column', async () => {
    const text = 'account,symbol,side,quantity,entry_price\nNew,BTCUSDT,long,1,60000\n';
    expect((await call(t.ctx, 'import:preview', { format: 'csv', text })).errors[0].message).toBe(
      'row 2, column "venue": required for the new account "New"',
    );
  });

  it('JSON errors name the path; a newer format version is refused by name', async () => {
    const doc = { version: 1, accounts: [{ ...linearAccount, positions: [{ ...btcLong, quantity: -1 }] }] };
    const bad = await call(t.ctx, 'import:preview', { format: 'json', text: JSON.stringify(doc) });
    expect(bad.errors[0].message).toBe('accounts[0].positions[0].quantity: expected a finite positive number, got -1');
    const future = await call(t.ctx, 'import:preview', {
      format: 'json',
      text: JSON.stringify({ ...doc, version: 2 }),
    });
    expect(future.errors[0].message).toMatch(/^version: this file is format version 2, written by a newer Cascade/);
    const typo = await call(t.ctx, 'import:preview', {
      format: 'json',
      text: JSON.stringify({ version: 1, accounts: [{ ...linearAccount, positions: [{ ...btcLong, markPrice: 1 }] }] }),
    });
    expect(typo.errors[0].message).toMatch(/markPrice: marks are not stored per position/);
    const notJson = await call(t.ctx, 'import:preview', { format: 'json', text: '{"version": 1,' });
    expect(notJson.errors[0].message).toMatch(/^not valid JSON/);
  });
});

describe('import: exchange exports and column mappings', () => {
  let t: TempDb;
  beforeEach(() => (t = makeTempDb()));
  afterEach(() => t.cleanup());

  it('reads a Binance positionRisk CSV: sign → side, flat rows skipped, marks kept', async () => {
    const text = fixture('binance-positionRisk.csv');
    const missing = await call(t.ctx, 'import:preview', { format: 'csv', text });
    expect(missing.errors[0].message).toMatch(/column "wallet_balance": required for the new account "Binance"/);
    const mapping = { columns: {}, defaults: { wallet_balance: '25000' } };
    const summary = await call(t.ctx, 'import:commit', { format: 'csv', text, mapping });
    expect(summary).toMatchObject({ layout: 'binance-positions', added: 2, prices: { added: 2 } });
    const book = await call<Book>(t.ctx, 'book:get');
    expect(book.accounts[0]).toMatchObject({
      name: 'Binance',
      venue: 'binance-usdm',
      marginMode: 'cross',
      positionMode: 'one-way',
      walletBalance: 25_000,
    });
    const [btc, eth] = book.accounts[0]!.positions;
    expect(btc).toMatchObject({
      symbol: 'BTCUSDT',
      side: 'long',
      quantity: 0.25,
      entryPrice: 62_000,
      leverage: 20,
      markPrice: 63_500.1,
    });
    expect(eth).toMatchObject({
      symbol: 'ETHUSDT',
      side: 'short',
      quantity: 3,
      entryPrice: 3100.5,
      markPrice: 3050.25,
    });
    // Re-import: nothing new, the account keeps its balance without a default.
    expect(await call(t.ctx, 'import:preview', { format: 'csv', text })).toMatchObject({
      added: 0,
      changed: 0,
      unchanged: 2,
    });
  });

  it('reads a Bybit position-list CSV: Buy/Sell, hedge legs, isolated margin, TP/SL, created time', async () => {
    const text = fixture('bybit-position-list.csv');
    const summary = await call(t.ctx, 'import:commit', {
      format: 'csv',
      text,
      mapping: { columns: {}, defaults: { wallet_balance: '10000' } },
    });
    expect(summary).toMatchObject({ layout: 'bybit-positions', added: 2 });
    const acc = (await call<Book>(t.ctx, 'book:get')).accounts[0]!;
    expect(acc).toMatchObject({ name: 'Bybit', venue: 'bybit', marginMode: 'isolated', positionMode: 'hedge' });
    expect(acc.positions).toEqual([
      expect.objectContaining({
        side: 'long',
        contract: 'linear',
        quantity: 0.5,
        entryPrice: 61_000.5,
        isolatedMargin: 3050.03,
        takeProfit: 70_000,
        stopLoss: 58_000,
        openedAt: new Date(1771900000000).toISOString(),
      }),
      expect.objectContaining({ side: 'short', quantity: 0.2, isolatedMargin: 2560, takeProfit: null, stopLoss: null }),
    ]);
  });

  it('asks for a mapping for an unknown header, then remembers the one committed', async () => {
    const text = fixture('custom-broker.csv');
    const first = await call(t.ctx, 'import:preview', { format: 'csv', text });
    expect(first.needsMapping).toMatchObject({
      header: ['Portfolio', 'Ticker', 'Direction', 'Units', 'Avg Cost', 'Lev'],
      required: ['account', 'symbol', 'side', 'quantity', 'entry_price'],
    });
    const mapping = {
      columns: {
        account: 'Portfolio',
        symbol: 'Ticker',
        side: 'Direction',
        quantity: 'Units',
        entry_price: 'Avg Cost',
        leverage: 'Lev',
      },
      defaults: { venue: 'generic', margin_mode: 'cross', wallet_balance: '2000', contract: 'linear' },
    };
    expect(await call(t.ctx, 'import:preview', { format: 'csv', text, mapping })).toMatchObject({
      layout: 'mapped',
      added: 2,
      errors: [],
    });
    expect((await call(t.ctx, 'import:preview', { format: 'csv', text })).needsMapping).not.toBeNull(); // preview saves nothing
    await call(t.ctx, 'import:commit', { format: 'csv', text, mapping });
    expect(await call(t.ctx, 'import:preview', { format: 'csv', text })).toMatchObject({
      layout: 'mapped',
      unchanged: 2,
      needsMapping: null,
    });
    const badMap = await call(t.ctx, 'import:preview', {
      format: 'csv',
      text,
      mapping: { columns: { symbol: 'Nope' } },
    });
    expect(badMap.errors[0].message).toBe(
      'mapping: column "symbol" maps to "Nope", which the file\'s header does not have',
    );
    const wrongCell = text.replace('0.1,60000', '0.1,sixty');
    expect((await call(t.ctx, 'import:preview', { format: 'csv', text: wrongCell, mapping })).errors[0].message).toBe(
      'row 2, column "Avg Cost": expected a positive number, got "sixty"',
    );
  });
});
