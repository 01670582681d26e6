import { useEffect, useId, useMemo, useState } from 'react';
import { useBookRisk, usePriceHistory } from '../../api/queries';
import { useNavigation } from '../../app/navigation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PriceChart, type PricePoint } from './PriceChart';
import { priceLinesFor } from './priceLines';
import './chart.css';

/** Per symbol: the stored prices (prices.history) with each position's entry, LP, stop and take-profit. */
export function ChartScreen() {
  const book = useBookRisk();
  const nav = useNavigation();
  const selectId = useId();
  const symbols = useMemo(
    () => [...new Set(book.data?.accounts.flatMap((a) => a.positions.map((p) => p.symbol)) ?? [])].sort(),
    [book.data],
  );
  const [symbol, setSymbol] = useState<string | undefined>(nav.target.symbol);
  useEffect(() => {
    if (nav.target.symbol) setSymbol(nav.target.symbol);
  }, [nav.target.symbol]);
  const current = symbol && symbols.includes(symbol) ? symbol : symbols[0];
  const history = usePriceHistory(current);
  const lines = useMemo(
    () => (book.data && current ? priceLinesFor(book.data, book.risk, current) : []),
    [book.data, book.risk, current],
  );
  const stored = useMemo(() => (Array.isArray(history.data) ? (history.data as PricePoint[]) : []), [history.data]);
  // Nothing stored yet: the book's own mark stands in, so the lines still have a scale.
  const points = useMemo<PricePoint[]>(() => {
    if (stored.length > 0 || !book.data) return stored;
    const p = book.data.accounts.flatMap((a) => a.positions).find((x) => x.symbol === current);
    return p ? [{ at: p.markAt ?? new Date().toISOString(), mark: p.markPrice }] : [];
  }, [stored, book.data, current]);

  if (book.isPending) return <p className="placeholder">Loading the book…</p>;
  if (book.isError) return <ErrorMessage title="Cannot load the book" error={book.error} />;
  if (!current) return <p className="placeholder">No positions yet: the chart shows the symbols you hold.</p>;
  return (
    <section className="chart-screen" aria-label="Price chart">
      <div className="chart-toolbar">
        <label htmlFor={selectId}>Symbol</label>
        <select id={selectId} value={current} onChange={(e) => setSymbol(e.currentTarget.value)}>
          {symbols.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <ul className="chart-legend" aria-label="Legend">
          <li className="entry">entry</li>
          <li className="liquidation">liquidation</li>
          <li className="stop">stop</li>
          <li className="take-profit">take-profit</li>
        </ul>
      </div>
      {history.isError && <ErrorMessage title={`Cannot load prices of ${current}`} error={history.error} />}
      {history.isSuccess && stored.length === 0 && (
        <p className="placeholder">
          No stored prices for {current} yet: set a mark price or enable the price feed. The lines show entry, LP, stop
          and take-profit.
        </p>
      )}
      <PriceChart symbol={current} history={points} lines={lines} />
    </section>
  );
}
