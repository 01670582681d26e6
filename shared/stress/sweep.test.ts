import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessAccount } from '../engine/assess';
import type { AccountSpec, PositionSpec } from '../engine/types';
import { createStressModel, stressSweep, sweepModel } from './index';

const pos = (over: Partial<PositionSpec> & Pick<PositionSpec, 'id' | 'symbol'>): PositionSpec => ({
  side: 'long',
  contract: 'linear',
  quantity: 1,
  entryPrice: 100,
  markPrice: 100,
  mmr: 0.005,
  ...over,
});

describe('stressSweep: hand-computed cross account', () => {
  // Generic venue, cross, wallet 1000 USDT:
  //   long 0.1 BTC @ 50 000 (mark 50 000), mmr 0.5 %; long 1 ETH @ 3 000 (mark 3 000), mmr 1 %.
  // At move m (betas 1): uPnL = 5 000·m + 3 000·m = 8 000·m;
  //   maintenance = 5 000·(1+m)·0.005 + 3 000·(1+m)·0.01 = 55·(1+m);
  //   balance = 1 000 + 8 000·m − 55 − 55·m = 945 + 7 945·m → liquidated at m = −945/7 945 = −0.118942…
  const account: AccountSpec = {
    venue: 'generic',
    marginMode: 'cross',
    walletBalance: 1000,
    positions: [
      pos({ id: 'btc', symbol: 'BTCUSDT', quantity: 0.1, entryPrice: 50000, markPrice: 50000, mmr: 0.005 }),
      pos({ id: 'eth', symbol: 'ETHUSDT', quantity: 1, entryPrice: 3000, markPrice: 3000, mmr: 0.01 }),
    ],
  };

  it('equity and PnL before the crossing, everything liquidated after it', () => {
    const s = stressSweep(account, { moves: [0, -0.05, -0.1, -0.1189, -0.119, -0.3, 0.2] });
    expect(Array.from(s.unrealizedPnl)).toEqual([0, -400, -800, -951.2, 0, 0, 1600].map((v) => expect.closeTo(v, 9)));
    expect(Array.from(s.equity)).toEqual([1000, 600, 200, 48.8, 0, 0, 2600].map((v) => expect.closeTo(v, 9)));
    expect(Array.from(s.liquidatedCount)).toEqual([0, 0, 0, 0, 2, 2, 0]);
    expect(s.firstLiquidationMove).toBe(-0.119);
  });

  it('betas shift the crossing in log space: ETH beta 2 → ETH at 3 000·(1 + m)², dead at m = −0.0887…', () => {
    // u = 1 + m: balance = 1 000 + 5 000·(u − 1) + 3 000·(u² − 1) − 25·u − 30·u² = 2 970·u² + 4 975·u − 7 000.
    const u = (-4975 + Math.sqrt(4975 ** 2 + 4 * 2970 * 7000)) / (2 * 2970);
    const m = u - 1;
    const s = stressSweep(account, { moves: [m + 1e-9, m - 1e-9], betas: { ETH: 2 } });
    expect(Array.from(s.liquidatedCount)).toEqual([0, 2]);
    const at = m + 1e-9;
    expect(s.equity[0]).toBeCloseTo(1000 + 5000 * at + 3000 * ((1 + at) ** 2 - 1), 6);
    expect(createStressModel(account, { ETH: 2 }).lo[0]).toBeCloseTo(m, 12);
  });

  it('a one-position cross account dies where assessAccount puts its liquidation price', () => {
    const one: AccountSpec = { ...account, positions: [account.positions[0]] };
    const lp = assessAccount(one).positions[0].liquidationPrice as number; // (1000 − 5000)/(0.1·0.005 − 0.1)
    expect(lp).toBeCloseTo(40201.005, 2);
    const m = lp / 50000 - 1;
    const s = stressSweep(one, { moves: [m + 1e-7, m - 1e-7] });
    expect(Array.from(s.liquidatedCount)).toEqual([0, 1]);
  });
});

describe('stressSweep: isolated and inverse', () => {
  it('an isolated position dies at its LP and loses its margin; the free balance stays', () => {
    // Long 1 @ 100, margin 10, mmr 0.5 %: 10 + (P − 100) = 0.005·P → LP = 90/0.995 = 90.452…
    const account: AccountSpec = {
      venue: 'generic',
      marginMode: 'isolated',
      walletBalance: 50,
      positions: [
        pos({ id: 'a', symbol: 'SOLUSDT', isolatedMargin: 10 }),
        pos({ id: 'b', symbol: 'BTCUSDT', side: 'short', isolatedMargin: 20 }),
      ],
    };
    const s = stressSweep(account, { moves: [0, -0.09, -0.0955, 0.1], betas: { SOL: 1 } });
    // −9 %: a at 91 (alive, −9), b short gains 9 → 50 + 10 − 9 + 20 + 9 = 80.
    expect(s.equity[0]).toBeCloseTo(80, 12);
    expect(s.equity[1]).toBeCloseTo(80, 12);
    // −9.55 %: a at 90.45 ≤ LP → dead (−10 margin); b +9.55 → 50 + 20 + 9.55.
    expect(s.equity[2]).toBeCloseTo(79.55, 12);
    expect(s.liquidatedCount[2]).toBe(1);
    // +10 %: b short LP: 20 − (P − 100) = 0.005P → P = 120/1.005 = 119.40 → alive; a +10.
    expect(s.equity[3]).toBeCloseTo(50 + 10 + 10 + 20 - 10, 12);
    expect(s.firstLiquidationMove).toBe(-0.0955);
  });

  it('inverse contracts: PnL and equity in coin', () => {
    // 1 000 contracts × 100 USD long @ 50 000, mark 50 000, wallet 1 BTC cross, mmr 0.5 %.
    const account: AccountSpec = {
      venue: 'generic',
      marginMode: 'cross',
      walletBalance: 1,
      positions: [
        pos({
          id: 'i',
          symbol: 'BTCUSD_PERP',
          contract: 'inverse',
          quantity: 1000,
          contractSize: 100,
          entryPrice: 50000,
          markPrice: 50000,
        }),
      ],
    };
    const s = stressSweep(account, { moves: [-0.2] });
    // 100 000 · (1/50 000 − 1/40 000) = 2 − 2.5 = −0.5 BTC
    expect(s.unrealizedPnl[0]).toBeCloseTo(-0.5, 12);
    expect(s.equity[0]).toBeCloseTo(0.5, 12);
  });

  it('rejects a non-finite move naming its index', () => {
    const account: AccountSpec = { venue: 'generic', marginMode: 'cross', walletBalance: 1, positions: [] };
    expect(() => stressSweep(account, { moves: [0, Number.NaN] })).toThrow(/^moves\[1\]/);
  });
});

// ---- properties ---------------------------------------------------------------------------

const arbPosition = (longOnly: boolean) =>
  fc.record({
    symbol: fc.constantFrom('BTCUSDT', 'ETHUSDT', 'SOLUSDT', 'DOGEUSDT', 'XRPUSDT'),
    side: longOnly ? fc.constant<'long'>('long') : fc.constantFrom<'long' | 'short'>('long', 'short'),
    quantity: fc.double({ min: 0.01, max: 100, noNaN: true }),
    entryPrice: fc.double({ min: 1, max: 1000, noNaN: true }),
    markRatio: fc.double({ min: 0.7, max: 1.3, noNaN: true }),
    leverage: fc.integer({ min: 1, max: 50 }),
    mmr: fc.double({ min: 0.001, max: 0.05, noNaN: true }),
  });

const arbAccount = (longOnly: boolean) =>
  fc
    .record({
      marginMode: fc.constantFrom<'isolated' | 'cross'>('isolated', 'cross'),
      walletBalance: fc.double({ min: 0, max: 10000, noNaN: true }),
      positions: fc.uniqueArray(arbPosition(longOnly), { minLength: 1, maxLength: 5, selector: (p) => p.symbol }),
    })
    .map((a): AccountSpec => ({
      venue: 'generic',
      marginMode: a.marginMode,
      walletBalance: a.walletBalance,
      positions: a.positions.map((p, i) => ({
        id: `p${i}`,
        symbol: p.symbol,
        side: p.side,
        contract: 'linear',
        quantity: p.quantity,
        entryPrice: p.entryPrice,
        markPrice: p.entryPrice * p.markRatio,
        leverage: p.leverage,
        mmr: p.mmr,
      })),
    }));

const arbBetas = fc.record({
  ETH: fc.double({ min: 0, max: 3, noNaN: true }),
  SOL: fc.double({ min: 0, max: 3, noNaN: true }),
});
const grid = Array.from({ length: 191 }, (_, i) => -0.9 + i / 100); // −90 % … +100 %

/** No position (isolated) or account (cross) beyond bankruptcy at the mark: equity >= 0 where it counts. */
function solventAtMark(account: AccountSpec): boolean {
  if (account.marginMode === 'cross') return assessAccount(account).equity >= 0;
  return account.positions.every((p) => {
    const margin = (p.quantity * p.entryPrice) / (p.leverage as number);
    return margin + (p.side === 'long' ? 1 : -1) * p.quantity * (p.markPrice - p.entryPrice) >= 0;
  });
}

describe('stressSweep properties', () => {
  it('equity is non-decreasing in the move for an all-long book (betas >= 0, solvent at the mark)', () => {
    fc.assert(
      fc.property(arbAccount(true).filter(solventAtMark), arbBetas, (account, betas) => {
        const s = stressSweep(account, { moves: grid, betas });
        for (let j = 1; j < grid.length; j++)
          expect(s.equity[j]).toBeGreaterThanOrEqual(s.equity[j - 1] - 1e-9 * (1 + Math.abs(s.equity[j - 1])));
      }),
    );
  });

  it('liquidatedCount never decreases as the move falls, for longs', () => {
    fc.assert(
      fc.property(arbAccount(true), arbBetas, (account, betas) => {
        const s = stressSweep(account, { moves: grid, betas });
        for (let j = 1; j < grid.length; j++)
          expect(s.liquidatedCount[j - 1]).toBeGreaterThanOrEqual(s.liquidatedCount[j]);
      }),
    );
  });

  it('the sweep at move 0 equals assessAccount equity (longs and shorts)', () => {
    fc.assert(
      fc.property(arbAccount(false), arbBetas, (account, betas) => {
        const s = stressSweep(account, { moves: [0], betas });
        const e = assessAccount(account).equity;
        expect(s.equity[0]).toBeCloseTo(e, 9 - Math.max(0, Math.ceil(Math.log10(Math.abs(e) + 1))));
        expect(s.liquidatedCount[0]).toBe(0);
      }),
    );
  });

  it('each move is judged on its own path: shuffling the moves permutes the results', () => {
    fc.assert(
      fc.property(
        arbAccount(false),
        fc.array(fc.double({ min: -0.95, max: 2, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (account, moves) => {
          const a = stressSweep(account, { moves });
          const order = moves.map((_, i) => i).reverse();
          const b = stressSweep(account, { moves: order.map((i) => moves[i]) });
          order.forEach((i, j) => {
            expect(b.equity[j]).toBe(a.equity[i]);
            expect(b.liquidatedCount[j]).toBe(a.liquidatedCount[i]);
          });
        },
      ),
    );
  });
});

describe('event sweep vs direct loop', () => {
  it('give the same equity, PnL and counts on random linear books', () => {
    fc.assert(
      fc.property(
        arbAccount(false),
        arbBetas,
        fc.array(fc.double({ min: -1.5, max: 3, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (account, betas, moves) => {
          const model = createStressModel(account, { ...betas, XRP: -0.5 });
          const a = sweepModel(model, [0, ...moves], 'loop');
          const b = sweepModel(model, [0, ...moves], 'events');
          expect(Array.from(b.liquidatedCount)).toEqual(Array.from(a.liquidatedCount));
          a.equity.forEach((e, j) =>
            expect(Math.abs(b.equity[j] - e)).toBeLessThan(
              1e-9 * (1 + Math.abs(e) + Math.abs(account.walletBalance) + 1e4),
            ),
          );
          a.unrealizedPnl.forEach((u, j) =>
            expect(Math.abs(b.unrealizedPnl[j] - u)).toBeLessThan(1e-9 * (1 + Math.abs(u) + 1e5)),
          );
          expect(b.firstLiquidationMove).toBe(a.firstLiquidationMove);
        },
      ),
    );
  });
});

describe('cross crossing agrees with the engine on one-position accounts', () => {
  const venues = [
    { venue: 'generic' as const, contract: 'inverse' as const, quantity: 1000, contractSize: 100, wallet: 0.5 },
    {
      venue: 'binance-usdm' as const,
      contract: 'linear' as const,
      quantity: 2,
      contractSize: undefined,
      wallet: 20000,
    },
    { venue: 'okx' as const, contract: 'linear' as const, quantity: 2, contractSize: undefined, wallet: 20000 },
    { venue: 'bybit' as const, contract: 'linear' as const, quantity: 2, contractSize: undefined, wallet: 20000 },
    { venue: 'binance-coinm' as const, contract: 'inverse' as const, quantity: 500, contractSize: 100, wallet: 0.3 },
  ];
  for (const v of venues) {
    for (const side of ['long', 'short'] as const) {
      it(`${v.venue} ${v.contract} ${side}`, () => {
        const account: AccountSpec = {
          venue: v.venue,
          marginMode: 'cross',
          walletBalance: v.wallet,
          positions: [
            pos({
              id: 'p',
              symbol: 'BTCUSDT',
              side,
              contract: v.contract,
              quantity: v.quantity,
              contractSize: v.contractSize,
              entryPrice: 60000,
              markPrice: 61000,
              mmr: 0.004,
            }),
          ],
        };
        const lp = assessAccount(account).positions[0].liquidationPrice as number;
        const m = lp / 61000 - 1;
        // Just before the LP alive, just past it dead (the engine rounds its LP conservatively by ≤ 1e-8).
        const s = stressSweep(account, { moves: [m * (1 - 1e-6), m * (1 + 1e-6)] });
        expect(Array.from(s.liquidatedCount)).toEqual([0, 1]);
      });
    }
  }
});

describe('the path ends at −100 %', () => {
  it('a low-beta long is never priced at 0: its cross account dies where (1 + m)^β meets the wallet', () => {
    // Long 1 @ 100 with beta 0.5, wallet 60, mmr 0: balance 60 + 100·((1 + m)^0.5 − 1) = 0 at m = 0.4² − 1 = −0.84.
    const account: AccountSpec = {
      venue: 'generic',
      marginMode: 'cross',
      walletBalance: 60,
      positions: [pos({ id: 'x', symbol: 'XUSDT', mmr: 0 })],
    };
    const s = stressSweep(account, { moves: [-0.83, -0.85, -1, -1.5], betas: { XUSDT: 0.5 } });
    expect(Array.from(s.liquidatedCount)).toEqual([0, 1, 1, 1]);
    expect(s.equity[0]).toBeCloseTo(60 + 100 * (Math.sqrt(0.17) - 1), 9);
    expect(createStressModel(account, { XUSDT: 0.5 }).lo[0]).toBeCloseTo(-0.84, 12);
  });
});
