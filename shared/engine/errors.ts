/**
 * Errors thrown by the engine. Every input problem is reported with the path of the offending
 * field (e.g. `positions[2].entryPrice`) so that forms and importers can point at it.
 */

/** Thrown when an account or position does not satisfy the engine's input contract. */
export class EngineInputError extends Error {
  /** Field path in the account, e.g. `positions[2].entryPrice`; `''` for the account itself. */
  readonly path: string;
  /** Human-readable reason without the path, e.g. `expected a finite positive number, got NaN`. */
  readonly reason: string;

  constructor(path: string, reason: string) {
    super(path ? `${path}: ${reason}` : reason);
    this.name = 'EngineInputError';
    this.path = path;
    this.reason = reason;
  }
}

/**
 * Thrown when a position gives no maintenance parameters (`tiers`, `mmr`, or `maxLeverage` on
 * Hyperliquid) and the engine ships no tier table for its venue and symbol.
 */
export class MissingTierTableError extends EngineInputError {
  readonly venue: string;
  readonly symbol: string;

  constructor(path: string, venue: string, symbol: string) {
    super(
      path,
      `no maintenance tiers for ${venue} ${symbol}: give tiers, mmr` +
        (venue === 'hyperliquid' ? ' or maxLeverage' : '') +
        ' on the position (the engine ships tables for BTC and ETH only)',
    );
    this.name = 'MissingTierTableError';
    this.venue = venue;
    this.symbol = symbol;
  }
}

/** Formats a zod-style path (`['positions', 2, 'entryPrice']`) as `positions[2].entryPrice`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
