import type { z } from 'zod';
import type { scenarios as scenarioChannels } from '@shared/ipc/channels/scenarios';
import { CascadeUserError } from '@shared/errors';
import { withConstraintMessages } from '../../db/repo/constraints';
import {
  deleteScenario,
  getScenario,
  insertScenario,
  listScenarios as listRows,
  updateScenario,
  type ScenarioRow,
} from '../../db/repo/scenarios';
import { toKey } from '../../db/statements';
import type { HandlerContext } from '../context';

type Req<K extends keyof typeof scenarioChannels> = z.output<(typeof scenarioChannels)[K]['request']>;

function load(ctx: HandlerContext, id: number): ScenarioRow {
  const row = getScenario(ctx.db, id);
  if (!row) throw new CascadeUserError(`scenario ${id} does not exist`, { code: 'not-found' });
  return row;
}

/** `scenarios:list` */
export function listScenarios(ctx: HandlerContext): ScenarioRow[] {
  return listRows(ctx.db);
}

/** `scenarios:upsert` */
export function upsertScenario(ctx: HandlerContext, req: Req<'upsert'>): ScenarioRow {
  const now = ctx.now().toISOString();
  const name = req.name ?? req.payload.name;
  const payload = { ...req.payload, name };
  return ctx.db.transaction(() => {
    const key = withConstraintMessages(
      () => {
        if (req.id === undefined) return insertScenario(ctx.db, name, payload, now);
        if (!updateScenario(ctx.db, toKey(req.id), name, payload, now)) {
          throw new CascadeUserError(`scenario ${req.id} does not exist`, { code: 'not-found' });
        }
        return toKey(req.id);
      },
      { unique: `a scenario named "${name}" already exists; choose another name` },
    );
    return load(ctx, key);
  })();
}

/** `scenarios:remove` */
export function removeScenario(ctx: HandlerContext, req: Req<'remove'>): ScenarioRow {
  return ctx.db.transaction(() => {
    const row = load(ctx, toKey(req.id));
    deleteScenario(ctx.db, toKey(req.id));
    return row;
  })();
}
