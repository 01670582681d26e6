import type { HandlersOf } from '../../../shared/ipc/contract';
import type { channels } from '../../../shared/ipc/channels';
import type { HandlerContext } from '../context';
import { appInfo } from './app';
import { listAccounts, removeAccount, restoreAccount, upsertAccount } from './accounts';
import { assessRisk, assessRiskBook, getBook } from './book';
import { listPositions, removePosition, restorePosition, upsertPosition } from './positions';
import { getPriceHistory, listPrices, setPrice } from './prices';
import { listScenarios, removeScenario, upsertScenario } from './scenarios';
import { allSettings, getSetting, setSetting } from './settings';

/** Every channel's handler, keyed by wire name. `satisfies` keeps it in step with the contract. */
export const handlers = {
  'app:info': appInfo,
  'accounts:list': listAccounts,
  'accounts:upsert': upsertAccount,
  'accounts:remove': removeAccount,
  'accounts:restore': restoreAccount,
  'positions:list': listPositions,
  'positions:upsert': upsertPosition,
  'positions:remove': removePosition,
  'positions:restore': restorePosition,
  'book:get': getBook,
  'risk:assess': assessRisk,
  'risk:assessBook': assessRiskBook,
  'prices:set': setPrice,
  'prices:list': listPrices,
  'prices:history': getPriceHistory,
  'settings:get': getSetting,
  'settings:set': setSetting,
  'settings:all': allSettings,
  'scenarios:list': listScenarios,
  'scenarios:upsert': upsertScenario,
  'scenarios:remove': removeScenario,
} satisfies HandlersOf<typeof channels, HandlerContext>;
