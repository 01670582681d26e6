import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toAccountSpec } from '@shared/book/types';
import { assessAccount } from '@shared/engine';
import { assessBook } from '../../api/queries';
import { FormatProvider } from '../../ui/FormatContext';
import { makeFormatters } from '../../ui/format';
import { bigBook, smallBook } from '../../test/fixtures';
import { BookTable } from './BookTable';
import { buildRows } from './rows';
import '../../styles.css';

afterEach(cleanup);

function renderTable(book = smallBook(), onEdit?: () => void) {
  const rows = buildRows(book, assessBook(book));
  render(
    <FormatProvider locale="en-US">
      <div style={{ height: 500, display: 'flex', flexDirection: 'column' }}>
        <BookTable rows={rows} onEdit={onEdit} />
      </div>
    </FormatProvider>,
  );
  return rows;
}

const rowOf = (id: string) => document.querySelector<HTMLElement>(`[data-position-id="${id}"]`)!;

describe('BookTable (real Chromium)', () => {
  it('shows each position’s LP exactly as the engine computes it, at the tick size', () => {
    const book = smallBook();
    renderTable(book);
    const f = makeFormatters('en-US');
    for (const acc of book.accounts) {
      const risk = assessAccount(toAccountSpec(acc));
      for (const p of acc.positions) {
        const lp = risk.positions.find((r) => r.id === p.id)!.liquidationPrice;
        expect(lp).not.toBeNull();
        expect(within(rowOf(p.id)).getByTestId('lp').textContent).toBe(f.price(lp, p.tickSize));
      }
    }
  });

  it('sorts by a column from its header button and announces the order', () => {
    const rows = renderTable();
    const header = screen.getByRole('button', { name: /Liq\. price/ });
    fireEvent.click(header);
    const cell = header.closest('[role="columnheader"]')!;
    expect(cell.getAttribute('aria-sort')).toBe('ascending');
    const ids = () =>
      [...document.querySelectorAll('[data-position-id]')].map((el) => el.getAttribute('data-position-id'));
    const byLp = [...rows].sort((a, b) => a.liquidationPrice! - b.liquidationPrice!).map((r) => r.id);
    expect(ids()).toEqual(byLp);
    fireEvent.click(header);
    expect(cell.getAttribute('aria-sort')).toBe('descending');
    expect(ids()).toEqual([...byLp].reverse());
  });

  it('colours a position past its LP as liquidated and one near its LP as danger', () => {
    const book = smallBook();
    // BTC short in the isolated account: move the mark above its LP.
    const lp = assessAccount(toAccountSpec(book.accounts[1])).positions[0].liquidationPrice!;
    book.accounts[1].positions[0].markPrice = lp * 1.01;
    renderTable(book);
    expect(rowOf('21').className).toContain('level-liquidated');
    expect(rowOf('21').textContent).toContain('past LP');
    expect(rowOf('11').className).not.toContain('level-liquidated');
  });

  it('keeps only the visible rows of 10 000 in the DOM and reaches the last one by scrolling', async () => {
    renderTable(bigBook(10_000));
    const rendered = document.querySelectorAll('[data-position-id]').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('10001');
    const scroller = document.querySelector<HTMLElement>('.book-scroll')!;
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event('scroll'));
    await new Promise((r) => setTimeout(r, 100));
    const last = [...document.querySelectorAll('[role="row"][aria-rowindex]')].map((el) =>
      Number(el.getAttribute('aria-rowindex')),
    );
    expect(Math.max(...last)).toBe(10_001);
  });

  it('shows the distance in daily σ when a volatility is set for the asset', () => {
    const book = smallBook();
    const rows = buildRows(book, assessBook(book), { volatility: { BTC: 0.73 } });
    const btc = rows.find((r) => r.id === '11')!;
    const eth = rows.find((r) => r.id === '12')!;
    // |ln(LP/mark)| / (σ √(1/365)), written out here rather than through shared/stress.
    const expected = Math.abs(Math.log(btc.liquidationPrice! / btc.position.markPrice)) / (0.73 * Math.sqrt(1 / 365));
    expect(btc.sigma).toBeCloseTo(expected, 12);
    expect(eth.sigma).toBeNull();
    render(
      <FormatProvider locale="en-US">
        <div style={{ height: 300, display: 'flex', flexDirection: 'column' }}>
          <BookTable rows={rows} />
        </div>
      </FormatProvider>,
    );
    expect(rowOf('11').textContent).toContain(`${expected.toFixed(1)}σ`);
    expect(rowOf('12').textContent).not.toContain('σ');
  });

  it('opens the chart of a symbol from its cell', () => {
    const book = smallBook();
    const charted: string[] = [];
    render(
      <FormatProvider locale="en-US">
        <div style={{ height: 300, display: 'flex', flexDirection: 'column' }}>
          <BookTable rows={buildRows(book, assessBook(book))} onChart={(s) => charted.push(s)} />
        </div>
      </FormatProvider>,
    );
    fireEvent.click(within(rowOf('12')).getByRole('button', { name: 'Chart ETHUSDT' }));
    expect(charted).toEqual(['ETHUSDT']);
  });

  it('edits a row from its labelled Edit button', () => {
    let edited = 0;
    renderTable(smallBook(), () => edited++);
    fireEvent.click(screen.getAllByRole('button', { name: /Edit BTCUSDT short in Degen iso/ })[0]);
    expect(edited).toBe(1);
  });
});
