/**
 * Cross margin: all positions draw on one wallet. The liquidation price of one position (or of
 * one symbol's long+short legs in hedge mode) assumes every OTHER position stays at its mark:
 *
 *   K_g = walletBalance + Σ_all uPnL − Σ_all MM − (uPnL_g − MM_g)
 *
 * which is Binance's WB − TMM1 + UPNL1
 * (https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93) and Hyperliquid's
 * margin_available = account_value − maintenance_margin_required, re-expressed without the
 * group's own terms (https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations).
 * Totals are computed once and each group subtracts its own contribution: O(n) for the account.
 *
 * Account figures: equity = walletBalance + Σ uPnL (at mark); maintenanceMargin = Σ MM (at mark);
 * marginRatio = maintenanceMargin / equity — Binance's "Margin Ratio = Maintenance Margin /
 * Margin Balance" (liquidation at 100 %); 0 when maintenance is 0, Infinity when equity <= 0.
 */
import { marginRatio } from './isolated';
import type { Prepared } from './prepare';
import { positionRisk } from './result';
import { solveBankruptcy, solveGroup, withBankruptcyFee, type Solution } from './solve';
import type { AccountRisk, AccountSpec, PositionRisk } from './types';

/** Assesses a validated cross account. O(n). */
export function assessCross(account: AccountSpec, prepared: readonly Prepared[]): AccountRisk {
  let upnl = 0;
  let mm = 0;
  for (const p of prepared) {
    upnl += p.upnl;
    mm += p.mm;
  }
  const equity = account.walletBalance + upnl;

  if (account.positionMode !== 'hedge') {
    // One group per position (validation guarantees one position per symbol in one-way mode).
    const positions = new Array<PositionRisk>(prepared.length);
    for (let i = 0; i < prepared.length; i++) {
      const p = prepared[i];
      const k = equity - mm - (p.upnl - p.mm);
      const legs = [p.leg];
      const bankrupt = solveBankruptcy(p.inverse, legs, k, p.mark);
      const liq = solveGroup(p.inverse, withBankruptcyFee(p.inverse, legs, bankrupt, p.mark), k, p.mark);
      positions[i] = positionRisk(p, liq, bankrupt);
    }
    return { positions, equity, maintenanceMargin: mm, marginRatio: marginRatio(mm, equity) };
  }

  // Hedge mode: the legs of one symbol share one liquidation price.
  const groups: Prepared[][] = [];
  {
    const bySymbol = new Map<string, Prepared[]>();
    for (const p of prepared) {
      const key = `${p.spec.contract}:${p.spec.symbol}`;
      let g = bySymbol.get(key);
      if (!g) bySymbol.set(key, (g = []));
      g.push(p);
    }
    for (const g of bySymbol.values()) groups.push(g);
  }

  const results = new Map<Prepared, PositionRisk>();
  for (const g of groups) {
    let gu = 0;
    let gm = 0;
    for (const p of g) {
      gu += p.upnl;
      gm += p.mm;
    }
    const k = equity - mm - (gu - gm);
    const inverse = g[0].inverse;
    const mark = g[0].mark;
    const legs = g.map((p) => p.leg);
    const bankrupt: Solution = solveBankruptcy(inverse, legs, k, mark);
    const liq: Solution = solveGroup(inverse, withBankruptcyFee(inverse, legs, bankrupt, mark), k, mark);
    for (const p of g) results.set(p, positionRisk(p, liq, bankrupt));
  }
  const positions = prepared.map((p) => results.get(p) as PositionRisk);
  return { positions, equity, maintenanceMargin: mm, marginRatio: marginRatio(mm, equity) };
}
