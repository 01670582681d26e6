import { appInfo } from './channels/app';
import { alertChannels } from './channels/alerts';
import { feedChannels } from './channels/feed';
import { accounts } from './channels/accounts';
import { book, risk } from './channels/book';
import { positions } from './channels/positions';
import { prices } from './channels/prices';
import { scenarios } from './channels/scenarios';
import { settings } from './channels/settings';
import { exportChannels, importChannels } from './channels/transfer';
import { backup } from './channels/backup';
import { tierOverrides } from './channels/tierOverrides';
import type { ApiOf, ChannelTree } from './contract';

/**
 * The whole IPC contract. Its shape is the shape of `window.cascade`; add a channel by adding
 * one entry here (declared in `channels/<feature>.ts`): main registers it, preload exposes it
 * and the renderer's types follow.
 */
export const channels = {
  appInfo,
  accounts,
  positions,
  book,
  risk,
  prices,
  settings,
  scenarios,
  import: importChannels,
  export: exportChannels,
  backup,
  tierOverrides,
  alerts: alertChannels,
  feed: feedChannels,
} as const satisfies ChannelTree;

/** The type of `window.cascade`. */
export type CascadeApi = ApiOf<typeof channels>;
