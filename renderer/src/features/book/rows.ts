/**
 * The Book table's rows: one per position, with the engine's risk beside the stored fields,
 * and the pure sort / filter the table applies. No React here so it is cheap to test.
 */
import type { Book, BookAccount, BookPosition } from '@shared/book/types';
import type { AccountRisk, PositionRisk } from '@shared/engine';
import type { AccountRiskResult } from '../../api/queries';
import { sigmaDistance } from '@shared/stress/probability';
import { lookupBySymbol } from '@shared/symbols/index';

/** How worried the row should look: calm until something is dangerous. */
export type RiskLevel = 'liquidated' | 'danger' | 'warn' | 'calm' | 'error';

export interface BookRow {
  /** Position id (unique across the book). */
  id: string;
  account: BookAccount;
  position: BookPosition;
  risk: PositionRisk | null;
  /** Why the account could not be assessed (the engine's message naming the field). */
  error: string | null;
  liquidationPrice: number | null;
  /** |LP − mark| / mark (the engine's), null without an LP. */
  distance: number | null;
  /** Distance in standard deviations of one day's log move (|ln(LP/mark)| / (σ√(1/365))), when a volatility is set. */
  sigma: number | null;
  /** Cross: the account's ratio; isolated: this position's maintenance / its margin + uPnL. */
  marginRatio: number | null;
  unrealizedPnl: number | null;
  level: RiskLevel;
  warnings: number;
}

/** Thresholds for the colours (fractions of mark). */
export interface RiskThresholds {
  danger: number;
  warn: number;
}

export const DEFAULT_THRESHOLDS: RiskThresholds = { danger: 0.05, warn: 0.1 };

/** True when the mark is already at or beyond the LP (the exchange would have liquidated it). */
export function isPastLiquidation(side: BookPosition['side'], mark: number, lp: number | null): boolean {
  if (lp === null) return false;
  return side === 'long' ? mark <= lp : mark >= lp;
}

export function riskLevel(
  row: Pick<BookRow, 'error' | 'distance' | 'liquidationPrice' | 'marginRatio' | 'position'>,
  t: RiskThresholds,
): RiskLevel {
  if (row.error) return 'error';
  if (isPastLiquidation(row.position.side, row.position.markPrice, row.liquidationPrice)) return 'liquidated';
  if (row.marginRatio !== null && row.marginRatio >= 1) return 'liquidated';
  if (row.distance !== null && row.distance < t.danger) return 'danger';
  if (row.distance !== null && row.distance < t.warn) return 'warn';
  return 'calm';
}

/** Margin of an isolated position: the given margin, or entry notional / leverage (engine default). */
function isolatedMarginOf(p: BookPosition): number | null {
  if (p.isolatedMargin !== undefined) return p.isolatedMargin;
  if (!p.leverage) return null;
  const size = p.contractSize ?? 1;
  const notional = p.contract === 'inverse' ? (p.quantity * size) / p.entryPrice : p.quantity * size * p.entryPrice;
  return notional / p.leverage;
}

function positionMarginRatio(
  account: BookAccount,
  accountRisk: AccountRisk,
  p: BookPosition,
  r: PositionRisk,
): number | null {
  if (account.marginMode === 'cross') return accountRisk.marginRatio;
  const margin = isolatedMarginOf(p);
  if (margin === null) return null;
  const equity = margin + r.unrealizedPnl;
  if (r.maintenanceMargin === 0) return 0;
  return equity <= 0 ? Number.POSITIVE_INFINITY : r.maintenanceMargin / equity;
}

/**
 * Builds the rows of a book. `volatility` maps a base asset or symbol to its annualised
 * volatility (0.55 = 55 %);
 * `warnings` maps a position id to its warning count.
 */
export function buildRows(
  book: Book,
  risk: Map<string, AccountRiskResult> | undefined,
  options: {
    thresholds?: RiskThresholds;
    volatility?: Readonly<Record<string, number>>;
    warnings?: ReadonlyMap<string, number>;
  } = {},
): BookRow[] {
  const t = options.thresholds ?? DEFAULT_THRESHOLDS;
  const rows: BookRow[] = [];
  for (const account of book.accounts) {
    const result = risk?.get(account.id);
    const byId = new Map<string, PositionRisk>();
    if (result?.risk) for (const r of result.risk.positions) byId.set(r.id, r);
    for (const position of account.positions) {
      const r = byId.get(position.id) ?? null;
      const vol = lookupBySymbol(options.volatility, position.symbol);
      const distance = r?.distanceToLiquidation ?? null;
      const lp = r?.liquidationPrice ?? null;
      const partial = {
        id: position.id,
        account,
        position,
        risk: r,
        error: result?.error ?? null,
        liquidationPrice: r?.liquidationPrice ?? null,
        distance,
        sigma: lp !== null && lp > 0 && vol && vol > 0 ? sigmaDistance(position.markPrice, lp, vol, 1) : null,
        marginRatio: r && result?.risk ? positionMarginRatio(account, result.risk, position, r) : null,
        unrealizedPnl: r?.unrealizedPnl ?? null,
        warnings: options.warnings?.get(position.id) ?? 0,
      };
      rows.push({ ...partial, level: riskLevel(partial, t) });
    }
  }
  return rows;
}

export type SortKey =
  | 'account'
  | 'symbol'
  | 'side'
  | 'size'
  | 'entry'
  | 'mark'
  | 'liquidation'
  | 'distance'
  | 'marginRatio'
  | 'upnl'
  | 'stop'
  | 'warnings';

const LEVEL_ORDER: Record<RiskLevel, number> = { liquidated: 0, error: 1, danger: 2, warn: 3, calm: 4 };

function sortValue(row: BookRow, key: SortKey): number | string | null {
  switch (key) {
    case 'account':
      return row.account.name.toLowerCase();
    case 'symbol':
      return row.position.symbol;
    case 'side':
      return row.position.side;
    case 'size':
      return row.position.quantity;
    case 'entry':
      return row.position.entryPrice;
    case 'mark':
      return row.position.markPrice;
    case 'liquidation':
      return row.liquidationPrice;
    case 'distance':
      // Past-LP rows first when ascending, then nearest LP; no LP last.
      return row.level === 'liquidated' ? -1 : row.distance;
    case 'marginRatio':
      return row.marginRatio;
    case 'upnl':
      return row.unrealizedPnl;
    case 'stop':
      return row.position.stopLoss ?? null;
    case 'warnings':
      return row.warnings;
  }
}

/** Sorts rows (stable); empty values (no LP, no stop) always go last. */
export function sortRows(rows: readonly BookRow[], key: SortKey, dir: 'asc' | 'desc'): BookRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: sortValue(row, key) }))
    .sort((a, b) => {
      if (a.v === null && b.v === null) return a.i - b.i;
      if (a.v === null) return 1;
      if (b.v === null) return -1;
      const c = typeof a.v === 'string' ? a.v.localeCompare(b.v as string) : a.v - (b.v as number);
      return c !== 0 ? c * sign : a.i - b.i;
    })
    .map((x) => x.row);
}

/** Default order: the most dangerous first. */
export function byDanger(rows: readonly BookRow[]): BookRow[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort(
      (a, b) =>
        LEVEL_ORDER[a.row.level] - LEVEL_ORDER[b.row.level] ||
        (a.row.distance ?? Infinity) - (b.row.distance ?? Infinity) ||
        a.i - b.i,
    )
    .map((x) => x.row);
}
