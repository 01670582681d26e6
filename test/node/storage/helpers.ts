import { expect } from 'vitest';
import type { HandlerContext } from '@electron/core/context';
import { dispatch } from '@electron/core/dispatch';
import type { IpcError } from '@shared/ipc/errors';

/** Calls a channel through the real dispatcher and returns the value, failing the test on an error. */
export async function call<T = any>(ctx: HandlerContext, channel: string, request: unknown = {}): Promise<T> {
  const result = await dispatch(ctx, channel, request);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Calls a channel that must fail and returns its error. */
export async function callError(ctx: HandlerContext, channel: string, request: unknown = {}): Promise<IpcError> {
  const result = await dispatch(ctx, channel, request);
  expect(result.ok, `${channel} should have failed`).toBe(false);
  if (result.ok) throw new Error('unreachable');
  return result.error;
}

/** Every row of every user table, for "the database is unchanged" assertions. */
export function snapshot(ctx: HandlerContext): Record<string, unknown[]> {
  const tables = ctx.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) out[name] = ctx.db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
  return out;
}

export const linearAccount = {
  name: 'Main',
  venue: 'binance-usdm',
  marginMode: 'cross',
  walletBalance: 10_000,
} as const;

export const btcLong = {
  symbol: 'BTCUSDT',
  side: 'long',
  contract: 'linear',
  quantity: 0.5,
  entryPrice: 60_000,
  leverage: 10,
} as const;
