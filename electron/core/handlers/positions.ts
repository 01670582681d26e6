import type { z } from 'zod';
import type { BookPosition } from '@shared/book/types';
import type { positions as positionChannels } from '@shared/ipc/channels/positions';
import { CascadeUserError } from '@shared/errors';
import { assertAccountValid } from '../../db/repo/accountCheck';
import { getAccountRecord } from '../../db/repo/accounts';
import { withConstraintMessages } from '../../db/repo/constraints';
import {
  deletePosition,
  getPositionRecord,
  insertPosition,
  listBookPositions,
  normalizeSymbolText,
  toBookPosition,
  updatePosition,
  type PositionValues,
} from '../../db/repo/positions';
import { latestMarks, latestPrice } from '../../db/repo/prices';
import { toKey } from '../../db/statements';
import type { HandlerContext } from '../context';

type Req<K extends keyof typeof positionChannels> = z.output<(typeof positionChannels)[K]['request']>;

/** `positions:list` */
export function listPositions(ctx: HandlerContext, req: Req<'list'>): BookPosition[] {
  return listBookPositions(ctx.db, latestMarks(ctx.db), req.accountId === undefined ? undefined : toKey(req.accountId));
}

/** One stored position with its mark. */
export function loadPosition(ctx: HandlerContext, id: number): BookPosition {
  const record = getPositionRecord(ctx.db, id);
  if (!record) throw new CascadeUserError(`position ${id} does not exist`, { code: 'not-found' });
  const price = latestPrice(ctx.db, record.symbol);
  return toBookPosition(record, price && { mark: price.mark, source: price.source, at: price.at });
}

function write(ctx: HandlerContext, req: Req<'upsert'>, mode: 'upsert' | 'restore'): BookPosition {
  const { id, accountId, ...rest } = req;
  const values: PositionValues = { ...rest, accountId: toKey(accountId) };
  // One spelling of time in the table, so export → import compares equal.
  if (values.openedAt) values.openedAt = new Date(values.openedAt).toISOString();
  const now = ctx.now().toISOString();
  return ctx.db.transaction(() => {
    if (!getAccountRecord(ctx.db, values.accountId)) {
      throw new CascadeUserError(`account ${accountId} does not exist`, {
        code: 'not-found',
        issues: [{ path: 'accountId', message: 'no such account' }],
      });
    }
    const previous = id === undefined ? undefined : getPositionRecord(ctx.db, toKey(id));
    const unique = `this account already holds a ${values.side} ${normalizeSymbolText(values.symbol)} position; edit that one instead`;
    const key = withConstraintMessages(
      () => {
        if (id === undefined) return insertPosition(ctx.db, values, now);
        if (mode === 'restore') {
          if (previous) throw new CascadeUserError(`position ${id} already exists; nothing to restore`);
          return insertPosition(ctx.db, values, now, toKey(id));
        }
        if (!updatePosition(ctx.db, toKey(id), values, now)) {
          throw new CascadeUserError(`position ${id} does not exist`, { code: 'not-found' });
        }
        return toKey(id);
      },
      { unique },
    );
    assertAccountValid(ctx.db, values.accountId, key);
    // A position moved to another account leaves the old one, which stays valid (fewer positions).
    return loadPosition(ctx, key);
  })();
}

/** `positions:upsert`: one transaction; the account is re-checked against the engine's rules. */
export function upsertPosition(ctx: HandlerContext, req: Req<'upsert'>): BookPosition {
  return write(ctx, req, 'upsert');
}

/** `positions:restore`: undo of remove, keeping the old id. */
export function restorePosition(ctx: HandlerContext, req: Req<'restore'>): BookPosition {
  return write(ctx, req, 'restore');
}

/** `positions:remove`: returns the removed position for undo. */
export function removePosition(ctx: HandlerContext, req: Req<'remove'>): BookPosition {
  return ctx.db.transaction(() => {
    const removed = loadPosition(ctx, toKey(req.id));
    deletePosition(ctx.db, toKey(req.id));
    return removed;
  })();
}
