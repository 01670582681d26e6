import type { VenueRules } from './types';

/** OKX's base taker fee for swaps (0.05 %); pass takerFeeRate for your fee tier. */
export const OKX_DEFAULT_TAKER_FEE = 0.0005;

/**
 * OKX perpetual / futures. Liquidation when the maintenance margin ratio reaches 100 %, where
 * (isolated) ratio = (margin balance + PnL) / (face value × |contracts| × mark × (tier MMR + fee
 * rate)) for USDT-margined and (…/ mark) for coin-margined contracts; cross uses the currency's
 * equity over (maintenance margin + liquidation/close fees). So the fee to close is part of the
 * maintenance requirement: solve.ts with feeRate = taker fee. Sources: OKX "Introduction to the
 * isolated mode", https://www.okx.com/help/vii-introduction-to-the-isolated-mode-of-single-multi-currency-portfolio-margin
 * (est. liq. price with "(1 + mmr) × (1 + taker fee rate)"), and OKX's maintenance-margin-ratio
 * formulas as reproduced at https://open-lib.com/11556.html (the okx.com article with these
 * formulas was not in the stored corpus). freqtrade implements the same:
 * freqtrade/exchange/exchange.py `dry_run_liquidation_price` ("okx" link, mm_ratio + taker_fee_rate).
 *
 * OKX tiers have no maintenance amount (the tier's MMR applies to the whole position); the solver
 * handles the resulting jump at tier boundaries. No rounding unless `tickSize` is given.
 */
export const okx: VenueRules = {
  id: 'okx',
  label: 'OKX',
  closeFeeRate: (a) => a.takerFeeRate ?? OKX_DEFAULT_TAKER_FEE,
  priceStep: (p) => p.tickSize,
  sources: [
    'https://www.okx.com/help/vii-introduction-to-the-isolated-mode-of-single-multi-currency-portfolio-margin',
    'https://open-lib.com/11556.html',
  ],
};
