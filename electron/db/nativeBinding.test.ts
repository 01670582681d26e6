import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBindingPath, resolveNativeBinding } from './nativeBinding';

const base = { isPackaged: false, appPath: '/proj', env: {}, exists: () => true };

describe('resolveNativeBinding', () => {
  it('uses the package default under plain Node (tests, CLI)', () => {
    expect(resolveNativeBinding({ ...base, electronVersion: undefined })).toBeUndefined();
  });

  it('uses the package default in the packaged app (electron-builder rebuilt it)', () => {
    expect(resolveNativeBinding({ ...base, electronVersion: '41.7.1', isPackaged: true })).toBeUndefined();
  });

  it('uses the per-version Electron build in development', () => {
    expect(resolveNativeBinding({ ...base, electronVersion: '41.7.1' })).toBe(
      join('/proj', '.electron-native', 'electron-41.7.1', 'better_sqlite3.node'),
    );
  });

  it('says how to build the binding when it is missing', () => {
    expect(() => resolveNativeBinding({ ...base, electronVersion: '41.7.1', exists: () => false })).toThrow(
      /npm start/,
    );
  });

  it('honours CASCADE_NATIVE_BINDING, and refuses a missing file', () => {
    const env = { CASCADE_NATIVE_BINDING: '/x/b.node' };
    expect(resolveNativeBinding({ ...base, env })).toBe('/x/b.node');
    expect(() => resolveNativeBinding({ ...base, env, exists: () => false })).toThrow(/missing file/);
  });

  it('keeps one folder per Electron version so an upgrade rebuilds', () => {
    expect(electronBindingPath('/p', '41.7.1')).not.toBe(electronBindingPath('/p', '42.0.0'));
  });
});
