import type { z } from 'zod';
import type { TierOverrideRow, tierOverrides as channels } from '@shared/ipc/channels/tierOverrides';
import { CascadeUserError } from '@shared/errors';
import { deleteTierOverride, getTierOverride, listTierOverrides, setTierOverride } from '../../db/repo/tierOverrides';
import type { HandlerContext } from '../context';

type Req<K extends keyof typeof channels> = z.output<(typeof channels)[K]['request']>;

/** `tierOverrides:list` */
export function listOverrides(ctx: HandlerContext): TierOverrideRow[] {
  return listTierOverrides(ctx.db);
}

/** `tierOverrides:set` */
export function setOverride(ctx: HandlerContext, req: Req<'set'>): TierOverrideRow {
  return ctx.db.transaction(() => {
    setTierOverride(ctx.db, req.venue, req.symbol, req.tiers, req.source ?? null, ctx.now().toISOString());
    return getTierOverride(ctx.db, req.venue, req.symbol)!;
  })();
}

/** `tierOverrides:remove`: returns the removed override (undo = set it again). */
export function removeOverride(ctx: HandlerContext, req: Req<'remove'>): TierOverrideRow {
  return ctx.db.transaction(() => {
    const row = getTierOverride(ctx.db, req.venue, req.symbol);
    if (!row) throw new CascadeUserError(`no tier override for ${req.venue} ${req.symbol}`, { code: 'not-found' });
    deleteTierOverride(ctx.db, req.venue, req.symbol);
    return row;
  })();
}
