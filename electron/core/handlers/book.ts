import type { z } from 'zod';
import { toAccountSpec, type Book, type BookAccount } from '@shared/book/types';
import { assessAccount } from '@shared/engine/assess';
import { EngineInputError } from '@shared/engine/errors';
import type { AccountAssessment, risk as riskChannels } from '@shared/ipc/channels/book';
import { CascadeUserError } from '@shared/errors';
import { loadBook } from '../../db/repo/book';
import { applyTierOverrides, loadTierOverrides, type TierOverrides } from '../../db/repo/tierOverrides';
import { toKey } from '../../db/statements';
import type { HandlerContext } from '../context';

/** `book:get` */
export function getBook(ctx: HandlerContext): Book {
  return loadBook(ctx.db);
}

/**
 * Runs the engine over one stored account. An account the engine refuses (no tiers for a
 * symbol, a rule broken) is reported in `error` rather than failing the whole call, so one bad
 * account does not blank the others.
 */
export function assessBookAccount(account: BookAccount, overrides: TierOverrides = new Map()): AccountAssessment {
  const base = {
    accountId: account.id,
    name: account.name,
    venue: account.venue,
    marginMode: account.marginMode,
    walletBalance: account.walletBalance,
  };
  try {
    const risk = assessAccount(applyTierOverrides(toAccountSpec(account), overrides));
    const byId = new Map(account.positions.map((p) => [p.id, p]));
    return {
      ...base,
      equity: risk.equity,
      maintenanceMargin: risk.maintenanceMargin,
      marginRatio: risk.marginRatio,
      positions: risk.positions.map((r) => {
        const p = byId.get(r.id)!;
        return { ...r, symbol: p.symbol, side: p.side, markPrice: p.markPrice };
      }),
      error: null,
    };
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    const m = /^positions\[(\d+)\]/.exec(error.path);
    const p = m ? account.positions[Number(m[1])] : undefined;
    const message = p ? `${p.symbol} ${p.side}: ${error.reason}` : error.message;
    return {
      ...base,
      equity: null,
      maintenanceMargin: null,
      marginRatio: null,
      positions: [],
      error: { path: error.path, message },
    };
  }
}

/** `risk:assess` */
export function assessRisk(
  ctx: HandlerContext,
  req: z.output<(typeof riskChannels)['assess']['request']>,
): AccountAssessment {
  const account = loadBook(ctx.db, toKey(req.accountId)).accounts[0];
  if (!account) throw new CascadeUserError(`account ${req.accountId} does not exist`, { code: 'not-found' });
  return assessBookAccount(account, loadTierOverrides(ctx.db));
}

/** `risk:assessBook` */
export function assessRiskBook(ctx: HandlerContext): AccountAssessment[] {
  const overrides = loadTierOverrides(ctx.db);
  return loadBook(ctx.db).accounts.map((a) => assessBookAccount(a, overrides));
}
