/**
 * Funding drift: how paying (or receiving) funding over a horizon erodes margin and moves each
 * liquidation price, with prices held at today's marks.
 *
 * Funding paid per interval = side × notional at mark × rate (a positive rate: longs pay shorts;
 * "Funding Amount = Nominal Value of Positions × Funding Rate", payments every 8 hours, as
 * Binance's funding introduction is quoted at https://docs.traderwagon.com/faq/futures-trading-introduction/funding-fee). Over
 * `horizonHours` a position pays horizonHours / intervalHours intervals' worth (fractional: an
 * expected accrual, not the discrete settlement times). Rates are per interval, 8 h by default
 * (Binance, Bybit, OKX); Hyperliquid settles hourly (pass intervalHours 1 with its hourly rate).
 *
 * Where the money comes from: cross accounts pay from the wallet; isolated positions, in this
 * model, from their isolated margin — which is what moves an isolated LP. (A venue that settles
 * isolated funding to the wallet leaves the LP unmoved and shrinks the free balance instead.)
 */
import { assessAccount } from '../engine/assess';
import type { AccountSpec } from '../engine/types';
import { lookupBySymbol } from '../symbols/index';

/** Options of {@link fundingDrift}. */
export interface FundingDriftOptions {
  /** Funding rate per interval by symbol or base asset (0.0001 = 0.01 %); missing symbols pay 0. */
  fundingRates: Readonly<Record<string, number>>;
  /** Horizon in hours (>= 0). */
  horizonHours: number;
  /** Hours per funding interval; default 8. */
  intervalHours?: number;
}

/** One position's drift. */
export interface FundingDriftRow {
  positionId: string;
  symbol: string;
  side: 'long' | 'short';
  rate: number;
  /** Funding paid over the horizon (negative: received), in the account's currency. */
  paid: number;
  liquidationPriceNow: number | null;
  liquidationPriceAfter: number | null;
}

/** Result of {@link fundingDrift}. */
export interface FundingDrift {
  rows: FundingDriftRow[];
  /** Total paid by the account (negative: received). */
  totalPaid: number;
  /** The account as it stands after the horizon (margins / wallet reduced), for further what-ifs. */
  accountAfter: AccountSpec;
}

/**
 * Each position's liquidation price now and after `horizonHours` of funding. Throws RangeError
 * naming the option for bad input and `EngineInputError` for an invalid account.
 */
export function fundingDrift(account: AccountSpec, options: FundingDriftOptions): FundingDrift {
  const interval = options.intervalHours ?? 8;
  if (!(Number.isFinite(options.horizonHours) && options.horizonHours >= 0))
    throw new RangeError(`horizonHours: expected a finite number >= 0, got ${String(options.horizonHours)}`);
  if (!(Number.isFinite(interval) && interval > 0))
    throw new RangeError(`intervalHours: expected a finite number > 0, got ${String(interval)}`);
  const now = assessAccount(account);
  const periods = options.horizonHours / interval;
  const paid = account.positions.map((p) => {
    const rate = lookupBySymbol(options.fundingRates, p.symbol) ?? 0;
    if (!Number.isFinite(rate))
      throw new RangeError(`fundingRates.${p.symbol}: expected a finite number, got ${String(rate)}`);
    const size = p.quantity * (p.contractSize ?? 1);
    const notional = p.contract === 'inverse' ? size / p.markPrice : size * p.markPrice;
    return { rate, amount: (p.side === 'long' ? 1 : -1) * notional * rate * periods };
  });
  const totalPaid = paid.reduce((a, x) => a + x.amount, 0);
  const accountAfter: AccountSpec =
    account.marginMode === 'cross'
      ? { ...account, walletBalance: account.walletBalance - totalPaid }
      : {
          ...account,
          positions: account.positions.map((p, i) => {
            const size = p.quantity * (p.contractSize ?? 1);
            const margin =
              p.isolatedMargin ??
              (p.contract === 'inverse' ? size / p.entryPrice : size * p.entryPrice) / (p.leverage as number);
            return { ...p, isolatedMargin: Math.max(0, margin - paid[i].amount) };
          }),
        };
  const after = assessAccount(accountAfter);
  return {
    rows: account.positions.map((p, i) => ({
      positionId: p.id,
      symbol: p.symbol,
      side: p.side,
      rate: paid[i].rate,
      paid: paid[i].amount,
      liquidationPriceNow: now.positions[i].liquidationPrice,
      liquidationPriceAfter: after.positions[i].liquidationPrice,
    })),
    totalPaid,
    accountAfter,
  };
}
