import type { z } from 'zod';
import type { accounts as accountChannels } from '@shared/ipc/channels/accounts';
import type { AccountRow } from '@shared/book/schema';
import { CascadeUserError } from '@shared/errors';
import { assertAccountValid } from '../../db/repo/accountCheck';
import {
  deleteAccount,
  getAccountRecord,
  insertAccount,
  listAccountRecords,
  toAccountRow,
  updateAccount,
  type AccountValues,
} from '../../db/repo/accounts';
import { withConstraintMessages } from '../../db/repo/constraints';
import {
  getPositionRecord,
  insertPosition,
  listPositionRecords,
  toBookPosition,
  valuesOf,
} from '../../db/repo/positions';
import { latestMarks } from '../../db/repo/prices';
import { toKey } from '../../db/statements';
import type { HandlerContext } from '../context';

type Req<K extends keyof typeof accountChannels> = z.output<(typeof accountChannels)[K]['request']>;

/** `accounts:list` */
export function listAccounts(ctx: HandlerContext): AccountRow[] {
  return listAccountRecords(ctx.db).map(toAccountRow);
}

function loadRow(ctx: HandlerContext, id: number): AccountRow {
  const record = getAccountRecord(ctx.db, id);
  if (!record) throw new CascadeUserError(`account ${id} does not exist`, { code: 'not-found' });
  return toAccountRow(record);
}

/** `accounts:upsert`: one transaction; the account is re-checked with its positions before commit. */
export function upsertAccount(ctx: HandlerContext, req: Req<'upsert'>): AccountRow {
  const { id, ...values } = req;
  const now = ctx.now().toISOString();
  return ctx.db.transaction(() => {
    const key = withConstraintMessages(
      () => {
        if (id === undefined) return insertAccount(ctx.db, values as AccountValues, now);
        if (!updateAccount(ctx.db, toKey(id), values as AccountValues, now)) {
          throw new CascadeUserError(`account ${id} does not exist`, { code: 'not-found' });
        }
        return toKey(id);
      },
      { unique: `an account named "${values.name}" already exists; choose another name` },
    );
    assertAccountValid(ctx.db, key);
    return loadRow(ctx, key);
  })();
}

/** `accounts:remove`: deletes the account and (cascade) its positions; returns both for undo. */
export function removeAccount(ctx: HandlerContext, req: Req<'remove'>) {
  return ctx.db.transaction(() => {
    const key = toKey(req.id);
    const account = loadRow(ctx, key);
    const marks = latestMarks(ctx.db);
    const positions = listPositionRecords(ctx.db, key).map((r) => toBookPosition(r, marks.get(r.symbol)));
    deleteAccount(ctx.db, key);
    return { account, positions };
  })();
}

/** `accounts:restore`: undo of remove, keeping the old ids. */
export function restoreAccount(ctx: HandlerContext, req: Req<'restore'>): AccountRow {
  const now = ctx.now().toISOString();
  return ctx.db.transaction(() => {
    const { account, positions } = req;
    const key = toKey(account.id);
    if (getAccountRecord(ctx.db, key))
      throw new CascadeUserError(`account ${account.id} already exists; nothing to restore`);
    withConstraintMessages(() => insertAccount(ctx.db, account as AccountValues, now, key, account), {
      unique: `an account named "${account.name}" already exists; rename it before undoing`,
    });
    for (const p of positions) {
      if (getPositionRecord(ctx.db, toKey(p.id)))
        throw new CascadeUserError(`position ${p.id} already exists; nothing to restore`);
      insertPosition(ctx.db, { ...valuesOf(p), accountId: key }, now, toKey(p.id));
    }
    assertAccountValid(ctx.db, key);
    return loadRow(ctx, key);
  })();
}
