import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { electronBindingPath } from '@electron/db/nativeBinding';
// @ts-expect-error plain ESM script helper
import { electronBindingTarget } from '../../scripts/lib/electronNative.mjs';

const require = createRequire(import.meta.url);
const config = require('../../build/electron-builder.config.cjs');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('electron-builder config (npm run dist)', () => {
  it('names the app and targets AppImage + deb, dmg and nsis', () => {
    expect(config.appId).toBe('app.cascade.desktop');
    expect(config.productName).toBe('Cascade');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('packs only the built bundles and unpacks the native module from asar', () => {
    expect(config.files).toContain('out/**/*');
    expect(config.files.some((f: string) => /^(src|shared|electron|renderer)\b/.test(f))).toBe(false);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*');
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('points at icons that exist', () => {
    for (const size of [16, 32, 64, 128, 256, 512]) expect(existsSync(`build/icons/${size}x${size}.png`)).toBe(true);
    expect(existsSync(config.mac.icon)).toBe(true);
  });

  it('main entry of package.json is the built main bundle', () => {
    expect(pkg.main).toBe('out/main/index.js');
  });
});

describe('package.json', () => {
  it('pins every dependency exactly', () => {
    for (const deps of [pkg.dependencies, pkg.devDependencies]) {
      for (const [name, version] of Object.entries(deps as Record<string, string>)) {
        expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
      }
    }
  });

  it('lets better-sqlite3 and esbuild build and keeps the Electron download out of npm ci', () => {
    expect(pkg.allowScripts).toMatchObject({ 'better-sqlite3': true, esbuild: true, electron: false });
    expect(pkg.scripts.postinstall ?? '').not.toMatch(/install-app-deps/);
  });
});

describe('Electron binding location', () => {
  it('npm start builds the binding where main looks for it', () => {
    expect(electronBindingTarget('/proj', '41.7.1')).toBe(electronBindingPath('/proj', '41.7.1'));
  });
});
