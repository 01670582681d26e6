import { join } from 'node:path';

/**
 * better-sqlite3 is a V8 addon, so one compiled binding serves either Node (tests, CLI) or
 * Electron (the app), never both. `npm start` builds an Electron copy into
 * `.electron-native/electron-<version>/better_sqlite3.node` and leaves node_modules' Node build
 * alone; main passes that path as better-sqlite3's `nativeBinding` option.
 */
export const NATIVE_DIR = '.electron-native';

/** Where `npm start` puts the Electron build of better-sqlite3 for an Electron version. */
export function electronBindingPath(projectRoot: string, electronVersion: string): string {
  return join(projectRoot, NATIVE_DIR, `electron-${electronVersion}`, 'better_sqlite3.node');
}

export interface BindingQuery {
  /** `process.versions.electron`, undefined under plain Node. */
  electronVersion?: string;
  /** `app.isPackaged`. */
  isPackaged: boolean;
  /** Project root in development (`app.getAppPath()`). */
  appPath: string;
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
}

/**
 * Picks the better-sqlite3 binding for this process, or undefined for the package's default
 * (plain Node, and the packaged app, whose node_modules electron-builder rebuilt for Electron).
 * `CASCADE_NATIVE_BINDING` overrides. In development under Electron a missing build is an error
 * that says how to make it, rather than a cryptic NODE_MODULE_VERSION crash.
 */
export function resolveNativeBinding(query: BindingQuery): string | undefined {
  const override = query.env.CASCADE_NATIVE_BINDING;
  if (override) {
    if (!query.exists(override)) throw new Error(`CASCADE_NATIVE_BINDING points to a missing file: ${override}`);
    return override;
  }
  if (!query.electronVersion || query.isPackaged) return undefined;
  const path = electronBindingPath(query.appPath, query.electronVersion);
  if (!query.exists(path)) {
    throw new Error(
      `no Electron build of better-sqlite3 at ${path}; run \`npm start\` (it builds one) instead of launching electron directly`,
    );
  }
  return path;
}
