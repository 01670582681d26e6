import { describe, expect, it } from 'vitest';
import { defaultRules, ruleSchema, rulesSchema, withDefaultRules, type Rule } from './rules';

describe('rule schema', () => {
  it('accepts the shipped defaults, one per id', () => {
    expect(rulesSchema.parse(defaultRules)).toHaveLength(defaultRules.length);
    expect(new Set(defaultRules.map((r) => r.id)).size).toBe(defaultRules.length);
  });

  it('rejects a duplicate id, naming the row', () => {
    const r = rulesSchema.safeParse([defaultRules[0], defaultRules[0]]);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/duplicate rule "stop-missing"/);
    expect(r.error?.issues[0]?.path).toEqual([1, 'id']);
  });

  it('rejects a negative threshold, an unknown field and an unknown id', () => {
    expect(
      ruleSchema.safeParse({ id: 'lp-distance', enabled: true, severity: 'warning', minDistancePct: -1 }).success,
    ).toBe(false);
    expect(
      ruleSchema.safeParse({ id: 'lp-distance', enabled: true, severity: 'warning', minDistancePct: 5, extra: 1 })
        .success,
    ).toBe(false);
    expect(ruleSchema.safeParse({ id: 'nope', enabled: true, severity: 'warning' }).success).toBe(false);
    expect(ruleSchema.safeParse({ id: 'stop-missing', enabled: true, severity: 'loud' }).success).toBe(false);
  });

  it('withDefaultRules keeps stored settings and adds missing rules', () => {
    const stored: Rule[] = [{ id: 'lp-distance', enabled: false, severity: 'info', minDistancePct: 12 }];
    const merged = withDefaultRules(stored);
    expect(merged).toHaveLength(defaultRules.length);
    expect(merged.find((r) => r.id === 'lp-distance')).toEqual(stored[0]);
    expect(merged.find((r) => r.id === 'stop-missing')).toEqual(defaultRules[0]);
  });
});
