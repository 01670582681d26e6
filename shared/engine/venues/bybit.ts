import type { VenueRules } from './types';

/** Taker fee Bybit's inverse cross-margin example uses (0.075 %); pass takerFeeRate for yours. */
export const BYBIT_DEFAULT_TAKER_FEE = 0.00075;

/**
 * Bybit. Liquidation when the position margin falls to the maintenance margin.
 *
 * Linear (USDT) — "Liquidation Price (USDT Contract)",
 * https://www.bybit.com/en/help-center/article/Liquidation-Price-USDT-Contract (copy:
 * https://testnet.bybit.com/en-US/help-center/s/article/Liquidation-Price-USDT-Contract):
 *   LP(long)  = Entry − (IM − MM)/Size − ExtraMargin/Size
 *   LP(short) = Entry + (IM − MM)/Size + ExtraMargin/Size
 *   IM = PositionValue/leverage, MM = PositionValue·MMR − MM deduction, PositionValue = Size·Entry.
 * i.e. margin + uPnL(P) = MM with MM computed on the ENTRY value (our `maintenanceBasis: 'entry'`).
 * Older article (https://help.bybit.com/hc/en-us/articles/900000181046) writes the same as
 * Entry·(1 − IMR + MMR). Cross: "Total Sustainable Loss = Available Balance + IM − MM" — the
 * same equation with the wallet balance as collateral; no fee term.
 *
 * Inverse — "How to calculate Liquidation Price (Inverse Contract)",
 * https://help.bybit.com/hc/en-us/articles/360039261334: isolated LP = Qty / [PositionValue +
 * (IM − MM)] with PositionValue = Qty/Entry (MM on entry value again); cross:
 *   Qty·(1/Entry − 1/LP) = −(Balance − OrderMargin − Qty/Entry·MMR − Qty·0.00075/BankruptcyPrice)
 *   BankruptcyPrice = 1.00075·Qty / (Qty/Entry + Balance)
 * i.e. the fee to close at the bankruptcy price counts in the maintenance (our
 * `bankruptcyFeeRate`, inverse cross only, taker fee from the account or 0.075 %).
 *
 * Ambiguity: Bybit's newer Unified-Trading-Account article ("Liquidation Price Calculation under
 * Isolated Mode", updated 2026-05) writes the inverse MM on the value at the mark price and adds
 * the fee to close to both IM and MM (so it cancels except on extra margin). We follow the
 * articles whose worked examples we can reproduce (entry-value MM); the difference is
 * MMR·|P − Entry|·Size, small for small MMR.
 *
 * Rounding: Bybit rounds the LP to the symbol's tick (the inverse example's 5739.50 is
 * 5739.10 rounded up to 0.5); we round to `tickSize` when given, conservatively.
 */
export const bybit: VenueRules = {
  id: 'bybit',
  label: 'Bybit',
  closeFeeRate: () => 0,
  priceStep: (p) => p.tickSize,
  maintenanceBasis: () => 'entry',
  bankruptcyFeeRate: (account, p) =>
    account.marginMode === 'cross' && p.contract === 'inverse' ? (account.takerFeeRate ?? BYBIT_DEFAULT_TAKER_FEE) : 0,
  sources: [
    'https://www.bybit.com/en/help-center/article/Liquidation-Price-USDT-Contract',
    'https://help.bybit.com/hc/en-us/articles/900000181046-Liquidation-Price-USDT-Contract-',
    'https://help.bybit.com/hc/en-us/articles/360039261334-How-to-calculate-Liquidation-Price-Inverse-Contract-',
    'https://www.bybit.com/en/help-center/article/Liquidation-Price-Calculation-under-Isolated-Mode-Unified-Trading-Account',
  ],
};
