/**
 * A unified account made ready for evaluation at any prices: validated, every counted asset priced
 * and given its counting rule, every position turned into a solver leg. The liquidation search
 * (assess.ts) and the stress layer evaluate the account's equity and maintenance through it.
 */
import { legsShareTier, resolveTiers, sizeBySymbol } from '../prepare';
import { pnlAt, positionSize, sideSign } from '../contract';
import { EngineInputError } from '../errors';
import { legMaintenance, type Leg } from '../solve';
import type { AccountSpec, PositionSpec } from '../types';
import { venueRules, type VenueRules } from '../venues/index';
import { assetKey, settleAsset, symbolBase } from './assets';
import { lookupCollateralTable } from './collateral/index';
import { modeOf, unifiedRules, type UnifiedRules } from './modes';
import { assetPrice, type AssetPrice, type PriceContext } from './prices';
import type { RatioSource, UnifiedAccountSpec, UnifiedMode, UnifiedOptions } from './types';
import { validateUnified } from './validate';
import { assetValue, type AssetRule } from './valuation';

/** One counted asset: a collateral row, a settlement asset, or both. */
export interface Asset {
  key: string;
  /** Display name (as the account wrote it). */
  name: string;
  /** Wallet quantity (collateral row + wallet balance). */
  quantity: number;
  /** Index of the collateral row, or -1 for a settlement asset without one. */
  row: number;
  price: AssetPrice;
  rule: AssetRule;
  ratioSource: RatioSource;
}

/** One position ready for the margin function. */
export interface Pos {
  spec: PositionSpec;
  inverse: boolean;
  leg: Leg;
  /** Index into the asset list of the asset it settles in. */
  settle: number;
  base: string;
  upnl: number;
  mm: number;
}

/** Σ of a group's contributions, by asset index. */
export type PerAsset = Float64Array;

function ruleFor(
  rules: UnifiedRules,
  options: UnifiedOptions,
  name: string,
  quantity: number,
  ratio: number | undefined,
  path: string,
): { rule: AssetRule; source: RatioSource } {
  const table =
    (options.tables && lookupCollateralTable(rules.mode, name, options.tables)) ??
    lookupCollateralTable(rules.mode, name);
  const askBuffer = table?.askBuffer ?? 0;
  if (ratio !== undefined) return { rule: { ratio, askBuffer }, source: { kind: 'account' } };
  if (table) {
    return {
      rule: { tiers: table.tiers, basis: table.basis, askBuffer },
      source: { kind: 'table', source: table.source, retrieved: table.retrieved },
    };
  }
  const key = assetKey(name);
  if (rules.settlementAssets.includes(key)) return { rule: { ratio: 1, askBuffer }, source: { kind: 'assumed' } };
  // A settlement asset held at 0 whose uPnL is added after valuation (Bybit) is never haircut.
  if (quantity === 0 && !rules.upnlInAssetEquity) return { rule: { ratio: 1, askBuffer }, source: { kind: 'assumed' } };
  if (quantity < 0) return { rule: { ratio: 1, askBuffer }, source: { kind: 'borrowed' } };
  throw new EngineInputError(
    path,
    `Cascade ships no ${rules.label} collateral ratio for ${name}: give collateralRatio (the ratio the venue shows for ${name})`,
  );
}

/** A prepared unified account (see the module comment). */
export interface PreparedUnified {
  account: UnifiedAccountSpec;
  mode: UnifiedMode;
  rules: UnifiedRules;
  venue: VenueRules;
  assets: Asset[];
  positions: Pos[];
  /** Σ uPnL and Σ maintenance at the marks by asset index (settlement-asset units). */
  upnlAll: PerAsset;
  mmAll: PerAsset;
  /**
   * Equity and maintenance (USD) from per-asset uPnL and maintenance (settlement units), each
   * asset's price multiplied by `factor(i)` (1: today).
   */
  combine(upnl: PerAsset, mm: PerAsset, factor: (asset: number) => number): { equity: number; maintenance: number };
  /**
   * Equity and maintenance (USD) with position i at `price(i)` and asset i's price multiplied
   * by `factor(i)`: what a stress scenario needs.
   */
  at(price: (position: number) => number, factor: (asset: number) => number): { equity: number; maintenance: number };
}

/** Prepares a unified account; throws {@link EngineInputError} naming the field on bad input. */
export function prepareUnified(input: UnifiedAccountSpec, options: UnifiedOptions = {}): PreparedUnified {
  const account = validateUnified(input);
  const mode = modeOf(account);
  const rules = unifiedRules(mode);
  const venue = venueRules(account.venue);
  const ctx: PriceContext = { positions: account.positions, prices: account.prices, depeg: options.depeg };
  for (const [k, v] of Object.entries(options.depeg ?? {})) {
    if (!(v >= 0 && v < 1))
      throw new EngineInputError(`depeg.${k}`, `expected a depeg from 0 to under 1 (0.34 = 34 % below), got ${v}`);
  }

  // Assets: collateral rows, the wallet balance (in the venue's first settlement asset) and the
  // assets positions settle in.
  const assets: Asset[] = [];
  const index = new Map<string, number>();
  const addAsset = (name: string, quantity: number, row: number, ratio: number | undefined, path: string): number => {
    const key = assetKey(name);
    const found = index.get(key);
    if (found !== undefined) {
      assets[found].quantity += quantity;
      return found;
    }
    const price = assetPrice(ctx, name, path);
    const { rule, source } = ruleFor(
      rules,
      options,
      name,
      quantity,
      ratio,
      row >= 0 ? `collateral[${row}].collateralRatio` : path,
    );
    index.set(key, assets.length);
    assets.push({ key, name, quantity, row, price, rule, ratioSource: source });
    return assets.length - 1;
  };
  account.collateral.forEach((c, i) => {
    if (c.quantity < 0 && rules.borrowMaintenanceRate === undefined) {
      throw new EngineInputError(
        `collateral[${i}].quantity`,
        `a borrowed ${c.asset} (negative quantity) needs the venue's maintenance rate on loans, which Cascade has for Binance Portfolio Margin only`,
      );
    }
    addAsset(c.asset, c.quantity, i, c.collateralRatio, `collateral[${i}].asset`);
  });
  if (account.walletBalance !== 0)
    addAsset(rules.settlementAssets[0], account.walletBalance, -1, undefined, 'walletBalance');

  // Positions as legs: tiers as the venue resolves them, maintenance on the value at the price
  // tested (every unified mode), the fee to close where the mode counts it.
  const feeRate = rules.closeFeeRate(account as unknown as AccountSpec);
  const asCross = { ...account, marginMode: 'cross' } as unknown as AccountSpec;
  const familySize = legsShareTier(asCross) ? sizeBySymbol(account.positions) : undefined;
  const positions: Pos[] = account.positions.map((p, i) => {
    const inverse = p.contract === 'inverse';
    const size = positionSize(p);
    const leg: Leg = {
      side: sideSign(p),
      size,
      entry: p.entryPrice,
      tiers: resolveTiers(asCross, venue, p, i, familySize),
      feeRate,
      bankruptcyFeeRate: 0,
    };
    const settle = addAsset(settleAsset(account.venue, p), 0, -1, undefined, `positions[${i}].symbol`);
    return {
      spec: p,
      inverse,
      leg,
      settle,
      base: symbolBase(p.symbol),
      upnl: pnlAt(inverse, leg.side, size, p.entryPrice, p.markPrice),
      mm: legMaintenance(inverse, leg, p.markPrice),
    };
  });

  const n = assets.length;
  const upnlAll: PerAsset = new Float64Array(n);
  const mmAll: PerAsset = new Float64Array(n);
  for (const p of positions) {
    upnlAll[p.settle] += p.upnl;
    mmAll[p.settle] += p.mm;
  }
  const borrowRate = rules.borrowMaintenanceRate ?? 0;

  const combine = (upnl: PerAsset, mm: PerAsset, factor: (asset: number) => number) => {
    let equity = 0;
    let maintenance = 0;
    for (let i = 0; i < n; i++) {
      const a = assets[i];
      const px = a.price.price * factor(i);
      if (rules.upnlInAssetEquity) equity += assetValue(a.rule, a.quantity + upnl[i], px);
      else equity += assetValue(a.rule, a.quantity, px) + upnl[i] * px;
      maintenance += mm[i] * px * (1 + a.rule.askBuffer);
      if (a.quantity < 0) maintenance += -a.quantity * px * borrowRate;
    }
    return { equity, maintenance };
  };
  const at = (price: (position: number) => number, factor: (asset: number) => number) => {
    const upnl = new Float64Array(n);
    const mm = new Float64Array(n);
    positions.forEach((p, i) => {
      const px = price(i);
      upnl[p.settle] += pnlAt(p.inverse, p.leg.side, p.leg.size, p.leg.entry, px);
      mm[p.settle] += legMaintenance(p.inverse, p.leg, px);
    });
    return combine(upnl, mm, factor);
  };
  return { account, mode, rules, venue, assets, positions, upnlAll, mmAll, combine, at };
}
