import { describe, expect, it } from 'vitest';
import { liquidationStep, partialRuleOf, tierOf } from './partial';

describe('Hyperliquid: 20 % of a position above 100k USDC, then the rest', () => {
  const rule = partialRuleOf('hyperliquid');
  it('sends 20 % of a $500k position to the book first', () => {
    expect(liquidationStep(rule, { value: 500_000 })).toMatchObject({ kind: 'partial', closedFraction: 0.2 });
  });
  it('closes a position of exactly 100k (not "larger than 100k") at once', () => {
    expect(liquidationStep(rule, { value: 100_000 })).toMatchObject({ kind: 'full', closedFraction: 1 });
    expect(liquidationStep(rule, { value: 100_000.01 }).kind).toBe('partial');
  });
  it('takes the entire rest at the next liquidation point (within the 30 s cooldown)', () => {
    expect(liquidationStep(rule, { value: 400_000, afterPartial: true })).toMatchObject({
      kind: 'full',
      closedFraction: 1,
    });
  });
});

describe('OKX: tier 3 and above two tiers down, tiers 1–2 in full', () => {
  const rule = partialRuleOf('okx');
  // OKX's published example: tier 1 up to 2,000 contracts, tier 3 from 12,001; a position of
  // 15,000 contracts is reduced to tier 1: "15,000 − 2,000 = 13,000 swaps" closed.
  const limits = [2_000, 12_000, 20_000, Infinity];
  it('reproduces the 15,000-contract example: 13,000 closed', () => {
    const step = liquidationStep(rule, { value: 1, tierSize: 15_000, tierLimits: limits });
    expect(step.kind).toBe('partial');
    expect(step.tiers).toEqual({ from: 3, to: 1 });
    expect(step.closedFraction * 15_000).toBeCloseTo(13_000, 9);
  });
  it('liquidates tiers 1 and 2 in full', () => {
    expect(liquidationStep(rule, { value: 1, tierSize: 12_000, tierLimits: limits }).kind).toBe('full');
    expect(liquidationStep(rule, { value: 1, tierSize: 1_500, tierLimits: limits }).kind).toBe('full');
  });
  it('takes tier 4 to tier 2', () => {
    const step = liquidationStep(rule, { value: 1, tierSize: 30_000, tierLimits: limits });
    expect(step.tiers).toEqual({ from: 4, to: 2 });
    expect(step.closedFraction * 30_000).toBeCloseTo(18_000, 9);
  });
});

describe('Bybit and BitMEX: one risk-limit tier down, the lowest tier in full', () => {
  // BitMEX XBTUSD risk limits as BitMEX's examples page prints them: < 200, < 350, < 500, < 650 XBT.
  const limits = [200, 350, 500, 650];
  it('cuts a 400 XBT position (third tier) to the 350 XBT limit', () => {
    const step = liquidationStep(partialRuleOf('bitmex'), { value: 400, tierSize: 400, tierLimits: limits });
    expect(step).toMatchObject({ kind: 'partial', tiers: { from: 3, to: 2 } });
    expect(step.closedFraction).toBeCloseTo(50 / 400, 12);
  });
  it('liquidates a position in the lowest tier in full, and one without a tier table', () => {
    expect(liquidationStep(partialRuleOf('bybit'), { value: 150, tierSize: 150, tierLimits: limits }).kind).toBe(
      'full',
    );
    expect(liquidationStep(partialRuleOf('bybit'), { value: 900, tierSize: 900 }).kind).toBe('full');
  });
});

describe('Binance, Gate and generic: full', () => {
  it.each(['binance-usdm', 'binance-coinm', 'gate', 'generic'] as const)('%s', (venue) => {
    expect(
      liquidationStep(partialRuleOf(venue), {
        value: 5_000_000,
        tierSize: 5_000_000,
        tierLimits: [1e5, 1e6, Infinity],
      }),
    ).toMatchObject({
      kind: 'full',
      closedFraction: 1,
    });
  });
});

describe('tierOf', () => {
  it('finds the first tier whose largest size the position does not exceed', () => {
    expect(tierOf(2_000, [2_000, 12_000])).toBe(1);
    expect(tierOf(2_001, [2_000, 12_000])).toBe(2);
    expect(tierOf(99_999, [2_000, 12_000])).toBe(2);
  });
});
