// `npm run layers` (and `npm test`): the import rules between the layers, checked on every
// import of every source file. Prints each offending import with the rule it breaks.
//
//   renderer ↛ electron, electron ↛ renderer   the page and main share only shared/
//   shared ↛ anything but shared/ and zod        pure TypeScript: no DOM, Node, Electron or React
//   electron/db ↛ shared/ipc, core, main, …     persistence knows the domain, not the transport
//   electron (outside main/ and preload/) ↛ the `electron` module: core, db, feed, … run in the CLI too
//   production ↛ tests                           no shipped file imports a test, a test helper or a test library
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROOTS = ['shared', 'electron', 'renderer', 'test', 'scripts'];
const SOURCE = /\.(ts|tsx|mts|mjs|cjs|js)$/;
const { paths } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;
const ALIASES = Object.entries(paths).map(([pattern, [target]]) => [
  pattern.replace('*', ''),
  target.replace(/^\.\//, '').replace('*', ''),
]);

/** Test code: anything under test/ or a renderer/src/test/ folder, *.test.*, *.bench.*, and the named test fixtures. */
export const isTestFile = (file) =>
  file.startsWith('test/') ||
  file.startsWith('renderer/src/test/') ||
  /\.(test|bench|property\.test)\.[a-z]+$/.test(file) ||
  /(^|\/)(testing|testBook|bench-fixture)\.[a-z]+$/.test(file);

const TEST_PACKAGES = /^(vitest|@vitest\/|@testing-library\/|fast-check$|playwright|axe-core$|jsdom$)/;

/** The rules, as functions of (importing file, imported repo path or null, bare package or null). */
const RULES = [
  {
    name: 'renderer ↛ electron',
    breaks: (from, to) => from.startsWith('renderer/') && to?.startsWith('electron/'),
  },
  {
    name: 'electron ↛ renderer',
    breaks: (from, to) => from.startsWith('electron/') && to?.startsWith('renderer/'),
  },
  {
    name: 'shared ↛ anything but shared/ and zod',
    breaks: (from, to, pkg) => {
      if (!from.startsWith('shared/')) return false;
      if (to) return !to.startsWith('shared/') && !(isTestFile(from) && to.startsWith('test/'));
      return pkg !== 'zod' && !(isTestFile(from) && TEST_PACKAGES.test(pkg));
    },
  },
  {
    name: 'electron/db ↛ shared/ipc and the layers above the database',
    breaks: (from, to) =>
      from.startsWith('electron/db/') &&
      !isTestFile(from) &&
      !!to &&
      /^(shared\/ipc|electron\/(core|main|cli|feed|alerts|transfer|preload))\//.test(to),
  },
  {
    name: 'only electron/main and electron/preload import the electron module',
    breaks: (from, _to, pkg) =>
      from.startsWith('electron/') && !/^electron\/(main|preload)\//.test(from) && pkg === 'electron',
  },
  {
    name: 'production ↛ tests',
    breaks: (from, to, pkg) =>
      ROOTS.slice(0, 3).some((r) => from.startsWith(r + '/')) &&
      !isTestFile(from) &&
      (to ? isTestFile(to) : TEST_PACKAGES.test(pkg)),
  },
];

function walk(dir) {
  const out = [];
  for (const name of readdirSync(join(root, dir))) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = dir ? `${dir}/${name}` : name;
    if (statSync(join(root, path)).isDirectory()) out.push(...walk(path));
    else if (SOURCE.test(name)) out.push(path);
  }
  return out;
}

const SPECIFIERS = [
  /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"\n]+)['"]/gm,
  /^\s*import\s*['"]([^'"\n]+)['"]/gm,
  /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g,
  /\brequire\(\s*['"]([^'"\n]+)['"]\s*\)/g,
  /\bvi\.(?:mock|doMock|importActual)\(\s*['"]([^'"\n]+)['"]/g,
];

/** `{ to: repo path }` for a file of this repository, `{ pkg }` for a package or a Node builtin. */
function target(from, spec) {
  const bare = spec.split('?')[0];
  if (bare.startsWith('.')) return { to: relative(root, resolve(root, dirname(from), bare)) };
  for (const [alias, dir] of ALIASES) if (bare.startsWith(alias)) return { to: dir + bare.slice(alias.length) };
  const parts = bare.split('/');
  return { pkg: bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
}

export function check(files = ROOTS.flatMap((r) => walk(r))) {
  const problems = [];
  for (const from of files) {
    const text = readFileSync(join(root, from), 'utf8');
    for (const re of SPECIFIERS) {
      for (const match of text.matchAll(re)) {
        const { to, pkg } = target(from, match[1]);
        for (const rule of RULES) {
          if (rule.breaks(from, to ?? null, pkg ?? null)) {
            const line = text.slice(0, match.index).split('\n').length;
            problems.push(`${from}:${line}: '${match[1]}' breaks "${rule.name}"`);
          }
        }
      }
    }
  }
  return { files: files.length, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const start = performance.now();
  const { files, problems } = check();
  for (const p of problems) console.error(p);
  const ms = Math.round(performance.now() - start);
  console.log(
    `layers: ${files} files, ${problems.length} broken import rule${problems.length === 1 ? '' : 's'} (${ms} ms)`,
  );
  process.exit(problems.length > 0 ? 1 : 0);
}
