// `npm run dist`: build the bundles, package with electron-builder (build/electron-builder.config.cjs),
// then put node_modules' Node build of better-sqlite3 back so `npm test` keeps working.
import { run } from './lib/run.mjs';

const node = process.execPath;
let code = await run(node, ['node_modules/electron-vite/bin/electron-vite.js', 'build']);
if (code === 0)
  code = await run(node, [
    'node_modules/electron-builder/cli.js',
    '--config',
    'build/electron-builder.config.cjs',
    ...process.argv.slice(2),
  ]);
const restore = await run('npm', ['rebuild', 'better-sqlite3']);
process.exit(code || restore);
