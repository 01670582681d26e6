/**
 * The USD price of every asset a unified account counts: its collateral and the assets its
 * positions settle in. Rules, in order:
 * 1. `prices[ASSET]`;
 * 2. the mark of an `ASSETUSDT`, then `ASSETUSD`, perpetual: a position of the account, else a
 *    symbol in `prices`;
 * 3. a stablecoin: 1;
 * 4. a staked or wrapped token (`WBETH`): the price of the asset it tracks (`ETH`), by 1–3;
 * any other asset is refused, naming it. A depeg multiplies the price by (1 − depeg).
 *
 * Each price also says which base asset it moves with: the BTC collateral of an account moves
 * with its BTCUSDT position's mark, in the liquidation search and in every stress.
 */
import { EngineInputError } from '../errors';
import type { PositionSpec } from '../types';
import { assetKey, isUsdSymbolOf, PEGGED, STABLECOINS, symbolBase } from './assets';
import type { PriceSource } from './types';

/** A resolved asset price. */
export interface AssetPrice {
  price: number;
  source: PriceSource;
  /** Base asset whose mark this price moves with, or null (stablecoins). */
  movesWith: string | null;
}

/** Inputs of the lookup. */
export interface PriceContext {
  positions: readonly Pick<PositionSpec, 'symbol' | 'markPrice'>[];
  prices?: Readonly<Record<string, number>>;
  depeg?: Readonly<Record<string, number>>;
}

function given(prices: Readonly<Record<string, number>> | undefined, key: string): number | undefined {
  if (!prices) return undefined;
  for (const [k, v] of Object.entries(prices)) if (assetKey(k) === key) return v;
  return undefined;
}

function markOf(ctx: PriceContext, asset: string): { symbol: string; price: number } | undefined {
  for (const quote of ['USDT', 'USD'] as const) {
    const p = ctx.positions.find((x) => isUsdSymbolOf(x.symbol, asset, quote));
    if (p) return { symbol: p.symbol, price: p.markPrice };
    for (const [symbol, price] of Object.entries(ctx.prices ?? {})) {
      if (isUsdSymbolOf(symbol, asset, quote)) return { symbol, price };
    }
  }
  return undefined;
}

function undepegged(ctx: PriceContext, key: string): AssetPrice | undefined {
  const g = given(ctx.prices, key);
  if (g !== undefined)
    return { price: g, source: { kind: 'given' }, movesWith: STABLECOINS.has(key) ? null : (PEGGED[key] ?? key) };
  const m = markOf(ctx, key);
  if (m) return { price: m.price, source: { kind: 'mark', symbol: m.symbol }, movesWith: symbolBase(m.symbol) };
  if (STABLECOINS.has(key)) return { price: 1, source: { kind: 'stablecoin' }, movesWith: null };
  const of = PEGGED[key];
  if (of) {
    const under = undepegged(ctx, of);
    if (under) return { price: under.price, source: { kind: 'peg', of }, movesWith: under.movesWith };
  }
  return undefined;
}

function depegOf(ctx: PriceContext, key: string): number {
  for (const [k, v] of Object.entries(ctx.depeg ?? {})) if (assetKey(k) === key) return v;
  return 0;
}

/**
 * The price of `asset`, or an {@link EngineInputError} at `path` naming the asset when none of
 * the rules gives one.
 */
export function assetPrice(ctx: PriceContext, asset: string, path: string): AssetPrice {
  const key = assetKey(asset);
  const p = undepegged(ctx, key);
  if (!p) {
    throw new EngineInputError(
      path,
      `no USD price for ${asset}: give it in "prices" (e.g. "prices": { "${key}": … }) or hold a ${key}USDT perpetual in the book`,
    );
  }
  const d = depegOf(ctx, key);
  return d === 0 ? p : { ...p, price: p.price * (1 - d) };
}
