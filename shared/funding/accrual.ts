/**
 * Funding over a horizon for one symbol, with the venue's interval rule: the rate is held within
 * its cap and floor; a settlement at the cap or floor shortens the next interval as the venue
 * does (Binance and Bybit: hourly; OKX: one level); the rate is held for the whole horizon.
 * Between settlements funding accrues pro rata (an expected accrual rather than the discrete
 * settlement times, which depend on the clock).
 */
import { intervalAfterCappedSettlement, type FundingRule } from './rules';
import { atLimit, cappedRate, type FundingTerms } from './terms';

/** Funding of one symbol over a horizon. */
export interface FundingAccrual {
  /** Σ rate × (hours / interval): multiply by side × notional for the amount paid (negative: received). */
  rateSum: number;
  /** The rate actually settled (within cap and floor). */
  rate: number;
  /** Settlements within the horizon (the last one partial when the horizon ends between two). */
  settlements: number;
  /** The interval the horizon ends on (shorter than the start when the rate sits at a limit). */
  finalIntervalHours: number;
  /** The rate was held at its cap or floor. */
  atLimit: boolean;
}

/**
 * Funding of `terms` over `horizonHours` under `rule`. Bounded: the interval only shortens, to
 * 1 h at the least, so the escalation ends after a few settlements and the rest is closed form.
 */
export function fundingOverHorizon(
  terms: FundingTerms,
  rule: FundingRule,
  horizonHours: number,
  venueSymbol?: string,
): FundingAccrual {
  if (!(Number.isFinite(horizonHours) && horizonHours >= 0))
    throw new RangeError(`horizonHours: expected a finite number >= 0, got ${String(horizonHours)}`);
  if (!(Number.isFinite(terms.intervalHours) && terms.intervalHours > 0))
    throw new RangeError(`intervalHours: expected a number > 0, got ${String(terms.intervalHours)}`);
  if (!Number.isFinite(terms.rate)) throw new RangeError(`rate: expected a finite number, got ${String(terms.rate)}`);
  const rate = cappedRate(terms);
  const limited = atLimit(terms);
  let interval = terms.intervalHours;
  let t = 0;
  let rateSum = 0;
  let settlements = 0;
  while (t < horizonHours) {
    const next = limited ? intervalAfterCappedSettlement(rule, interval, venueSymbol) : interval;
    if (next === interval) {
      // Nothing changes from here on: the rest of the horizon in closed form.
      const n = (horizonHours - t) / interval;
      rateSum += rate * n;
      settlements += Math.ceil(n - 1e-9);
      break;
    }
    const step = Math.min(interval, horizonHours - t);
    rateSum += (rate * step) / interval;
    settlements++;
    t += step;
    if (step === interval) interval = next;
  }
  return { rateSum, rate, settlements, finalIntervalHours: interval, atLimit: limited };
}
