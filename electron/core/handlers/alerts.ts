import type { z } from 'zod';
import type { alertChannels } from '@shared/ipc/channels/alerts';
import type { AlertRule } from '@shared/alerts/schema';
import * as repo from '../../db/repo/alerts';
import type { HandlerContext } from '../context';
import { liveHooks } from '../live';

type Req<K extends { request: z.ZodType }> = z.output<K['request']>;
type C = typeof alertChannels;

/** `alerts:rules:list` */
export const listAlertRules = (ctx: HandlerContext): AlertRule[] => repo.listRules(ctx.db);

/** `alerts:rules:upsert`: stored, then evaluated at once (a rule already true fires now). */
export function upsertAlertRule(ctx: HandlerContext, req: Req<C['rules']['upsert']>): AlertRule {
  const stored = repo.upsertRule(ctx.db, req.rule as AlertRule, ctx.now().toISOString());
  liveHooks()?.bookChanged();
  return stored;
}

/** `alerts:rules:remove` */
export function removeAlertRule(ctx: HandlerContext, req: Req<C['rules']['remove']>): { removed: boolean } {
  const removed = repo.removeRule(ctx.db, req.id);
  liveHooks()?.bookChanged();
  return { removed };
}

/** `alerts:history:list` */
export const listAlertHistory = (ctx: HandlerContext, req: Req<C['history']['list']>) =>
  repo.listHistory(ctx.db, req.limit, req.unacknowledgedOnly);

/** `alerts:history:acknowledge` */
export const acknowledgeAlerts = (ctx: HandlerContext, req: Req<C['history']['acknowledge']>) => ({
  acknowledged: repo.acknowledge(ctx.db, req.ids, ctx.now().toISOString()),
});

/** `alerts:history:clear` */
export const clearAlertHistory = (ctx: HandlerContext, req: Req<C['history']['clear']>) => ({
  cleared: repo.clearHistory(ctx.db, req.acknowledgedOnly),
});

/** `alerts:settings:get` */
export const getAlertSettings = (ctx: HandlerContext) => repo.readAlertSettings(ctx.db);

/** `alerts:settings:set` */
export function setAlertSettings(ctx: HandlerContext, req: Req<C['settings']['set']>) {
  const settings = repo.writeAlertSettings(ctx.db, req);
  liveHooks()?.alertSettingsChanged(settings);
  return settings;
}
