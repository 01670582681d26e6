// `npm start`: the user's path. Fetches Electron's binary on first start if `npm install`
// did not, builds the Electron copy of better-sqlite3 once, builds the bundles, launches.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinaryPresent, ensureElectronBinding } from './lib/electronNative.mjs';
import { run } from './lib/run.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(join(root, 'package.json'));
const node = process.execPath;

if (!electronBinaryPresent(root)) {
  console.log('Cascade: downloading the Electron binary (first start)…');
  const code = await run(node, [join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: join(root, 'node_modules', 'electron'),
  });
  if (code !== 0) process.exit(code);
}
const electronVersion = require('electron/package.json').version;
const binding = await ensureElectronBinding(root, electronVersion);
if (
  (await run(node, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
  })) !== 0
)
  process.exit(1);
const electronPath = require('electron'); // the binary's path, from path.txt
process.exit(
  await run(electronPath, [root, ...process.argv.slice(2)], {
    cwd: root,
    env: { ...process.env, CASCADE_NATIVE_BINDING: binding },
  }),
);
