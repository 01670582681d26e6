import { describe, expect, it } from 'vitest';
import { withDeductions } from './deduction';

describe('withDeductions', () => {
  it('reproduces every deduction Gate printed in a real risk_limit_tiers answer (AI16Z_USDT, 2025-08-20)', () => {
    // Rows as Gate returned them (risk_limit, maintenance_rate, leverage_max, deduction), from a
    // saved /futures/usdt position answer (code index file 10848738118; update_time 1755662400).
    const gate: [number, number, number, number][] = [
      [5000, 0.006, 75, 0],
      [10000, 0.008, 60, 10],
      [20000, 0.01, 50, 30],
      [30000, 0.0125, 40, 80],
      [50000, 0.015, 33, 155],
      [70000, 0.02, 30, 405],
      [100000, 0.03, 20, 1105],
      [150000, 0.04, 16, 2105],
      [200000, 0.05, 14, 3605],
      [300000, 0.065, 12, 6605],
      [500000, 0.08, 10, 11105],
      [700000, 0.1, 8, 21105],
      [1000000, 0.15, 5, 56105],
      [1500000, 0.2, 4, 106105],
      [2000000, 0.28, 3, 226105],
      [2500000, 0.45, 2, 566105],
      [3000000, 0.6, 1.5, 941105],
      [4000000, 0.78, 1.2, 1481105],
      [5000000, 0.9, 1.05, 1961105],
    ];
    const tiers = withDeductions(gate.map(([maxNotional, mmr, maxLeverage]) => ({ maxNotional, mmr, maxLeverage })));
    expect(tiers.map((t) => t.maintenanceAmount)).toEqual(gate.map((r) => r[3]));
    expect(tiers[3]).toEqual({
      minNotional: 20000,
      maxNotional: 30000,
      mmr: 0.0125,
      maintenanceAmount: 80,
      maxLeverage: 40,
    });
  });

  it('maintenance is continuous at every boundary', () => {
    const tiers = withDeductions([
      { maxNotional: 100, mmr: 0.01 },
      { maxNotional: 300, mmr: 0.025 },
      { maxNotional: Infinity, mmr: 0.1 },
    ]);
    for (let i = 1; i < tiers.length; i++) {
      const b = tiers[i].minNotional;
      expect(b * tiers[i].mmr - tiers[i].maintenanceAmount).toBeCloseTo(
        b * tiers[i - 1].mmr - tiers[i - 1].maintenanceAmount,
        9,
      );
    }
  });
});
