import type { VenueRules } from './types';

/** Taker fee quoted in Gate's own formula answer (0.075 %); pass takerFeeRate for yours. */
export const GATE_DEFAULT_TAKER_FEE = 0.00075;

/**
 * Gate futures. Source: Gate "Liquidation price / bankruptcy price",
 * https://www.gate.io/help/futures/futures/27724/liquidation-price-bankruptcy-price (as quoted in
 * freqtrade/exchange/exchange.py `dry_run_liquidation_price`) and Gate support's answer
 * (https://www.gatenode.pro/post/status/3870211):
 *
 *   linear:  LP = (Entry ∓ Margin / Multiplier / Size) / [1 ∓ (MMR + Taker fee rate)]   (− long, + short)
 *   inverse: LP = Size·Entry·(1 ± MMR ± Taker) / (Size ± Margin·Entry)                  (+ long, − short)
 *
 * Both are solve.ts's equation with feeRate = taker fee (the fee to close counts in maintenance).
 * Cross: the same with the account's available collateral as margin. No rounding unless `tickSize`.
 */
export const gate: VenueRules = {
  id: 'gate',
  label: 'Gate',
  closeFeeRate: (a) => a.takerFeeRate ?? GATE_DEFAULT_TAKER_FEE,
  priceStep: (p) => p.tickSize,
  sources: [
    'https://www.gate.io/help/futures/futures/27724/liquidation-price-bankruptcy-price',
    'https://www.gatenode.pro/post/status/3870211',
  ],
};
