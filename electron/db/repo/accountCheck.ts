import type { Database } from 'better-sqlite3';
import { toAccountSpec } from '@shared/book/types';
import { EngineInputError } from '@shared/engine/errors';
import { validateAccount } from '@shared/engine/schema';
import { CascadeUserError } from '@shared/errors';
import { loadBook } from './book';

/**
 * Checks a stored account against the engine's rules (one contract kind per account, one
 * position per symbol in one-way mode, isolated positions need leverage or margin, venue lists
 * the contract). Called inside the write's transaction so a refused change rolls back.
 * `focusPositionId`: the position being written — an issue about it is reported with the
 * field's own path (`symbol`), an issue about another position names that position.
 */
export function assertAccountValid(db: Database, accountId: number, focusPositionId?: number): void {
  const account = loadBook(db, accountId).accounts[0];
  if (!account) throw new CascadeUserError(`account ${accountId} does not exist`, { code: 'not-found' });
  // The engine reports a conflict on the later of two positions: put the one being written last.
  if (focusPositionId !== undefined) {
    const focus = String(focusPositionId);
    account.positions.sort((x, y) => Number(x.id === focus) - Number(y.id === focus));
  }
  try {
    validateAccount(toAccountSpec(account));
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    const m = /^positions\[(\d+)\]\.?(.*)$/.exec(error.path);
    if (m) {
      const position = account.positions[Number(m[1])]!;
      const field = m[2] || 'id';
      if (focusPositionId !== undefined && position.id === String(focusPositionId)) {
        throw new CascadeUserError(`${field}: ${error.reason}`, { issues: [{ path: field, message: error.reason }] });
      }
      const label = `${position.symbol} ${position.side} (id ${position.id})`;
      throw new CascadeUserError(
        `account "${account.name}" would become invalid: position ${label}, ${field}: ${error.reason}`,
        {
          issues: [{ path: field, message: `position ${label}: ${error.reason}` }],
        },
      );
    }
    const field = error.path || 'account';
    throw new CascadeUserError(`account "${account.name}": ${field}: ${error.reason}`, {
      issues: [{ path: field, message: error.reason }],
    });
  }
}
