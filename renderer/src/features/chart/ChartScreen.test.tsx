import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { assessAccount } from '@shared/engine';
import { toAccountSpec, type Book } from '@shared/book/types';
import { fakeApi, Providers } from '../../test/fakeApi';
import { assessBook } from '../../api/queries';
import { stressTestBook } from '../stress/testBook';
import { ChartScreen } from './ChartScreen';
import { PriceChart, toChartPoints, type PriceChartData } from './PriceChart';
import { priceLinesFor } from './priceLines';
import '../../styles.css';

afterEach(cleanup);

function bookWithStops(): Book {
  const book = stressTestBook();
  const p = book.accounts[0].positions[0]; // BTCUSDT long 1 @ 100 000, 10×
  p.stopLoss = 95_000;
  p.takeProfit = 120_000;
  return book;
}

const history = [
  { symbol: 'BTCUSDT', mark: 101_000, source: 'manual' as const, at: '2026-11-20T10:00:00Z' },
  { symbol: 'BTCUSDT', mark: 99_000, source: 'manual' as const, at: '2026-11-20T09:00:00Z' },
  { symbol: 'BTCUSDT', mark: 100_500, source: 'feed' as const, at: '2026-11-20T10:00:00.400Z' },
];

describe('Chart screen (real Chromium)', () => {
  it('turns stored prices into ascending one-per-second points', () => {
    expect(toChartPoints(history)).toEqual([
      { time: Date.parse('2026-11-20T09:00:00Z') / 1000, value: 99_000 },
      { time: Date.parse('2026-11-20T10:00:00Z') / 1000, value: 100_500 },
    ]);
  });

  it("draws entry, the engine's LP, stop and take-profit as price lines on a canvas", () => {
    const book = bookWithStops();
    const lines = priceLinesFor(book, assessBook(book), 'BTCUSDT');
    const seen: PriceChartData[] = [];
    render(<PriceChart symbol="BTCUSDT" history={history} lines={lines} onData={(d) => seen.push(d)} />);
    expect(screen.getByTestId('price-chart').querySelector('canvas')).not.toBeNull();
    const data = seen.at(-1)!;
    expect(data.points).toHaveLength(2);
    // Two accounts hold BTCUSDT: the isolated 10× long (with stop and TP) and the cross long.
    const iso = assessAccount(toAccountSpec(book.accounts[0])).positions[0].liquidationPrice!;
    const cross = assessAccount(toAccountSpec(book.accounts[1])).positions[0].liquidationPrice!;
    expect(data.lines.map((l) => [l.kind, l.price])).toEqual([
      ['entry', 100_000],
      ['liquidation', iso],
      ['stop', 95_000],
      ['take-profit', 120_000],
      ['entry', 100_000],
      ['liquidation', cross],
    ]);
    expect(data.lines[1].title).toBe('LP long Iso');
  });

  it('loads the history of the first symbol from prices.history', async () => {
    const book = bookWithStops();
    const { api, calls } = fakeApi((channel) => {
      if (channel === 'book:get') return { ok: true, value: book };
      if (channel === 'prices:history') return { ok: true, value: history };
      return undefined;
    });
    render(
      <Providers api={api}>
        <ChartScreen />
      </Providers>,
    );
    const select = (await screen.findByRole('combobox', { name: 'Symbol' })) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['BTC-PERP', 'BTCUSDT', 'ETHUSDT', 'XBTUSDT']);
    await waitFor(() => expect(calls).toContainEqual(['prices:history', { symbol: 'BTC-PERP' }]));
    expect(screen.getByTestId('price-chart').querySelector('canvas')).not.toBeNull();
  });
});
