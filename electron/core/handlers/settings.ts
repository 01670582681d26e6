import type { z } from 'zod';
import type { settings as settingChannels } from '@shared/ipc/channels/settings';
import type { SettingKey } from '@shared/settings/schema';
import { readAllSettings, readSetting, writeSetting } from '../../db/repo/settings';
import type { HandlerContext } from '../context';

type Req<K extends keyof typeof settingChannels> = z.output<(typeof settingChannels)[K]['request']>;

/** `settings:get` */
export function getSetting(ctx: HandlerContext, req: Req<'get'>) {
  return { key: req.key, value: readSetting(ctx.db, req.key as SettingKey) };
}

/** `settings:set` (the request schema already checked the value against the key's schema) */
export function setSetting(ctx: HandlerContext, req: Req<'set'>) {
  writeSetting(ctx.db, req.key as SettingKey, req.value);
  return { key: req.key, value: readSetting(ctx.db, req.key as SettingKey) };
}

/** `settings:all` */
export function allSettings(ctx: HandlerContext) {
  return readAllSettings(ctx.db);
}
