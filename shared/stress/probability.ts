/**
 * Probability that a price following geometric Brownian motion touches a level within a
 * horizon (first passage), and the same for the first of two levels (the book's nearest
 * liquidation below and above).
 *
 * Model: dS/S = μ dt + σ dW, so X = ln(S/S₀) is Brownian motion with drift ν = μ − σ²/2 and
 * volatility σ (both annualised; time in years of 365 days, crypto trades every day).
 * For a level b = ln(H/S₀) < 0 the probability of touching it by T is the reflection-principle
 * result (e.g. Shreve, "Stochastic Calculus for Finance II", §7.2.1; Borodin & Salminen,
 * "Handbook of Brownian Motion", 1.1.4):
 *
 *   P(min X ≤ b) = Φ((b − νT)/(σ√T)) + exp(2νb/σ²) · Φ((b + νT)/(σ√T))
 *
 * and for b > 0 the mirror image P(max X ≥ b) = Φ((−b + νT)/(σ√T)) + exp(2νb/σ²) · Φ((−b − νT)/(σ√T)).
 * Monitoring is continuous: a venue checks the mark price every second or so, close enough.
 */
import { normalCdf } from './normal';

/** Days per year used to annualise (crypto trades 365 days). */
export const DAYS_PER_YEAR = 365;

/** Input of {@link liquidationProbability}. */
export interface LiquidationProbabilityInput {
  /** Current price (> 0). */
  price: number;
  /** Liquidation price (> 0). Below the price for a long, above for a short. */
  liquidationPrice: number;
  /** Annualised volatility of log returns, e.g. 0.6 for 60 %. */
  volatility: number;
  /** Horizon in days (>= 0). */
  horizonDays: number;
  /** Annualised drift μ of dS/S = μ dt + σ dW; default 0. */
  drift?: number;
}

function check(name: string, v: number | undefined, ok: (v: number) => boolean, what: string): void {
  if (typeof v !== 'number' || !ok(v)) throw new RangeError(`${name}: expected ${what}, got ${String(v)}`);
}

/**
 * Probability (0…1) that the price touches `liquidationPrice` at any time within `horizonDays`,
 * under geometric Brownian motion (closed-form first passage; see the module comment). The
 * direction follows from the two prices: a level below the price is a floor, above a ceiling.
 * A level at the price gives 1. Throws `RangeError` naming the field for bad input.
 */
export function liquidationProbability(p: LiquidationProbabilityInput): number {
  check('price', p.price, (v) => Number.isFinite(v) && v > 0, 'a finite number > 0');
  check('liquidationPrice', p.liquidationPrice, (v) => Number.isFinite(v) && v > 0, 'a finite number > 0');
  check('volatility', p.volatility, (v) => Number.isFinite(v) && v >= 0, 'a finite number >= 0');
  check('horizonDays', p.horizonDays, (v) => Number.isFinite(v) && v >= 0, 'a finite number >= 0');
  if (p.drift !== undefined) check('drift', p.drift, Number.isFinite, 'a finite number');
  const b = Math.log(p.liquidationPrice / p.price);
  return touchProbability(b, p.drift ?? 0, p.volatility, p.horizonDays / DAYS_PER_YEAR);
}

/**
 * P(log price touches `b` by `t` years), `mu` the GBM drift, `sigma` the volatility.
 * b = 0 → 1; sigma = 0 → deterministic path.
 */
export function touchProbability(b: number, mu: number, sigma: number, t: number): number {
  if (b === 0) return 1;
  const nu = mu - (sigma * sigma) / 2;
  if (t === 0) return 0;
  if (sigma === 0) return b < 0 ? (nu * t <= b ? 1 : 0) : nu * t >= b ? 1 : 0;
  const s = sigma * Math.sqrt(t);
  const down = b < 0;
  const a = down ? b : -b; // distance as a negative level for the mirrored process
  const v = down ? nu : -nu;
  // exp(2 v a / σ²) can overflow only where its Φ factor is 0; compute in log space.
  const first = normalCdf((a - v * t) / s);
  const tail = normalCdf((a + v * t) / s);
  const second = tail === 0 ? 0 : Math.exp((2 * v * a) / (sigma * sigma) + Math.log(tail));
  return Math.min(1, Math.max(0, first + second));
}

/**
 * Probability that log price leaves the band (lower, upper) — lower < 0 < upper, either may be
 * infinite — within `t` years: the first liquidation of a book whose positions all move with
 * one price (BTC), whatever the side. Exact series (method of images with a Girsanov drift
 * factor; Borodin & Salminen 1.7.4), truncated when terms vanish.
 */
export function bandExitProbability(lower: number, upper: number, mu: number, sigma: number, t: number): number {
  if (!(lower < 0) || !(upper > 0)) return 1;
  if (lower === -Infinity) return upper === Infinity ? 0 : touchProbability(upper, mu, sigma, t);
  if (upper === Infinity) return touchProbability(lower, mu, sigma, t);
  if (t === 0) return 0;
  const nu = mu - (sigma * sigma) / 2;
  if (sigma === 0) return nu * t <= lower || nu * t >= upper ? 1 : 0;
  // Shift so that the band is (0, w) and the start is x0 = −lower.
  const w = upper - lower;
  const x0 = -lower;
  const s = sigma * Math.sqrt(t);
  const c = nu / (sigma * sigma);
  // ∫_0^w exp(c(y − x0)) φ(y − m) dy with φ the N(0, s²) density.
  const piece = (m: number): number => {
    const shift = c * s * s;
    const hi = normalCdf((w - m - shift) / s);
    const lo = normalCdf((0 - m - shift) / s);
    const mass = hi - lo;
    if (mass <= 0) return 0;
    return Math.exp(c * (m - x0) + (c * c * s * s) / 2 + Math.log(mass));
  };
  let stay = 0;
  for (let k = 0; k <= 200; k++) {
    const ks = k === 0 ? [0] : [k, -k];
    let term = 0;
    for (const j of ks) term += piece(x0 + 2 * j * w) - piece(-x0 + 2 * j * w);
    stay += term;
    if (k > 2 && Math.abs(term) < 1e-16) break;
  }
  const killed = Math.exp(-(nu * nu * t) / (2 * sigma * sigma));
  return Math.min(1, Math.max(0, 1 - stay * killed));
}

/**
 * Distance from the price to the liquidation price in standard deviations of the log price
 * over the horizon: |ln(LP / price)| / (σ √(days/365)). Infinity when σ or the horizon is 0.
 */
export function sigmaDistance(
  price: number,
  liquidationPrice: number,
  volatility: number,
  horizonDays: number,
): number {
  const s = volatility * Math.sqrt(horizonDays / DAYS_PER_YEAR);
  const d = Math.abs(Math.log(liquidationPrice / price));
  return s > 0 ? d / s : d === 0 ? 0 : Infinity;
}
