import { appInfo } from './channels/app';
import type { ApiOf, ChannelTree } from './contract';

/**
 * The whole IPC contract. Its shape is the shape of `window.cascade`; add a channel by adding
 * one entry here (declared in `channels/<feature>.ts`): main registers it, preload exposes it
 * and the renderer's types follow.
 */
export const channels = {
  appInfo,
} as const satisfies ChannelTree;

/** The type of `window.cascade`. */
export type CascadeApi = ApiOf<typeof channels>;
