/**
 * Betas to BTC: a position's log return is `beta × BTC's log return` (shock.ts: price = mark ·
 * (1 + m)^beta). Three sources, in order:
 * the user's own betas, betas estimated from stored price history ({@link estimateBetas}), and
 * the shipped defaults ({@link DEFAULT_BETAS}). Symbols nowhere in those get 1.
 *
 * Stress correlation (0…1): in a crash alts fall by more than their everyday beta — correlations
 * go to 1 and alt liquidity thins. The control moves each non-BTC beta from its everyday value
 * toward its crash value, linearly: beta(c) = base + c · max(0, crash − base). It only ever
 * raises a beta (a user's beta above the crash value is kept), and it applies to falls: crash
 * betas are measured on falls, so rises use the everyday betas.
 */
import { crashPresets, presetBetas, type CrashPreset } from './presets';
import { baseAsset, isBtc, lookupBySymbol } from '../symbols/index';

/**
 * Everyday betas of majors to BTC: midpoints of the "typical crypto beta values (relative to
 * BTC)" in Alpha Factory's glossary (https://www.thealphafactory.io/learn/what-is-beta-in-crypto,
 * retrieved 2026-11-26): ETH 1.1–1.3, large-cap alts (SOL, AVAX, ADA) 1.2–1.5. Editable; replace
 * with {@link estimateBetas} on your own history when you have it.
 */
export const DEFAULT_BETAS: Readonly<Record<string, number>> = {
  BTC: 1,
  ETH: 1.2,
  SOL: 1.35,
  AVAX: 1.35,
  ADA: 1.35,
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
}

/**
 * Crash betas implied by the presets: for each alt, the median over presets of its log-space beta
 * ln(1 + alt move) / ln(1 + BTC move) in the same window (presets.ts `presetBetas`); `'*'` is the
 * median over every alt's, used for alts without their own.
 */
export function crashBetasFromPresets(presets: readonly CrashPreset[] = crashPresets): Record<string, number> {
  const byAsset = new Map<string, number[]>();
  const all: number[] = [];
  for (const p of presets) {
    for (const [asset, b] of Object.entries(presetBetas(p))) {
      if (asset === 'BTC') continue;
      let list = byAsset.get(asset);
      if (!list) byAsset.set(asset, (list = []));
      list.push(b);
      all.push(b);
    }
  }
  const out: Record<string, number> = { BTC: 1, '*': all.length ? median(all) : 1 };
  for (const [asset, list] of byAsset) out[asset] = median(list);
  return out;
}

/** Crash betas from the shipped presets (see {@link crashBetasFromPresets}). */
export const CRASH_BETAS: Readonly<Record<string, number>> = crashBetasFromPresets();

/** Everyday beta of a symbol: user → estimated → default table → 1. */
export function baseBeta(
  symbol: string,
  sources: { betas?: Readonly<Record<string, number>>; estimated?: Readonly<Record<string, number>> } = {},
): number {
  return (
    lookupBySymbol(sources.betas, symbol) ??
    lookupBySymbol(sources.estimated, symbol) ??
    lookupBySymbol(DEFAULT_BETAS, symbol) ??
    1
  );
}

/** Options of {@link stressedBetas}. */
export interface StressedBetaOptions {
  /** User betas (by symbol or base asset). */
  betas?: Readonly<Record<string, number>>;
  /** Betas from {@link estimateBetas}. */
  estimated?: Readonly<Record<string, number>>;
  /** 0…1 (see the module comment). */
  stressCorrelation?: number;
  /** Crash betas; default {@link CRASH_BETAS}. */
  crash?: Readonly<Record<string, number>>;
}

/**
 * Betas for a list of symbols on a FALL at a stress correlation c: base + c · max(0, crash − base),
 * BTC always 1. Keyed by the symbols given, ready for `stressSweep`'s `betas`. Throws RangeError
 * when c is outside 0…1.
 */
export function stressedBetas(symbols: Iterable<string>, options: StressedBetaOptions = {}): Record<string, number> {
  const c = options.stressCorrelation ?? 0;
  if (!(c >= 0 && c <= 1))
    throw new RangeError(`stressCorrelation: expected a number between 0 and 1, got ${String(c)}`);
  const crash = options.crash ?? CRASH_BETAS;
  const out: Record<string, number> = {};
  for (const symbol of symbols) {
    const base = baseBeta(symbol, options);
    if (isBtc(symbol)) {
      out[symbol] = 1;
      continue;
    }
    const target = lookupBySymbol(crash, symbol) ?? crash['*'] ?? base;
    out[symbol] = base + c * Math.max(0, target - base);
  }
  return out;
}

/** One price observation: time (ISO 8601 string or epoch milliseconds) and price. */
export interface PricePoint {
  at: string | number;
  price: number;
}

/** Result of {@link estimateBetas}. */
export interface BetaEstimates {
  /** Estimated beta by symbol (only those with enough data). */
  betas: Record<string, number>;
  /** Beta, correlation with BTC and the number of paired returns behind each estimate. */
  stats: Record<string, { beta: number; correlation: number; observations: number }>;
  /** Symbols left out, with the reason. */
  skipped: Record<string, string>;
}

/**
 * Estimates betas to BTC from price history: ordinary least squares of each symbol's log returns
 * on BTC's over the same intervals (beta = cov / var). Prices are bucketed by `intervalMs`
 * (default one day; the last price in each bucket counts) and only intervals where both have
 * consecutive buckets are paired. The BTC series is the key whose base asset is BTC (`BTC`,
 * `BTCUSDT`, `XBTUSD`…). A symbol needs `minObservations` paired returns (default 30).
 * Throws RangeError naming the series and row for a bad point or when there is no BTC series.
 */
export function estimateBetas(
  priceHistory: Readonly<Record<string, readonly PricePoint[]>>,
  options: { intervalMs?: number; minObservations?: number } = {},
): BetaEstimates {
  const interval = options.intervalMs ?? 86_400_000;
  const minObs = options.minObservations ?? 30;
  const btcKey = Object.keys(priceHistory).find((k) => baseAsset(k) === 'BTC');
  if (btcKey === undefined) throw new RangeError('priceHistory: no BTC series (a key such as BTC, BTCUSDT or XBTUSD)');
  const bucketed = (key: string): Map<number, number> => {
    const out = new Map<number, { t: number; price: number }>();
    priceHistory[key].forEach((pt, i) => {
      const t = typeof pt.at === 'number' ? pt.at : Date.parse(pt.at);
      if (!Number.isFinite(t))
        throw new RangeError(
          `priceHistory.${key}[${i}].at: expected an ISO date or epoch milliseconds, got ${String(pt.at)}`,
        );
      if (!(Number.isFinite(pt.price) && pt.price > 0))
        throw new RangeError(`priceHistory.${key}[${i}].price: expected a finite number > 0, got ${String(pt.price)}`);
      const b = Math.floor(t / interval);
      const prev = out.get(b);
      if (!prev || t >= prev.t) out.set(b, { t, price: pt.price });
    });
    return new Map([...out].map(([b, v]) => [b, v.price]));
  };
  const btc = bucketed(btcKey);
  const result: BetaEstimates = { betas: {}, stats: {}, skipped: {} };
  for (const key of Object.keys(priceHistory)) {
    if (key === btcKey) continue;
    const series = bucketed(key);
    const xs: number[] = [];
    const ys: number[] = [];
    for (const [b, p] of series) {
      const p0 = series.get(b - 1);
      const q = btc.get(b);
      const q0 = btc.get(b - 1);
      if (p0 === undefined || q === undefined || q0 === undefined) continue;
      xs.push(Math.log(q / q0));
      ys.push(Math.log(p / p0));
    }
    if (xs.length < minObs) {
      result.skipped[key] = `${xs.length} paired returns with BTC, need ${minObs}`;
      continue;
    }
    const n = xs.length;
    const mx = xs.reduce((a, v) => a + v, 0) / n;
    const my = ys.reduce((a, v) => a + v, 0) / n;
    let sxx = 0;
    let syy = 0;
    let sxy = 0;
    for (let i = 0; i < n; i++) {
      sxx += (xs[i] - mx) ** 2;
      syy += (ys[i] - my) ** 2;
      sxy += (xs[i] - mx) * (ys[i] - my);
    }
    if (sxx === 0) {
      result.skipped[key] = 'BTC did not move over the paired intervals';
      continue;
    }
    const beta = sxy / sxx;
    result.betas[key] = beta;
    result.stats[key] = { beta, correlation: syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy), observations: n };
  }
  return result;
}
