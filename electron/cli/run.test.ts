import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../db/migrate';
import { defaultUserDataDir, extractDbPath, runCli } from './run';
import { capture } from '@test/helpers/cli';

describe('cascade CLI', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'cascade-cli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('info prints the version and the database path given with --db', async () => {
    const c = capture();
    const dbPath = join(dir, 'book.sqlite');
    expect(await runCli(['info', '--db', dbPath], c.io, {})).toBe(0);
    expect(c.out.join('\n')).toMatch(/^Cascade \d+\.\d+\.\d+/);
    expect(c.out.join('\n')).toContain(`database: ${dbPath}`);
  });

  it('info --json uses CASCADE_DB', async () => {
    const c = capture();
    const dbPath = join(dir, 'env.sqlite');
    expect(await runCli(['info', '--json'], c.io, { CASCADE_DB: dbPath })).toBe(0);
    expect(JSON.parse(c.out[0]!)).toMatchObject({ dbPath, schemaVersion: SCHEMA_VERSION });
  });

  it('an unknown command is a user error (exit 1, message on stderr)', async () => {
    const c = capture();
    expect(await runCli(['liquidate-me', '--db', join(dir, 'x.sqlite')], c.io, {})).toBe(1);
    expect(c.err.join('\n')).toMatch(/unknown command "liquidate-me"/);
  });

  it('--db without a path is a user error', () => {
    expect(() => extractDbPath(['info', '--db'])).toThrow(/--db needs a file path/);
  });

  it('finds the app database in the platform user-data folder', () => {
    expect(defaultUserDataDir('linux', {}, '/home/t')).toBe('/home/t/.config/Cascade');
    expect(defaultUserDataDir('darwin', {}, '/Users/t')).toBe('/Users/t/Library/Application Support/Cascade');
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\AppData' }, 'C:\\Users\\t')).toContain('Cascade');
  });
});
