/**
 * Volatility distance: how far each position is from its liquidation price in standard
 * deviations over a horizon, the probability of touching it (`liquidationProbability`), and the
 * probability that the book sees its first liquidation.
 *
 * One-factor model: a symbol's volatility is |beta| × BTC's unless given (it ignores the
 * symbol's own idiosyncratic moves, so for alts it understates; pass `volatilities` when you
 * know them). The book's first liquidation: every position moves with BTC, so the book survives
 * while BTC stays inside the band (first rung down, first rung up) of the cascade ladder;
 * `bandExitProbability` gives the chance it leaves the band within the horizon.
 */
import type { AccountSpec } from '../engine/types';
import type { CascadeLadder } from './ladder';
import { betaOf, createStressModel } from './model';
import { bandExitProbability, DAYS_PER_YEAR, liquidationProbability, sigmaDistance } from './probability';
import { lookupBySymbol } from '../symbols/index';

/** Options of {@link volatilityDistances} and {@link bookLiquidationProbability}. */
export interface VolatilityOptions {
  /** BTC's annualised volatility, e.g. 0.55. */
  btcVolatility: number;
  horizonDays: number;
  /** Annualised drift μ (GBM); default 0. */
  drift?: number;
  /** Annualised volatility by symbol or base asset, overriding |beta| × BTC's. */
  volatilities?: Readonly<Record<string, number>>;
  /** Betas for the default volatilities (default 1). */
  betas?: Record<string, number>;
}

/** One position's distance to liquidation. */
export interface VolatilityRow {
  positionId: string;
  symbol: string;
  price: number;
  liquidationPrice: number | null;
  volatility: number;
  /** |ln(LP / price)| / (σ √T); null when there is no LP. */
  sigmas: number | null;
  /** Probability of touching the LP within the horizon; 0 when there is no LP. */
  probability: number;
}

/**
 * Distance to liquidation in σ units and touch probability for each position of an account.
 * Cross accounts use the standalone LPs `assessAccount` reports (other positions at their marks).
 */
export function volatilityDistances(account: AccountSpec, o: VolatilityOptions): VolatilityRow[] {
  const model = createStressModel(account, o.betas);
  return account.positions.map((p, i) => {
    const lp = model.risk.positions[i].liquidationPrice;
    const vol = lookupBySymbol(o.volatilities, p.symbol) ?? Math.abs(betaOf(o.betas, p.symbol)) * o.btcVolatility;
    return {
      positionId: p.id,
      symbol: p.symbol,
      price: p.markPrice,
      liquidationPrice: lp,
      volatility: vol,
      sigmas: lp === null ? null : sigmaDistance(p.markPrice, lp, vol, o.horizonDays),
      probability:
        lp === null
          ? 0
          : liquidationProbability({
              price: p.markPrice,
              liquidationPrice: lp,
              volatility: vol,
              horizonDays: o.horizonDays,
              drift: o.drift,
            }),
    };
  });
}

/**
 * Probability that BTC reaches the book's first rung (down or up) of the ladder within the
 * horizon: the chance of the first liquidation anywhere in the book under the one-factor model.
 */
export function bookLiquidationProbability(
  ladder: CascadeLadder,
  o: Pick<VolatilityOptions, 'btcVolatility' | 'horizonDays' | 'drift'>,
): { downMove: number | null; upMove: number | null; probability: number } {
  const down = ladder.down.find((e) => e.kind !== 'stop')?.btcMove ?? null;
  const up = ladder.up.find((e) => e.kind !== 'stop')?.btcMove ?? null;
  const lower = down === null ? -Infinity : down <= -1 ? -Infinity : Math.log(1 + down);
  const upper = up === null ? Infinity : Math.log(1 + up);
  if (lower === 0 || upper === 0) return { downMove: down, upMove: up, probability: 1 };
  return {
    downMove: down,
    upMove: up,
    probability: bandExitProbability(lower, upper, o.drift ?? 0, o.btcVolatility, o.horizonDays / DAYS_PER_YEAR),
  };
}
