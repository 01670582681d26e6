import { describe, expect, it } from 'vitest';
import { withDeductions } from '../tiers/deduction';
import { assessAccount, type AccountSpec, type PositionSpec } from '../index';

function isolated(venue: AccountSpec['venue'], p: Partial<PositionSpec>, takerFeeRate: number) {
  const position: PositionSpec = {
    id: 'p',
    symbol: 'ETH_USDT',
    side: 'long',
    contract: 'linear',
    quantity: 1,
    entryPrice: 10,
    markPrice: 10,
    ...p,
  };
  return assessAccount({ venue, marginMode: 'isolated', walletBalance: 0, takerFeeRate, positions: [position] })
    .positions[0];
}

describe('gate: published liquidation prices', () => {
  it('a real Gate position (AI16Z_USDT isolated long, 8 contracts × 10, entry 0.1152, margin 0.19077): liq_price 0.1136, maintenance_margin 0.063288', () => {
    // Gate /futures/usdt position answer, 2025-08-20 (code index file 10848738118): value 9.376 at mark
    // 0.1172, average_maintenance_rate 0.006 (tier 1 of the position's own 19-tier table; its first rows are
    // enough here), taker 0.075 %.
    const tiers = withDeductions([
      { maxNotional: 5000, mmr: 0.006 },
      { maxNotional: 10000, mmr: 0.008 },
      { maxNotional: 20000, mmr: 0.01 },
      { maxNotional: Infinity, mmr: 0.0125 },
    ]);
    const r = isolated(
      'gate',
      {
        symbol: 'AI16Z_USDT',
        quantity: 8,
        contractSize: 10,
        entryPrice: 0.1152,
        markPrice: 0.1172,
        isolatedMargin: 0.19077,
        tiers,
        tickSize: 0.0001,
      },
      0.00075,
    );
    expect(r.liquidationPrice).toBe(0.1136); // formula 0.113582…, rounded up to Gate's 4 decimals
    expect(r.maintenanceMargin).toBeCloseTo(0.063288, 12); // value × (MMR + taker fee), as Gate prints it
    expect(r.notional).toBeCloseTo(9.376, 12);
  });

  // freqtrade's test_execute_entry expectations for 'gate' (and 'okx'), computed in its docstring
  // from Gate's formula (freqtrade tests/freqtradebot/test_freqtradebot.py @0008a872): margin 2,
  // size 1, entry 10, MMR 1 %, taker 0.06 %, isolated, no buffer.
  it.each([
    ['gate', 'long', 8.085708510208207],
    ['gate', 'short', 11.87413417771621],
    ['okx', 'long', 8.085708510208207],
    ['okx', 'short', 11.87413417771621],
  ] as const)('freqtrade: %s %s → %d', (venue, side, expected) => {
    const r = isolated(venue, { side, isolatedMargin: 2, mmr: 0.01 }, 0.0006);
    expect(r.liquidationPrice).toBeCloseTo(expected, 12);
  });
});
