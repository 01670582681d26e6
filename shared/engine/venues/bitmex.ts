import type { VenueRules } from './types';

/** BitMEX's XBTUSD taker fee (0.075 %) as used in its maintenance formula; pass takerFeeRate for yours. */
export const BITMEX_DEFAULT_TAKER_FEE = 0.00075;

/**
 * BitMEX (inverse XBTUSD: 1 contract = 1 USD; also linear contracts). Sources: BitMEX
 * "Liquidation", https://www.bitmex.com/app/liquidation ("If you cannot fulfill your maintenance
 * requirement, you will be liquidated"; partial liquidation through risk-limit steps), and BitMEX
 * staff on r/BitMEX (https://www.reddit.com/r/BitMEX/comments/fc6rui/ — copy at
 * https://r.arson.gg/r/BitMEX/comments/fc6rui/is_maintenance_margin_factored_into_liquidation):
 * "For the XBTUSD contract the maintenance margin can be calculated using the following
 * equation: 0.5% * Order Value + (Taker Fee * Order Value) …". So maintenance = value × (MMR +
 * taker fee): solve.ts with feeRate = taker fee, in 1/price for inverse contracts.
 *
 * Not modelled: the funding rate BitMEX adds to the maintenance when the position pays funding
 * (pass a higher `mmr` to include it), and partial liquidation through risk-limit steps.
 * Rounding: XBTUSD's tick is 0.5; we round to `tickSize` when given, conservatively.
 */
export const bitmex: VenueRules = {
  id: 'bitmex',
  label: 'BitMEX',
  closeFeeRate: (a) => a.takerFeeRate ?? BITMEX_DEFAULT_TAKER_FEE,
  priceStep: (p) => p.tickSize,
  sources: ['https://www.bitmex.com/app/liquidation', 'https://r.arson.gg/r/BitMEX/comments/fc6rui/is_maintenance_margin_factored_into_liquidation'],
};
