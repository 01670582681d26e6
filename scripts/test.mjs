// `npm test`: the code checks (format, lint, layers), typecheck, build the bundles the E2E tests
// serve, then every vitest project (node, browser in real Chromium, e2e). Ends with
// `tests: N passed, N failed`; each failed check or step counts as one failure.
// Extra arguments go to vitest, e.g. `npm test -- --project node shared/engine`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, CHROMIUM_HELP } from './lib/chromium.mjs';
import { run } from './lib/run.mjs';

const extra = process.argv.slice(2);
const chromium = findChromium();
if (!chromium) {
  console.error(CHROMIUM_HELP);
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}
const env = { ...process.env, CHROMIUM_PATH: chromium };
const node = process.execPath;

let failedSteps = 0;
// Fast (about a second together): formatting, lint rules, the layers' import rules.
const checks = [
  ['format', [node, 'node_modules/oxfmt/bin/oxfmt', '--check']],
  ['lint', [node, 'node_modules/oxlint/bin/oxlint', '--quiet']],
  ['layers', [node, 'scripts/layers.mjs']],
];
for (const [name, [command, ...args]] of checks) {
  if ((await run(command, args, { env })) !== 0) {
    console.error(
      `${name} check failed (npm run ${name === 'format' ? 'format' : 'lint'} shows and fixes what it can)`,
    );
    failedSteps++;
  }
}
if (!process.env.CASCADE_SKIP_TYPECHECK) {
  if ((await run('npm', ['run', '--silent', 'typecheck'], { env })) !== 0) {
    console.error('typecheck failed');
    failedSteps++;
  }
}
if ((await run(node, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { env })) !== 0) {
  console.error('build failed');
  failedSteps++;
}

const dir = mkdtempSync(join(tmpdir(), 'cascade-test-'));
const report = join(dir, 'vitest.json');
const code = await run(
  node,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...extra,
  ],
  { env },
);
let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  // A file that fails to load has no tests but is still a failure.
  for (const file of json.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed++;
  }
} catch {
  failed++;
}
rmSync(dir, { recursive: true, force: true });
if (code !== 0 && failed === 0) failed++;
failed += failedSteps;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
