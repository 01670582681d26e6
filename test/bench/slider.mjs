// Slider bench (`npm run bench` runs it): the Stress screen over 500 positions in real Chromium.
// Builds test/bench/slider (the real StressView + a generated book) with vite into a temp dir,
// serves it, drags the BTC slider with the keyboard across −90 % … +60 % (crossing hundreds of
// liquidations) and prints p50/p95 of slider input → table + ladder + chart updated and laid out
// (see test/bench/slider/main.tsx for what "wall" and "work" measure). Goal: work p95 < 16 ms.
import { loadavg, cpus } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentile, timingRow, withBenchPage } from './lib/benchPage.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const POSITIONS = Number(process.env.SLIDER_BENCH_POSITIONS ?? 500);
const WARMUP = 20;

await withBenchPage(
  { name: 'slider bench', root: resolve(here, 'slider'), tmpPrefix: 'cascade-slider-bench-', query: `n=${POSITIONS}` },
  async ({ page, browser }) => {
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
    const {
      wall,
      work,
      react: reactMs,
      frame,
      chart,
      layout,
      correlation,
    } = await page.evaluate(() => window.__slider.samples);
    const row = (name, xs) => timingRow(name, xs, WARMUP);
    console.log(
      `\nSlider bench: ${info.positions} positions, ${info.rungs} ladder rungs, Chromium ${browser.version()}, ${cpus().length} CPUs, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (goal: work p95 < 16 ms)`,
    );
    console.table([
      row('work: input → commit + chart redraw + layout', work),
      row('wall: input → next frame after commit', wall),
      row('  of which input → React commit', reactMs),
      row('  of which frame: chart redraw + layout', frame),
      row('    chart redraw (rAF)', chart),
      row('    style + layout', layout),
    ]);
    const c = correlation;
    console.log(
      `Stress-correlation slider (rebuilds ladder + curve for ${info.positions} positions): p50 ${percentile(c, 50, 0).toFixed(2)} ms, p95 ${percentile(c, 95, 0).toFixed(2)} ms over ${c.length} events`,
    );
  },
);
