/** Reconnect delays: exponential backoff with jitter. */
export interface BackoffOptions {
  /** Delay before the first retry, ms. */
  baseMs: number;
  /** Ceiling, ms. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 30_000 };

/**
 * Delay before retry number `attempt` (0-based): `min(max, base · 2^attempt)` scaled by a
 * random factor in [0.5, 1) ("equal jitter"), so that many clients dropped at once do not
 * reconnect in lock-step, while the delay still grows.
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling * (0.5 + 0.5 * random()));
}
