import { useLayoutEffect, useRef } from 'react';
import {
  ColorType,
  LineSeries,
  createOptionsChart,
  createSeriesMarkers,
  type IChartApiBase,
  type ISeriesApi,
  type ISeriesMarkersPluginApi,
  type SeriesMarker,
} from 'lightweight-charts';
import type { CurvePoint, LadderStep } from './model/types';
import { rungReached } from './LadderTable';

/** What the chart was given; exposed for tests through `onData`. */
export interface EquityChartData {
  points: { time: number; value: number }[];
  markers: SeriesMarker<number>[];
}

function cssVar(el: Element, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

/** Ladder rungs as chart markers (x = BTC move in %), plus the slider's current move. */
export function chartMarkers(ladder: LadderStep[], move: number, colors: { danger: string; muted: string; accent: string }): SeriesMarker<number>[] {
  const markers: SeriesMarker<number>[] = ladder.map((s) => ({
    time: s.move * 100,
    position: 'aboveBar',
    shape: 'circle',
    color: rungReached(s, move) ? colors.danger : colors.muted,
    text: s.symbols.length > 2 ? `${s.accountName} (${s.symbols.length})` : s.symbols.join(', '),
    id: `liq:${s.direction}:${s.accountId}:${s.positionIds.join(',')}`,
  }));
  // The slider's move, snapped to the curve's 0.5 % grid (a marker needs a data point).
  markers.push({ time: Math.round(move * 200) / 2, position: 'belowBar', shape: 'arrowUp', color: colors.accent, text: 'now', id: 'now' });
  // The plugin wants markers in horizontal order.
  return markers.sort((a, b) => a.time - b.time);
}

/**
 * Book equity (USD) against the BTC move, with a marker at every liquidation of the ladder
 * (red once the slider has reached it) and one at the slider's move. lightweight-charts'
 * options chart: the horizontal scale is a number (the move in %), not time.
 */
export function EquityChart(props: {
  curve: CurvePoint[];
  ladder: LadderStep[];
  move: number;
  onData?: (data: EquityChartData) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<IChartApiBase<number> | null>(null);
  const series = useRef<ISeriesApi<'Line', number> | null>(null);
  const markers = useRef<ISeriesMarkersPluginApi<number> | null>(null);
  const colors = useRef({ danger: '#f85149', muted: '#8b949e', accent: '#58a6ff' });
  const points = useRef<EquityChartData['points']>([]);

  // Layout effects, declared first: the chart exists before the data effects below run.
  useLayoutEffect(() => {
    const el = box.current!;
    colors.current = {
      danger: cssVar(el, '--danger', '#f85149'),
      muted: cssVar(el, '--muted', '#8b949e'),
      accent: cssVar(el, '--accent', '#58a6ff'),
    };
    const c = createOptionsChart(el, {
      autoSize: true,
      layout: { background: { type: ColorType.Solid, color: 'transparent' }, textColor: cssVar(el, '--muted', '#8b949e'), attributionLogo: false },
      grid: { vertLines: { color: cssVar(el, '--border', '#30363d') }, horzLines: { color: cssVar(el, '--border', '#30363d') } },
      localization: { precision: 1 },
      handleScroll: false,
      handleScale: false,
    });
    const s = c.addSeries(LineSeries, { color: cssVar(el, '--accent', '#58a6ff'), lineWidth: 2, priceLineVisible: false, lastValueVisible: false });
    chart.current = c;
    series.current = s;
    markers.current = createSeriesMarkers(s, []);
    return () => {
      c.remove();
      chart.current = null;
      series.current = null;
      markers.current = null;
    };
  }, []);

  // The curve changes with correlation / horizon / funding, not with the BTC move.
  useLayoutEffect(() => {
    if (!series.current) return;
    points.current = props.curve.map((p) => ({ time: p.movePct, value: p.equity }));
    series.current.setData(points.current);
    chart.current?.timeScale().fitContent();
  }, [props.curve]);

  // Markers change with every slider event: cheap (no new data, no re-layout of the series).
  useLayoutEffect(() => {
    if (!markers.current) return;
    const m = chartMarkers(props.ladder, props.move, colors.current);
    markers.current.setMarkers(m);
    props.onData?.({ points: points.current, markers: m });
  }, [props.ladder, props.move, props.curve, props.onData]);

  return (
    <div
      className="equity-chart"
      ref={box}
      data-testid="equity-chart"
      role="img"
      aria-label="Book equity against the BTC move, with a marker at each liquidation"
    />
  );
}
