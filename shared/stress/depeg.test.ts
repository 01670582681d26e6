import { describe, expect, it } from 'vitest';
import { assessUnified } from '../engine/index';
import { DEPEG_PRESETS, depegOfPreset, depegSchema } from './depeg';

describe('collateral depeg', () => {
  it('the 2025-10-10 preset replays its sourced prices: USDe at 0.65, wBETH at 12 % of ETH', () => {
    const preset = DEPEG_PRESETS.find((p) => p.id === 'binance-collateral-2025-10-10');
    expect(preset).toBeDefined();
    const depeg = depegOfPreset(preset!);
    const r = assessUnified(
      {
        venue: 'binance-usdm',
        marginMode: 'unified',
        portfolioMargin: true,
        walletBalance: 0,
        collateral: [
          { asset: 'USDe', quantity: 10_000, collateralRatio: 1 },
          { asset: 'wBETH', quantity: 1, collateralRatio: 1 },
        ],
        prices: { ETH: 3_800 },
        positions: [],
      },
      { depeg },
    );
    expect(r.unified.collateral.map((c) => c.price)).toEqual([0.65, expect.closeTo(3_800 * 0.12, 9)]);
    // The source's own figures: $430 against ETH "above $3,800" is at least 88 % off.
    expect(1 - 430 / 3_800).toBeGreaterThanOrEqual(0.88);
    for (const f of preset!.figures) expect(f.source).toMatch(/^https:\/\//);
  });

  it('refuses a depeg of 100 % or more, or a negative one', () => {
    expect(depegSchema.safeParse({ USDe: 1 }).success).toBe(false);
    expect(depegSchema.safeParse({ USDe: -0.1 }).success).toBe(false);
    expect(depegSchema.safeParse({ USDe: 0.35 }).success).toBe(true);
  });
});
