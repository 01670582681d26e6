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
import { fmtMove, fmtUsd } from './format';

/** What the chart was given; exposed for tests through `onData`. */
export interface EquityChartData {
  points: { time: number; value: number }[];
  /** One per ladder rung (x = BTC move in %), red once the slider has reached it. */
  markers: SeriesMarker<number>[];
  /** The slider's move on the curve (where the crosshair is put). */
  now: { time: number; value: number } | null;
}

function cssVar(el: Element, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

/** Above this many markers they carry no text (labels would be noise and slow to draw). */
const MAX_LABELLED = 8;
/** Above this many rungs, rungs are drawn one marker per {@link BUCKET_PCT} of BTC move and direction (the ladder table stays exact). */
const MAX_EXACT = 60;
/** Bucket width in % of BTC move: at most ~95 markers over the slider's range, cheap to redraw. */
const BUCKET_PCT = 2;

/**
 * Ladder rungs as chart markers (x = BTC move in %), red once the slider's move has reached a
 * liquidation among them. Big ladders are bucketed per 2 % of move: the marker sits on the
 * bucket's first rung and grows with the number of rungs in it.
 */
export function chartMarkers(
  ladder: LadderStep[],
  move: number,
  colors: { danger: string; muted: string },
): SeriesMarker<number>[] {
  // One marker per BTC level (a cross account's positions die together), or per 2 % bucket on big ladders.
  const exact = ladder.length <= MAX_EXACT;
  const groups = new Map<string, { time: number; steps: LadderStep[]; reached: boolean }>();
  for (const s of ladder) {
    const key = exact ? `${s.direction}:${s.btcMove}` : `${s.direction}:${Math.trunc((s.btcMove * 100) / BUCKET_PCT)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { time: s.btcMove * 100, steps: [], reached: false }));
    g.steps.push(s);
    if (rungReached(s, move) && s.kind !== 'stop') g.reached = true;
  }
  const labelled = groups.size <= MAX_LABELLED;
  const out: SeriesMarker<number>[] = [];
  for (const [key, g] of groups) {
    const n = g.steps.length;
    const accounts = new Set(g.steps.map((s) => s.accountName));
    const text =
      n <= 2
        ? g.steps.map((s) => s.symbol).join(', ')
        : accounts.size === 1
          ? `${g.steps[0].accountName} (${n})`
          : `${n} positions`;
    out.push({
      time: g.time,
      position: 'aboveBar',
      shape: 'circle',
      color: g.reached ? colors.danger : colors.muted,
      id: `liq:${key}`,
      ...(labelled ? { text } : {}),
      ...(exact ? {} : { size: Math.min(3, 1 + Math.log2(n) / 2) }),
    });
  }
  return out.sort((a, b) => a.time - b.time); // the plugin wants horizontal order
}

/** The slider's move on the curve, snapped to its 0.5 % grid (a point needs an x the curve has). */
export function nowPoint(curve: CurvePoint[], move: number): { time: number; value: number } | null {
  const x = Math.round(move * 200) / 2;
  const p = curve.find((c) => c.movePct === x);
  return p ? { time: x, value: p.equity } : null;
}

/**
 * Book equity (USD) against the BTC move, with a marker at every liquidation of the ladder
 * (red once the slider has reached it) and the crosshair on the slider's move. lightweight-charts'
 * options chart: the horizontal scale is a number (the move in %), not time.
 *
 * Per slider event only the crosshair moves; the markers are re-sent only when a rung changes colour.
 */
export function EquityChart(props: {
  curve: CurvePoint[];
  ladder: LadderStep[];
  move: number;
  onData?: (data: EquityChartData) => void;
}) {
  const { curve, ladder, move, onData } = props;
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<IChartApiBase<number> | null>(null);
  const series = useRef<ISeriesApi<'Line', number> | null>(null);
  const markers = useRef<ISeriesMarkersPluginApi<number> | null>(null);
  const colors = useRef({ danger: '#f85149', muted: '#8b949e' });
  const points = useRef<EquityChartData['points']>([]);
  const sent = useRef<{ ladder: LadderStep[] | null; colors: string; markers: SeriesMarker<number>[] }>({
    ladder: null,
    colors: '',
    markers: [],
  });

  // Layout effects, declared first: the chart exists before the data effects below run.
  useLayoutEffect(() => {
    const el = box.current!;
    colors.current = { danger: cssVar(el, '--danger', '#f85149'), muted: cssVar(el, '--muted', '#8b949e') };
    const accent = cssVar(el, '--accent', '#58a6ff');
    const c = createOptionsChart(el, {
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
      localization: { precision: 1, timeFormatter: (x: number) => `BTC ${fmtMove(x / 100)}`, priceFormatter: fmtUsd },
      handleScroll: false,
      handleScale: false,
    });
    const s = c.addSeries(LineSeries, {
      color: accent,
      lineWidth: 2,
      priceLineVisible: false,
      lastValueVisible: false,
    });
    chart.current = c;
    series.current = s;
    markers.current = createSeriesMarkers(s, []);
    return () => {
      c.remove();
      chart.current = null;
      series.current = null;
      markers.current = null;
      sent.current = { ladder: null, colors: '', markers: [] };
    };
  }, []);

  // The curve changes with correlation / horizon / funding, not with the BTC move.
  useLayoutEffect(() => {
    if (!series.current) return;
    points.current = curve.map((p) => ({ time: p.movePct, value: p.equity }));
    series.current.setData(points.current);
    chart.current?.timeScale().fitContent();
  }, [curve]);

  useLayoutEffect(() => {
    if (!markers.current || !series.current || !chart.current) return;
    // Re-send the markers only when one changes colour (a redraw of the whole pane otherwise).
    const m = chartMarkers(ladder, move, colors.current);
    let colorKey = '';
    for (const x of m) colorKey += x.color === colors.current.danger ? '1' : '0';
    if (sent.current.ladder !== ladder || sent.current.colors !== colorKey) {
      markers.current.setMarkers(m);
      sent.current = { ladder: ladder, colors: colorKey, markers: m };
    }
    const now = nowPoint(curve, move);
    // The slider's move as the crosshair: a cursor redraw, no new data for the chart to re-index.
    if (now) chart.current.setCrosshairPosition(now.value, now.time, series.current);
    else chart.current.clearCrosshairPosition();
    onData?.({ points: points.current, markers: sent.current.markers, now });
  }, [ladder, move, curve, onData]);

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
