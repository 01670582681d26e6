import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDb, type TempDb } from '@test/helpers/tempDb';
import { migrate, NewerSchemaError, SCHEMA_VERSION } from './migrate';
import { CorruptDatabaseError, openDatabase } from './open';

describe('openDatabase', () => {
  let temp: TempDb;
  beforeEach(() => (temp = makeTempDb()));
  afterEach(() => temp.cleanup());

  it('creates the file with WAL, foreign keys and the current schema', () => {
    expect(String(temp.db.pragma('journal_mode', { simple: true }))).toBe('wal');
    expect(temp.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(temp.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  });

  it('refuses a file that is not SQLite and leaves it byte-identical', () => {
    const path = join(temp.dir, 'notes.sqlite');
    writeFileSync(path, 'this is not a database, it is my trading journal\n'.repeat(20));
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrow(CorruptDatabaseError);
    expect(() => openDatabase(path)).toThrow(/not an SQLite database.*left untouched/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a database from a newer Cascade and does not touch it', () => {
    const path = join(temp.dir, 'future.sqlite');
    const raw = new BetterSqlite3(path);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrow(NewerSchemaError);
    expect(() => openDatabase(path)).toThrow(new RegExp(`schema version ${SCHEMA_VERSION + 5}`));
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('rolls back a failing migration as a whole and keeps the version', () => {
    const raw = new BetterSqlite3(':memory:');
    const list = [
      { version: 1, name: 'a', up: 'CREATE TABLE a (x INTEGER) STRICT;' },
      { version: 2, name: 'b', up: 'CREATE TABLE b (y INTEGER) STRICT; INSERT INTO nope VALUES (1);' },
    ];
    expect(() => migrate(raw, { migrations: list })).toThrow(/no such table: nope/);
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({ n: 0 });
    raw.close();
  });

  it('refuses a migration list whose versions are not 1, 2, 3, … in order', () => {
    const raw = new BetterSqlite3(':memory:');
    const list = [
      { version: 1, name: 'a', up: 'CREATE TABLE a (x INTEGER) STRICT;' },
      { version: 3, name: 'c', up: 'CREATE TABLE c (x INTEGER) STRICT;' },
    ];
    expect(() => migrate(raw, { migrations: list })).toThrow('migration "c" has version 3; expected 2');
    expect(raw.pragma('user_version', { simple: true })).toBe(0);
    raw.close();
  });
});
