import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertRuleInputSchema, type AlertRule } from '@shared/alerts/schema';
import { evaluateAlerts } from './evaluate';
import type { AlertState } from '@shared/alerts/state';
import type { Observations } from './types';

/**
 * Invariants of the hysteresis + cooldown state machine on arbitrary paths, checked against
 * the rule's definition rather than against the implementation:
 * 1. an alert fires only while the condition is breached;
 * 2. two alerts of the same rule are at least the cooldown apart;
 * 3. between two alerts the value recovered past threshold + hysteresis at least once;
 * 4. conversely, the first breach of a path fires, and so does the first breach after a recovery
 *    once the cooldown has passed (nothing is missed).
 */
describe('distance rule on random paths', () => {
  it('fires only when breached, never inside the cooldown, never without a recovery in between, and never misses', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 20, noNaN: true }), { minLength: 1, maxLength: 80 }),
        fc.double({ min: 0.5, max: 15, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 20 }),
        (path, threshold, hysteresis, cooldownSeconds, stepSeconds) => {
          const rule = {
            ...alertRuleInputSchema.parse({
              kind: 'distance-below',
              thresholdPct: threshold,
              hysteresisPct: hysteresis,
              cooldownSeconds,
            }),
            id: 'r',
          } as AlertRule;
          let state: AlertState = {};
          const fired: number[] = [];
          path.forEach((d, i) => {
            const obs: Observations = {
              positions: [
                {
                  id: 'p',
                  accountId: 'a',
                  accountName: 'A',
                  symbol: 'X',
                  side: 'long',
                  mark: 1,
                  liquidationPrice: 0.9,
                  distancePct: d,
                  stale: false,
                },
              ],
              accounts: [],
              prices: [],
              warnings: [],
            };
            const r = evaluateAlerts([rule], state, obs, i * stepSeconds * 1000);
            state = r.nextState;
            if (r.fired.length) fired.push(i);
          });
          const breached = (i: number) => path[i] < threshold;
          const recovered = (i: number) => path[i] >= threshold + hysteresis;
          // 1
          for (const i of fired) expect(breached(i)).toBe(true);
          for (let k = 1; k < fired.length; k++) {
            const [a, b] = [fired[k - 1], fired[k]];
            // 2
            expect((b - a) * stepSeconds).toBeGreaterThanOrEqual(cooldownSeconds);
            // 3
            expect(path.slice(a + 1, b).some((_, j) => recovered(a + 1 + j))).toBe(true);
          }
          // 4: replay the definition: armed at start; after a fire, armed again at the first recovery
          let armed = true;
          let last = -Infinity;
          const expected: number[] = [];
          path.forEach((_, i) => {
            if (!armed && recovered(i)) armed = true;
            if (armed && breached(i) && (i - last) * stepSeconds >= cooldownSeconds) {
              expected.push(i);
              armed = false;
              last = i;
            }
          });
          expect(fired).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
