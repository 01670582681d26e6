import type { Side } from '../../../../../shared/engine/types';

/** BTC move range the sliders and the ladder cover (BTC return, −90 % … +100 %). */
export const MOVE_MIN = -0.9;
export const MOVE_MAX = 1;

/** What the Stress screen's controls set. */
export interface StressParams {
  /** BTC return, e.g. −0.44. */
  move: number;
  /** 0 = normal betas, 1 = crash betas (alts fall harder than beta × BTC). */
  correlation: number;
  /** Horizon over which funding is paid, hours. */
  horizonHours: number;
  /** Funding rate per 8 h (0.0001 = 0.01 %); longs pay when positive, shorts receive. */
  fundingRate8h: number;
  /** Per-symbol betas to BTC (base symbol, e.g. "ETH"); missing symbols use the model's default. */
  betas?: Record<string, number>;
}

/** One position under stress: what the ladder and the table need, in plain numbers. */
export interface ShockedPosition {
  id: string;
  accountId: string;
  accountName: string;
  symbol: string;
  side: Side;
  contract: 'linear' | 'inverse';
  quantity: number;
  contractSize: number;
  entryPrice: number;
  markPrice: number;
  /** Effective beta to BTC (after the stress-correlation control). */
  beta: number;
  /** LP after funding drift over the horizon; null when no price liquidates it. */
  liquidationPrice: number | null;
  /** BTC move (≤ 0) at or below which it is liquidated; null when no fall within −90 % does it. */
  deathDown: number | null;
  /** BTC move (≥ 0) at or above which it is liquidated; null when no rise within +100 % does it. */
  deathUp: number | null;
  /** Isolated: margin lost on liquidation (account currency, after funding); cross: null. */
  isolatedMargin: number | null;
  /** Account currency: quote (USD) for linear accounts, the coin for inverse ones. */
  inverse: boolean;
}

/** One rung of the cascade ladder: a liquidation as BTC moves away from today's price. */
export interface LadderStep {
  /** Stable key: direction, account and positions. */
  id: string;
  /** 1-based order of the liquidation in its direction (falls first, then rises). */
  order: number;
  direction: 'down' | 'up';
  /** BTC move at which it happens. */
  move: number;
  /** BTC price at that move, null when the book holds no BTC price. */
  btcPrice: number | null;
  accountId: string;
  accountName: string;
  /** Isolated: one position; cross: every position of the account dies together. */
  kind: 'isolated' | 'cross';
  positionIds: string[];
  symbols: string[];
  /** Book equity (USD) right after this liquidation, at this move. */
  equityAfter: number;
}

/** One point of the equity-vs-BTC-move curve. */
export interface CurvePoint {
  /** BTC move in percent (x of the chart). */
  movePct: number;
  /** Book equity in USD. */
  equity: number;
}

/** Everything that depends on correlation, horizon and funding but not on the BTC move itself. */
export interface StressModel {
  positions: ShockedPosition[];
  ladder: LadderStep[];
  curve: CurvePoint[];
  /** BTC mark price in the book (first BTC position), null when none. */
  btcPrice: number | null;
  /** Book equity (USD) at move 0. */
  baseEquity: number;
  /** Accounts the engine refused (bad data, missing tier table), left out of the figures. */
  errors: { accountId: string; accountName: string; message: string }[];
  /** Book equity (USD) at any move. */
  equityAt(move: number): number;
}

/** A position's figures at the current slider move. */
export interface PositionAtMove {
  shockedPrice: number;
  /** Unrealised PnL in USD (−margin when liquidated). */
  pnlUsd: number;
  liquidated: boolean;
}
