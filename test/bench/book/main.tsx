// The real BookTable over a generated book of N positions (default 10 000), with the engine's
// LPs. Exposes window.__book.scroll(steps, px): scrolls the table `steps` times by `px` and
// returns per step "work" (scroll event → virtualiser + React commit, synchronous: the
// virtualiser flushes with flushSync) and "frame" (scroll → the next animation frame after it).
import { createRoot } from 'react-dom/client';
import { assessBook } from '@renderer/api/queries';
import { BookTable } from '@renderer/features/book/BookTable';
import { buildRows } from '@renderer/features/book/rows';
import { bigBook } from '@renderer/test/fixtures';
import { FormatProvider } from '@renderer/ui/FormatContext';
import '@renderer/styles.css';

const n = Number(new URLSearchParams(location.search).get('n') ?? 10_000);
const t0 = performance.now();
const book = bigBook(n);
const rows = buildRows(book, assessBook(book));
const built = performance.now() - t0;

const nextFrame = () => new Promise<number>((ok) => requestAnimationFrame(() => ok(performance.now())));

declare global {
  interface Window {
    __book: {
      rows: number;
      built: number;
      firstRender: number;
      scroll(steps: number, px: number): Promise<{ work: number[]; frame: number[] }>;
    };
  }
}

const t1 = performance.now();
createRoot(document.getElementById('root')!).render(
  <FormatProvider locale="en-US">
    <div style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <BookTable rows={rows} onEdit={() => {}} onChart={() => {}} />
    </div>
  </FormatProvider>,
);
requestAnimationFrame(() => {
  window.__book = {
    rows: rows.length,
    built,
    firstRender: performance.now() - t1,
    async scroll(steps, px) {
      const el = document.querySelector<HTMLElement>('.book-scroll')!;
      const work: number[] = [];
      const frame: number[] = [];
      for (let i = 0; i < steps; i++) {
        await nextFrame();
        const s = performance.now();
        el.scrollTop += px;
        el.dispatchEvent(new Event('scroll'));
        work.push(performance.now() - s);
        frame.push((await nextFrame()) - s);
      }
      return { work, frame };
    },
  };
});
