/**
 * Event sweep for linear contracts: the same numbers as the direct loop in sweep.ts in
 * O((positions + moves) · log + moves · betas) instead of O(positions × moves).
 *
 * Along one side of 0 (falls or rises), a linear position's PnL is side·size·(mark·(1 + m)^β −
 * entry); it leaves the sums when it is liquidated, which happens at a fixed move and, moving
 * away from 0, only once. Visiting the moves in order of distance from 0 and applying the deaths
 * passed so far keeps, per distinct beta, the running Σ side·size·mark of the open positions
 * (their PnL is that sum × the beta's price factor) plus Σ side·size·entry and the isolated
 * margins. Each move's result depends only on the deaths between 0 and it, not on the order the
 * moves were given in.
 */
import type { StressModel } from './model';
import { shockFactor } from './shock';

/** Fills equity / unrealizedPnl / liquidatedCount for a linear model (see the module comment). */
export function sweepLinearEvents(
  model: StressModel,
  moves: Float64Array,
  equity: Float64Array,
  unrealizedPnl: Float64Array,
  liquidatedCount: Uint32Array,
): void {
  const { n, signedSize, entry, mark, margin, lo, hi, cross, group, groupBeta } = model;
  const G = groupBeta.length;
  const wallet = model.account.walletBalance;
  let K0 = 0;
  let H0 = 0;
  for (let i = 0; i < n; i++) {
    K0 += signedSize[i] * (mark[i] - entry[i]);
    H0 += margin[i];
  }
  const k = moves.length;
  const S = new Float64Array(G);

  for (const side of [-1, 1] as const) {
    // Moves on this side, nearest to 0 first.
    const idx: number[] = [];
    for (let j = 0; j < k; j++) if (side < 0 ? moves[j] < 0 : moves[j] > 0) idx.push(j);
    if (idx.length === 0) continue;
    idx.sort((a, b) => side * (moves[a] - moves[b]));
    const deathAt = new Float64Array(n);
    for (let i = 0; i < n; i++) deathAt[i] = cross ? Infinity : side < 0 ? -lo[i] : hi[i];
    const byDeath: number[] = [];
    for (let i = 0; i < n; i++) if (deathAt[i] !== Infinity) byDeath.push(i);
    byDeath.sort((a, b) => deathAt[a] - deathAt[b] || a - b);
    S.fill(0);
    let E = 0;
    for (let i = 0; i < n; i++) {
      S[group[i]] += signedSize[i] * mark[i];
      E += signedSize[i] * entry[i];
    }
    let H = H0;
    let deaths = 0;
    let di = 0;
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
      while (di < byDeath.length && deathAt[byDeath[di]] <= x) {
        const i = byDeath[di++];
        deaths++;
        H -= margin[i];
        S[group[i]] -= signedSize[i] * mark[i];
        E -= signedSize[i] * entry[i];
      }
      let pnl = -E;
      for (let g = 0; g < G; g++) if (S[g] !== 0) pnl += S[g] * shockFactor(groupBeta[g], mv);
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
