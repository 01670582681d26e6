import { describe, expect, it } from 'vitest';
import { bandExitProbability, liquidationProbability, sigmaDistance, touchProbability } from './probability';
import { mulberry32, normalSource } from './random';

/**
 * Monte Carlo of log price X with drift ν = μ − σ²/2 on a grid, with the Brownian-bridge
 * crossing probability between grid points (exp(−2·d₀·d₁/(σ²Δt)) for a level at distances d₀, d₁),
 * which makes discrete simulation an unbiased estimate of continuous first passage.
 */
function monteCarlo(opts: {
  lower: number;
  upper: number;
  mu: number;
  sigma: number;
  t: number;
  paths: number;
  steps: number;
  seed: number;
}) {
  const { lower, upper, mu, sigma, t, paths, steps } = opts;
  const uni = mulberry32(opts.seed);
  const gauss = normalSource(uni);
  const dt = t / steps;
  const nu = mu - (sigma * sigma) / 2;
  const sd = sigma * Math.sqrt(dt);
  const denom = sigma * sigma * dt;
  let hits = 0;
  for (let p = 0; p < paths; p++) {
    let x = 0;
    let hit = false;
    for (let s = 0; s < steps && !hit; s++) {
      const y = x + nu * dt + sd * gauss();
      if (y <= lower || y >= upper) hit = true;
      else {
        const pl = Number.isFinite(lower) ? Math.exp((-2 * (x - lower) * (y - lower)) / denom) : 0;
        const pu = Number.isFinite(upper) ? Math.exp((-2 * (upper - x) * (upper - y)) / denom) : 0;
        if (uni() < 1 - (1 - pl) * (1 - pu)) hit = true;
      }
      x = y;
    }
    if (hit) hits++;
  }
  const pHat = hits / paths;
  return { pHat, se: Math.sqrt((pHat * (1 - pHat)) / paths) };
}

/** Figures of the agreement checks, printed once for the closing report. */
const figures: string[] = [];

describe('liquidationProbability (closed form vs seeded Monte Carlo)', () => {
  const cases = [
    { name: 'long, LP 20 % below, σ 60 %, 30 d', price: 100, lp: 80, vol: 0.6, days: 30, drift: 0 },
    { name: 'long, LP 10 % below, σ 80 %, 7 d, μ +50 %', price: 100, lp: 90, vol: 0.8, days: 7, drift: 0.5 },
    { name: 'short, LP 15 % above, σ 70 %, 30 d, μ −30 %', price: 100, lp: 115, vol: 0.7, days: 30, drift: -0.3 },
    { name: 'short, LP 50 % above, σ 50 %, 365 d', price: 60000, lp: 90000, vol: 0.5, days: 365, drift: 0 },
  ];
  for (const [i, c] of cases.entries()) {
    it(`${c.name}: agrees within 3 standard errors`, () => {
      const p = liquidationProbability({
        price: c.price,
        liquidationPrice: c.lp,
        volatility: c.vol,
        horizonDays: c.days,
        drift: c.drift,
      });
      const b = Math.log(c.lp / c.price);
      const mc = monteCarlo({
        lower: b < 0 ? b : -Infinity,
        upper: b > 0 ? b : Infinity,
        mu: c.drift,
        sigma: c.vol,
        t: c.days / 365,
        paths: 40_000,
        steps: 64,
        seed: 1234 + i,
      });
      const z = (p - mc.pHat) / mc.se;
      figures.push(
        `${c.name}: closed form ${p.toFixed(5)}, MC ${mc.pHat.toFixed(5)} ± ${mc.se.toFixed(5)} (z = ${z.toFixed(2)})`,
      );
      expect(p).toBeGreaterThan(0.01);
      expect(Math.abs(z)).toBeLessThan(3);
    });
  }

  it('band exit (first of two levels) agrees with Monte Carlo within 3 standard errors', () => {
    const lower = Math.log(0.8);
    const upper = Math.log(1.25);
    const p = bandExitProbability(lower, upper, 0.2, 0.7, 30 / 365);
    const mc = monteCarlo({ lower, upper, mu: 0.2, sigma: 0.7, t: 30 / 365, paths: 40_000, steps: 128, seed: 99 });
    const z = (p - mc.pHat) / mc.se;
    figures.push(
      `band (−20 %, +25 %), σ 70 %, μ 20 %, 30 d: series ${p.toFixed(5)}, MC ${mc.pHat.toFixed(5)} ± ${mc.se.toFixed(5)} (z = ${z.toFixed(2)})`,
    );
    expect(Math.abs(z)).toBeLessThan(3);
    // Exiting a band is likelier than touching either side alone, less than both summed.
    const pl = touchProbability(lower, 0.2, 0.7, 30 / 365);
    const pu = touchProbability(upper, 0.2, 0.7, 30 / 365);
    expect(p).toBeGreaterThan(Math.max(pl, pu));
    expect(p).toBeLessThan(pl + pu);
    console.info(`Monte Carlo agreement:\n  ${figures.join('\n  ')}`);
  });

  it('matches the driftless textbook value 2·Φ(b/(σ√T)) − … (reflection, ν from μ = σ²/2)', () => {
    // With μ = σ²/2 the log price has no drift and P(min ≤ b) = 2Φ(b/(σ√T)).
    // b = ln 0.8, σ = 0.5, T = 1: b/(σ√T) = −0.446287 → 2Φ = 2 × 0.327695 = 0.65539 (Φ table).
    const p = liquidationProbability({
      price: 1,
      liquidationPrice: 0.8,
      volatility: 0.5,
      horizonDays: 365,
      drift: 0.125,
    });
    expect(p).toBeCloseTo(0.65539, 4);
  });

  it('edge cases: horizon 0, level at the price, zero volatility, monotone in horizon', () => {
    const base = { price: 100, liquidationPrice: 80, volatility: 0.6, horizonDays: 30 };
    expect(liquidationProbability({ ...base, horizonDays: 0 })).toBe(0);
    expect(liquidationProbability({ ...base, liquidationPrice: 100 })).toBe(1);
    expect(liquidationProbability({ ...base, volatility: 0 })).toBe(0);
    expect(liquidationProbability({ ...base, volatility: 0, drift: -10 })).toBe(1);
    let prev = 0;
    for (const d of [1, 7, 30, 90, 365]) {
      const p = liquidationProbability({ ...base, horizonDays: d });
      expect(p).toBeGreaterThan(prev);
      prev = p;
    }
  });

  it('rejects bad input naming the field', () => {
    expect(() => liquidationProbability({ price: 0, liquidationPrice: 1, volatility: 0.5, horizonDays: 1 })).toThrow(
      /^price:/,
    );
    expect(() =>
      liquidationProbability({ price: 1, liquidationPrice: 1, volatility: Number.NaN, horizonDays: 1 }),
    ).toThrow(/^volatility:/);
    expect(() => liquidationProbability({ price: 1, liquidationPrice: 1, volatility: 0.5, horizonDays: -1 })).toThrow(
      /^horizonDays:/,
    );
  });

  it('sigmaDistance is |ln(LP/P)| over σ√T', () => {
    expect(sigmaDistance(100, 80, 0.6, 365)).toBeCloseTo(Math.log(100 / 80) / 0.6, 12);
    expect(sigmaDistance(100, 80, 0, 30)).toBe(Infinity);
  });
});
