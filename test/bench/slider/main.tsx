/**
 * Slider bench page: the real Stress screen (StressView) over a 500-position book. For each
 * BTC-slider input event it records
 *  - wall: input event → the first animation frame after React's commit has run (the chart's
 *    redraw included, then a forced style/layout of the page) — includes the wait for the frame;
 *  - work: the same minus the idle wait for the frame: (commit − input) + (end − frame start).
 * The stress-correlation slider is timed the same way (`correlation`): it rebuilds the ladder and
 * the curve, so it is reported apart.
 * test/bench/slider.mjs drives the sliders with the keyboard and reads `window.__slider`.
 */
import { createRoot } from 'react-dom/client';
import { StressView } from '@renderer/features/stress/StressView';
import '@renderer/styles.css';
import { computeStress } from '@renderer/features/stress/model/compute';
import { benchBook } from './benchBook';

const n = Number(new URLSearchParams(location.search).get('n') ?? 500);
const book = benchBook(n);
const samples = {
  wall: [] as number[],
  work: [] as number[],
  react: [] as number[],
  frame: [] as number[],
  chart: [] as number[],
  layout: [] as number[],
  /** Stress-correlation slider: full recompute (ladder, curve) per event. */
  correlation: [] as number[],
  slider: '' as string,
  pending: false,
};
let inputAt = 0;

// Capture phase: before React's own listener on the root.
document.addEventListener(
  'input',
  (e) => {
    const id = (e.target as HTMLElement).dataset.testid;
    if (id !== 'btc-move' && id !== 'correlation') return;
    samples.slider = id;
    inputAt = performance.now();
    performance.mark('slider-input');
    samples.pending = true;
  },
  true,
);

/** Called from the chart's layout effect, right after React's commit set the markers. */
function afterCommit() {
  if (!samples.pending) return;
  samples.pending = false;
  const committedAt = performance.now();
  const start = inputAt;
  // Registered after the chart's own redraw request, so this runs after it in the same frame.
  requestAnimationFrame((frameStart) => {
    const callbackAt = performance.now(); // the chart's redraw (an earlier callback of this frame) is done
    void document.body.offsetHeight; // style + layout of the updated table and ladder
    const end = performance.now();
    performance.mark('slider-painted');
    performance.measure('slider', 'slider-input', 'slider-painted');
    const frame = Math.max(0, end - Math.max(frameStart, committedAt));
    if (samples.slider === 'correlation') {
      samples.correlation.push(committedAt - start + frame);
      return;
    }
    samples.wall.push(end - start);
    samples.react.push(committedAt - start);
    samples.chart.push(Math.max(0, callbackAt - Math.max(frameStart, committedAt)));
    samples.layout.push(end - callbackAt);
    samples.frame.push(frame);
    samples.work.push(committedAt - start + frame);
  });
}

(window as unknown as { __slider: unknown }).__slider = {
  samples,
  positions: book.accounts.reduce((k, a) => k + a.positions.length, 0),
  rungs: computeStress(book, { move: 0, correlation: 0, horizonHours: 0, fundingRate8h: 0 }).ladder.length,
};
createRoot(document.getElementById('root')!).render(<StressView book={book} presets={[]} onChartData={afterCommit} />);
