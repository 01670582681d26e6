/**
 * Input checks of a unified account, each failure an {@link EngineInputError} naming the field:
 * the positions as in any account (fields, unique ids, contract kinds the venue lists, one
 * position per symbol in one-way mode) — a unified account may mix linear and inverse contracts,
 * its margin being in USD — and the collateral rows.
 */
import { EngineInputError } from '../errors';
import { validatePosition, VENUE_CONTRACTS, VENUE_IDS } from '../schema';
import type { PositionSpec } from '../types';
import { assetKey } from './assets';
import type { UnifiedAccountSpec } from './types';

function fail(path: string, reason: string): never {
  throw new EngineInputError(path, reason);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates and returns a unified account (the same object). */
export function validateUnified(input: unknown): UnifiedAccountSpec {
  if (!isObj(input)) fail('', 'expected an account object');
  const a = input;
  if (!(VENUE_IDS as readonly unknown[]).includes(a.venue))
    fail('venue', `expected one of ${VENUE_IDS.join(', ')}, got ${String(a.venue)}`);
  if (a.marginMode !== 'unified') fail('marginMode', `expected 'unified', got ${String(a.marginMode)}`);
  if (a.positionMode !== undefined && a.positionMode !== 'one-way' && a.positionMode !== 'hedge') {
    fail('positionMode', `expected 'one-way' or 'hedge', got ${String(a.positionMode)}`);
  }
  if (typeof a.walletBalance !== 'number' || !Number.isFinite(a.walletBalance))
    fail('walletBalance', 'expected a finite number');
  if (
    a.takerFeeRate !== undefined &&
    !(typeof a.takerFeeRate === 'number' && a.takerFeeRate >= 0 && a.takerFeeRate <= 0.1)
  ) {
    fail('takerFeeRate', 'expected a fee rate in [0, 0.1]');
  }
  if (a.portfolioMargin !== undefined && typeof a.portfolioMargin !== 'boolean')
    fail('portfolioMargin', 'expected true or false');
  if (a.prices !== undefined) {
    if (!isObj(a.prices)) fail('prices', 'expected an object of prices by asset or symbol');
    for (const [k, v] of Object.entries(a.prices)) {
      if (!(typeof v === 'number' && Number.isFinite(v) && v > 0))
        fail(`prices.${k}`, `expected a finite positive price, got ${String(v)}`);
    }
  }
  if (!Array.isArray(a.collateral)) fail('collateral', 'expected a list of { asset, quantity, collateralRatio? }');
  const assets = new Map<string, number>();
  a.collateral.forEach((row: unknown, i: number) => {
    const path = `collateral[${i}]`;
    if (!isObj(row)) fail(path, 'expected { asset, quantity, collateralRatio? }');
    if (typeof row.asset !== 'string' || row.asset.trim() === '')
      fail(`${path}.asset`, 'expected an asset name such as USDT or BTC');
    if (typeof row.quantity !== 'number' || !Number.isFinite(row.quantity))
      fail(`${path}.quantity`, `expected a finite number, got ${String(row.quantity)}`);
    if (
      row.collateralRatio !== undefined &&
      !(typeof row.collateralRatio === 'number' && row.collateralRatio >= 0 && row.collateralRatio <= 1)
    ) {
      fail(`${path}.collateralRatio`, `expected a ratio from 0 to 1, got ${String(row.collateralRatio)}`);
    }
    const key = assetKey(row.asset);
    const seen = assets.get(key);
    if (seen !== undefined)
      fail(`${path}.asset`, `${row.asset} is listed twice (also collateral[${seen}]); give one row per asset`);
    assets.set(key, i);
  });
  if (!Array.isArray(a.positions)) fail('positions', 'expected a list of positions');
  const ids = new Map<string, number>();
  const oneWay = new Map<string, number>();
  const allowed = VENUE_CONTRACTS[a.venue as keyof typeof VENUE_CONTRACTS];
  a.positions.forEach((raw: unknown, i: number) => {
    let p: PositionSpec;
    try {
      p = validatePosition(raw);
    } catch (e) {
      if (e instanceof EngineInputError)
        fail(e.path ? `positions[${i}]${e.path.startsWith('[') ? '' : '.'}${e.path}` : `positions[${i}]`, e.reason);
      throw e;
    }
    const seen = ids.get(p.id);
    if (seen !== undefined)
      fail(`positions[${i}].id`, `duplicate id ${JSON.stringify(p.id)} (also positions[${seen}])`);
    ids.set(p.id, i);
    if (!allowed.includes(p.contract))
      fail(
        `positions[${i}].contract`,
        `${String(a.venue)} lists ${allowed.join(' and ')} contracts only, got '${p.contract}'`,
      );
    if (a.positionMode !== 'hedge') {
      const key = `${p.contract}:${p.symbol}`;
      const other = oneWay.get(key);
      if (other !== undefined) {
        fail(
          `positions[${i}].symbol`,
          `one-way mode holds one position per symbol; ${p.symbol} is also positions[${other}] (set positionMode: 'hedge')`,
        );
      }
      oneWay.set(key, i);
    }
  });
  return a as unknown as UnifiedAccountSpec;
}
