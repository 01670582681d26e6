/**
 * Isolated margin: each position is its own account holding `isolatedMargin` (default: entry
 * notional / leverage — quote for linear, coin for inverse). Its liquidation price solves
 * isolatedMargin + uPnL(P) = MM(P) (solve.ts); other positions and the free wallet balance do not
 * count (Binance: "In Isolated margin mode, WB is isolatedWalletBalance of the isolated position,
 * TMM=0, UPNL=0"; https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93).
 *
 * Account figures in isolated mode (our definition):
 * - `walletBalance` is the FREE balance not assigned to any position;
 * - equity = walletBalance + Σ (isolatedMargin_i + uPnL_i at mark);
 * - maintenanceMargin = Σ MM_i at mark;
 * - marginRatio = maintenanceMargin / equity (0 when maintenance is 0, Infinity when equity <= 0).
 * The account ratio understates the risk of one thin position (free balance cannot rescue it):
 * read each position's `distanceToLiquidation` for that.
 */
import { isolatedMarginOf } from './contract';
import type { Prepared } from './prepare';
import { positionRisk } from './result';
import { solveBankruptcy, solveGroup, withBankruptcyFee } from './solve';
import type { AccountRisk, AccountSpec } from './types';

/** Margin ratio as documented on {@link AccountRisk}: MM / equity. */
export function marginRatio(mm: number, equity: number): number {
  if (mm === 0) return 0;
  return equity > 0 ? mm / equity : Infinity;
}

/** Assesses a validated isolated account. O(n). */
export function assessIsolated(account: AccountSpec, prepared: readonly Prepared[]): AccountRisk {
  let equity = account.walletBalance;
  let mmTotal = 0;
  const positions = prepared.map((p) => {
    const k = p.collateral;
    equity += isolatedMarginOf(p.spec, p.leg.size) + p.upnl;
    mmTotal += p.mm;
    const legs = [p.leg];
    const bankrupt = solveBankruptcy(p.inverse, legs, k, p.mark);
    const liq = solveGroup(p.inverse, withBankruptcyFee(p.inverse, legs, bankrupt, p.mark), k, p.mark);
    return positionRisk(p, liq, bankrupt);
  });
  return { positions, equity, maintenanceMargin: mmTotal, marginRatio: marginRatio(mmTotal, equity) };
}
