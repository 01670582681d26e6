/**
 * The cascade ladder: for the whole book (every account), the ordered list of what dies as BTC
 * falls — and, for shorts, as it rises — with the exact BTC move of each death.
 *
 * - Isolated positions die at their own liquidation price (from `assessAccount`): the move is
 *   solved in closed form, (LP / mark − 1) / beta.
 * - A cross account dies as a whole when wallet + Σ uPnL falls to Σ maintenance with every
 *   position moving together (model.ts `findCrossing`: breakpoints + bisection to 1e-13). Each
 *   of its positions gets a row showing its standalone LP (what the exchange displays today,
 *   others held at their marks) next to the price it actually dies at: the gap is how much the
 *   other positions' losses dragged its LP.
 * - Stops (BookPosition.stopLoss), when `stopSlippage` is given, trigger at their price and fill
 *   `slippage` beyond it. A stop that fires before the LP and fills short of it closes the
 *   position (its PnL is realised; in a cross account the rest continue with that wallet). A stop
 *   whose expected fill lies beyond the LP (today's LP from `assessAccount`; this includes a
 *   trigger beyond the LP) is flagged `stop-gapped` and counted as liquidated: in a gap the
 *   liquidation engine gets there first.
 * - Partial liquidation: Hyperliquid isolated positions worth more than $100k at their LP follow
 *   the documented 20 % step ({@link HYPERLIQUID_PARTIAL_FRACTION}): a rung with `partial` set,
 *   then the rest at its new LP. Everything else is treated as FULL: Hyperliquid cross accounts,
 *   Binance's "reduce with one IOC order first", Bybit's and OKX's tier-by-tier reductions.
 * - After a liquidation the margin is gone (isolated: the position's margin; cross: the whole
 *   account's equity), as in sweep.ts.
 */
import { toAccountSpec, type Book, type BookAccount, type BookPosition } from '../book/types';
import { EngineInputError } from '../engine/errors';
import type { AccountRisk, AccountSpec } from '../engine/types';
import { assessAccount } from '../engine/assess';
import { baseBeta, stressedBetas } from './betas';
import { createStressModel, findCrossing, MOVE_CEILING, MOVE_FLOOR, pnlAtPrice, type StressModel } from './model';
import { btcReferencePrice } from './reference';
import { moveToPrice, shockedPrice } from './shock';
import { isBtc, lookupBySymbol } from '../symbols/index';

/** What happened at a rung of the ladder. */
export type LadderEventKind = 'liquidation' | 'stop' | 'stop-gapped';

/** One position's fate on the ladder. */
export interface LadderEvent {
  direction: 'down' | 'up';
  kind: LadderEventKind;
  accountId: string;
  accountName: string;
  venue: AccountSpec['venue'];
  marginMode: AccountSpec['marginMode'];
  positionId: string;
  symbol: string;
  side: 'long' | 'short';
  /** BTC move at which it happens (exact, not sampled). */
  btcMove: number;
  /** BTC price at that move; null when the book has no BTC reference price. */
  btcPrice: number | null;
  /** The position's price at that move. */
  price: number;
  /** Liquidation price `assessAccount` reports today (cross: other positions held at their marks). */
  liquidationPrice: number | null;
  /** For a stop: its trigger and expected fill. */
  stop?: { trigger: number; fill: number };
  /**
   * Set on a PARTIAL liquidation (kind 'liquidation'; Hyperliquid positions above $100k): the share
   * of the position closed here and the share left open, which dies at a later rung.
   */
  partial?: { closedFraction: number; remainingShare: number };
  /** The position's unrealised PnL at that move (cross: how much it drags the account). */
  pnlAtEvent: number;
  /** Account equity just after this rung (0 after a cross liquidation), in `currency`. */
  equityAfter: number;
  /** Quote currency for linear accounts, the coin for inverse accounts. */
  currency: 'quote' | 'coin';
  note?: string;
}

/** Options of {@link cascadeLadder}. */
export interface LadderOptions {
  /** User betas by symbol or base asset (override everything else). */
  betas?: Record<string, number>;
  /** Betas estimated from price history (`estimateBetas(...).betas`). */
  estimatedBetas?: Record<string, number>;
  /** 0…1: pushes alt betas toward crash values on the way down (betas.ts). Default 0. */
  stressCorrelation?: number;
  /** BTC price the moves refer to; default: the book's BTC reference price (reference.ts). */
  btcPrice?: number;
  /**
   * Betas used exactly as given on falls and rises, not stressed (a crash preset's recorded
   * per-asset moves, presets.ts `presetReplayBetas`); by symbol or base asset.
   */
  fixedBetas?: Record<string, number>;
  /** Fill slippage of stops (0.02 = 2 % beyond the trigger); omit to ignore stops. */
  stopSlippage?: number;
}

/** The ladder for a book. */
export interface CascadeLadder {
  /** BTC price the moves refer to, or null when unknown. */
  btcPrice: number | null;
  /** Rungs as BTC falls, nearest first. */
  down: LadderEvent[];
  /** Rungs as BTC rises (shorts), nearest first. */
  up: LadderEvent[];
  /** Each account's equity today. */
  accounts: { id: string; name: string; equity: number; currency: 'quote' | 'coin' }[];
  /** Accounts the engine refused (e.g. no maintenance tiers for a symbol), with the reason; the rest are laddered. */
  skipped: { accountId: string; name: string; message: string }[];
  /** Plain-words caveats for the UI / CLI. */
  notes: string[];
}

/** The BTC price of the book from its positions (reference.ts {@link btcReferencePrice} without a stored price). */
export function bookBtcPrice(book: Book): number | null {
  return btcReferencePrice(book);
}

/** Betas of a book's symbols for one direction: stressed on the way down, everyday on the way up. */
export function ladderBetas(book: Book, direction: 'down' | 'up', o: LadderOptions): Record<string, number> {
  const symbols = new Set<string>();
  for (const a of book.accounts) for (const p of a.positions) symbols.add(p.symbol);
  const out: Record<string, number> =
    direction === 'down'
      ? stressedBetas(symbols, {
          betas: o.betas,
          estimated: o.estimatedBetas,
          stressCorrelation: o.stressCorrelation ?? 0,
        })
      : {};
  for (const s of symbols) {
    const fixed = lookupBySymbol(o.fixedBetas, s);
    if (fixed !== undefined && !isBtc(s)) out[s] = fixed;
    else if (direction === 'up') out[s] = isBtc(s) ? 1 : baseBeta(s, { betas: o.betas, estimated: o.estimatedBetas });
  }
  return out;
}

/** Move at which a position's price reaches `level` going in `dir` (−1 down, +1 up), or null. */
function moveToLevel(model: StressModel, i: number, level: number, dir: -1 | 1): number | null {
  const m = moveToPrice(model.mark[i], model.beta[i], level);
  return m !== null && m * dir > 0 ? m : null;
}

interface Stop {
  at: number;
  trigger: number;
  fill: number;
  gapped: boolean;
}

/** The stop of position i on this side, if it triggers in direction `dir` before the range ends. */
function stopOf(
  model: StressModel,
  p: BookPosition,
  i: number,
  dir: -1 | 1,
  slip: number | undefined,
  lp: number | null,
): Stop | null {
  if (slip === undefined || p.stopLoss === null || p.stopLoss === undefined) return null;
  const side = p.side === 'long' ? 1 : -1;
  // A long's stop sells below the mark; a short's buys above it.
  if (side === 1 ? p.stopLoss >= p.markPrice : p.stopLoss <= p.markPrice) return null;
  const at = moveToLevel(model, i, p.stopLoss, dir);
  if (at === null) return null;
  const fill = side === 1 ? p.stopLoss * (1 - slip) : p.stopLoss * (1 + slip);
  const gapped = lp !== null && (side === 1 ? fill <= lp : fill >= lp);
  return { at, trigger: p.stopLoss, fill, gapped };
}

/**
 * Hyperliquid's documented partial liquidation: "For liquidatable positions larger than 100k
 * USDC …, only 20% of the position will be sent as a market liquidation order to the book. After
 * a block where any position of a user is partially liquidated, there is a cooldown period of 30
 * seconds. During this cooldown period, all market liquidation orders for that user will be for
 * the entire position" (Hyperliquid announcement,
 * https://tginsight.xyz/channel/hyperliquid_announcements/post/307; the same text in the HIP-3
 * docs, https://docs.tings.xyz/core-mechanics/liquidations).
 */
export const HYPERLIQUID_PARTIAL_FRACTION = 0.2;
/** Position value (USDC) above which Hyperliquid liquidates in a 20 % step first. */
export const HYPERLIQUID_PARTIAL_MIN_NOTIONAL = 100_000;

/**
 * For a Hyperliquid isolated position worth more than $100k at its LP: the margin left after 20 %
 * is closed at the LP (its share of the loss realised), and the move at which the remaining 80 %
 * dies with that margin. The ladder has no clock, so it assumes the crash reaches the second LP
 * within the 30-second cooldown, when the order is for the entire rest (the cautious reading).
 */
function hyperliquidPartial(
  spec: AccountSpec,
  model: StressModel,
  i: number,
  at: number,
  dir: -1 | 1,
  limit: number,
): { marginAfter: number; finalAt: number | null } | null {
  if (spec.venue !== 'hyperliquid' || model.inverse || at === 0) return null;
  const p = spec.positions[i];
  const price = shockedPrice(model.mark[i], model.beta[i], at);
  if (Math.abs(model.signedSize[i]) * price <= HYPERLIQUID_PARTIAL_MIN_NOTIONAL) return null;
  const keep = 1 - HYPERLIQUID_PARTIAL_FRACTION;
  const marginAfter =
    model.margin[i] + HYPERLIQUID_PARTIAL_FRACTION * pnlAtPrice(false, model.signedSize[i], model.entry[i], price);
  const rest = assessAccount({
    venue: 'hyperliquid',
    marginMode: 'isolated',
    walletBalance: 0,
    positions: [
      {
        ...p,
        quantity: p.quantity * keep,
        isolatedMargin: Math.max(0, marginAfter),
        leverage: undefined,
        markPrice: price,
      },
    ],
  });
  const lp2 = rest.positions[0].liquidationPrice;
  if (lp2 === null) return { marginAfter, finalAt: null };
  let finalAt = moveToPrice(model.mark[i], model.beta[i], lp2);
  if (finalAt === null) return { marginAfter, finalAt: null };
  if (finalAt * dir < at * dir) finalAt = at; // the rest is already at its LP: it goes at once
  return { marginAfter, finalAt: finalAt * dir <= limit * dir ? finalAt : null };
}

/**
 * Where position `i` of an isolated account first liquidates going `dir` (−1 falls, +1 rises;
 * stops ignored), within BTC −100 % … +1000 %, and where nothing of it is left: later than the
 * first rung when the first is a partial liquidation (Hyperliquid above $100k), null when the
 * rest never dies in range. Null when the position does not die in range. The ladder's rungs for
 * the position are these moves.
 */
export function isolatedDeath(
  spec: AccountSpec,
  model: StressModel,
  i: number,
  dir: -1 | 1,
): { at: number; wipedAt: number | null } | null {
  const limit = dir < 0 ? MOVE_FLOOR : MOVE_CEILING;
  const death = dir < 0 ? model.lo[i] : model.hi[i];
  if (!(Number.isFinite(death) && death * dir <= limit * dir)) return null;
  const partial = hyperliquidPartial(spec, model, i, death, dir, limit);
  return { at: death, wipedAt: partial ? partial.finalAt : death };
}

function ladderForAccount(
  account: BookAccount,
  dir: -1 | 1,
  betas: Record<string, number>,
  o: LadderOptions,
  btcPrice: number | null,
  risk: AccountRisk,
): LadderEvent[] {
  if (account.positions.length === 0) return [];
  const spec = toAccountSpec(account);
  const model = createStressModel(spec, betas, risk);
  const currency = model.inverse ? 'coin' : 'quote';
  const limit = dir < 0 ? MOVE_FLOOR : MOVE_CEILING;
  const lps = model.risk.positions.map((r) => r.liquidationPrice);
  const base = (i: number, kind: LadderEventKind, at: number, pnl: number, equityAfter: number): LadderEvent => {
    const p = account.positions[i];
    return {
      direction: dir < 0 ? 'down' : 'up',
      kind,
      accountId: account.id,
      accountName: account.name,
      venue: account.venue,
      marginMode: account.marginMode,
      positionId: p.id,
      symbol: p.symbol,
      side: p.side,
      btcMove: at,
      btcPrice: btcPrice === null ? null : shockedPrice(btcPrice, 1, at),
      price: shockedPrice(model.mark[i], model.beta[i], at),
      liquidationPrice: lps[i],
      pnlAtEvent: pnl,
      equityAfter,
      currency,
    };
  };
  const pnl = (i: number, at: number) =>
    pnlAtPrice(model.inverse, model.signedSize[i], model.entry[i], shockedPrice(model.mark[i], model.beta[i], at));

  if (!model.cross) {
    // Independent positions: each ends at its stop or its liquidation, whichever comes first.
    type Fate = { i: number; at: number; kind: LadderEventKind; stop?: Stop; keep?: number; marginAfter?: number };
    const isPartial = (f: Fate) => f.keep !== undefined;
    const fates: Fate[] = [];
    for (let i = 0; i < model.n; i++) {
      const death = dir < 0 ? model.lo[i] : model.hi[i];
      const deathAt = Number.isFinite(death) && death * dir <= limit * dir ? death : null;
      const stop = stopOf(model, account.positions[i], i, dir, o.stopSlippage, lps[i]);
      if (stop && !stop.gapped && (deathAt === null || stop.at * dir < deathAt * dir) && stop.at * dir <= limit * dir) {
        fates.push({ i, at: stop.at, kind: 'stop', stop });
      } else if (deathAt !== null) {
        // A stop whose expected fill lies beyond the LP (or whose trigger does) does not protect.
        const partial = stop?.gapped ? null : hyperliquidPartial(spec, model, i, deathAt, dir, limit);
        if (partial)
          fates.push(
            {
              i,
              at: deathAt,
              kind: 'liquidation',
              keep: 1 - HYPERLIQUID_PARTIAL_FRACTION,
              marginAfter: partial.marginAfter,
            },
            ...(partial.finalAt === null ? [] : [{ i, at: partial.finalAt, kind: 'liquidation' as const }]),
          );
        else
          fates.push(
            stop?.gapped ? { i, at: deathAt, kind: 'stop-gapped', stop } : { i, at: deathAt, kind: 'liquidation' },
          );
      }
    }
    fates.sort((a, b) => (a.at - b.at) * dir || a.i - b.i);
    // State of each position as the rungs pass: share of its size still open, its margin, or gone.
    const share = new Float64Array(model.n).fill(1);
    const margin = Float64Array.from(model.margin);
    const gone = new Map<number, number>(); // i → equity it left in the account (stop: margin + realised PnL)
    return fates.map((f) => {
      let realised = 0;
      if (f.kind === 'stop') {
        realised =
          share[f.i] * pnlAtPrice(model.inverse, model.signedSize[f.i], model.entry[f.i], (f.stop as Stop).fill);
        gone.set(f.i, margin[f.i] + realised);
      } else if (isPartial(f)) {
        realised = (1 - (f.keep as number)) * pnl(f.i, f.at);
        share[f.i] = f.keep as number;
        margin[f.i] = f.marginAfter as number;
      } else gone.set(f.i, 0);
      let equity = spec.walletBalance;
      for (let i = 0; i < model.n; i++)
        equity += gone.has(i) ? (gone.get(i) as number) : margin[i] + share[i] * pnl(i, f.at);
      const e = base(
        f.i,
        f.kind,
        f.at,
        f.kind === 'stop' || isPartial(f) ? realised : share[f.i] * pnl(f.i, f.at),
        equity,
      );
      if (f.stop) e.stop = { trigger: f.stop.trigger, fill: f.stop.fill };
      if (f.kind === 'stop-gapped')
        e.note = `stop at ${f.stop?.trigger} would fill near ${Number(f.stop?.fill.toPrecision(6))}, beyond the liquidation price ${lps[f.i]}: the liquidation comes first`;
      if (isPartial(f)) e.partial = { closedFraction: HYPERLIQUID_PARTIAL_FRACTION, remainingShare: f.keep as number };
      if (isPartial(f))
        e.note = `Hyperliquid partial liquidation: ${HYPERLIQUID_PARTIAL_FRACTION * 100} % of a position above $${HYPERLIQUID_PARTIAL_MIN_NOTIONAL.toLocaleString('en-US')} closed at the LP; the rest survives until its new LP`;
      return e;
    });
  }

  // Cross: walk the path, closing stopped positions, until the account's balance meets maintenance.
  const open = new Uint8Array(model.n).fill(1);
  let wallet = spec.walletBalance;
  let from = 0;
  const out: LadderEvent[] = [];
  const stops = account.positions.map((p, i) => stopOf(model, p, i, dir, o.stopSlippage, lps[i]));
  for (;;) {
    // The first leg, before any stop, is the model's own crossing (the joint move, joint.ts).
    const first = dir < 0 ? model.lo[0] : model.hi[0];
    const crossing =
      out.length === 0 ? (Number.isFinite(first) ? first : null) : findCrossing(model, open, wallet, from, limit);
    let next = -1;
    for (let i = 0; i < model.n; i++) {
      const s = stops[i];
      if (!open[i] || !s || s.gapped || s.at * dir < from * dir) continue;
      if (next < 0 || s.at * dir < (stops[next] as Stop).at * dir) next = i;
    }
    const stopAt = next >= 0 ? (stops[next] as Stop).at : null;
    if (stopAt !== null && (crossing === null || stopAt * dir < crossing * dir)) {
      const s = stops[next] as Stop;
      const realised = pnlAtPrice(model.inverse, model.signedSize[next], model.entry[next], s.fill);
      wallet += realised;
      open[next] = 0;
      let equity = wallet;
      for (let i = 0; i < model.n; i++) if (open[i]) equity += pnl(i, stopAt);
      const e = base(next, 'stop', stopAt, realised, equity);
      e.stop = { trigger: s.trigger, fill: s.fill };
      out.push(e);
      from = stopAt;
      continue;
    }
    if (crossing === null) break;
    for (let i = 0; i < model.n; i++) {
      if (!open[i]) continue;
      const e = base(i, stops[i]?.gapped ? 'stop-gapped' : 'liquidation', crossing, pnl(i, crossing), 0);
      const effective = e.price;
      e.note = `cross account liquidated as a whole: dies at ${effective.toPrecision(6)} (standalone LP ${lps[i] === null ? 'none' : lps[i]!.toPrecision(6)})`;
      out.push(e);
    }
    break;
  }
  return out;
}

/**
 * The cascade ladder of a whole book: every account, both directions, exact BTC moves. An
 * account the engine refuses (`EngineInputError`, e.g. a symbol without maintenance tiers) is
 * listed in `skipped` with the engine's message instead of failing the whole book.
 */
export function cascadeLadder(book: Book, options: LadderOptions = {}): CascadeLadder {
  const btcPrice = options.btcPrice ?? bookBtcPrice(book);
  const down: LadderEvent[] = [];
  const up: LadderEvent[] = [];
  const accounts: CascadeLadder['accounts'] = [];
  const downBetas = ladderBetas(book, 'down', options);
  const upBetas = ladderBetas(book, 'up', options);
  const skipped: CascadeLadder['skipped'] = [];
  for (const account of book.accounts) {
    const spec = toAccountSpec(account);
    const inverse = account.positions.length > 0 && account.positions[0].contract === 'inverse';
    try {
      const risk = assessAccount(spec);
      const d = ladderForAccount(account, -1, downBetas, options, btcPrice, risk);
      const u = ladderForAccount(account, 1, upBetas, options, btcPrice, risk);
      accounts.push({
        id: account.id,
        name: account.name,
        equity: account.positions.length > 0 ? risk.equity : account.walletBalance,
        currency: inverse ? 'coin' : 'quote',
      });
      down.push(...d);
      up.push(...u);
    } catch (error) {
      if (!(error instanceof EngineInputError)) throw error;
      skipped.push({ accountId: account.id, name: account.name, message: error.message });
    }
  }
  down.sort((a, b) => b.btcMove - a.btcMove);
  up.sort((a, b) => a.btcMove - b.btcMove);
  const notes = [
    'Liquidations are treated as full except Hyperliquid isolated positions above $100k (documented 20 % first step); tier-by-tier reductions elsewhere are not modelled.',
    'A liquidated isolated position loses its margin; a liquidated cross account loses its remaining equity.',
    `Falls search down to BTC ${MOVE_FLOOR * 100} %, rises up to +${MOVE_CEILING * 100} %.`,
  ];
  if (btcPrice === null) notes.push('No BTC position in the book and no btcPrice given: BTC levels are not shown.');
  if (skipped.length) notes.push(`${skipped.length} account(s) left out: the engine refused them (see skipped).`);
  return { btcPrice, down, up, accounts, skipped, notes };
}

/** The rungs reached by a BTC move (falls for a negative move, rises for a positive one). */
export function rungsUpTo(ladder: CascadeLadder, move: number): LadderEvent[] {
  if (move < 0) return ladder.down.filter((e) => e.btcMove >= move);
  if (move > 0) return ladder.up.filter((e) => e.btcMove <= move);
  return [];
}
