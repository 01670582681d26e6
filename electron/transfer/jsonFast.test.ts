import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileSchema } from './json';
import { passesFast } from './jsonFast';

const base = {
  version: 1,
  accounts: [
    {
      name: 'Main',
      venue: 'binance-usdm',
      marginMode: 'cross',
      walletBalance: 1000,
      positions: [
        {
          symbol: 'BTCUSDT',
          side: 'long',
          contract: 'linear',
          quantity: 1,
          entryPrice: 60000,
          leverage: 10,
          stopLoss: null,
          notes: 'x',
        },
        {
          symbol: 'ETHUSDT',
          side: 'short',
          contract: 'linear',
          quantity: 2,
          entryPrice: 3000,
          tiers: [{ minNotional: 0, maxNotional: null, mmr: 0.01, maintenanceAmount: 0 }],
        },
      ],
    },
  ],
  prices: { BTCUSDT: 61000 },
};

const fields = {
  file: ['version', 'accounts', 'prices', 'extra'],
  account: [
    'name',
    'venue',
    'marginMode',
    'positionMode',
    'walletBalance',
    'takerFeeRate',
    'notes',
    'positions',
    'extra',
  ],
  position: [
    'id',
    'symbol',
    'side',
    'contract',
    'quantity',
    'contractSize',
    'entryPrice',
    'leverage',
    'isolatedMargin',
    'tiers',
    'mmr',
    'maintenanceAmount',
    'maxLeverage',
    'tickSize',
    'stopLoss',
    'takeProfit',
    'openedAt',
    'notes',
    'markPrice',
  ],
};
const value = fc.oneof(
  fc.anything(),
  fc.double(),
  fc.integer({ min: -5, max: 300 }),
  fc.constantFrom(
    'long',
    'short',
    'linear',
    'inverse',
    'cross',
    'isolated',
    'hedge',
    'bybit',
    '2026-03-01T00:00:00Z',
    'BTCUSDT',
    ' btc ',
    '',
    null,
    [],
    {},
  ),
);

describe('JSON fast path', () => {
  it('accepts a valid file, and never accepts a file the zod schema refuses', () => {
    expect(passesFast(structuredClone(base))).toBe(true);
    fc.assert(
      fc.property(
        fc.constantFrom('file', 'account', 'position') as fc.Arbitrary<keyof typeof fields>,
        fc.nat(),
        fc.nat(),
        value,
        (where, fi, pi, v) => {
          const doc = structuredClone(base) as Record<string, unknown> & { accounts: Record<string, unknown>[] };
          const names = fields[where];
          const key = names[fi % names.length]!;
          const target =
            where === 'file'
              ? doc
              : where === 'account'
                ? doc.accounts[0]!
                : (doc.accounts[0]!.positions as Record<string, unknown>[])[pi % 2]!;
          target[key] = v;
          const fast = passesFast(structuredClone(doc));
          const slow = fileSchema.safeParse(structuredClone(doc)).success;
          if (fast) expect(slow).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
