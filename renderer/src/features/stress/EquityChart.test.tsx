import { describe, expect, it } from 'vitest';
import { chartMarkers, nowPoint } from './EquityChart';
import type { LadderStep } from './model/types';

const colors = { danger: 'red', muted: 'grey' };

function rung(i: number, btcMove: number, extra: Partial<LadderStep> = {}): LadderStep {
  return {
    id: `down:1:${i}`,
    order: i + 1,
    direction: btcMove < 0 ? 'down' : 'up',
    kind: 'liquidation',
    accountId: '1',
    accountName: 'Iso',
    venue: 'generic',
    marginMode: 'isolated',
    positionId: String(i),
    symbol: `ALT${i}USDT`,
    side: btcMove < 0 ? 'long' : 'short',
    btcMove,
    btcPrice: null,
    price: 1,
    liquidationPrice: 1,
    pnlAtEvent: 0,
    equityAfter: 0,
    currency: 'quote',
    ...extra,
  };
}

describe('equity chart markers', () => {
  it('puts one labelled marker per BTC level on small ladders, red once reached', () => {
    const ladder = [rung(0, -0.05), rung(1, -0.2), rung(2, -0.2), rung(3, 0.3)];
    const m = chartMarkers(ladder, -0.1, colors);
    expect(m.map((x) => [x.time, x.color, x.text])).toEqual([
      [-20, 'grey', 'ALT1USDT, ALT2USDT'],
      [-5, 'red', 'ALT0USDT'],
      [30, 'grey', 'ALT3USDT'],
    ]);
  });

  it('drops the labels when there are many markers', () => {
    const ladder = Array.from({ length: 100 }, (_, i) => rung(i, -0.01 - i * 0.008));
    const m = chartMarkers(ladder, 0, colors);
    expect(m.length).toBeGreaterThan(8);
    expect(m.every((x) => x.text === undefined)).toBe(true);
  });

  it('a stop does not turn its marker red', () => {
    const m = chartMarkers([rung(0, -0.05, { kind: 'stop' })], -0.1, colors);
    expect(m[0].color).toBe('grey');
  });

  it('buckets big ladders per 2 % of move and direction', () => {
    // 100 rungs between −10 % and −19.9 %: five 2 % buckets of twenty.
    const ladder = Array.from({ length: 100 }, (_, i) => rung(i, -0.1 - i * 0.001));
    const m = chartMarkers(ladder, -0.155, colors);
    expect(m).toHaveLength(5);
    expect(m.map((x) => x.text)).toEqual(Array(5).fill('Iso (20)'));
    // Each marker sits on a rung's own move (a point of the curve).
    const moves = new Set(ladder.map((r) => r.btcMove * 100));
    expect(m.every((x) => moves.has(x.time))).toBe(true);
    // At −15.5 % the buckets starting at −14 %, −12 % and −10 % are (partly) reached; −16 % and −18 % are not.
    expect(m.filter((x) => x.color === 'red').map((x) => Math.trunc(x.time))).toEqual([-14, -12, -10]);
  });

  it('snaps the slider move onto the curve grid', () => {
    const curve = [
      { movePct: -44.5, equity: 1 },
      { movePct: -44, equity: 2 },
    ];
    expect(nowPoint(curve, -0.44)).toEqual({ time: -44, value: 2 });
    expect(nowPoint(curve, -0.5)).toBeNull();
  });
});
