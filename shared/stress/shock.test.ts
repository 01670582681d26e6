import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { impliedBeta, logDistance, MIN_BTC_FACTOR, moveToPrice, shockedPrice, shockFactor } from './shock';

const move = fc.double({ min: -1, max: 10, noNaN: true });
const beta = fc.double({ min: -3, max: 6, noNaN: true });
const mark = fc.double({ min: 1e-8, max: 1e7, noNaN: true });

describe('log-space shocks', () => {
  it('no shocked price is ≤ 0 for any move above −100 % (nor at −100 % itself), whatever the beta', () => {
    fc.assert(
      fc.property(mark, beta, move, (p, b, m) => {
        const price = shockedPrice(p, b, m);
        expect(price).toBeGreaterThan(0);
        expect(Number.isFinite(price) || b < 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a beta of 1 moves exactly with BTC; a beta of 0 not at all', () => {
    fc.assert(
      fc.property(mark, fc.double({ min: -0.999, max: 10, noNaN: true }), (p, m) => {
        expect(shockedPrice(p, 1, m)).toBe(p * (1 + m));
        expect(shockedPrice(p, 0, m)).toBe(p);
      }),
    );
  });

  it('scales log returns: ln(price / mark) = β · ln(1 + m)', () => {
    fc.assert(
      fc.property(mark, beta, fc.double({ min: -0.95, max: 5, noNaN: true }), (p, b, m) => {
        expect(Math.log(shockedPrice(p, b, m) / p)).toBeCloseTo(b * Math.log1p(m), 9);
      }),
    );
  });

  it('the SOL of 2020-03-12 (β 2.136, BTC −51 %) keeps a price: 0.489^2.136 ≈ 21.7 % of its mark', () => {
    expect(shockFactor(2.136, -0.511)).toBeCloseTo(Math.exp(2.136 * Math.log(0.489)), 12);
    expect(shockFactor(2.136, -0.511)).toBeGreaterThan(0.2);
    expect(shockFactor(3, -1) / MIN_BTC_FACTOR ** 3).toBeCloseTo(1, 12);
  });

  it('moveToPrice inverts shockedPrice', () => {
    fc.assert(
      fc.property(
        mark,
        fc.double({ min: 0.05, max: 4, noNaN: true }),
        fc.double({ min: -0.9, max: 5, noNaN: true }),
        fc.boolean(),
        (p, b, m, neg) => {
          const bb = neg ? -b : b;
          const back = moveToPrice(p, bb, shockedPrice(p, bb, m)) as number;
          expect(back).toBeCloseTo(m, 7);
        },
      ),
    );
    expect(moveToPrice(100, 0, 90)).toBeNull();
    expect(moveToPrice(100, 2, 0)).toBe(-1);
  });

  it('impliedBeta replays the recorded move exactly; −50 % and +100 % are equally far', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.95, max: -0.01, noNaN: true }),
        fc.double({ min: -0.99, max: -0.01, noNaN: true }),
        (btc, alt) => {
          expect(shockFactor(impliedBeta(alt, btc), btc) - 1).toBeCloseTo(alt, 10);
        },
      ),
    );
    expect(logDistance(-0.5)).toBeCloseTo(logDistance(1), 15);
    expect(logDistance(-1)).toBe(Infinity);
    expect(logDistance(0)).toBe(0);
  });
});
