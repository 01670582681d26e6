import { notionalAt } from '../contract';
import type { VenueRules } from './types';

/** BitMEX's XBTUSD taker fee (0.075 %) as in the worked vectors; pass takerFeeRate for yours. */
export const BITMEX_DEFAULT_TAKER_FEE = 0.00075;

/**
 * BitMEX (inverse XBTUSD: 1 contract = 1 USD; also linear contracts). "If you cannot fulfill your
 * maintenance requirement, you will be liquidated" (https://www.bitmex.com/app/liquidation).
 *
 * How BitMEX builds it (its position fields, as reverse-engineered from BitMEX's front end by
 * highfestiva, https://gist.github.com/highfestiva/25598e429e0d2cd54e80160e710a0d2a, 2019, and
 * confirmed by LPs BitMEX displayed, recorded in binares/uxs uxs/base/wrappers/bitmex.py @3c76fff4):
 * - position margin = posInit + posComm, with posInit = cost / leverage and posComm =
 *   (cost + posInit) × taker fee: the fee to close is RESERVED in the margin;
 * - maintenance = posComm + cost × (MMR + funding the position pays), cost = the ENTRY value;
 * so the fee cancels and isolated LP = Entry / (1 + side·(1/L − MMR − paid funding)).
 * Engine mapping: maintenance on the entry value (`maintenanceBasis: 'entry'`); isolated
 * collateral = posInit (a given `isolatedMargin` is read as BitMEX's displayed margin, posInit +
 * posComm, and the reserved fee taken out); no close-fee term in isolated. Cross: the wallet holds
 * the reserve, so maintenance keeps cost × taker (Reddit, BitMEX staff: "0.5% * Order Value +
 * (Taker Fee * Order Value)", https://r.arson.gg/r/BitMEX/comments/fc6rui/).
 *
 * Funding: BitMEX adds the funding rate to the maintenance rate when the position pays it (longs
 * when funding > 0, shorts when < 0). The engine has no funding input: add it to `mmr`.
 * Rounding: to the tick (XBTUSD 0.5 until 2024-07-31, 0.1 since), conservatively (long up, short
 * down) — which reproduces all three displayed LPs.
 */
export const bitmex: VenueRules = {
  id: 'bitmex',
  label: 'BitMEX',
  closeFeeRate: (a) => (a.marginMode === 'cross' ? (a.takerFeeRate ?? BITMEX_DEFAULT_TAKER_FEE) : 0),
  maintenanceBasis: () => 'entry',
  isolatedCollateral: (a, p, size) => {
    const cost = notionalAt(p.contract === 'inverse', size, p.entryPrice);
    if (p.isolatedMargin === undefined) return cost / (p.leverage as number);
    const fee = a.takerFeeRate ?? BITMEX_DEFAULT_TAKER_FEE;
    // margin = posInit + (cost + posInit)·fee → posInit = (margin − cost·fee) / (1 + fee)
    return Math.max(0, (p.isolatedMargin - cost * fee) / (1 + fee));
  },
  priceStep: (p) => p.tickSize,
  sources: [
    'https://www.bitmex.com/app/liquidation',
    'https://gist.github.com/highfestiva/25598e429e0d2cd54e80160e710a0d2a',
    'https://github.com/binares/uxs/blob/3c76fff4dc625ef8a4f6315ea5e293e09546d26c/uxs/base/wrappers/bitmex.py',
    'https://r.arson.gg/r/BitMEX/comments/fc6rui/is_maintenance_margin_factored_into_liquidation',
  ],
};
