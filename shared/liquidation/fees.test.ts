import { describe, expect, it } from 'vitest';
import { binanceClearanceRate } from './fees';

describe('binanceClearanceRate', () => {
  it('reads the shipped exchangeInfo liquidationFee (2025-09-18)', () => {
    expect(binanceClearanceRate('BTCUSDT')).toMatchObject({ rate: 0.0125, asOf: '2025-09-18' });
    expect(binanceClearanceRate('sol/usdt')!.rate).toBe(0.015);
    expect(binanceClearanceRate('NOPEUSDT')).toBeUndefined();
  });
});
