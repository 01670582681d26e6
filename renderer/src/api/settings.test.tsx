import { describe, expect, it } from 'vitest';
import { defaultRules } from '@shared/warnings/rules';
import { DEFAULT_SETTINGS, isValidLocale, parseSettings, parseVolatilityText, volatilityText } from './settings';

describe('parseSettings', () => {
  it('starts dark although the store reports its default "system" for an unset theme', () => {
    expect(parseSettings([{ key: 'ui.theme', value: 'system' }]).theme).toBe('dark');
    expect(parseSettings([{ key: 'ui.theme', value: 'system' }], { theme: 'system' }).theme).toBe('system');
    expect(parseSettings([{ key: 'ui.theme', value: 'light' }]).theme).toBe('light');
  });

  it('keeps defaults for unknown or malformed values', () => {
    const s = parseSettings([
      { key: 'ui.locale', value: 'not a locale!!' },
      { key: 'ui.defaultVenue', value: 'nasdaq' },
      { key: 'sizing.rules', value: [{ id: 'lp-distance', enabled: true, severity: 'critical', minDistancePct: -5 }] },
    ]);
    expect(s).toEqual(DEFAULT_SETTINGS);
  });

  it('completes stored rules with the defaults of rules not stored', () => {
    const s = parseSettings([
      { key: 'sizing.rules', value: [{ id: 'lp-distance', enabled: false, severity: 'warning', minDistancePct: 8 }] },
    ]);
    expect(s.rules).toHaveLength(defaultRules.length);
    expect(s.rules.find((r) => r.id === 'lp-distance')).toEqual({
      id: 'lp-distance',
      enabled: false,
      severity: 'warning',
      minDistancePct: 8,
    });
  });

  it('reads locale and venue from local storage when the store does not know the key', () => {
    const s = parseSettings([], { locale: 'de-DE', defaultVenue: 'bybit' });
    expect(s.locale).toBe('de-DE');
    expect(s.defaultVenue).toBe('bybit');
    expect(isValidLocale('de-DE')).toBe(true);
    expect(isValidLocale('xx_invalid_')).toBe(false);
  });
});

describe('volatility text', () => {
  it('reads "SYMBOL PERCENT" lines as annualised fractions and round-trips', () => {
    const parsed = parseVolatilityText('btc 55\n\nETH: 70 %\nSOLUSDT=95,5');
    expect(parsed).toEqual({ table: { BTC: 0.55, ETH: 0.7, SOLUSDT: 0.955 } });
    if ('table' in parsed) expect(parseVolatilityText(volatilityText(parsed.table))).toEqual(parsed);
  });

  it('names the first bad line', () => {
    expect(parseVolatilityText('BTC 55\nETH seventy')).toEqual({
      error: 'line 2: expected "SYMBOL PERCENT", e.g. "BTC 55", got "ETH seventy"',
    });
    expect(parseVolatilityText('BTC 0')).toEqual({
      error: 'line 1: expected a volatility between 0 and 1000 %, got 0',
    });
  });
});
