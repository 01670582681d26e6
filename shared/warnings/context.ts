/** Market data and clock the warning rules read (see `evaluateRules`). */
export interface RuleContext {
  /** Current time (default: the system clock); weekends and table ages are computed in UTC. */
  now?: Date | string;
  /** Annualised volatility per symbol as a fraction (0.6 = 60 % a year), for `lp-sigma`. Keys: symbol in any spelling (`BTC/USDT` = `BTCUSDT`) or base asset (`BTC`). */
  annualVolatility?: Readonly<Record<string, number>>;
  /** BTC's annualised volatility; a symbol without its own volatility gets |β| × this (one-factor model, as in shared/stress). */
  btcVolatility?: number;
  /**
   * Beta to BTC per symbol or base asset (`ETH` covers `ETHUSDT`), for `concentration-beta` and the
   * volatility fallback. Missing symbols take shared/stress `DEFAULT_BETAS` (BTC 1, ETH 1.2, …);
   * symbols in neither are counted at 1 and the message says so.
   */
  betas?: Readonly<Record<string, number>>;
}
