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
 * OKX tiers have no maintenance amount (the tier's MMR applies to the whole position) and are
 * keyed by position size in contracts (tiers/okx.ts), so the tier does not change with price.
 *
 * Reporting: OKX does not round the LP to the tick. In ISOLATED mode it reports the formula value
 * moved one tick toward the mark (long + tickSz, short − tickSz); in cross mode it reports the
 * formula value as is. Checked against real OKX API answers (demo, 2026-08-31): e.g. BTC-USDT-SWAP
 * isolated long 1 contract @ 78,059.05, margin 156.1181, mmr 0.4 %, taker 0.05 %: formula
 * 62,729.52285…, OKX liqPx 62,729.53285… (tickSz 0.01); cross BTC-USD-SWAP long: formula = liqPx.
 * Source: dream-until-dawn/okx-position-simulator-go testdata/conformance/*-position-metrics.json
 * (saved /api/v5/account/positions answers) and its docs/okx-rules.md. With no `tickSize`, no buffer.
 */
export const okx: VenueRules = {
  id: 'okx',
  label: 'OKX',
  closeFeeRate: (a) => a.takerFeeRate ?? OKX_DEFAULT_TAKER_FEE,
  priceStep: () => undefined,
  liquidationBuffer: (a, p) => (a.marginMode === 'isolated' ? p.tickSize : undefined),
  sources: [
    'https://www.okx.com/help/vii-introduction-to-the-isolated-mode-of-single-multi-currency-portfolio-margin',
    'https://open-lib.com/11556.html',
    'https://github.com/dream-until-dawn/okx-position-simulator-go/blob/049d31a59fe81d820eca753d3eae36c56ea1a623/testdata/conformance/isolated-position-metrics.json',
  ],
};
