import type { MaintenanceTier } from '../types';

/** A risk-limit row as venues print it: the tier's upper limit and rate, no deduction. */
export interface RiskLimitRow {
  maxNotional: number;
  mmr: number;
  maxLeverage?: number;
}

/**
 * Contiguous tiers from risk-limit rows, with each tier's maintenance amount (the "deduction")
 * computed so that maintenance is each tier's rate on the slice of notional inside it:
 *
 *   deduction(1) = 0,  deduction(n) = deduction(n−1) + limit(n−1) × (MMR(n) − MMR(n−1))
 *
 * This is Bybit's published "Maintenance Margin Deduction = Risk Limit on Tier (n-1) × (MMR(n) −
 * MMR(n−1)) + Deduction on Tier (n-1)" ("Margin Parameters",
 * https://bybitglobal.com/en/announcement-info/margin-parameters) and Gate's "maintenance margin
 * quick calculation deduction" (risk_limit_tiers `deduction`; a real Gate answer's 19 printed
 * deductions are reproduced in deduction.test.ts). Rounded to 1e-9 to drop binary noise.
 */
export function withDeductions(rows: readonly RiskLimitRow[]): MaintenanceTier[] {
  const out: MaintenanceTier[] = [];
  let deduction = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const floor = i === 0 ? 0 : rows[i - 1].maxNotional;
    if (i > 0) deduction = Math.round((deduction + floor * (r.mmr - rows[i - 1].mmr)) * 1e9) / 1e9;
    const t: MaintenanceTier = {
      minNotional: floor,
      maxNotional: r.maxNotional,
      mmr: r.mmr,
      maintenanceAmount: deduction,
    };
    if (r.maxLeverage !== undefined) t.maxLeverage = r.maxLeverage;
    out.push(t);
  }
  return out;
}
