import type { HandlersOf } from '@shared/ipc/contract';
import type { channels } from '@shared/ipc/channels';
import type { HandlerContext } from '../context';
import { appInfo } from './app';
import {
  acknowledgeAlerts,
  clearAlertHistory,
  getAlertSettings,
  listAlertHistory,
  listAlertRules,
  removeAlertRule,
  setAlertSettings,
  upsertAlertRule,
} from './alerts';
import { feedStatus, getFeedSettings, setFeedSettings } from './feed';
import { listAccounts, removeAccount, restoreAccount, upsertAccount } from './accounts';
import { assessRisk, assessRiskBook, getBook } from './book';
import { listPositions, removePosition, restorePosition, upsertPosition } from './positions';
import { getPriceHistory, listPrices, setPrice } from './prices';
import { listScenarios, removeScenario, upsertScenario } from './scenarios';
import { allSettings, getSetting, setSetting } from './settings';
import { exportRun, importCommit, importPreview } from './transfer';
import { backupCreate, backupList, backupRestore } from './backup';
import { listOverrides, removeOverride, setOverride } from './tierOverrides';

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
  'import:preview': importPreview,
  'import:commit': importCommit,
  'export:run': exportRun,
  'backup:create': backupCreate,
  'backup:list': backupList,
  'backup:restore': backupRestore,
  'tierOverrides:list': listOverrides,
  'tierOverrides:set': setOverride,
  'tierOverrides:remove': removeOverride,
  'alerts:rules:list': listAlertRules,
  'alerts:rules:upsert': upsertAlertRule,
  'alerts:rules:remove': removeAlertRule,
  'alerts:history:list': listAlertHistory,
  'alerts:history:acknowledge': acknowledgeAlerts,
  'alerts:history:clear': clearAlertHistory,
  'alerts:settings:get': getAlertSettings,
  'alerts:settings:set': setAlertSettings,
  'feed:status': feedStatus,
  'feed:settings:get': getFeedSettings,
  'feed:settings:set': setFeedSettings,
} satisfies HandlersOf<typeof channels, HandlerContext>;
