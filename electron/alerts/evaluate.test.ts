import { describe, expect, it } from 'vitest';
import { alertRuleInputSchema, type AlertRule, type AlertRuleInput } from '@shared/alerts/schema';
import { evaluateAlerts } from './evaluate';
import type { AlertState, FiredAlert } from '@shared/alerts/state';
import type { Observations, PositionObservation } from './types';

const rule = (input: AlertRuleInput & { id: string }): AlertRule =>
  ({ ...alertRuleInputSchema.parse(input), id: input.id }) as AlertRule;

const position = (distancePct: number | null, extra: Partial<PositionObservation> = {}): PositionObservation => ({
  id: 'p1',
  accountId: 'a1',
  accountName: 'Main',
  symbol: 'BTCUSDT',
  side: 'long',
  mark: 70_000,
  liquidationPrice: 60_000,
  distancePct,
  stale: false,
  ...extra,
});

const obsWith = (o: Partial<Observations>): Observations => ({
  positions: [],
  accounts: [],
  prices: [],
  warnings: [],
  ...o,
});

/** Runs a scripted path of observations, one step per `stepMs`; returns the indices that fired. */
function run(rules: AlertRule[], path: Observations[], stepMs = 1_000) {
  let state: AlertState = {};
  const firedAt: number[] = [];
  const all: FiredAlert[] = [];
  path.forEach((obs, i) => {
    const r = evaluateAlerts(rules, state, obs, 1_700_000_000_000 + i * stepMs);
    state = r.nextState;
    if (r.fired.length) firedAt.push(i);
    all.push(...r.fired);
  });
  return { firedAt, all, state };
}

describe('distance-to-liquidation rule', () => {
  const r = rule({ id: 'd', kind: 'distance-below', thresholdPct: 10, hysteresisPct: 1, cooldownSeconds: 0 });

  it('fires once while the distance hovers around the threshold, re-arms only after recovering by the hysteresis', () => {
    // 12 → 9.9 fires; hovering 10.1/9.9/10.9/9.8 must not fire (never back to ≥ 11);
    // 11.0 re-arms; 9.5 fires again.
    const path = [12, 9.9, 10.1, 9.9, 10.9, 9.8, 11.0, 10.5, 9.5].map((d) => obsWith({ positions: [position(d)] }));
    const { firedAt, all } = run([r], path);
    expect(firedAt).toEqual([1, 8]);
    expect(all[0]).toMatchObject({
      ruleId: 'd',
      kind: 'distance-below',
      positionId: 'p1',
      value: 9.9,
      threshold: 10,
      stale: false,
    });
    expect(all[0].body).toContain('9.90 %');
    expect(all[0].body).toContain('10.00 %');
  });

  it('without hysteresis the same hover fires on every dip (what hysteresis prevents)', () => {
    const noH = rule({ id: 'd', kind: 'distance-below', thresholdPct: 10, hysteresisPct: 0, cooldownSeconds: 0 });
    const path = [12, 9.9, 10.1, 9.9, 10.1, 9.9].map((d) => obsWith({ positions: [position(d)] }));
    expect(run([noH], path).firedAt).toEqual([1, 3, 5]);
  });

  it('respects the cooldown even when the value recovered and breached again', () => {
    const cool = rule({ id: 'd', kind: 'distance-below', thresholdPct: 10, hysteresisPct: 1, cooldownSeconds: 60 });
    // one step = 10 s: dips at t=10 s, recovers at 20 s, dips at 30 s (cooldown until 70 s), stays breached → fires at 70 s.
    const path = [12, 9, 12, 9, 9, 9, 9, 9, 9].map((d) => obsWith({ positions: [position(d)] }));
    expect(run([cool], path, 10_000).firedAt).toEqual([1, 7]);
  });

  it('fires at once for a condition that is already true, and says when the price is stale', () => {
    const { all } = run([r], [obsWith({ positions: [position(5, { stale: true })] })]);
    expect(all).toHaveLength(1);
    expect(all[0].stale).toBe(true);
    expect(all[0].body).toMatch(/STALE/);
  });

  it('never fires for a position that cannot be liquidated, and that counts as recovered', () => {
    const path = [9, null, 9].map((d) => obsWith({ positions: [position(d)] }));
    expect(run([r], path).firedAt).toEqual([0, 2]);
  });

  it('tracks each position separately and honours a positionId filter', () => {
    const obs = obsWith({ positions: [position(5), position(5, { id: 'p2' })] });
    expect(run([r], [obs]).all.map((f) => f.positionId)).toEqual(['p1', 'p2']);
    const only = rule({ id: 'd2', kind: 'distance-below', positionId: 'p2', thresholdPct: 10 });
    expect(run([only], [obs]).all.map((f) => f.positionId)).toEqual(['p2']);
  });

  it('an edited rule starts afresh (armed), a renamed one keeps its state', () => {
    const obs = obsWith({ positions: [position(5)] });
    const first = evaluateAlerts([r], {}, obs, 0);
    expect(first.fired).toHaveLength(1);
    expect(evaluateAlerts([r], first.nextState, obs, 1).fired).toHaveLength(0); // disarmed
    expect(evaluateAlerts([{ ...r, name: 'renamed' }], first.nextState, obs, 1).fired).toHaveLength(0);
    expect(evaluateAlerts([{ ...r, thresholdPct: 6 } as AlertRule], first.nextState, obs, 1).fired).toHaveLength(1);
  });

  it('keeps no state for disabled or removed rules', () => {
    const off = { ...r, enabled: false };
    const obs = obsWith({ positions: [position(5)] });
    expect(evaluateAlerts([off], {}, obs, 0)).toEqual({ fired: [], nextState: {} });
    const first = evaluateAlerts([r], {}, obs, 0);
    expect(Object.keys(first.nextState)).toHaveLength(1);
    expect(Object.keys(first.nextState)[0]).toMatch(/^d\|.*\|p1$/);
    expect(evaluateAlerts([], first.nextState, obs, 1).nextState).toEqual({});
  });
});

describe('margin ratio rule', () => {
  const r = rule({ id: 'm', kind: 'margin-ratio-above', thresholdPct: 80, hysteresisPct: 5, cooldownSeconds: 0 });
  const account = (marginRatioPct: number) =>
    obsWith({ accounts: [{ id: 'a1', name: 'Main', marginRatioPct, stale: false }] });

  it('fires above the threshold and re-arms only below threshold − hysteresis', () => {
    const { firedAt } = run([r], [50, 81, 79, 81, 74, 90].map(account));
    expect(firedAt).toEqual([1, 5]);
  });

  it('treats a margin ratio of Infinity (equity ≤ 0) as breached', () => {
    const { all } = run([r], [account(Infinity)]);
    expect(all).toHaveLength(1);
    expect(all[0].value).toBeNull();
    expect(all[0].body).toMatch(/unbounded/);
  });
});

describe('price cross rule', () => {
  it('above: fires at the level, re-arms h % below it', () => {
    const r = rule({
      id: 'x',
      kind: 'price-cross',
      symbol: 'BTCUSDT',
      direction: 'above',
      level: 100_000,
      hysteresisPct: 0.5,
      cooldownSeconds: 0,
    });
    // 99 600 is 0.4 % below: not re-armed; 99 500 is exactly 0.5 % below: re-armed.
    const path = [99_000, 100_000, 99_600, 100_100, 99_500, 100_001].map((mark) =>
      obsWith({
        prices: [
          { symbol: 'BTCUSDT', mark, stale: false },
          { symbol: 'ETHUSDT', mark: 1e9, stale: false },
        ],
      }),
    );
    const { firedAt, all } = run([r], path);
    expect(firedAt).toEqual([1, 5]);
    expect(all.every((f) => f.symbol === 'BTCUSDT')).toBe(true);
    expect(all[0].title).toContain('100,000');
  });

  it('below: mirror image', () => {
    const r = rule({
      id: 'x',
      kind: 'price-cross',
      symbol: 'ETHUSDT',
      direction: 'below',
      level: 2_000,
      hysteresisPct: 1,
      cooldownSeconds: 0,
    });
    const path = [2_100, 1_999, 2_015, 1_990, 2_020, 1_900].map((mark) =>
      obsWith({ prices: [{ symbol: 'ETHUSDT', mark, stale: false }] }),
    );
    expect(run([r], path).firedAt).toEqual([1, 5]);
  });
});

describe('warning severity rule', () => {
  const r = rule({ id: 'w', kind: 'warning-severity', minSeverity: 'warning', cooldownSeconds: 0 });
  const accounts = [{ id: 'a1', name: 'Main', marginRatioPct: 10, stale: false }];
  const warn = (severity: 'info' | 'warning' | 'critical') => ({
    ruleId: 'lp-distance',
    severity,
    accountId: 'a1',
    positionId: 'p1',
    message: `LP close (${severity})`,
  });

  it('ignores quieter warnings, fires on one at or above the severity, re-arms when they are gone', () => {
    const path = [[warn('info')], [warn('warning')], [warn('critical')], [], [warn('critical')]].map((warnings) =>
      obsWith({ accounts, warnings }),
    );
    const { firedAt, all } = run([r], path);
    expect(firedAt).toEqual([1, 4]);
    expect(all[0].body).toContain('LP close (warning)');
    expect(all[0].positionId).toBe('p1');
  });
});
