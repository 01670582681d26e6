import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { assessAccount } from '@shared/engine';
import { toAccountSpec } from '@shared/book/types';
import { StressView } from './StressView';
import type { EquityChartData } from './EquityChart';
import { stressTestBook } from './testBook';
import '../../styles.css';

afterEach(cleanup);

const book = stressTestBook();
// Betas pinned to 1 so the expected moves follow from the engine's LPs alone.
const betas = { ETH: 1 };

/** BTC move at which an isolated long/short at `mark` reaches the engine's LP (beta 1). */
function isolatedDeathMoves(): Map<string, number> {
  const iso = book.accounts[0];
  const risk = assessAccount(toAccountSpec(iso));
  return new Map(iso.positions.map((p, i) => [p.id, risk.positions[i].liquidationPrice! / p.markPrice - 1]));
}
/** Cross account, one BTC long, flat MMR: wallet + q(P − E) = mmr · q · P → P = (q·E − wallet) / (q (1 − mmr)). */
const crossDeathMove = (1 * 100_000 - 30_000) / (1 * (1 - 0.005)) / 100_000 - 1;

function ladderRows() {
  return screen
    .getAllByTestId('ladder-row')
    .map((r) => ({ ids: r.dataset.positionIds, state: r.dataset.state, move: Number(r.dataset.move) }));
}

describe('Stress screen (real Chromium)', () => {
  it('labels every control and speaks the BTC move', () => {
    render(<StressView book={book} presets={[]} initial={{ betas }} />);
    const btc = screen.getByRole('slider', { name: 'BTC move' });
    expect(btc.getAttribute('aria-valuetext')).toBe('BTC 0 %');
    expect(btc.getAttribute('min')).toBe('-90');
    expect(btc.getAttribute('max')).toBe('100');
    for (const name of ['Stress correlation', 'Horizon', 'Funding per 8 h'])
      expect(screen.getByRole('slider', { name })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Preset' })).toBeTruthy();
  });

  it('orders the ladder by the BTC level each position dies at, from the engine LPs', () => {
    render(<StressView book={book} presets={[]} initial={{ betas }} />);
    const iso = isolatedDeathMoves();
    const expectedDown = [
      ['11', iso.get('11')!],
      ['12', iso.get('12')!],
      ['13', iso.get('13')!],
      ['21', crossDeathMove],
    ].sort((a, b) => (b[1] as number) - (a[1] as number));
    const rows = ladderRows();
    expect(rows.map((r) => r.ids)).toEqual([...expectedDown.map((e) => e[0]), '14']);
    rows.slice(0, 4).forEach((r, i) => expect(r.move).toBeCloseTo(expectedDown[i][1] as number, 9));
    expect(rows[4].move).toBeCloseTo(iso.get('14')!, 9);
    expect(rows.every((r) => r.state === 'open')).toBe(true);
  });

  it('marks the positions liquidated at −44 % when the slider is dragged there, and the table follows', () => {
    render(<StressView book={book} presets={[]} initial={{ betas }} />);
    const btc = screen.getByRole('slider', { name: 'BTC move' });
    fireEvent.change(btc, { target: { value: '-44' } });
    expect(btc.getAttribute('aria-valuetext')).toBe('BTC −44 %');

    const iso = isolatedDeathMoves();
    const dead = new Set([...iso].filter(([, m]) => m < 0 && -0.44 <= m).map(([id]) => id));
    if (crossDeathMove >= -0.44) dead.add('21');
    expect(dead).toEqual(new Set(['11', '13', '21'])); // the book was built so: 12 survives to −49.7 %
    for (const r of screen.getAllByTestId('ladder-row')) {
      const isDead = dead.has(r.dataset.positionIds!);
      expect(r.dataset.state).toBe(isDead ? 'liquidated' : 'open');
      expect(r.textContent!.includes('liquidated')).toBe(isDead);
    }
    const table = screen.getByTestId('stress-table');
    for (const row of within(table).getAllByTestId('stress-row')) {
      expect(row.dataset.state).toBe(dead.has(row.dataset.positionId!) ? 'liquidated' : 'open');
    }
    // The shocked BTC price in the table is mark × (1 − 0.44).
    const btcRow = within(table)
      .getAllByTestId('stress-row')
      .find((r) => r.dataset.positionId === '12')!;
    expect(within(btcRow).getByTestId('shocked-price').textContent).toBe(
      new Intl.NumberFormat(undefined, { maximumSignificantDigits: 6 }).format(56_000),
    );
    expect(screen.getByTestId('stress-summary').textContent).toContain('3 of 5 positions liquidated');
  });

  it('moves by one percent per arrow key', async () => {
    render(<StressView book={book} presets={[]} initial={{ betas }} />);
    const btc = screen.getByRole('slider', { name: 'BTC move' });
    btc.focus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect((btc as HTMLInputElement).value).toBe('-2');
    expect(btc.getAttribute('aria-valuetext')).toBe('BTC −2 %');
  });

  it('draws the equity curve on a canvas with one marker per ladder rung, red once reached', () => {
    const seen: EquityChartData[] = [];
    render(<StressView book={book} presets={[]} initial={{ betas }} onChartData={(d) => seen.push(d)} />);
    const chart = screen.getByTestId('equity-chart');
    expect(chart.querySelector('canvas')).not.toBeNull();
    const ladder = ladderRows();
    let data = seen.at(-1)!;
    const liq = data.markers.filter((m) => m.id!.startsWith('liq:'));
    expect(liq.map((m) => m.time).sort((a, b) => a - b)).toEqual(ladder.map((r) => r.move * 100).sort((a, b) => a - b));
    // every marker sits on a point of the curve
    const xs = new Set(data.points.map((p) => p.time));
    for (const m of data.markers) expect(xs.has(m.time)).toBe(true);
    expect(data.now).toEqual({ time: 0, value: data.points.find((p) => p.time === 0)!.value });

    fireEvent.change(screen.getByRole('slider', { name: 'BTC move' }), { target: { value: '-44' } });
    data = seen.at(-1)!;
    expect(data.now!.time).toBe(-44);
    expect(data.now!.value).toBe(data.points.find((p) => p.time === -44)!.value);
    const reached = (t: number) => t >= -44 && t < 0;
    const liqNow = data.markers.filter((m) => m.id!.startsWith('liq:'));
    expect(liqNow.filter((m) => reached(m.time))).toHaveLength(3);
    const red = new Set(liqNow.filter((m) => reached(m.time)).map((m) => m.color));
    expect(red.size).toBe(1);
    expect(liqNow.filter((m) => !reached(m.time)).every((m) => !red.has(m.color))).toBe(true);
  });

  it('starts the curve at the engine equity of the whole book', () => {
    const seen: EquityChartData[] = [];
    render(<StressView book={book} presets={[]} initial={{ betas }} onChartData={(d) => seen.push(d)} />);
    const engineEquity = book.accounts.reduce((sum, a) => sum + assessAccount(toAccountSpec(a)).equity, 0);
    expect(seen.at(-1)!.points.find((p) => p.time === 0)!.value).toBeCloseTo(engineEquity, 6);
  });

  it('applies a preset', () => {
    render(
      <StressView
        book={book}
        presets={[{ id: 'x', label: 'Test crash −44 %', move: -0.44, correlation: 0.5, kind: 'crash' }]}
        initial={{ betas }}
      />,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Preset' }), { target: { value: 'x' } });
    expect(screen.getByRole('slider', { name: 'BTC move' }).getAttribute('aria-valuetext')).toBe('BTC −44 %');
    expect((screen.getByRole('slider', { name: 'Stress correlation' }) as HTMLInputElement).value).toBe('50');
  });
});
