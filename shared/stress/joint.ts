/**
 * The joint liquidation move: how far BTC can move before an account is first liquidated, with
 * every position moving together under the stress model (betas blended by the stress
 * correlation, shocks in log space). It is the number a trader reads first — "dies at BTC −8.4 %"
 * — and it is the cascade ladder's first liquidation rung for that account, computed by the
 * same model and the same path rule (ladder.ts):
 *
 * - cross account: the first move at which wallet + Σ uPnL meets Σ maintenance, every position
 *   moving together (model.ts `findCrossing`);
 * - isolated account: each position at its own liquidation price, the account's move being its
 *   nearest position's.
 *
 * Both directions are searched with the ladder's betas (stressed on falls, everyday on rises): a
 * short-heavy account dies on a rise. The headline is the nearer of the two in log distance,
 * |ln(1 + move)|, so −50 % and +100 % count as equally far. A direction where nothing liquidates
 * between BTC −100 % and +1000 % gives null. Stops are ignored; funding over a horizon is applied
 * first only when rates and a horizon are given.
 *
 * When the first rung is a partial liquidation (Hyperliquid isolated positions above $100k),
 * `wipedAt` is the move at which nothing of the position is left.
 */
import { toAccountSpec, type Book, type BookAccount } from '../book/types';
import { EngineInputError } from '../engine/errors';
import { assessAccount } from '../engine/assess';
import { fundingDrift } from './funding';
import { isolatedDeath, ladderBetas, type LadderOptions } from './ladder';
import { createStressModel } from './model';
import { btcReferencePrice } from './reference';
import { logDistance, shockedPrice } from './shock';

/** A BTC move at which something is liquidated. */
export interface LiquidationMove {
  /** BTC return, −0.084 for −8.4 %. */
  btcMove: number;
  /** BTC price at that move; null when the book knows no BTC price. */
  btcPrice: number | null;
  direction: 'down' | 'up';
  /** The stress correlation the betas were blended with (0…1). */
  stressCorrelation: number;
  /**
   * Where nothing of it is left: the same move unless the first rung is a partial liquidation;
   * null when what a partial liquidation leaves survives the whole range.
   */
  wipedAt: { btcMove: number; btcPrice: number | null } | null;
}

/** The first liquidation on each side of today. */
export interface LiquidationMoves {
  down: LiquidationMove | null;
  up: LiquidationMove | null;
}

/** One position's joint move: its account's in cross mode, its own in isolated mode. */
export interface PositionLiquidationMove {
  positionId: string;
  /** The nearer of `liquidationMoves.down` / `.up` in log distance. */
  liquidationMove: LiquidationMove | null;
  liquidationMoves: LiquidationMoves;
}

/** Result of {@link liquidationMove}. */
export interface AccountLiquidationMove {
  accountId: string;
  /** The headline: the nearer of the two directions in log distance (isolated: the nearest position's). */
  liquidationMove: LiquidationMove | null;
  liquidationMoves: LiquidationMoves;
  positions: PositionLiquidationMove[];
}

/** Options of {@link liquidationMove}: the ladder's betas plus the stress correlation it uses. */
export interface LiquidationMoveOptions extends Pick<LadderOptions, 'betas' | 'estimatedBetas' | 'fixedBetas'> {
  /** 0…1: how far alt betas go toward their crash values on falls (betas.ts). */
  stressCorrelation: number;
  /** BTC price the moves refer to; default the account's own BTC reference price (reference.ts). */
  btcPrice?: number | null;
  /** Funding rate per 8 h by symbol or base asset, applied over `horizonHours` first (funding.ts). */
  fundingRates?: Record<string, number>;
  horizonHours?: number;
}

/** The nearer of two moves in log distance (a tie goes to the fall). */
export function nearerMove(moves: LiquidationMoves): LiquidationMove | null {
  const { down, up } = moves;
  if (down === null || up === null) return down ?? up;
  return logDistance(up.btcMove) < logDistance(down.btcMove) ? up : down;
}

/** The account after `horizonHours` of funding, when rates and a horizon are given. */
function afterFunding(account: BookAccount, o: LiquidationMoveOptions): BookAccount {
  if (!o.fundingRates || !o.horizonHours || account.positions.length === 0) return account;
  const after = fundingDrift(toAccountSpec(account), {
    fundingRates: o.fundingRates,
    horizonHours: o.horizonHours,
  }).accountAfter;
  return {
    ...account,
    walletBalance: after.walletBalance,
    positions: account.positions.map((p, i) =>
      after.positions[i].isolatedMargin === undefined ? p : { ...p, isolatedMargin: after.positions[i].isolatedMargin },
    ),
  };
}

/**
 * The joint liquidation move of one account (see the module comment). Throws `EngineInputError`
 * when the engine refuses the account, `RangeError` for a stress correlation outside 0…1.
 */
export function liquidationMove(accountIn: BookAccount, options: LiquidationMoveOptions): AccountLiquidationMove {
  const c = options.stressCorrelation;
  if (!(c >= 0 && c <= 1))
    throw new RangeError(`stressCorrelation: expected a number between 0 and 1, got ${String(c)}`);
  const account = afterFunding(accountIn, options);
  const none: AccountLiquidationMove = {
    accountId: account.id,
    liquidationMove: null,
    liquidationMoves: { down: null, up: null },
    positions: [],
  };
  if (account.positions.length === 0) return none;
  const book: Book = { accounts: [account] };
  const btcPrice = options.btcPrice !== undefined ? options.btcPrice : btcReferencePrice(book);
  const spec = toAccountSpec(account);
  const risk = assessAccount(spec);
  const at = (dir: -1 | 1, btcMove: number, wiped: number | null): LiquidationMove => ({
    btcMove,
    btcPrice: btcPrice === null ? null : shockedPrice(btcPrice, 1, btcMove),
    direction: dir < 0 ? 'down' : 'up',
    stressCorrelation: c,
    wipedAt:
      wiped === null ? null : { btcMove: wiped, btcPrice: btcPrice === null ? null : shockedPrice(btcPrice, 1, wiped) },
  });
  const perPosition: LiquidationMoves[] = account.positions.map(() => ({ down: null, up: null }));
  const accountMoves: LiquidationMoves = { down: null, up: null };
  const betaOptions: LadderOptions = {
    betas: options.betas,
    estimatedBetas: options.estimatedBetas,
    fixedBetas: options.fixedBetas,
    stressCorrelation: c,
  };
  for (const dir of [-1, 1] as const) {
    const key = dir < 0 ? 'down' : 'up';
    const model = createStressModel(spec, ladderBetas(book, key, betaOptions), risk);
    if (model.cross) {
      const death = dir < 0 ? model.lo[0] : model.hi[0];
      if (!Number.isFinite(death)) continue;
      const move = at(dir, death, death);
      accountMoves[key] = move;
      for (const m of perPosition) m[key] = move;
      continue;
    }
    for (let i = 0; i < model.n; i++) {
      const d = isolatedDeath(spec, model, i, dir);
      if (d === null) continue;
      const move = at(dir, d.at, d.wipedAt);
      perPosition[i][key] = move;
      const best = accountMoves[key];
      if (best === null || d.at * dir < best.btcMove * dir) accountMoves[key] = move;
    }
  }
  return {
    accountId: account.id,
    liquidationMove: nearerMove(accountMoves),
    liquidationMoves: accountMoves,
    positions: account.positions.map((p, i) => ({
      positionId: p.id,
      liquidationMove: nearerMove(perPosition[i]),
      liquidationMoves: perPosition[i],
    })),
  };
}

/** Result of {@link bookLiquidationMoves}. */
export interface BookLiquidationMoves {
  /** The BTC reference price the moves refer to, or null. */
  btcPrice: number | null;
  stressCorrelation: number;
  accounts: AccountLiquidationMove[];
  /** Accounts the engine refused, with its reason (the others are answered). */
  skipped: { accountId: string; name: string; message: string }[];
}

/**
 * The joint move of every account of a book, all referred to the book's BTC reference price
 * (`storedBtcPrice`: a BTC price the user recorded, which wins over the positions' marks).
 */
export function bookLiquidationMoves(
  book: Book,
  options: LiquidationMoveOptions & { storedBtcPrice?: number | null },
): BookLiquidationMoves {
  const btcPrice = options.btcPrice !== undefined ? options.btcPrice : btcReferencePrice(book, options.storedBtcPrice);
  const out: BookLiquidationMoves = {
    btcPrice,
    stressCorrelation: options.stressCorrelation,
    accounts: [],
    skipped: [],
  };
  for (const account of book.accounts) {
    try {
      out.accounts.push(liquidationMove(account, { ...options, btcPrice }));
    } catch (error) {
      if (!(error instanceof EngineInputError)) throw error;
      out.skipped.push({ accountId: account.id, name: account.name, message: error.message });
    }
  }
  return out;
}
