// Book scroll bench (`npm run bench` runs it): the real BookTable over 10 000 positions in real
// Chromium (builds test/bench/book with vite into a temp dir and serves it). Scrolls the table
// 300 times by 15 rows and prints p50/p95 of "work" (scroll event → virtualiser + React commit)
// and "frame" (scroll → next animation frame, i.e. including style, layout and paint).
// Goal: work p95 well under one 16 ms frame, so 10 000 rows scroll smoothly.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_HELP, findChromium } from '../../scripts/lib/chromium.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const POSITIONS = Number(process.env.BOOK_BENCH_POSITIONS ?? 10_000);
const STEPS = 300;
const WARMUP = 20;

const executablePath = process.env.CHROMIUM_PATH ?? findChromium();
if (!executablePath || !existsSync(executablePath)) {
  console.error(`book scroll bench: ${CHROMIUM_HELP}`);
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'cascade-book-bench-'));
let server;
let browser;
try {
  await build({
    root: resolve(here, 'book'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: out, emptyOutDir: true, reportCompressedSize: false },
  });
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(out, path || 'index.html');
    if (!file.startsWith(out) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.error('book bench page error:', e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html?n=${POSITIONS}`);
  await page.waitForFunction(() => window.__book !== undefined, null, { timeout: 120_000 });
  const info = await page.evaluate(() => ({ rows: window.__book.rows, built: window.__book.built, firstRender: window.__book.firstRender }));
  const { work, frame } = await page.evaluate(({ steps, px }) => window.__book.scroll(steps, px), { steps: STEPS, px: 15 * 26 });
  const pct = (xs, p) => {
    const s = xs.slice(WARMUP).sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  };
  const row = (name, xs) => ({ measure: name, samples: xs.length - WARMUP, p50: `${pct(xs, 50).toFixed(2)} ms`, p95: `${pct(xs, 95).toFixed(2)} ms`, max: `${Math.max(...xs.slice(WARMUP)).toFixed(2)} ms` });
  console.log(
    `\nBook scroll bench: ${info.rows} rows (engine + rows built in ${info.built.toFixed(0)} ms, first render ${info.firstRender.toFixed(0)} ms), Chromium ${browser.version()}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (goal: work p95 < 16 ms)`,
  );
  console.table([row('work: scroll → virtualiser + React commit', work), row('frame: scroll → next animation frame', frame)]);
} finally {
  await browser?.close();
  server?.close();
  rmSync(out, { recursive: true, force: true });
}
