import { assessCross } from './cross';
import { assessIsolated } from './isolated';
import { prepareAll } from './prepare';
import { validateAccount } from './schema';
import type { AccountRisk, AccountSpec } from './types';
import { venueRules } from './venues/index';

/**
 * Liquidation and bankruptcy prices of every position in an account, and the account's equity,
 * maintenance margin and margin ratio, computed with the venue's published rules.
 *
 * Validates first: a bad account throws {@link EngineInputError} naming the field
 * (`positions[2].entryPrice: expected a finite positive number, got NaN`); a position without
 * maintenance parameters on a symbol the engine ships no table for throws
 * {@link MissingTierTableError} naming venue and symbol. Never returns NaN.
 *
 * O(n) in the number of positions (cross-margin totals are computed once).
 */
export function assessAccount(account: AccountSpec): AccountRisk {
  const acc = validateAccount(account);
  const venue = venueRules(acc.venue);
  const prepared = prepareAll(acc, venue);
  return acc.marginMode === 'isolated' ? assessIsolated(acc, prepared) : assessCross(acc, prepared);
}
