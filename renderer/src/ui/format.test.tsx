import { describe, expect, it } from 'vitest';
import { decimalsOfTick, makeFormatters } from './format';
import { parseNumber } from './NumberInput';

describe('formatting at tick size (Intl.NumberFormat)', () => {
  it('derives decimals from the tick size', () => {
    expect([0.1, 0.01, 0.005, 1e-7, 2.5e-6, 5, 1].map(decimalsOfTick)).toEqual([1, 2, 3, 7, 7, 0, 0]);
  });

  it('formats in the locale, at the tick, with a dash for missing values', () => {
    const us = makeFormatters('en-US');
    const de = makeFormatters('de-DE');
    expect(us.price(126543.25, 0.1)).toBe('126,543.3');
    expect(de.price(126543.25, 0.1)).toBe('126.543,3');
    expect(us.price(0.0307, 0.00001)).toBe('0.03070');
    expect(us.price(null)).toBe('—');
    expect(us.pct(-0.0437, 1)).toBe('-4.4%');
    expect(us.signedMoney(900)).toBe('+900.00');
  });

  it('parses typed numbers with a comma decimal or grouping, NaN for text', () => {
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber('126,000.5')).toBe(126000.5);
    expect(parseNumber('1,500')).toBe(1500);
    expect(parseNumber('0,001')).toBe(0.001);
    expect(parseNumber('4 200.5')).toBe(4200.5);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('abc')).toBeNaN();
    expect(parseNumber('1e-3')).toBe(0.001);
  });
});
