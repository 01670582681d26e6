import type { Side } from '@shared/engine/types';
import type { LadderEvent } from '@shared/stress/ladder';

/** BTC move range the sliders cover (BTC return, −90 % … +100 %). */
export const MOVE_MIN = -0.9;
export const MOVE_MAX = 1;

/** What the Stress screen's controls set. */
export interface StressParams {
  /** BTC return, e.g. −0.44. */
  move: number;
  /** 0 = everyday betas, 1 = crash betas on falls (shared/stress betas.ts). */
  correlation: number;
  /** Horizon over which funding is paid, hours. */
  horizonHours: number;
  /** Funding rate per 8 h for every symbol (0.0001 = 0.01 %); longs pay when positive, shorts receive. */
  fundingRate8h: number;
  /** User betas by symbol or base asset (override the shipped ones). */
  betas?: Record<string, number>;
  /** Stops fill this fraction beyond their trigger (0.02 = 2 %); undefined: stops are ignored. */
  stopSlippage?: number;
  /** Annualised volatility by symbol or base asset (Settings); BTC's enables σ distances and probabilities. */
  volatility?: Readonly<Record<string, number>>;
}

/** A position's fate on the ladder: liquidated (or its stop gapped through the LP) or stopped out. */
export type RungKind = LadderEvent['kind'];

/** One position under stress: what the table needs, in plain numbers. */
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
  /** Beta to BTC on falls (stressed by the correlation control) and on rises (everyday). */
  betaDown: number;
  betaUp: number;
  /** LP after funding over the horizon (engine); null when no price liquidates it. */
  liquidationPrice: number | null;
  /** Its ladder rung on a fall / on a rise, if it has one within the range. */
  down: LadderEvent | null;
  up: LadderEvent | null;
  /** Isolated: margin lost on liquidation (after funding); cross: null. */
  isolatedMargin: number | null;
  inverse: boolean;
  /** Distance to the LP in σ over the horizon, and the chance of touching it (null: no volatility or horizon). */
  sigmas: number | null;
  touchProbability: number | null;
}

/** One rung of the cascade ladder as the screen shows it: shared/stress's event plus book figures. */
export interface LadderStep extends LadderEvent {
  /** Stable key. */
  id: string;
  /** 1-based order in its direction. */
  order: number;
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
  /** Falls first (nearest first), then rises. */
  ladder: LadderStep[];
  curve: CurvePoint[];
  /** BTC price the moves refer to (a BTC position's mark), null when none. */
  btcPrice: number | null;
  /** Book equity (USD) at move 0. */
  baseEquity: number;
  /** Accounts the engine refused (bad data, missing tier table), left out of the figures. */
  errors: { accountId: string; accountName: string; message: string }[];
  /** Chance that BTC reaches the book's first rung within the horizon (null: no BTC volatility or horizon 0). */
  firstLiquidation: { probability: number; downMove: number | null; upMove: number | null } | null;
  /** shared/stress's caveats, in plain words. */
  notes: string[];
  /** The book after funding over the horizon (what the ladder ran on), for further what-ifs. */
  book: import('@shared/book/types').Book;
  /** Book equity (USD) at any move. */
  equityAt(move: number): number;
}

/** A position's figures at the current slider move. */
export interface PositionAtMove {
  shockedPrice: number;
  /** Unrealised PnL in USD (what was lost when liquidated, realised PnL when stopped). */
  pnlUsd: number;
  state: 'open' | 'liquidated' | 'stopped';
}
