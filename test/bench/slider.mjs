// Slider bench (`npm run bench` runs it): the Stress screen over 500 positions in real Chromium.
// Builds test/bench/slider (the real StressView + a generated book) with vite into a temp dir,
// serves it, drags the BTC slider with the keyboard across −90 % … +60 % (crossing hundreds of
// liquidations) and prints p50/p95 of slider input → table + ladder + chart updated and laid out
// (see test/bench/slider/main.tsx for what "wall" and "work" measure). Goal: work p95 < 16 ms.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { loadavg, cpus, tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, CHROMIUM_HELP } from '../../scripts/lib/chromium.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const POSITIONS = Number(process.env.SLIDER_BENCH_POSITIONS ?? 500);
const WARMUP = 20;

const executablePath = process.env.CHROMIUM_PATH ?? findChromium();
if (!executablePath || !existsSync(executablePath)) {
  console.error(`slider bench: ${CHROMIUM_HELP}`);
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'cascade-slider-bench-'));
let server;
let browser;
try {
  await build({
    root: resolve(here, 'slider'),
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
  const url = `http://127.0.0.1:${server.address().port}/index.html?n=${POSITIONS}`;

  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.error('slider bench page error:', e.message));
  await page.goto(url);
  await page.waitForSelector('[data-testid="equity-chart"] canvas');
  const info = await page.evaluate(() => ({ positions: window.__slider.positions, rungs: window.__slider.rungs }));

  const slider = page.getByRole('slider', { name: 'BTC move' });
  await slider.focus();
  // 0 → −90 %, then up to +60 %: every step crosses part of the ladder.
  const keys = [...Array(90).fill('ArrowLeft'), ...Array(150).fill('ArrowRight')];
  for (const key of keys) {
    const before = await page.evaluate(() => window.__slider.samples.wall.length);
    await page.keyboard.press(key);
    await page.waitForFunction((k) => window.__slider.samples.wall.length > k, before);
  }
  const corr = page.getByRole('slider', { name: 'Stress correlation' });
  await corr.focus();
  for (const key of [...Array(20).fill('ArrowRight'), ...Array(20).fill('ArrowLeft')]) {
    const before = await page.evaluate(() => window.__slider.samples.correlation.length);
    await page.keyboard.press(key);
    await page.waitForFunction((k) => window.__slider.samples.correlation.length > k, before);
  }
  const { wall, work, react: reactMs, frame, chart, layout, correlation } = await page.evaluate(() => window.__slider.samples);
  const pct = (xs, p, warmup = WARMUP) => {
    const s = xs.slice(warmup).sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  };
  const row = (name, xs) => ({ measure: name, samples: xs.length - WARMUP, p50: `${pct(xs, 50).toFixed(2)} ms`, p95: `${pct(xs, 95).toFixed(2)} ms`, max: `${Math.max(...xs.slice(WARMUP)).toFixed(2)} ms` });
  console.log(`\nSlider bench: ${info.positions} positions, ${info.rungs} ladder rungs, Chromium ${browser.version()}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (goal: work p95 < 16 ms)`);
  console.table([row('work: input → commit + chart redraw + layout', work), row('wall: input → next frame after commit', wall), row('  of which input → React commit', reactMs), row('  of which frame: chart redraw + layout', frame), row('    chart redraw (rAF)', chart), row('    style + layout', layout)]);
  const c = correlation;
  console.log(`Stress-correlation slider (rebuilds ladder + curve for ${info.positions} positions): p50 ${pct(c, 50, 0).toFixed(2)} ms, p95 ${pct(c, 95, 0).toFixed(2)} ms over ${c.length} events`);
} finally {
  await browser?.close();
  server?.close();
  rmSync(out, { recursive: true, force: true });
}
