/**
 * Liquidation of a unified (multi-collateral) account. The venue liquidates the account as a
 * whole when its equity — collateral at USD prices times collateral ratios, plus uPnL (modes.ts
 * says in which order) — falls to threshold × maintenance (1 × on Bybit, Binance Multi-Assets and
 * OKX; 1.05 × on Binance Portfolio Margin).
 *
 * Per position the engine reports the mark price of that symbol at which the account is
 * liquidated, the other symbols at their marks, but every collateral asset whose price moves with
 * that symbol's base asset moving with it in proportion: a BTCUSDT long margined in BTC sees its
 * BTC collateral fall with BTC. The account margin as a function of that one price is piecewise
 * (tiers) and, for inverse contracts, not linear, so it is solved by search.ts.
 *
 * Bybit UTA, the acceptance case: USDT 10,000 + BTC 0.5 at ratio 0.98, a BTCUSDT long of 1 at
 * entry and mark 100,000, MMR 0.5 %, no fee. Margin balance(P) = 10,000 + 0.49·P + (P − 100,000);
 * maintenance on the position value at the mark (Bybit, from 2025-09-02, see modes.ts) = 0.005·P:
 * liquidated at 1.485·P = 90,000, P = 60,606.06… (60,606.1 at Bybit's 0.1 tick, rounded up for a
 * long). On the entry value it would be 1.49·P = 90,500, P = 60,738.26….
 */
import { legsShareTier, resolveTiers, sizeBySymbol } from '../prepare';
import { notionalAt, pnlAt, positionSize, sideSign } from '../contract';
import { EngineInputError } from '../errors';
import { reportedPrice } from '../result';
import { legMaintenance, type Leg } from '../solve';
import type { AccountSpec, PositionRisk, PositionSpec } from '../types';
import { venueRules } from '../venues/index';
import { assetKey, settleAsset, symbolBase } from './assets';
import { lookupCollateralTable } from './collateral/index';
import { modeOf, unifiedRules, type UnifiedRules } from './modes';
import { assetPrice, type AssetPrice, type PriceContext } from './prices';
import { nearestCrossing } from './search';
import type { CollateralValue, RatioSource, UnifiedAccountRisk, UnifiedAccountSpec, UnifiedOptions } from './types';
import { validateUnified } from './validate';
import { assetValue, type AssetRule } from './valuation';

/** One counted asset: a collateral row, a settlement asset, or both. */
interface Asset {
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
interface Pos {
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
type PerAsset = Float64Array;

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

/** Liquidation prices and account figures of a unified account; see the module comment. */
export function assessUnified(input: UnifiedAccountSpec, options: UnifiedOptions = {}): UnifiedAccountRisk {
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

  /**
   * Equity and maintenance (USD) with the group `g` at price `price` (others at their marks) and
   * every asset that moves with `base` scaled by price / mark; g empty: everything at the marks.
   */
  const evaluate = (
    g: readonly Pos[],
    base: string | null,
    scale: number,
    price: number,
    upnlOthers: PerAsset,
    mmOthers: PerAsset,
  ) => {
    const gUpnl = new Float64Array(n);
    const gMm = new Float64Array(n);
    for (const p of g) {
      gUpnl[p.settle] += pnlAt(p.inverse, p.leg.side, p.leg.size, p.leg.entry, price);
      gMm[p.settle] += legMaintenance(p.inverse, p.leg, price);
    }
    let equity = 0;
    let maintenance = 0;
    for (let i = 0; i < n; i++) {
      const a = assets[i];
      const px = a.price.movesWith !== null && a.price.movesWith === base ? a.price.price * scale : a.price.price;
      const upnl = upnlOthers[i] + gUpnl[i];
      if (rules.upnlInAssetEquity) equity += assetValue(a.rule, a.quantity + upnl, px);
      else equity += assetValue(a.rule, a.quantity, px) + upnl * px;
      maintenance += (mmOthers[i] + gMm[i]) * px * (1 + a.rule.askBuffer);
      if (a.quantity < 0) maintenance += -a.quantity * px * borrowRate;
    }
    return { equity, maintenance };
  };

  // Groups: one position each, or one symbol's legs in hedge mode.
  const groups: Pos[][] = [];
  if (account.positionMode === 'hedge') {
    const by = new Map<string, Pos[]>();
    for (const p of positions) {
      const key = `${p.spec.contract}:${p.spec.symbol}`;
      let g = by.get(key);
      if (!g) by.set(key, (g = []));
      g.push(p);
    }
    groups.push(...by.values());
  } else for (const p of positions) groups.push([p]);

  const results = new Map<Pos, PositionRisk>();
  for (const g of groups) {
    const upnlOthers = upnlAll.slice();
    const mmOthers = mmAll.slice();
    for (const p of g) {
      upnlOthers[p.settle] -= p.upnl;
      mmOthers[p.settle] -= p.mm;
    }
    const mark = g[0].spec.markPrice;
    const base = g[0].base;
    const margin = (threshold: number) => (price: number) => {
      const r = evaluate(g, base, price / mark, price, upnlOthers, mmOthers);
      return r.equity - threshold * r.maintenance;
    };
    const liq = nearestCrossing(margin(rules.threshold), mark);
    const bankrupt = nearestCrossing(margin(0), mark);
    for (const p of g) {
      const step = venue.priceStep(p.spec);
      const liquidationPrice = reportedPrice(liq, mark, step);
      results.set(p, {
        id: p.spec.id,
        liquidationPrice,
        bankruptcyPrice: reportedPrice(bankrupt, mark, step),
        unrealizedPnl: p.upnl,
        maintenanceMargin: p.mm,
        notional: notionalAt(p.inverse, p.leg.size, mark),
        distanceToLiquidation: liquidationPrice === null ? null : Math.abs(liquidationPrice - mark) / mark,
      });
    }
  }

  const now = evaluate([], null, 1, 1, upnlAll, mmAll);
  let unrealizedPnl = 0;
  for (let i = 0; i < n; i++) unrealizedPnl += upnlAll[i] * assets[i].price.price;
  const collateral: CollateralValue[] = assets
    .filter((a) => a.row >= 0 || a.quantity !== 0)
    .map((a) => {
      const value = assetValue(a.rule, a.quantity, a.price.price);
      const gross = a.quantity * a.price.price;
      return {
        asset: a.name,
        quantity: a.quantity,
        price: a.price.price,
        priceSource: a.price.source,
        ratio: gross === 0 ? (a.rule.ratio ?? a.rule.tiers?.[0]?.ratio ?? 1) : a.quantity < 0 ? 1 : value / gross,
        ratioSource: a.ratioSource,
        value,
        movesWith: a.price.movesWith,
      };
    });
  const threshold = rules.threshold;
  const marginRatio =
    now.maintenance === 0 ? 0 : now.equity > 0 ? (threshold * now.maintenance) / now.equity : Infinity;
  return {
    positions: positions.map((p) => results.get(p) as PositionRisk),
    equity: now.equity,
    maintenanceMargin: now.maintenance,
    marginRatio,
    unified: {
      mode,
      accountRatio: rules.ratio(now.equity, now.maintenance),
      liquidationRatio: rules.worseWhen === 'up' ? 1 : threshold,
      worseWhen: rules.worseWhen,
      ratioName: rules.ratioName,
      collateral,
      collateralValue: collateral.reduce((s, c) => s + c.value, 0),
      unrealizedPnl,
    },
  };
}
