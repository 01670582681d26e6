import type { VenueRules } from './types';

/**
 * Binance COIN-M (inverse) futures. Source: "How to Calculate Liquidation Price of COIN-M Futures
 * Contracts", https://www.binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46:
 *
 *   LP = [Position1BOTH·MMR_B + Position1LONG·MMR_L + Position1SHORT·MMR_S
 *         + Side1BOTH·Position1BOTH + Position1LONG − Position1SHORT]
 *        / [WB − TMM1 + UPNL1 + cumB + cumL + cumS + Side1BOTH·Position1BOTH/EP1BOTH
 *           + Position1LONG/EP1LONG − Position1SHORT/EP1SHORT]
 *
 * with positions in contracts × contract size CM (quote value, e.g. 100 USD for BTCUSD), WB, TMM,
 * UPNL and cum in coin. This is solve.ts's inverse equation with feeRate 0. Notes copied from the
 * page: cross WB = crossWalletBalance; isolated WB = isolatedWalletBalance with TMM = UPNL = 0;
 * long and short of one symbol in cross share one LP; brackets are those of the notional at the
 * liquidation price; "Maintenance Margin = Position Notional × MMR − Maintenance Amount" with
 * notional = contracts × CM / mark price (coin).
 *
 * Rounding as binance-usdm.ts: tickSize when given, else 8 decimals, conservatively.
 */
export const binanceCoinm: VenueRules = {
  id: 'binance-coinm',
  label: 'Binance COIN-M',
  closeFeeRate: () => 0,
  priceStep: (p) => p.tickSize ?? 1e-8,
  sources: ['https://www.binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46'],
};
