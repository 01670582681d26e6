import type { HandlersOf } from '../../../shared/ipc/contract';
import type { channels } from '../../../shared/ipc/channels';
import type { HandlerContext } from '../context';
import { appInfo } from './app';

/** Every channel's handler, keyed by wire name. `satisfies` keeps it in step with the contract. */
export const handlers = {
  'app:info': appInfo,
} satisfies HandlersOf<typeof channels, HandlerContext>;
