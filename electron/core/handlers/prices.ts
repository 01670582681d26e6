import type { z } from 'zod';
import type { prices as priceChannels } from '@shared/ipc/channels/prices';
import type { PriceRow } from '@shared/book/schema';
import { insertPrice, latestPrices, priceHistory } from '../../db/repo/prices';
import type { HandlerContext } from '../context';

type Req<K extends keyof typeof priceChannels> = z.output<(typeof priceChannels)[K]['request']>;

/** `prices:set` */
export function setPrice(ctx: HandlerContext, req: Req<'set'>): PriceRow {
  const at = req.at ? new Date(req.at).toISOString() : ctx.now().toISOString();
  return insertPrice(ctx.db, req.symbol, req.mark, req.source ?? 'manual', at);
}

/** `prices:list` */
export function listPrices(ctx: HandlerContext): PriceRow[] {
  return latestPrices(ctx.db);
}

/** `prices:history` */
export function getPriceHistory(ctx: HandlerContext, req: Req<'history'>): PriceRow[] {
  return priceHistory(ctx.db, req.symbol, req.limit ?? 500);
}
