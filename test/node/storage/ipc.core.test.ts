import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessAccount } from '@shared/engine';
import { toAccountSpec, type Book, type BookPosition } from '@shared/book/types';
import { makeTempDb, type TempDb } from '../../helpers/tempDb';
import { btcLong, call, callError, linearAccount, snapshot } from './helpers';

describe('storage IPC: accounts and positions', () => {
  let t: TempDb;
  let clock = 0;
  beforeEach(() => {
    clock = Date.parse('2026-03-01T00:00:00Z');
    t = makeTempDb({ now: () => new Date((clock += 1000)) });
  });
  afterEach(() => t.cleanup());

  it('creates, lists, edits and removes an account', async () => {
    const created = await call(t.ctx, 'accounts:upsert', linearAccount);
    expect(created).toMatchObject({ ...linearAccount, notes: null });
    expect(created.id).toMatch(/^\d+$/);
    expect(await call(t.ctx, 'accounts:list')).toEqual([created]);

    const edited = await call(t.ctx, 'accounts:upsert', {
      ...linearAccount,
      id: created.id,
      walletBalance: 12_500.25,
      notes: 'swing',
    });
    expect(edited).toMatchObject({ id: created.id, walletBalance: 12_500.25, notes: 'swing' });
    expect(edited.updatedAt > created.updatedAt).toBe(true);

    const removed = await call(t.ctx, 'accounts:remove', { id: created.id });
    expect(removed.account.id).toBe(created.id);
    expect(await call(t.ctx, 'accounts:list')).toEqual([]);
  });

  it('refuses a duplicate account name with a readable message and writes nothing', async () => {
    await call(t.ctx, 'accounts:upsert', linearAccount);
    const before = snapshot(t.ctx);
    const error = await callError(t.ctx, 'accounts:upsert', { ...linearAccount, venue: 'bybit' });
    expect(error.code).toBe('user');
    expect(error.message).toMatch(/an account named "Main" already exists/);
    expect(snapshot(t.ctx)).toEqual(before);
  });

  it('validates account fields with the engine schema messages', async () => {
    const error = await callError(t.ctx, 'accounts:upsert', { ...linearAccount, venue: 'ftx' });
    expect(error.code).toBe('invalid-request');
    expect(error.issues?.[0]).toMatchObject({
      path: 'venue',
      message: expect.stringMatching(/expected one of .*'binance-usdm'.*got "ftx"/),
    });
  });

  it('creates a position, returns the stored row with its account id and entry-price mark', async () => {
    const account = await call(t.ctx, 'accounts:upsert', linearAccount);
    const position: BookPosition = await call(t.ctx, 'positions:upsert', {
      ...btcLong,
      accountId: account.id,
      symbol: ' btcusdt ',
      stopLoss: 55_000,
      openedAt: '2026-02-28T10:00:00Z',
      notes: 'breakout',
    });
    expect(position).toMatchObject({
      accountId: account.id,
      symbol: 'BTCUSDT',
      quantity: 0.5,
      entryPrice: 60_000,
      markPrice: 60_000,
      markSource: 'entry',
      markAt: null,
      stopLoss: 55_000,
      takeProfit: null,
      openedAt: '2026-02-28T10:00:00.000Z', // one spelling of time in the table
      notes: 'breakout',
    });
    expect(await call(t.ctx, 'positions:list', { accountId: account.id })).toEqual([position]);
  });

  it('edits a position in place (same id) and refuses a second long on the same symbol', async () => {
    const account = await call(t.ctx, 'accounts:upsert', linearAccount);
    const p = await call(t.ctx, 'positions:upsert', { ...btcLong, accountId: account.id });
    const edited = await call(t.ctx, 'positions:upsert', { ...p, quantity: 0.75 });
    expect(edited).toMatchObject({ id: p.id, quantity: 0.75 });
    const error = await callError(t.ctx, 'positions:upsert', { ...btcLong, accountId: account.id });
    expect(error.message).toMatch(/already holds a long BTCUSDT position/);
    expect(await call(t.ctx, 'positions:list')).toHaveLength(1);
  });

  it('enforces the engine account rules inside the transaction (one-way mode, one contract kind)', async () => {
    const account = await call(t.ctx, 'accounts:upsert', { ...linearAccount, venue: 'bybit' });
    await call(t.ctx, 'positions:upsert', { ...btcLong, accountId: account.id });
    const before = snapshot(t.ctx);
    const short = await callError(t.ctx, 'positions:upsert', { ...btcLong, side: 'short', accountId: account.id });
    expect(short.message).toMatch(/one-way mode holds one position per symbol/);
    const inverse = await callError(t.ctx, 'positions:upsert', {
      ...btcLong,
      symbol: 'BTCUSD',
      contract: 'inverse',
      accountId: account.id,
    });
    expect(inverse.message).toMatch(/^contract: an account holds one contract kind/);
    expect(snapshot(t.ctx)).toEqual(before);

    // Switching the account to hedge mode makes the short legal.
    await call(t.ctx, 'accounts:upsert', { ...linearAccount, venue: 'bybit', id: account.id, positionMode: 'hedge' });
    await call(t.ctx, 'positions:upsert', { ...btcLong, side: 'short', accountId: account.id });
    expect(await call(t.ctx, 'positions:list')).toHaveLength(2);
  });

  it('refuses an account edit that would invalidate its stored positions, naming the position', async () => {
    const account = await call(t.ctx, 'accounts:upsert', linearAccount);
    const { leverage: _, ...noLeverage } = btcLong;
    await call(t.ctx, 'positions:upsert', { ...noLeverage, accountId: account.id });
    const error = await callError(t.ctx, 'accounts:upsert', {
      ...linearAccount,
      id: account.id,
      marginMode: 'isolated',
    });
    expect(error.message).toMatch(/position BTCUSDT long .*isolated position needs isolatedMargin or leverage/);
    expect((await call(t.ctx, 'accounts:list'))[0].marginMode).toBe('cross');
  });

  it('removes a position and restores it with the same id (undo)', async () => {
    const account = await call(t.ctx, 'accounts:upsert', linearAccount);
    const p = await call(t.ctx, 'positions:upsert', { ...btcLong, accountId: account.id, takeProfit: 70_000 });
    const removed = await call(t.ctx, 'positions:remove', { id: p.id });
    expect(removed).toEqual(p);
    expect(await call(t.ctx, 'positions:list')).toEqual([]);
    const restored = await call(t.ctx, 'positions:restore', removed);
    expect(restored).toMatchObject({ id: p.id, takeProfit: 70_000, quantity: 0.5 });
    expect((await callError(t.ctx, 'positions:restore', removed)).message).toMatch(/already exists/);
  });

  it('removes an account with its positions and restores both (undo)', async () => {
    const account = await call(t.ctx, 'accounts:upsert', linearAccount);
    await call(t.ctx, 'positions:upsert', { ...btcLong, accountId: account.id });
    await call(t.ctx, 'positions:upsert', {
      ...btcLong,
      symbol: 'ETHUSDT',
      entryPrice: 3000,
      quantity: 2,
      accountId: account.id,
    });
    const bookBefore = await call<Book>(t.ctx, 'book:get');
    const removed = await call(t.ctx, 'accounts:remove', { id: account.id });
    expect(removed.positions).toHaveLength(2);
    expect((await call<Book>(t.ctx, 'book:get')).accounts).toEqual([]);
    expect(t.db.prepare('SELECT count(*) AS n FROM positions').get()).toEqual({ n: 0 });
    await call(t.ctx, 'accounts:restore', removed);
    expect(await call<Book>(t.ctx, 'book:get')).toEqual(bookBefore);
  });

  it('answers unknown ids with not-found', async () => {
    expect((await callError(t.ctx, 'positions:remove', { id: '999' })).code).toBe('not-found');
    expect((await callError(t.ctx, 'positions:upsert', { ...btcLong, accountId: '999' })).code).toBe('not-found');
    expect((await callError(t.ctx, 'accounts:remove', { id: 'abc' })).code).toBe('invalid-request');
  });
});

describe('storage IPC: book, prices and risk', () => {
  let t: TempDb;
  beforeEach(() => (t = makeTempDb({ now: () => new Date('2026-03-01T12:00:00Z') })));
  afterEach(() => t.cleanup());

  it('marks positions with the latest stored price of their symbol', async () => {
    const account = await call(t.ctx, 'accounts:upsert', linearAccount);
    await call(t.ctx, 'positions:upsert', { ...btcLong, accountId: account.id });
    await call(t.ctx, 'positions:upsert', {
      ...btcLong,
      symbol: 'ETHUSDT',
      entryPrice: 3000,
      quantity: 2,
      accountId: account.id,
    });
    await call(t.ctx, 'prices:set', { symbol: 'BTCUSDT', mark: 65_000, at: '2026-03-01T10:00:00Z' });
    await call(t.ctx, 'prices:set', { symbol: 'btcusdt', mark: 66_000.5, source: 'feed', at: '2026-03-01T11:00:00Z' });
    const book = await call<Book>(t.ctx, 'book:get');
    const [btc, eth] = [...book.accounts[0]!.positions].sort((a, b) => a.symbol.localeCompare(b.symbol));
    expect(btc).toMatchObject({ markPrice: 66_000.5, markSource: 'feed', markAt: '2026-03-01T11:00:00.000Z' });
    expect(eth).toMatchObject({ markPrice: 3000, markSource: 'entry', markAt: null });
    expect(await call(t.ctx, 'prices:list')).toEqual([
      { symbol: 'BTCUSDT', mark: 66_000.5, source: 'feed', at: '2026-03-01T11:00:00.000Z' },
    ]);
    expect((await call(t.ctx, 'prices:history', { symbol: 'BTCUSDT' })).map((p: { mark: number }) => p.mark)).toEqual([
      65_000, 66_000.5,
    ]);
    expect(
      (await call(t.ctx, 'prices:history', { symbol: 'BTCUSDT', limit: 1 })).map((p: { mark: number }) => p.mark),
    ).toEqual([66_000.5]);
  });

  it('refuses a non-positive price', async () => {
    const error = await callError(t.ctx, 'prices:set', { symbol: 'BTCUSDT', mark: -1 });
    expect(error.issues?.[0]?.path).toBe('mark');
  });

  it('risk.assess equals the engine on the stored account, with symbol and side beside each figure', async () => {
    const account = await call(t.ctx, 'accounts:upsert', linearAccount);
    await call(t.ctx, 'positions:upsert', { ...btcLong, accountId: account.id });
    await call(t.ctx, 'prices:set', { symbol: 'BTCUSDT', mark: 58_000 });
    const assessment = await call(t.ctx, 'risk:assess', { accountId: account.id });
    const book = await call<Book>(t.ctx, 'book:get');
    const expected = assessAccount(toAccountSpec(book.accounts[0]!));
    expect(assessment).toMatchObject({
      accountId: account.id,
      name: 'Main',
      equity: expected.equity,
      maintenanceMargin: expected.maintenanceMargin,
      marginRatio: expected.marginRatio,
      error: null,
    });
    expect(assessment.positions[0]).toEqual({
      ...expected.positions[0],
      symbol: 'BTCUSDT',
      side: 'long',
      markPrice: 58_000,
    });
    expect(assessment.positions[0].liquidationPrice).toBeGreaterThan(0);
    expect(await call(t.ctx, 'risk:assessBook')).toEqual([assessment]);
  });

  it('reports an account the engine cannot assess instead of failing the whole book', async () => {
    const good = await call(t.ctx, 'accounts:upsert', linearAccount);
    await call(t.ctx, 'positions:upsert', { ...btcLong, accountId: good.id });
    const odd = await call(t.ctx, 'accounts:upsert', { ...linearAccount, name: 'Alts' });
    await call(t.ctx, 'positions:upsert', {
      ...btcLong,
      symbol: 'NOTACOINUSDT',
      entryPrice: 1,
      quantity: 10,
      accountId: odd.id,
    });
    const all = await call(t.ctx, 'risk:assessBook');
    expect(all.map((a: { name: string }) => a.name)).toEqual(['Alts', 'Main']);
    expect(all[0].error.message).toMatch(/NOTACOINUSDT long: no maintenance tiers/);
    expect(all[0].equity).toBeNull();
    expect(all[1].error).toBeNull();
  });
});

describe('storage IPC: tier overrides', () => {
  let t: TempDb;
  beforeEach(() => (t = makeTempDb()));
  afterEach(() => t.cleanup());

  it('an override makes a symbol without a shipped table assessable, and removing it undoes that', async () => {
    const acc = await call(t.ctx, 'accounts:upsert', linearAccount);
    await call(t.ctx, 'positions:upsert', {
      ...btcLong,
      symbol: 'NOTACOINUSDT',
      entryPrice: 2,
      quantity: 1000,
      accountId: acc.id,
    });
    expect((await call(t.ctx, 'risk:assess', { accountId: acc.id })).error.message).toMatch(/no maintenance tiers/);
    const tiers = [
      { minNotional: 0, maxNotional: 10_000, mmr: 0.02, maintenanceAmount: 0 },
      { minNotional: 10_000, maxNotional: Infinity, mmr: 0.05, maintenanceAmount: 300 },
    ];
    const row = await call(t.ctx, 'tierOverrides:set', {
      venue: 'binance-usdm',
      symbol: 'notacoinusdt',
      tiers,
      source: 'exchange page 2026-03-01',
    });
    expect(row).toMatchObject({
      venue: 'binance-usdm',
      symbol: 'NOTACOINUSDT',
      tiers,
      source: 'exchange page 2026-03-01',
    });
    const assessed = await call(t.ctx, 'risk:assess', { accountId: acc.id });
    expect(assessed.error).toBeNull();
    expect(assessed.positions[0].maintenanceMargin).toBeCloseTo(2000 * 0.02, 10); // notional 2 000 in the first tier
    expect(await call(t.ctx, 'tierOverrides:list')).toEqual([row]);
    expect(
      (
        await callError(t.ctx, 'tierOverrides:set', {
          venue: 'binance-usdm',
          symbol: 'X',
          tiers: [{ minNotional: 5, maxNotional: 1, mmr: 0.1, maintenanceAmount: 0 }],
        })
      ).code,
    ).toBe('invalid-request');
    await call(t.ctx, 'tierOverrides:remove', { venue: 'binance-usdm', symbol: 'NOTACOINUSDT' });
    expect((await call(t.ctx, 'risk:assess', { accountId: acc.id })).error).not.toBeNull();
  });
});

describe('storage IPC: settings and scenarios', () => {
  let t: TempDb;
  beforeEach(() => (t = makeTempDb()));
  afterEach(() => t.cleanup());

  it('reads defaults, writes validated values, refuses values outside the key schema', async () => {
    expect(await call(t.ctx, 'settings:get', { key: 'backup.keepDaily' })).toEqual({
      key: 'backup.keepDaily',
      value: 7,
    });
    expect(await call(t.ctx, 'settings:set', { key: 'backup.keepDaily', value: 14 })).toEqual({
      key: 'backup.keepDaily',
      value: 14,
    });
    expect(await call(t.ctx, 'settings:get', { key: 'backup.keepDaily' })).toEqual({
      key: 'backup.keepDaily',
      value: 14,
    });
    const bad = await callError(t.ctx, 'settings:set', { key: 'backup.keepDaily', value: 'many' });
    expect(bad.issues?.[0]?.path).toBe('value');
    expect((await callError(t.ctx, 'settings:get', { key: 'nope' })).message).toMatch(/unknown setting "nope"/);
    expect((await call(t.ctx, 'settings:all')).find((s: { key: string }) => s.key === 'ui.theme')).toEqual({
      key: 'ui.theme',
      value: 'dark',
    });
    const rules = await callError(t.ctx, 'settings:set', {
      key: 'sizing.rules',
      value: [{ id: 'lp-distance', enabled: true, severity: 'loud' }],
    });
    expect(rules.issues?.[0]?.path).toMatch(/^value\[0\]/);
  });

  it('saves, renames and removes scenarios validated by the stress schema', async () => {
    const crash = { name: 'Crash -30%', btcMove: -0.3, stressCorrelation: 0.8, horizonDays: 7, betas: { SOL: 1.6 } };
    const s = await call(t.ctx, 'scenarios:upsert', { payload: crash });
    expect(s).toMatchObject({ name: 'Crash -30%', payload: crash });
    const renamed = await call(t.ctx, 'scenarios:upsert', { id: s.id, name: 'Crash', payload: s.payload });
    expect(renamed.payload.name).toBe('Crash');
    expect(await call(t.ctx, 'scenarios:list')).toEqual([renamed]);
    expect((await callError(t.ctx, 'scenarios:upsert', { payload: { ...crash, name: 'Crash' } })).message).toMatch(
      /already exists/,
    );
    const bad = await callError(t.ctx, 'scenarios:upsert', { payload: { ...crash, btcMove: -3 } });
    expect(bad.issues?.[0]).toMatchObject({
      path: 'payload.btcMove',
      message: expect.stringMatching(/BTC move between -1/),
    });
    await call(t.ctx, 'scenarios:remove', { id: s.id });
    expect(await call(t.ctx, 'scenarios:list')).toEqual([]);
  });
});
