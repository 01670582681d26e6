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
import { notionalAt, pnlAt } from '../contract';
import { reportedPrice } from '../result';
import { legMaintenance } from '../solve';
import type { PositionRisk } from '../types';
import { prepareUnified, type Pos } from './prepare';
import { nearestCrossing } from './search';
import type { CollateralValue, UnifiedAccountRisk, UnifiedAccountSpec, UnifiedOptions } from './types';
import { assetValue } from './valuation';

/** Liquidation prices and account figures of a unified account; see the module comment. */
export function assessUnified(input: UnifiedAccountSpec, options: UnifiedOptions = {}): UnifiedAccountRisk {
  const prepared = prepareUnified(input, options);
  const { account, mode, rules, venue, assets, positions, upnlAll, mmAll, combine } = prepared;
  const n = assets.length;

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
    const moves = assets.map((a) => a.price.movesWith !== null && a.price.movesWith === base);
    const upnl = new Float64Array(n);
    const mm = new Float64Array(n);
    // The group at `price`, the other symbols at their marks, every asset moving with the
    // group's base asset scaled by price / mark.
    const margin = (threshold: number) => (price: number) => {
      upnl.set(upnlOthers);
      mm.set(mmOthers);
      for (const p of g) {
        upnl[p.settle] += pnlAt(p.inverse, p.leg.side, p.leg.size, p.leg.entry, price);
        mm[p.settle] += legMaintenance(p.inverse, p.leg, price);
      }
      const scale = price / mark;
      const r = combine(upnl, mm, (i) => (moves[i] ? scale : 1));
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

  const now = combine(upnlAll, mmAll, () => 1);
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
