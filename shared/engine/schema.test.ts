import { describe, expect, it } from 'vitest';
import {
  accountSpecSchema,
  assessAccount,
  EngineInputError,
  MissingTierTableError,
  validateAccount,
  type AccountSpec,
  type PositionSpec,
} from './index';

const pos = (over: Partial<PositionSpec> = {}): PositionSpec => ({
  id: 'p',
  symbol: 'BTCUSDT',
  side: 'long',
  contract: 'linear',
  quantity: 1,
  entryPrice: 100,
  markPrice: 100,
  leverage: 10,
  mmr: 0.005,
  ...over,
});
const account = (positions: PositionSpec[], over: Partial<AccountSpec> = {}): AccountSpec => ({
  venue: 'generic',
  marginMode: 'isolated',
  walletBalance: 0,
  positions,
  ...over,
});

function errorOf(fn: () => unknown): EngineInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineInputError) return e;
    throw e;
  }
  throw new Error('expected an EngineInputError');
}

describe('validation names the field', () => {
  it('negative quantity', () => {
    const e = errorOf(() => assessAccount(account([pos(), pos({ id: 'q', symbol: 'ETH', quantity: -1 })])));
    expect(e.path).toBe('positions[1].quantity');
    expect(e.message).toBe('positions[1].quantity: expected a finite positive number, got -1');
  });

  it('NaN price', () => {
    const e = errorOf(() =>
      assessAccount(
        account([pos({ id: 'a', symbol: 'A' }), pos({ id: 'b', symbol: 'B' }), pos({ id: 'c', entryPrice: NaN })]),
      ),
    );
    expect(e.message).toBe('positions[2].entryPrice: expected a finite positive number, got NaN');
  });

  it('unknown venue', () => {
    const e = errorOf(() => validateAccount({ ...account([pos()]), venue: 'ftx' }));
    expect(e.path).toBe('venue');
    expect(e.message).toMatch(/^venue: expected one of 'binance-usdm', .* got "ftx"$/);
  });

  it('tier gap', () => {
    const tiers = [
      { minNotional: 0, maxNotional: 1000, mmr: 0.01, maintenanceAmount: 0 },
      { minNotional: 2000, maxNotional: Infinity, mmr: 0.02, maintenanceAmount: 10 },
    ];
    const e = errorOf(() => assessAccount(account([pos({ tiers })])));
    expect(e.path).toBe('positions[0].tiers[1].minNotional');
    expect(e.message).toMatch(/gap between tiers/);
  });

  it('tier overlap and unsorted tiers', () => {
    const overlap = [
      { minNotional: 0, maxNotional: 1000, mmr: 0.01, maintenanceAmount: 0 },
      { minNotional: 500, maxNotional: Infinity, mmr: 0.02, maintenanceAmount: 10 },
    ];
    expect(errorOf(() => validateAccount(account([pos({ tiers: overlap })]))).message).toMatch(
      /^positions\[0\]\.tiers\[1\]\.minNotional: tiers overlap/,
    );
    const unsorted = [
      { minNotional: 0, maxNotional: 1000, mmr: 0.01, maintenanceAmount: 0 },
      { minNotional: 5000, maxNotional: Infinity, mmr: 0.03, maintenanceAmount: 10 },
      { minNotional: 1000, maxNotional: 5000, mmr: 0.02, maintenanceAmount: 10 },
    ];
    expect(errorOf(() => validateAccount(account([pos({ tiers: unsorted })]))).path).toMatch(
      /^positions\[0\]\.tiers\[\d\]\.minNotional$/,
    );
  });

  it('isolated position without margin or leverage', () => {
    const e = errorOf(() => validateAccount(account([pos({ leverage: undefined })])));
    expect(e.path).toBe('positions[0].isolatedMargin');
  });

  it('inverse contract on a linear-only venue, and mixed contract kinds', () => {
    expect(
      errorOf(() => validateAccount(account([pos({ contract: 'inverse' })], { venue: 'binance-usdm' }))).path,
    ).toBe('positions[0].contract');
    expect(
      errorOf(() => validateAccount(account([pos(), pos({ id: 'i', symbol: 'X', contract: 'inverse' })]))).path,
    ).toBe('positions[1].contract');
  });

  it('duplicate ids and two positions on one symbol in one-way mode', () => {
    expect(errorOf(() => validateAccount(account([pos(), pos({ symbol: 'ETH' })]))).path).toBe('positions[1].id');
    expect(errorOf(() => validateAccount(account([pos(), pos({ id: 'q', side: 'short' })]))).path).toBe(
      'positions[1].symbol',
    );
    expect(() =>
      validateAccount(account([pos(), pos({ id: 'q', side: 'short' })], { positionMode: 'hedge' })),
    ).not.toThrow();
  });

  it('missing tier table names venue and symbol', () => {
    const e = errorOf(() =>
      assessAccount(account([pos({ symbol: 'DOGEUSDT', mmr: undefined })], { venue: 'binance-usdm' })),
    );
    expect(e).toBeInstanceOf(MissingTierTableError);
    expect(e.message).toMatch(/binance-usdm DOGEUSDT/);
  });

  it('the schema is usable directly (safeParse) by other layers', () => {
    expect(accountSpecSchema.safeParse(account([pos()])).success).toBe(true);
    expect(accountSpecSchema.safeParse({ venue: 'generic' }).success).toBe(false);
  });
});
