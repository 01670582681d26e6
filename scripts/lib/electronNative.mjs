// Builds the Electron-ABI copy of better-sqlite3 into .electron-native/electron-<version>/
// without touching node_modules (whose Node-ABI build the tests and the CLI use).
// The path must match electron/db/nativeBinding.ts (a test checks both agree).
import { cpSync, existsSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { run } from './run.mjs';

export const NATIVE_DIR = '.electron-native';

export function electronBindingTarget(root, electronVersion) {
  return join(root, NATIVE_DIR, `electron-${electronVersion}`, 'better_sqlite3.node');
}

/** Electron's binary is present when its install script has run (path.txt + dist/). */
export function electronBinaryPresent(root) {
  const dir = join(root, 'node_modules', 'electron');
  return existsSync(join(dir, 'path.txt')) && existsSync(join(dir, 'dist'));
}

/** Skips the work when the binding for this Electron version is already there. */
export async function ensureElectronBinding(root, electronVersion, log = console.log) {
  const target = electronBindingTarget(root, electronVersion);
  if (existsSync(target)) return target;
  const require = createRequire(join(root, 'package.json'));
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const work = join(dirname(target), 'better-sqlite3');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${join(source, 'build')}`) });
  log(`Cascade: building better-sqlite3 for Electron ${electronVersion} (one time)…`);
  const common = { cwd: work, env: { ...process.env, npm_config_nodedir: '' } };
  const prebuild = join(dirname(require.resolve('prebuild-install/package.json')), 'bin.js');
  let code = await run(
    process.execPath,
    [
      prebuild,
      '--runtime',
      'electron',
      '--target',
      electronVersion,
      '--arch',
      process.arch,
      '--platform',
      process.platform,
    ],
    common,
  );
  if (code !== 0) {
    log('Cascade: no prebuilt binding; compiling with node-gyp against Electron headers…');
    const gyp = join(dirname(require.resolve('node-gyp/package.json')), 'bin', 'node-gyp.js');
    code = await run(
      process.execPath,
      [
        gyp,
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        '--runtime=electron',
        '--dist-url=https://electronjs.org/headers',
      ],
      common,
    );
  }
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (code !== 0 || !existsSync(built))
    throw new Error('could not build better-sqlite3 for Electron; see the output above');
  copyFileSync(built, target);
  return target;
}
