/** What the alert monitor remembers between evaluations, and what one evaluation fires: plain data, stored by electron/db. */

/** Per rule and subject: may it fire (armed) and when did it last fire. */
export interface RuleSubjectState {
  armed: boolean;
  /** Epoch ms of the last notification, null if never. */
  lastFiredAt: number | null;
}

/** Keyed by rule id, rule settings and subject (see `stateKey` in electron/alerts/evaluate.ts). */
export type AlertState = Readonly<Record<string, RuleSubjectState>>;

/** One alert that fired in an evaluation. */
export interface FiredAlert {
  /** The {@link AlertState} key it fired under (kept in the history to restore state after a restart). */
  stateKey: string;
  ruleId: string;
  kind: 'distance-below' | 'margin-ratio-above' | 'price-cross' | 'warning-severity';
  subject: string;
  positionId: string | null;
  accountId: string | null;
  symbol: string | null;
  /** In the unit of the threshold (percent or price). */
  value: number | null;
  threshold: number;
  stale: boolean;
  /** Epoch ms. */
  at: number;
  title: string;
  body: string;
}
