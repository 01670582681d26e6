/**
 * Event sweep for linear contracts: the same numbers as the direct loop in sweep.ts in
 * O((positions + moves) · log) instead of O(positions × moves).
 *
 * Along one side of 0 (falls or rises), a linear position's PnL is K + m·S while its price is
 * above the floor (K = side·size·(mark − entry), S = side·size·mark·beta) and the constant
 * −side·size·entry once the price is floored at 0; it leaves the sums when it is liquidated.
 * Both events happen at fixed moves, and moving away from 0 they only ever happen once, so
 * visiting the moves in order of distance from 0 and applying the events passed so far keeps
 * running sums of K, S, the floored constants and the isolated margins. Each move's result
 * depends only on the events between 0 and it, not on the order the moves were given in.
 */
import type { StressModel } from './model';

/** Fills equity / unrealizedPnl / liquidatedCount for a linear model (see the module comment). */
export function sweepLinearEvents(
  model: StressModel,
  moves: Float64Array,
  equity: Float64Array,
  unrealizedPnl: Float64Array,
  liquidatedCount: Uint32Array,
): void {
  const { n, signedSize, entry, mark, beta, margin, lo, hi, cross } = model;
  const wallet = model.account.walletBalance;
  let K0 = 0;
  let H0 = 0;
  for (let i = 0; i < n; i++) {
    K0 += signedSize[i] * (mark[i] - entry[i]);
    H0 += margin[i];
  }
  const k = moves.length;
  const order = new Uint32Array(k);
  for (let j = 0; j < k; j++) order[j] = j;

  for (const side of [-1, 1] as const) {
    // Moves on this side, nearest to 0 first.
    const idx = Array.from(order).filter((j) => (side < 0 ? moves[j] < 0 : moves[j] > 0));
    if (idx.length === 0) continue;
    idx.sort((a, b) => side * (moves[a] - moves[b]));
    // Events as distances from 0 on this side: death (lo/hi) and floor (1 + beta·m = 0).
    const deathAt = new Float64Array(n);
    const floorAt = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      deathAt[i] = cross ? Infinity : side < 0 ? -lo[i] : hi[i];
      const b = beta[i];
      floorAt[i] = side * b < 0 ? -side / b : Infinity; // distance at which 1 + b·m reaches 0
    }
    const byDeath = Array.from({ length: n }, (_, i) => i).filter((i) => deathAt[i] !== Infinity);
    byDeath.sort((a, b) => deathAt[a] - deathAt[b] || a - b);
    const byFloor = Array.from({ length: n }, (_, i) => i).filter((i) => floorAt[i] !== Infinity);
    byFloor.sort((a, b) => floorAt[a] - floorAt[b] || a - b);
    const dead = new Uint8Array(n);
    const floored = new Uint8Array(n);
    let K = K0;
    let S = 0;
    for (let i = 0; i < n; i++) S += signedSize[i] * mark[i] * beta[i];
    let H = H0;
    let deaths = 0;
    let di = 0;
    let fi = 0;
    const accountDeath = cross && n > 0 ? (side < 0 ? -lo[0] : hi[0]) : Infinity;
    for (const j of idx) {
      const mv = moves[j];
      const x = side * mv;
      if (x >= accountDeath) {
        equity[j] = 0;
        unrealizedPnl[j] = 0;
        liquidatedCount[j] = n;
        continue;
      }
      // Apply events in order of distance; a floor and a death at the same distance commute.
      while (fi < byFloor.length && floorAt[byFloor[fi]] <= x) {
        const i = byFloor[fi++];
        if (dead[i]) continue;
        floored[i] = 1;
        K -= signedSize[i] * mark[i];
        S -= signedSize[i] * mark[i] * beta[i];
      }
      while (di < byDeath.length && deathAt[byDeath[di]] <= x) {
        const i = byDeath[di++];
        dead[i] = 1;
        deaths++;
        H -= margin[i];
        if (floored[i]) K += signedSize[i] * entry[i];
        else {
          K -= signedSize[i] * (mark[i] - entry[i]);
          S -= signedSize[i] * mark[i] * beta[i];
        }
      }
      const pnl = K + mv * S;
      unrealizedPnl[j] = pnl;
      equity[j] = wallet + H + pnl;
      liquidatedCount[j] = deaths;
    }
  }
  for (let j = 0; j < k; j++) {
    if (moves[j] !== 0) continue;
    unrealizedPnl[j] = K0;
    equity[j] = wallet + H0 + K0;
    liquidatedCount[j] = 0;
  }
}
