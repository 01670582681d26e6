// Book scroll bench (`npm run bench` runs it): the real BookTable over 10 000 positions in real
// Chromium (builds test/bench/book with vite into a temp dir and serves it). Scrolls the table
// 300 times by 15 rows and prints p50/p95 of "work" (scroll event → virtualiser + React commit)
// and "frame" (scroll → next animation frame, i.e. including style, layout and paint).
// Goal: work p95 well under one 16 ms frame, so 10 000 rows scroll smoothly.
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timingRow, withBenchPage } from './lib/benchPage.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const POSITIONS = Number(process.env.BOOK_BENCH_POSITIONS ?? 10_000);
const STEPS = 300;
const WARMUP = 20;

await withBenchPage(
  { name: 'book scroll bench', root: resolve(here, 'book'), tmpPrefix: 'cascade-book-bench-', query: `n=${POSITIONS}` },
  async ({ page, browser }) => {
    await page.waitForFunction(() => window.__book !== undefined, null, { timeout: 120_000 });
    const info = await page.evaluate(() => ({
      rows: window.__book.rows,
      built: window.__book.built,
      firstRender: window.__book.firstRender,
    }));
    const { work, frame } = await page.evaluate(({ steps, px }) => window.__book.scroll(steps, px), {
      steps: STEPS,
      px: 15 * 26,
    });
    const row = (name, xs) => timingRow(name, xs, WARMUP);
    console.log(
      `\nBook scroll bench: ${info.rows} rows (engine + rows built in ${info.built.toFixed(0)} ms, first render ${info.firstRender.toFixed(0)} ms), Chromium ${browser.version()}, ${cpus().length} CPUs, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (goal: work p95 < 16 ms)`,
    );
    console.table([
      row('work: scroll → virtualiser + React commit', work),
      row('frame: scroll → next animation frame', frame),
    ]);
  },
);
