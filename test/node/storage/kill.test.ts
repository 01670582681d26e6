import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@electron/db/open';
import { commitImport } from '@electron/transfer';
import { bigBookJson } from './bigBook';
import { bookFingerprint } from './kill/fingerprint';

const ROUNDS = 50;
const LANES = 2; // two children at a time on a 2-core machine
const NOW = '2026-03-01T12:00:00.000Z';
const childSource = new URL('./kill/importChild.ts', import.meta.url).pathname;
const repoRoot = new URL('../../../', import.meta.url).pathname;
// The child is bundled once (esbuild, as tsx uses) so each of the 50 rounds starts in
// milliseconds instead of recompiling TypeScript; it sits under node_modules/.cache so the
// native better-sqlite3 resolves from the repo.
const child = join(repoRoot, 'node_modules', '.cache', 'cascade-kill-test', `importChild-${process.pid}.mjs`);

interface Outcome {
  killed: boolean;
  phase: 'before-write' | 'writing' | 'done';
  delayMs: number;
}

/** Runs the child; once it reports "writing", SIGKILLs it after `delay(writeMs)` ms (or lets it finish). */
function runChild(
  dbPath: string,
  jsonPath: string,
  delay: (() => number) | null,
): Promise<Outcome & { writeMs: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dbPath, jsonPath, NOW], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let phase: Outcome['phase'] = 'before-write';
    let delayMs = -1;
    let writeMs = NaN;
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (phase === 'before-write' && out.includes('writing')) {
        phase = 'writing';
        if (delay) {
          delayMs = delay();
          setTimeout(() => proc.kill('SIGKILL'), delayMs);
        }
      }
      const done = /done ([\d.]+)/.exec(out);
      if (done) {
        phase = 'done';
        writeMs = Number(done[1]);
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killed: true, phase, delayMs, writeMs });
      else if (code === 0) resolve({ killed: false, phase, delayMs, writeMs });
      else reject(new Error(`child exited ${code}: ${err}`));
    });
  });
}

describe('kill test: SIGKILL during a 10 000-position import', () => {
  let dir: string;
  let template: string;
  let jsonPath: string;
  let before: string;
  let after: string;
  let writeMs: number;

  beforeAll(async () => {
    mkdirSync(join(repoRoot, 'node_modules', '.cache', 'cascade-kill-test'), { recursive: true });
    buildSync({
      entryPoints: [childSource],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: child,
      external: ['better-sqlite3'],
      logLevel: 'error',
    });
    dir = mkdtempSync(join(tmpdir(), 'cascade-kill-'));
    template = join(dir, 'template.sqlite');
    const db = openDatabase(template);
    // The "before" book overlaps the import (same accounts and symbols) so it both changes and adds.
    commitImport(db, { format: 'json', text: bigBookJson(300, 7) }, NOW);
    before = bookFingerprint(db);
    db.close();
    jsonPath = join(dir, 'import.json');
    writeFileSync(jsonPath, bigBookJson(10_000, 1));
    // Reference run to completion: the "after" book and how long the write takes.
    const ref = join(dir, 'reference.sqlite');
    copyFileSync(template, ref);
    const done = await runChild(ref, jsonPath, null);
    writeMs = done.writeMs;
    const refDb = openDatabase(ref);
    after = bookFingerprint(refDb);
    refDb.close();
    expect(after).not.toBe(before);
  }, 120_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(child, { force: true });
  });

  it(`${ROUNDS} rounds: integrity_check ok and the book is wholly before or wholly after`, async () => {
    const results: (Outcome & { state: 'before' | 'after' })[] = [];
    let next = 0;
    // Delays cover the write with a margin (a few land after the commit). The write's length
    // varies with the machine's load, so the window follows what the rounds observe: it shrinks
    // when a kill comes too late and grows a little when one lands inside the write.
    let window = writeMs * 1.2;
    const delay = () => Math.random() * window;
    const adapt = (o: Outcome & { writeMs: number }): void => {
      if (o.phase === 'done')
        window = Math.max(20, Math.min(window * 0.8, Number.isNaN(o.writeMs) ? window : o.writeMs * 1.2));
      else if (o.phase === 'writing') window *= 1.05;
    };
    const lane = async (id: number): Promise<void> => {
      while (next < ROUNDS) {
        const round = next++;
        const path = join(dir, `lane${id}.sqlite`);
        for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
        copyFileSync(template, path);
        const outcome = await runChild(path, jsonPath, delay);
        adapt(outcome);
        const db = openDatabase(path, { backups: false });
        try {
          expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
          expect(db.pragma('foreign_key_check'), `round ${round}`).toEqual([]);
          const fp = bookFingerprint(db);
          expect([before, after], `round ${round}: the book is neither before nor after`).toContain(fp);
          results.push({ ...outcome, state: fp === before ? 'before' : 'after' });
        } finally {
          db.close();
        }
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    const killed = results.filter((r) => r.killed);
    const killedWriting = killed.filter((r) => r.phase === 'writing');
    console.log(
      `kill test: ${results.length} rounds, reference write ${writeMs.toFixed(0)} ms, final window ${window.toFixed(0)} ms; ${killed.length} killed (${killedWriting.length} mid-write), ` +
        `${results.filter((r) => r.state === 'before').length} before / ${results.filter((r) => r.state === 'after').length} after`,
    );
    expect(results).toHaveLength(ROUNDS);
    // Most kills must land inside the write transaction, or the test proves little.
    expect(killedWriting.length).toBeGreaterThanOrEqual(ROUNDS / 2);
  }, 600_000);
});
