// `npm run bench`: runs the vitest benchmarks and prints each bench as a ratio to the
// "baseline…" bench of its group, measured in the same run (absolute times vary by machine).
// Then runs the extra benchmark scripts in test/bench/*.mjs (e.g. the Chromium slider bench).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './lib/run.mjs';

const dir = mkdtempSync(join(tmpdir(), 'cascade-bench-'));
const out = join(dir, 'bench.json');
const code = await run(process.execPath, [
  'node_modules/vitest/vitest.mjs',
  'bench',
  '--run',
  '--config',
  'vitest.bench.config.ts',
  `--outputJson=${out}`,
  ...process.argv.slice(2),
]);
const rows = [];
if (existsSync(out)) {
  const report = JSON.parse(readFileSync(out, 'utf8'));
  for (const file of report.files ?? []) {
    for (const group of file.groups ?? []) {
      const baseline = group.benchmarks.find((b) => /^baseline/i.test(b.name));
      for (const b of group.benchmarks) {
        if (b === baseline) continue;
        rows.push({
          group: group.fullName.replace(/^.*?\.bench\.ts > /, ''),
          bench: b.name,
          mean: `${b.mean.toFixed(3)} ms`,
          ratio: baseline ? `${(b.mean / baseline.mean).toFixed(2)}× ${baseline.name}` : 'n/a',
        });
      }
    }
  }
}
rmSync(dir, { recursive: true, force: true });
console.log('\nRatios against the baseline of each group (same run):');
console.table(rows);

let failures = code;
const extra = join('test', 'bench');
if (existsSync(extra)) {
  for (const script of readdirSync(extra)
    .filter((f) => f.endsWith('.mjs'))
    .sort()) {
    failures ||= await run(process.execPath, [join(extra, script)]);
  }
}
process.exit(failures ? 1 : 0);
