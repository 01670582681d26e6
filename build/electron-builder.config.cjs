// electron-builder configuration for `npm run dist`. Tested in test/node/buildConfig.test.ts.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.cascade.desktop',
  productName: 'Cascade',
  copyright: 'Copyright © 2026 Cascade',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the built bundles and runtime dependencies go into the package.
  files: ['out/**/*', 'package.json', '!**/*.map'],
  asar: true,
  // A native module cannot be loaded from inside an asar archive.
  asarUnpack: ['node_modules/better-sqlite3/**/*', '**/*.node'],
  // Rebuild better-sqlite3 for Electron's ABI inside the package (scripts/dist.mjs restores the Node build afterwards).
  npmRebuild: true,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Finance',
    icon: 'build/icons',
    maintainer: 'Cascade <hello@cascade.invalid>',
    synopsis: 'Liquidation-risk manager for leveraged crypto traders',
  },
  deb: { depends: ['libnotify4', 'libxtst6', 'libnss3'] },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.finance',
    icon: 'build/icons/icon.png',
    hardenedRuntime: true,
  },
  dmg: { sign: false },
  win: { target: ['nsis'], icon: 'build/icons/icon.png' },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true, perMachine: false },
};
