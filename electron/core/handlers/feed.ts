import type { z } from 'zod';
import type { feedChannels, FeedStatus } from '@shared/ipc/channels/feed';
import type { FeedSettings } from '@shared/settings/feed';
import { readFeedSettings, writeFeedSettings } from '../../db/repo/feedSettings';
import type { HandlerContext } from '../context';
import { liveHooks } from '../live';

/** `feed:status`: the live sockets when main runs them, else "off" from the settings. */
export function feedStatus(ctx: HandlerContext): FeedStatus {
  return liveHooks()?.feedStatus() ?? { enabled: readFeedSettings(ctx.db).enabled, venues: [], stale: [] };
}

/** `feed:settings:get` */
export const getFeedSettings = (ctx: HandlerContext): FeedSettings => readFeedSettings(ctx.db);

/** `feed:settings:set`: stored, then the feed starts/stops/retunes. */
export function setFeedSettings(
  ctx: HandlerContext,
  req: z.output<(typeof feedChannels)['settings']['set']['request']>,
): FeedSettings {
  const settings = writeFeedSettings(ctx.db, req);
  liveHooks()?.feedSettingsChanged(settings);
  return settings;
}
