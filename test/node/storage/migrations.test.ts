import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '@electron/db/backup';
import { migrate, NewerSchemaError, SCHEMA_VERSION } from '@electron/db/migrate';
import { migrations } from '@electron/db/migrations';
import { CorruptDatabaseError, openDatabase } from '@electron/db/open';
import { loadBook } from '@electron/db/repo/book';
import { makeTempDb, type TempDb } from '../../helpers/tempDb';

const fixtureDir = new URL('../../fixtures/db/', import.meta.url).pathname;
const fixtures = readdirSync(fixtureDir)
  .map((f) => /^v(\d+)\.sqlite$/.exec(f))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => Number(m[1]))
  .sort((a, b) => a - b);

function schemaOf(db: BetterSqlite3.Database): string[] {
  return (
    db
      .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all() as { sql: string }[]
  ).map((r) => JSON.stringify(r));
}

describe('migrations', () => {
  let t: TempDb;
  beforeEach(() => (t = makeTempDb()));
  afterEach(() => t.cleanup());

  it('has a fixture for every schema version this build defines', () => {
    expect(fixtures).toEqual(migrations.map((_, i) => i + 1));
  });

  for (const version of fixtures) {
    it(`upgrades a v${version} database: data intact, schema identical to a fresh one, backup before each step`, () => {
      const path = join(t.dir, `from-v${version}.sqlite`);
      copyFileSync(join(fixtureDir, `v${version}.sqlite`), path);
      const db = openDatabase(path);
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
        expect(schemaOf(db)).toEqual(schemaOf(t.db));
        const book = loadBook(db);
        expect(book.accounts.map((a) => [a.name, a.positions.length])).toEqual([
          ['Coin-M', 1],
          ['Main', 2],
        ]);
        const main = book.accounts[1]!;
        expect(main.positions[0]).toMatchObject({
          symbol: 'BTCUSDT',
          stopLoss: 55_000,
          markPrice: 62_000,
          markSource: 'feed',
        });
        expect(main.positions[1]!.tiers![0]!.maxNotional).toBe(Infinity);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
      } finally {
        db.close();
      }
      const backups = listBackups(path).filter((b) => b.kind === 'pre-migration');
      expect(backups.map((b) => b.file.replace(/-\d{8}-.*$/, ''))).toEqual(
        Array.from({ length: SCHEMA_VERSION - version }, (_, i) => `cascade-pre-migration-v${version + i}`).reverse(),
      );
      // Each pre-migration backup is the database as it was before that step.
      for (const b of backups) {
        const copy = new BetterSqlite3(b.path, { readonly: true });
        const from = Number(/-v(\d+)-/.exec(b.file)![1]);
        expect(copy.pragma('user_version', { simple: true })).toBe(from);
        expect(copy.prepare('SELECT count(*) AS n FROM positions').get()).toEqual({ n: 3 });
        copy.close();
      }
    });
  }

  it('a released migration is never edited: replaying migrations 1..N gives the fixture vN schema', () => {
    for (const version of fixtures) {
      const fixture = new BetterSqlite3(join(fixtureDir, `v${version}.sqlite`), { readonly: true });
      const replay = new BetterSqlite3(':memory:');
      migrate(replay, { migrations: migrations.slice(0, version) });
      expect(schemaOf(replay)).toEqual(schemaOf(fixture));
      fixture.close();
      replay.close();
    }
  });

  it('refuses a database from a newer Cascade and leaves it byte-identical', () => {
    const path = join(t.dir, 'future.sqlite');
    copyFileSync(join(fixtureDir, `v${fixtures.at(-1)}.sqlite`), path);
    const raw = new BetterSqlite3(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrow(NewerSchemaError);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(listBackups(path)).toEqual([]);
  });

  it('refuses a corrupted file and keeps it as it was', () => {
    const path = join(t.dir, 'damaged.sqlite');
    const bytes = readFileSync(join(fixtureDir, 'v1.sqlite'));
    // Keep the header, scribble over the schema page and the first data pages.
    for (let i = 100; i < Math.min(bytes.length, 3 * 4096); i += 7) bytes[i] = (bytes[i]! * 31 + 17) & 0xff;
    writeFileSync(path, bytes);
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrow(CorruptDatabaseError);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a failing migration rolls back to the previous whole version', () => {
    const path = join(t.dir, 'partial.sqlite');
    copyFileSync(join(fixtureDir, 'v1.sqlite'), path);
    const broken = [
      migrations[0]!,
      { version: 2, name: 'half done', up: 'CREATE INDEX half_done ON positions (side); INSERT INTO nope VALUES (1);' },
    ];
    expect(() => openDatabase(path, { migrations: broken })).toThrow(/no such table: nope/);
    const db = new BetterSqlite3(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });
});
