import { bench, describe } from 'vitest';
import type { AccountSpec } from '../engine/types';
import { createStressModel, stressSweep, sweepModel } from './index';

// Deterministic book: n linear positions (one per symbol), mixed sides, leverage 2–21.
function book(n: number, marginMode: 'isolated' | 'cross'): AccountSpec {
  const positions: AccountSpec['positions'] = [];
  for (let i = 0; i < n; i++) {
    const entry = 10 + ((i * 7919) % 1000);
    positions.push({
      id: `p${i}`,
      symbol: `S${i}USDT`,
      side: i % 3 === 0 ? 'short' : 'long',
      contract: 'linear',
      quantity: 1 + (i % 13),
      entryPrice: entry,
      markPrice: entry * (1 + (((i * 31) % 21) - 10) / 200),
      leverage: 2 + (i % 20),
      mmr: 0.005,
    });
  }
  return { venue: 'generic', marginMode, walletBalance: 100_000, positions };
}

const betas: Record<string, number> = {};
for (let s = 0; s < 1000; s++) betas[`S${s}USDT`] = 0.8 + (s % 20) * 0.05;
const moves = Float64Array.from({ length: 1000 }, (_, j) => -0.9 + (1.9 * j) / 999);

const isolated = book(1000, 'isolated');
// The baseline's inputs are built once, outside the timed loop: it is the cost of the PnL alone.
const n = isolated.positions.length;
const signed = new Float64Array(n);
const entry = new Float64Array(n);
const mark = new Float64Array(n);
const beta = new Float64Array(n);
isolated.positions.forEach((p, i) => {
  signed[i] = (p.side === 'long' ? 1 : -1) * p.quantity;
  entry[i] = p.entryPrice;
  mark[i] = p.markPrice;
  beta[i] = betas[p.symbol];
});
let sink = 0;

describe('stressSweep: 1 000 isolated linear positions × 1 000 moves', () => {
  bench('baseline: hand-written Float64Array loop', () => {
    const out = new Float64Array(moves.length);
    for (let j = 0; j < moves.length; j++) {
      const m = moves[j];
      let pnl = 0;
      for (let i = 0; i < n; i++) {
        // Log-space price path: mark · (1 + m)^beta.
        pnl += signed[i] * (mark[i] * Math.exp(beta[i] * Math.log1p(m)) - entry[i]);
      }
      out[j] = pnl;
    }
    sink += out[0];
  });
  bench('stressSweep (assessAccount once + sweep)', () => {
    sink += stressSweep(isolated, { moves, betas }).equity[0];
  });
});

// A slider event in the renderer: the model is kept, one move is evaluated.
const cross500 = book(500, 'cross');
const isolated500 = book(500, 'isolated');
const crossModel = createStressModel(cross500, betas);
const isoModel = createStressModel(isolated500, betas);
describe('slider update, 500 positions', () => {
  bench('baseline: assessAccount of 500 cross positions', () => {
    sink += createStressModel(cross500).risk.equity;
  });
  bench('sweepModel, one move, 500 cross positions (model kept)', () => {
    sink += sweepModel(crossModel, [-0.05]).equity[0];
  });
  bench('sweepModel, one move, 500 isolated positions (model kept)', () => {
    sink += sweepModel(isoModel, [-0.05]).equity[0];
  });
  bench('stressSweep, 200 moves, 500 cross positions (betas changed: rebuild)', () => {
    sink += stressSweep(cross500, { moves: moves.subarray(0, 200), betas }).equity[0];
  });
});
