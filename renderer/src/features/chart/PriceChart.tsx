import { useLayoutEffect, useRef } from 'react';
import {
  ColorType,
  LineSeries,
  LineStyle,
  createChart,
  type IChartApi,
  type IPriceLine,
  type ISeriesApi,
  type UTCTimestamp,
} from 'lightweight-charts';
import type { PriceLineKind, PriceLineSpec } from './priceLines';
import { fmtPrice } from '../stress/format';

/** A stored price (prices.history row). */
export interface PricePoint {
  at: string;
  mark: number;
}

/** What the chart was given; exposed for tests through `onData`. */
export interface PriceChartData {
  points: { time: UTCTimestamp; value: number }[];
  lines: { price: number; title: string; kind: PriceLineKind }[];
}

/** Stored prices as chart points: seconds since epoch, ascending, one per second (the last wins). */
export function toChartPoints(history: PricePoint[]): PriceChartData['points'] {
  const bySecond = new Map<number, number>();
  for (const row of history) {
    const t = Math.floor(Date.parse(row.at) / 1000);
    if (Number.isFinite(t) && Number.isFinite(row.mark)) bySecond.set(t, row.mark);
  }
  return [...bySecond].sort((a, b) => a[0] - b[0]).map(([t, v]) => ({ time: t as UTCTimestamp, value: v }));
}

function cssVar(el: Element, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

/** A lightweight-charts line chart of stored prices with entry, LP, stop and take-profit lines. */
export function PriceChart(props: {
  symbol: string;
  history: PricePoint[];
  lines: PriceLineSpec[];
  onData?: (d: PriceChartData) => void;
}) {
  const { history, lines, onData } = props;
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<IChartApi | null>(null);
  const series = useRef<ISeriesApi<'Line'> | null>(null);
  const drawn = useRef<IPriceLine[]>([]);

  useLayoutEffect(() => {
    const el = box.current!;
    const c = createChart(el, {
      autoSize: true,
      layout: {
        background: { type: ColorType.Solid, color: 'transparent' },
        textColor: cssVar(el, '--muted', '#8b949e'),
        attributionLogo: false,
      },
      grid: {
        vertLines: { color: cssVar(el, '--border', '#30363d') },
        horzLines: { color: cssVar(el, '--border', '#30363d') },
      },
      timeScale: { timeVisible: true, secondsVisible: false },
      localization: { priceFormatter: fmtPrice },
    });
    chart.current = c;
    series.current = c.addSeries(LineSeries, {
      color: cssVar(el, '--text', '#e6edf3'),
      lineWidth: 2,
      priceLineVisible: false,
    });
    return () => {
      c.remove();
      chart.current = null;
      series.current = null;
      drawn.current = [];
    };
  }, []);

  useLayoutEffect(() => {
    const s = series.current;
    const el = box.current;
    if (!s || !el) return;
    const points = toChartPoints(history);
    s.setData(points);
    for (const l of drawn.current) s.removePriceLine(l);
    const color: Record<PriceLineKind, string> = {
      entry: cssVar(el, '--muted', '#8b949e'),
      liquidation: cssVar(el, '--danger', '#f85149'),
      stop: cssVar(el, '--warn', '#d29922'),
      'take-profit': cssVar(el, '--ok', '#3fb950'),
    };
    const style: Record<PriceLineKind, LineStyle> = {
      entry: LineStyle.Dotted,
      liquidation: LineStyle.Solid,
      stop: LineStyle.Dashed,
      'take-profit': LineStyle.Dashed,
    };
    // Keep every line in view: the price scale spans the data and the lines (an LP is often far from the mark).
    const prices = lines.map((l) => l.price);
    s.applyOptions({
      autoscaleInfoProvider: (original: () => { priceRange: { minValue: number; maxValue: number } | null } | null) => {
        const base = original();
        const all = [...prices, ...(base?.priceRange ? [base.priceRange.minValue, base.priceRange.maxValue] : [])];
        if (all.length === 0) return base;
        return { ...base, priceRange: { minValue: Math.min(...all), maxValue: Math.max(...all) } };
      },
    });
    drawn.current = lines.map((l) =>
      s.createPriceLine({
        price: l.price,
        color: color[l.kind],
        lineWidth: l.kind === 'liquidation' ? 2 : 1,
        lineStyle: style[l.kind],
        axisLabelVisible: true,
        title: l.title,
      }),
    );
    chart.current?.timeScale().fitContent();
    onData?.({
      points,
      lines: drawn.current.map((l, i) => ({ price: l.options().price, title: l.options().title, kind: lines[i].kind })),
    });
  }, [history, lines, onData]);

  return (
    <div
      className="price-chart"
      ref={box}
      data-testid="price-chart"
      role="img"
      aria-label={`${props.symbol} stored prices with entry, liquidation, stop and take-profit lines`}
    />
  );
}
