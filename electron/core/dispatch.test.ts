import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDb, type TempDb } from '@test/helpers/tempDb';
import { SCHEMA_VERSION } from '../db/migrate';
import { channelNames, dispatch } from './dispatch';

describe('dispatch app:info', () => {
  let temp: TempDb;
  beforeEach(() => (temp = makeTempDb()));
  afterEach(() => temp.cleanup());

  it('returns the real database path and schema version of a temp SQLite file', async () => {
    const result = await dispatch(temp.ctx, 'app:info', {});
    expect(result).toEqual({
      ok: true,
      value: { version: '0.0.0-test', dbPath: temp.dbPath, schemaVersion: SCHEMA_VERSION },
    });
    expect(temp.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(String(temp.db.pragma('journal_mode', { simple: true })).toLowerCase()).toBe('wal');
  });

  it('rejects a malformed request with a clear, typed error', async () => {
    const result = await dispatch(temp.ctx, 'app:info', { verbose: 'yes' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.message).toMatch(/^invalid app:info request: .*verbose/);
    expect(result.error.issues?.[0]?.message).toMatch(/unrecognized key/i);
  });

  it('rejects a non-object payload', async () => {
    const result = await dispatch(temp.ctx, 'app:info', 'drop table');
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-request');
  });

  it('answers an unknown channel with an error instead of throwing', async () => {
    const result = await dispatch(temp.ctx, 'positions:explode', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'unknown IPC channel "positions:explode"' },
    });
  });

  it('turns a handler crash into an internal error', async () => {
    temp.db.close();
    const result = await dispatch(temp.ctx, 'app:info', {});
    expect(result.ok ? 'ok' : result.error.code).toBe('internal');
  });

  it('lists app:info among the registered channels', () => {
    expect(channelNames()).toContain('app:info');
  });
});
