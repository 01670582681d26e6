/** Market data and clock the warning rules read (see `evaluateRules`). */
export interface RuleContext {
  /** Current time (default: the system clock); weekends and table ages are computed in UTC. */
  now?: Date | string;
  /** Annualised volatility per symbol as a fraction (0.6 = 60 % a year), for `lp-sigma`. Keys in any spelling (`BTC/USDT` = `BTCUSDT`). */
  annualVolatility?: Readonly<Record<string, number>>;
  /** Beta to BTC per symbol, for `concentration-beta`. BTC symbols default to 1; others without one are counted at 1 and the message says so. */
  betas?: Readonly<Record<string, number>>;
}
