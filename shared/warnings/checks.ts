/**
 * One function per rule. Position rules see one position and its engine assessment; account
 * rules see the whole account. Each calls `emit` with the numbers; `evaluateRules` adds the
 * rule id, severity and account id.
 */
import { assessAccount, normalizeSymbol, type AccountRisk, type PositionRisk } from '../engine/index';
import { toAccountSpec, type BookAccount, type BookPosition } from '../book/index';
import type { RuleContext } from './context';
import { num, pct } from './format';
import { notionalAt, pnl, sign, sizeOf } from '../sizing/math';
import type { Rule, RuleId, RuleOf } from './rules';
import { heldWith, tierIndexAt, tiersOf } from '../sizing/tiers';
import { DEFAULT_BETAS } from '../stress/betas';
import { lookupBySymbol } from '../symbols/index';
import type { Warning } from './warning';

/** What the checks know about one account. */
export interface AccountView {
  account: BookAccount;
  risk: AccountRisk;
  now: Date;
  context: RuleContext;
}

/** Records a warning for the rule. */
export type Emit = (rule: Rule, w: Pick<Warning, 'message' | 'value' | 'threshold'> & { positionId?: string }) => void;

type PositionCheck<Id extends RuleId> = (
  rule: RuleOf<Id>,
  v: AccountView,
  p: BookPosition,
  r: PositionRisk,
  emit: Emit,
) => void;
type AccountCheck<Id extends RuleId> = (rule: RuleOf<Id>, v: AccountView, emit: Emit) => void;

type PositionRuleId =
  | 'stop-missing'
  | 'stop-beyond-lp'
  | 'stop-in-liq-buffer'
  | 'lp-distance'
  | 'lp-sigma'
  | 'leverage-cap'
  | 'notional-share'
  | 'loss-to-stop'
  | 'tier-jump'
  | 'stale-tiers'
  | 'weekend';
type AccountRuleId = Exclude<RuleId, PositionRuleId>;

const DAY_MS = 86_400_000;
const HOURS_PER_YEAR = 24 * 365;

/** `Main · BTCUSDT long` — how messages name a position. */
function label(v: AccountView, p: BookPosition): string {
  return `${v.account.name} · ${p.symbol} ${p.side}`;
}

function hasStop(p: BookPosition): p is BookPosition & { stopLoss: number } {
  return typeof p.stopLoss === 'number';
}

function inverse(p: BookPosition): boolean {
  return p.contract === 'inverse';
}

/** Loss (positive) if the stop fills, measured from `from`, with the taker fee to close. */
function lossAtStop(v: AccountView, p: BookPosition & { stopLoss: number }, from: number): number {
  const inv = inverse(p);
  const size = sizeOf(p);
  return (
    -pnl(inv, sign(p.side), size, from, p.stopLoss) + (v.account.takerFeeRate ?? 0) * notionalAt(inv, size, p.stopLoss)
  );
}

/** Percent of the account's equity; null when equity is not positive (everything is too much). */
function ofEquity(v: AccountView, amount: number): number | null {
  const r = (amount / v.risk.equity) * 100;
  return v.risk.equity > 0 && Number.isFinite(r) ? r : null;
}

function currency(v: AccountView): string {
  return v.account.positions[0]?.contract === 'inverse' ? 'coin' : 'quote';
}

/** Whether the stop fills before the liquidation price (the stop is between the mark and the LP, or beyond no LP). */
function stopBeforeLp(p: BookPosition & { stopLoss: number }, lp: number): boolean {
  return p.side === 'long' ? p.stopLoss > lp : p.stopLoss < lp;
}

/** Whether a UTC weekend (Saturday 00:00 to Monday 00:00) overlaps [now, now + hours]. */
export function weekendWithin(now: Date, hours: number): boolean {
  const day = now.getUTCDay(); // 0 Sunday … 6 Saturday
  if (day === 0 || day === 6) return true;
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const saturday = midnight + (6 - day) * DAY_MS;
  return saturday - now.getTime() <= hours * 3_600_000;
}

/** A per-symbol value from a table keyed by symbol (any spelling) or base asset (`ETH` for `ETHUSDT`). */
function lookup(table: Readonly<Record<string, number>> | undefined, symbol: string): number | undefined {
  const direct = lookupBySymbol(table, symbol);
  if (direct !== undefined || !table) return direct;
  const want = normalizeSymbol(symbol);
  for (const [k, v] of Object.entries(table)) if (normalizeSymbol(k) === want) return v;
  return undefined;
}

/** Beta to BTC: the context's, else the shipped defaults (shared/stress DEFAULT_BETAS, BTC = 1). */
function betaOf(ctx: RuleContext, symbol: string): number | undefined {
  return lookup(ctx.betas, symbol) ?? lookup(DEFAULT_BETAS, symbol);
}

/** Annualised volatility: the symbol's own, else |β| × BTC's when the context gives BTC's. */
function volatilityOf(ctx: RuleContext, symbol: string): number | undefined {
  const own = lookup(ctx.annualVolatility, symbol);
  if (own !== undefined) return own;
  return ctx.btcVolatility === undefined ? undefined : Math.abs(betaOf(ctx, symbol) ?? 1) * ctx.btcVolatility;
}

export const positionChecks: { [Id in PositionRuleId]: PositionCheck<Id> } = {
  'stop-missing'(rule, v, p, _r, emit) {
    if (hasStop(p)) return;
    emit(rule, {
      positionId: p.id,
      value: null,
      threshold: null,
      message: `${label(v, p)} has no stop-loss: nothing limits the loss before liquidation.`,
    });
  },

  'stop-beyond-lp'(rule, v, p, r, emit) {
    if (!hasStop(p) || r.liquidationPrice === null || stopBeforeLp(p, r.liquidationPrice)) return;
    emit(rule, {
      positionId: p.id,
      value: p.stopLoss,
      threshold: r.liquidationPrice,
      message: `${label(v, p)}: the stop ${num(p.stopLoss)} is ${p.side === 'long' ? 'at or below' : 'at or above'} the liquidation price ${num(r.liquidationPrice)} — the exchange liquidates you before the stop can fill.`,
    });
  },

  'stop-in-liq-buffer'(rule, v, p, r, emit) {
    if (!hasStop(p) || r.liquidationPrice === null || !stopBeforeLp(p, r.liquidationPrice)) return;
    const gap = (Math.abs(p.stopLoss - r.liquidationPrice) / r.liquidationPrice) * 100;
    if (gap >= rule.bufferPct) return;
    emit(rule, {
      positionId: p.id,
      value: gap,
      threshold: rule.bufferPct,
      message: `${label(v, p)}: the stop ${num(p.stopLoss)} is only ${pct(gap)} from the liquidation price ${num(r.liquidationPrice)} (buffer ${pct(rule.bufferPct)}); slippage on a fast move can skip it.`,
    });
  },

  'lp-distance'(rule, v, p, r, emit) {
    if (r.distanceToLiquidation === null) return;
    const d = r.distanceToLiquidation * 100;
    if (d >= rule.minDistancePct) return;
    emit(rule, {
      positionId: p.id,
      value: d,
      threshold: rule.minDistancePct,
      message: `${label(v, p)}: liquidation at ${num(r.liquidationPrice as number)} is ${pct(d)} from the mark ${num(p.markPrice)} (minimum ${pct(rule.minDistancePct)}).`,
    });
  },

  'lp-sigma'(rule, v, p, r, emit) {
    const vol = volatilityOf(v.context, p.symbol);
    if (r.distanceToLiquidation === null || vol === undefined || !(vol > 0)) return;
    const sigma = vol * Math.sqrt(rule.horizonHours / HOURS_PER_YEAR);
    const sigmas = r.distanceToLiquidation / sigma;
    if (sigmas >= rule.k) return;
    emit(rule, {
      positionId: p.id,
      value: sigmas,
      threshold: rule.k,
      message: `${label(v, p)}: liquidation is ${pct(r.distanceToLiquidation * 100)} away, ${num(sigmas)} σ of a ${num(rule.horizonHours)} h move (σ ${pct(sigma * 100)} from ${pct(vol * 100)} a year); the rule wants ${num(rule.k)} σ.`,
    });
  },

  'leverage-cap'(rule, v, p, r, emit) {
    let lev = p.leverage;
    let how = 'set';
    if (lev === undefined) {
      const margin = v.account.marginMode === 'isolated' ? p.isolatedMargin : v.risk.equity;
      if (margin === undefined || !(margin > 0)) return;
      lev = r.notional / margin;
      if (!Number.isFinite(lev)) return; // equity of a few atoms: notional-share reports it
      how = v.account.marginMode === 'isolated' ? 'notional / isolated margin' : 'notional / account equity';
    }
    if (lev <= rule.maxLeverage) return;
    emit(rule, {
      positionId: p.id,
      value: lev,
      threshold: rule.maxLeverage,
      message: `${label(v, p)}: leverage ${num(lev)}× (${how}) is above the cap of ${num(rule.maxLeverage)}×.`,
    });
  },

  'notional-share'(rule, v, p, r, emit) {
    const share = ofEquity(v, r.notional);
    if (share !== null && share <= rule.maxPctOfEquity) return;
    emit(rule, {
      positionId: p.id,
      value: share,
      threshold: rule.maxPctOfEquity,
      message:
        share === null
          ? `${label(v, p)}: the account's equity is ${num(v.risk.equity)} (not positive); any notional is too large.`
          : `${label(v, p)}: notional ${num(r.notional)} ${currency(v)} is ${pct(share)} of equity ${num(v.risk.equity)} (cap ${pct(rule.maxPctOfEquity)}).`,
    });
  },

  'loss-to-stop'(rule, v, p, _r, emit) {
    if (!hasStop(p)) return;
    const loss = lossAtStop(v, p, p.entryPrice);
    if (loss <= 0) return; // the stop locks in a profit
    const share = ofEquity(v, loss);
    if (share !== null && share <= rule.maxPctOfEquity) return;
    emit(rule, {
      positionId: p.id,
      value: share,
      threshold: rule.maxPctOfEquity,
      message: `${label(v, p)}: hitting the stop ${num(p.stopLoss)} loses ${num(loss)} ${currency(v)} from the entry ${num(p.entryPrice)}${share === null ? ' with equity not positive' : `, ${pct(share)} of equity`} (risk budget ${pct(rule.maxPctOfEquity)}).`,
    });
  },

  'tier-jump'(rule, v, p, r, emit) {
    const resolved = tiersOf(v.account.venue, p, heldWith(v.account, v.account.positions, p));
    if (!resolved) return;
    const i = tierIndexAt(resolved.tiers, r.notional);
    const t = resolved.tiers[i];
    const next = resolved.tiers[i + 1];
    if (!next || !Number.isFinite(t.maxNotional)) return;
    const below = ((t.maxNotional - r.notional) / t.maxNotional) * 100;
    if (below >= rule.withinPct) return;
    emit(rule, {
      positionId: p.id,
      value: below,
      threshold: rule.withinPct,
      message: `${label(v, p)}: notional ${num(r.notional)} is ${pct(below)} below the ${num(t.maxNotional)} tier boundary; past it the maintenance rate goes from ${pct(t.mmr * 100)} to ${pct(next.mmr * 100)} and the liquidation price moves closer.`,
    });
  },

  'stale-tiers'(rule, v, p, _r, emit) {
    const table = tiersOf(v.account.venue, p)?.table;
    if (!table) return;
    const age = (v.now.getTime() - Date.parse(`${table.retrieved}T00:00:00Z`)) / DAY_MS;
    if (age <= rule.maxAgeDays) return;
    emit(rule, {
      positionId: p.id,
      value: age,
      threshold: rule.maxAgeDays,
      message: `${label(v, p)}: the ${table.venue} ${table.symbol} maintenance tiers date from ${table.retrieved} (${Math.floor(age)} days old, limit ${num(rule.maxAgeDays)}); exchanges change them — check the venue's current table and enter it on the position.`,
    });
  },

  weekend(rule, v, p, r, emit) {
    if (r.distanceToLiquidation === null || !weekendWithin(v.now, rule.horizonHours)) return;
    const d = r.distanceToLiquidation * 100;
    if (d >= rule.weekendMovePct) return;
    emit(rule, {
      positionId: p.id,
      value: d,
      threshold: rule.weekendMovePct,
      message: `${label(v, p)}: liquidation is ${pct(d)} away and a weekend falls within ${num(rule.horizonHours)} h; thin weekend books have moved ${pct(rule.weekendMovePct)} — a move like that liquidates this position.`,
    });
  },
};

export const accountChecks: { [Id in AccountRuleId]: AccountCheck<Id> } = {
  'portfolio-risk'(rule, v, emit) {
    const open = v.account.positions.filter((p) => !hasStop(p));
    if (open.length > 0) {
      emit(rule, {
        value: null,
        threshold: rule.maxPctOfEquity,
        message: `${v.account.name}: the loss if every stop is hit is UNBOUNDED — ${open.map((p) => `${p.symbol} ${p.side}`).join(', ')} ${open.length === 1 ? 'has' : 'have'} no stop-loss.`,
      });
      return;
    }
    let loss = 0;
    for (const p of v.account.positions) loss += lossAtStop(v, p as BookPosition & { stopLoss: number }, p.markPrice);
    const share = ofEquity(v, loss);
    if (share !== null && share <= rule.maxPctOfEquity) return;
    emit(rule, {
      value: share,
      threshold: rule.maxPctOfEquity,
      message: `${v.account.name}: if every stop is hit the account loses ${num(loss)} ${currency(v)} from here${share === null ? '' : `, ${pct(share)} of equity ${num(v.risk.equity)}`} (limit ${pct(rule.maxPctOfEquity)}).`,
    });
  },

  'concentration-symbol'(rule, v, emit) {
    const net = new Map<string, { symbol: string; value: number; ids: string[] }>();
    v.account.positions.forEach((p, i) => {
      const key = normalizeSymbol(p.symbol);
      const e = net.get(key) ?? { symbol: p.symbol, value: 0, ids: [] };
      e.value += sign(p.side) * v.risk.positions[i].notional;
      e.ids.push(p.id);
      net.set(key, e);
    });
    for (const e of net.values()) {
      const share = ofEquity(v, Math.abs(e.value));
      if (share !== null && share <= rule.maxPctOfEquity) continue;
      emit(rule, {
        positionId: e.ids.length === 1 ? e.ids[0] : undefined,
        value: share,
        threshold: rule.maxPctOfEquity,
        message: `${v.account.name}: net ${e.value >= 0 ? 'long' : 'short'} ${e.symbol} exposure ${num(Math.abs(e.value))} ${currency(v)} is ${share === null ? 'unbounded against non-positive equity' : `${pct(share)} of equity`} (cap ${pct(rule.maxPctOfEquity)}).`,
      });
    }
  },

  'concentration-beta'(rule, v, emit) {
    let exposure = 0;
    const assumed: string[] = [];
    v.account.positions.forEach((p, i) => {
      let beta = betaOf(v.context, p.symbol);
      if (beta === undefined) {
        beta = 1;
        if (!assumed.includes(p.symbol)) assumed.push(p.symbol);
      }
      exposure += beta * sign(p.side) * v.risk.positions[i].notional;
    });
    const share = ofEquity(v, Math.abs(exposure));
    if (share !== null && share <= rule.maxPctOfEquity) return;
    emit(rule, {
      value: share,
      threshold: rule.maxPctOfEquity,
      message:
        `${v.account.name}: BTC-beta-weighted ${exposure >= 0 ? 'long' : 'short'} exposure ${num(Math.abs(exposure))} ${currency(v)} is ${share === null ? 'unbounded against non-positive equity' : `${pct(share)} of equity`} (cap ${pct(rule.maxPctOfEquity)})` +
        (assumed.length ? `; no beta for ${assumed.join(', ')}, counted at β = 1.` : '.'),
    });
  },

  'cross-contagion'(rule, v, emit) {
    if (v.account.marginMode !== 'cross' || v.account.positions.length < 2) return;
    const min = rule.minDistancePct;
    const shock = rule.shockPct / 100;
    const spec = toAccountSpec(v.account);
    // Loss of each symbol's own shock (every leg moved against the symbol's first leg). The
    // other positions feel a shock only through the shared wallet, so for each position the
    // worst single-symbol shock is the one that loses the most (its maintenance change is a few
    // ‰ of that): two exact re-assessments serve every position — O(n), not O(n²).
    const bySymbol = new Map<string, { first: BookPosition; shocked: number; loss: number }>();
    for (const p of v.account.positions) {
      const key = normalizeSymbol(p.symbol);
      let e = bySymbol.get(key);
      if (!e) bySymbol.set(key, (e = { first: p, shocked: p.markPrice * (1 - sign(p.side) * shock), loss: 0 }));
      e.loss -= pnl(inverse(p), sign(p.side), sizeOf(p), p.markPrice, e.shocked);
    }
    const worst = [...bySymbol.entries()]
      .filter(([, e]) => e.loss > 0)
      .sort((a, b) => b[1].loss - a[1].loss)
      .slice(0, 2);
    const after = worst.map(([sym, e]) => {
      try {
        return assessAccount({
          ...spec,
          positions: spec.positions.map((p) =>
            normalizeSymbol(p.symbol) === sym ? { ...p, markPrice: e.shocked } : p,
          ),
        });
      } catch {
        return undefined;
      }
    });
    v.account.positions.forEach((b, i) => {
      const k = worst.findIndex(([sym]) => sym !== normalizeSymbol(b.symbol));
      const shocked = k < 0 ? undefined : after[k];
      if (!shocked) return;
      const source = worst[k][1];
      const before = v.risk.positions[i].distanceToLiquidation;
      const lp = shocked.positions[i].liquidationPrice;
      if (lp === null || (before !== null && before * 100 < min)) return; // already close: lp-distance says so
      const crossed = b.side === 'long' ? lp >= b.markPrice : lp <= b.markPrice;
      const d = crossed ? 0 : (Math.abs(lp - b.markPrice) / b.markPrice) * 100;
      if (d >= min) return;
      emit(rule, {
        positionId: b.id,
        value: d,
        threshold: min,
        message: `${v.account.name}: if ${source.first.symbol} alone moves ${pct(rule.shockPct)} against the ${source.first.side} (to ${num(source.shocked)}), ${b.symbol} ${b.side}'s liquidation price moves to ${num(lp)} — ${crossed ? 'past its mark: it is liquidated' : `${pct(d)} from its mark ${num(b.markPrice)}`} (minimum ${pct(min)}). One cross wallet carries both.`,
      });
    });
  },
};
