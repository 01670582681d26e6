import type { VenueRules } from './types';

/**
 * Binance USDⓈ-M futures. Source: "How to Calculate Liquidation Price of USDⓈ-M Futures
 * Contracts", https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93:
 *
 *   LP = [WB − TMM1 + UPNL1 + cumB + cumL + cumS − Side1BOTH·Position1BOTH·EP1BOTH
 *         − Position1LONG·EP1LONG + Position1SHORT·EP1SHORT]
 *        / [Position1BOTH·MMR_B + Position1LONG·MMR_L + Position1SHORT·MMR_S
 *           − Side1BOTH·Position1BOTH − Position1LONG + Position1SHORT]
 *
 * WB = crossWalletBalance (cross) or the position's isolatedWalletBalance (isolated, where
 * TMM1 = UPNL1 = 0); TMM1 / UPNL1 = maintenance margin / uPnL of all OTHER contracts; in hedge
 * mode the LONG and SHORT legs of a symbol in cross share one liquidation price. This is exactly
 * solve.ts's linear equation with feeRate 0. The MMR and cum are those of the bracket at the
 * liquidation price ("If your position (calculated at the liquidation price) and the current
 * position ... are of different levels ... recalculate"). "If the liquidation price is less than
 * 0, the UI display would be '--'" → null here.
 *
 * Rounding: Binance reports prices to the symbol's tick (pricePrecision); we round to
 * `tickSize` when given, else to 8 decimals, conservatively (a long's LP up, a short's down).
 */
export const binanceUsdm: VenueRules = {
  id: 'binance-usdm',
  label: 'Binance USDⓈ-M',
  closeFeeRate: () => 0,
  priceStep: (p) => p.tickSize ?? 1e-8,
  sources: ['https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93'],
};
