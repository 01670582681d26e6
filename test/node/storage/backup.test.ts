import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDir, ensureDailyBackup, listBackups } from '@electron/db/backup';
import { SCHEMA_VERSION } from '@electron/db/migrate';
import { restoreFromFile } from '@electron/db/restore';
import type { Book } from '@shared/book/types';
import { makeTempDb, type TempDb } from '../../helpers/tempDb';
import { btcLong, call, callError, linearAccount, snapshot } from './helpers';

const fixtureDir = new URL('../../fixtures/db/', import.meta.url).pathname;

describe('backups', () => {
  let t: TempDb;
  let now = new Date('2026-03-01T12:00:00Z');
  beforeEach(() => {
    now = new Date('2026-03-01T12:00:00Z');
    t = makeTempDb({ now: () => now });
  });
  afterEach(() => t.cleanup());

  async function seed(): Promise<string> {
    const acc = await call(t.ctx, 'accounts:upsert', linearAccount);
    await call(t.ctx, 'positions:upsert', { ...btcLong, accountId: acc.id });
    return acc.id;
  }

  it('backup.create writes a consistent copy that lists newest first', async () => {
    await seed();
    const first = await call(t.ctx, 'backup:create');
    now = new Date('2026-03-01T12:05:00Z');
    const second = await call(t.ctx, 'backup:create');
    expect(first.kind).toBe('manual');
    expect(first.file).toMatch(/^cascade-manual-20260301-120000-000\.sqlite$/);
    expect((await call(t.ctx, 'backup:list')).map((b: { file: string }) => b.file)).toContain(second.file);
    const copy = new BetterSqlite3(first.path, { readonly: true });
    expect(copy.prepare('SELECT symbol FROM positions').all()).toEqual([{ symbol: 'BTCUSDT' }]);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('keeps one daily backup per day and only the newest N', () => {
    const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'];
    for (const day of days) {
      expect(ensureDailyBackup(t.db, t.dbPath, new Date(`${day}T08:00:00Z`), 2)).toBeDefined();
      expect(ensureDailyBackup(t.db, t.dbPath, new Date(`${day}T18:00:00Z`), 2)).toBeUndefined();
    }
    expect(readdirSync(backupDir(t.dbPath)).sort()).toEqual([
      'cascade-daily-2026-03-03.sqlite',
      'cascade-daily-2026-03-04.sqlite',
    ]);
  });

  it('daily pruning never deletes manual backups', async () => {
    const manual = await call(t.ctx, 'backup:create');
    ensureDailyBackup(t.db, t.dbPath, new Date('2026-03-01T00:00:00Z'), 1);
    ensureDailyBackup(t.db, t.dbPath, new Date('2026-03-02T00:00:00Z'), 1);
    expect(
      listBackups(t.dbPath)
        .map((b) => b.file)
        .sort(),
    ).toEqual([manual.file, 'cascade-daily-2026-03-02.sqlite'].sort());
  });

  it('restore brings back the backed-up book and first saves the current one', async () => {
    const accountId = await seed();
    const saved = await call(t.ctx, 'backup:create');
    const bookAtBackup = await call<Book>(t.ctx, 'book:get');
    await call(t.ctx, 'positions:upsert', { ...btcLong, symbol: 'ETHUSDT', entryPrice: 3000, accountId });
    await call(t.ctx, 'prices:set', { symbol: 'BTCUSDT', mark: 50_000 });
    const bookBefore = await call<Book>(t.ctx, 'book:get');

    now = new Date('2026-03-01T13:00:00Z');
    const result = await call(t.ctx, 'backup:restore', { file: saved.file });
    expect(result.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.safetyBackup.kind).toBe('pre-restore');
    // The live connection (and its cached statements) serves the restored book.
    expect(await call<Book>(t.ctx, 'book:get')).toEqual(bookAtBackup);
    expect(t.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(t.db.pragma('foreign_key_check')).toEqual([]);

    // Restoring the safety copy undoes the restore.
    await call(t.ctx, 'backup:restore', { file: result.safetyBackup.file });
    expect(await call<Book>(t.ctx, 'book:get')).toEqual(bookBefore);
  });

  it('restores an older-version backup by migrating a copy, never the chosen file', () => {
    const old = join(t.dir, 'old.sqlite');
    copyFileSync(join(fixtureDir, 'v1.sqlite'), old);
    const bytes = readFileSync(old);
    restoreFromFile(t.db, t.dbPath, old, now);
    expect(readFileSync(old).equals(bytes)).toBe(true);
    expect(t.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(
      (t.db.prepare('SELECT name FROM accounts ORDER BY name').all() as { name: string }[]).map((r) => r.name),
    ).toEqual(['Coin-M', 'Main']);
    expect(readdirSync(backupDir(t.dbPath)).filter((f) => f.startsWith('.restoring'))).toEqual([]);
  });

  it('refuses files that are not Cascade backups of a supported version and changes nothing', async () => {
    await seed();
    const before = snapshot(t.ctx);
    const notSqlite = join(t.dir, 'notes.sqlite');
    writeFileSync(notSqlite, 'hello'.repeat(100));
    expect(() => restoreFromFile(t.db, t.dbPath, notSqlite, now)).toThrow(/not an SQLite database/);

    const foreign = join(t.dir, 'foreign.sqlite');
    const f = new BetterSqlite3(foreign);
    f.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY)');
    f.close();
    expect(() => restoreFromFile(t.db, t.dbPath, foreign, now)).toThrow(/not a Cascade one/);

    const future = join(t.dir, 'future.sqlite');
    copyFileSync(join(fixtureDir, 'v1.sqlite'), future);
    const fut = new BetterSqlite3(future);
    fut.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    fut.close();
    expect(() => restoreFromFile(t.db, t.dbPath, future, now)).toThrow(/newer Cascade/);

    const damaged = join(t.dir, 'damaged.sqlite');
    const bytes = readFileSync(join(fixtureDir, 'v1.sqlite'));
    for (let i = 4096; i < bytes.length; i += 5) bytes[i] = 0xa5;
    writeFileSync(damaged, bytes);
    expect(() => restoreFromFile(t.db, t.dbPath, damaged, now)).toThrow(/damaged|cannot be read|not a Cascade/);

    expect(snapshot(t.ctx)).toEqual(before);
    expect(listBackups(t.dbPath).filter((b) => b.kind === 'pre-restore')).toEqual([]);
  });

  it('backup.restore only takes a file name from the backup list', async () => {
    expect((await callError(t.ctx, 'backup:restore', { file: '../cascade.sqlite' })).code).toBe('invalid-request');
    expect((await callError(t.ctx, 'backup:restore', { file: 'cascade-manual-nope.sqlite' })).code).toBe('not-found');
  });
});
