import { describe, expect, it } from 'vitest';
import type { Book, BookAccount } from '../book/types';
import { toAccountSpec } from '../book/types';
import { bp } from '@test/fixtures/stress/bookPosition';
import { assessAccount } from '../engine/assess';
import { cascadeLadder, rungsUpTo } from './ladder';
import { stressSweep } from './sweep';

const crossAccount: BookAccount = {
  id: 'x',
  name: 'Cross',
  venue: 'generic',
  marginMode: 'cross',
  walletBalance: 1000,
  positions: [
    bp({
      id: 'btc',
      accountId: 'x',
      symbol: 'BTCUSDT',
      quantity: 0.1,
      entryPrice: 50000,
      markPrice: 50000,
      mmr: 0.005,
    }),
    bp({ id: 'eth', accountId: 'x', symbol: 'ETHUSDT', quantity: 1, entryPrice: 3000, markPrice: 3000, mmr: 0.01 }),
  ],
};

const isoAccount: BookAccount = {
  id: 'i',
  name: 'Isolated',
  venue: 'generic',
  marginMode: 'isolated',
  walletBalance: 50,
  positions: [
    // LP = 90/0.995 = 90.4523 → move −0.0954774
    bp({ id: 'a', accountId: 'i', symbol: 'SOLUSDT', isolatedMargin: 10 }),
    // LP = 80/0.995 = 80.4020 → move −0.1959799
    bp({ id: 'b', accountId: 'i', symbol: 'DOGEUSDT', isolatedMargin: 20 }),
    // short: LP = 120/1.005 = 119.4030 → move +0.1940299
    bp({ id: 'c', accountId: 'i', symbol: 'XRPUSDT', side: 'short', isolatedMargin: 20 }),
  ],
};

const ones = { SOL: 1, DOGE: 1, XRP: 1, ETH: 1 };

describe('cascadeLadder', () => {
  it('isolated: rungs in order at exact moves, equity after each equals the sweep there', () => {
    const ladder = cascadeLadder({ accounts: [isoAccount] }, { betas: ones, btcPrice: 100000 });
    expect(ladder.down.map((e) => e.positionId)).toEqual(['a', 'b']);
    expect(ladder.down[0].btcMove).toBeCloseTo(90 / 0.995 / 100 - 1, 12);
    expect(ladder.down[1].btcMove).toBeCloseTo(80 / 0.995 / 100 - 1, 12);
    expect(ladder.up.map((e) => e.positionId)).toEqual(['c']);
    expect(ladder.up[0].btcMove).toBeCloseTo(120 / 1.005 / 100 - 1, 12);
    expect(ladder.down[0].btcPrice).toBeCloseTo(100000 * (90 / 0.995 / 100), 6);
    for (const e of [...ladder.down, ...ladder.up]) {
      const s = stressSweep(toAccountSpec(isoAccount), { moves: [e.btcMove], betas: ones });
      expect(e.equityAfter).toBeCloseTo(s.equity[0], 9);
    }
    // After a: free 50 + b (20 − 9.5477) + c (20 + 9.5477) = 90 (a's 10 is gone).
    expect(ladder.down[0].equityAfter).toBeCloseTo(90, 9);
    expect(rungsUpTo(ladder, -0.1).map((e) => e.positionId)).toEqual(['a']);
  });

  it('cross: the account dies as a whole at −945/7945; rows show how the other position dragged each LP', () => {
    const ladder = cascadeLadder({ accounts: [crossAccount] }, { betas: ones });
    const m = -945 / 7945;
    expect(ladder.down).toHaveLength(2);
    for (const e of ladder.down) {
      expect(e.btcMove).toBeCloseTo(m, 10);
      expect(e.equityAfter).toBe(0);
      expect(e.kind).toBe('liquidation');
    }
    const btc = ladder.down.find((e) => e.positionId === 'btc')!;
    // Standalone LP (ETH held at mark): 1000 − 30 + 0.1·(P − 50 000) = 0.0005·P → P = 4030/0.0995.
    expect(btc.liquidationPrice).toBeCloseTo(4030 / 0.0995, 4);
    expect(btc.price).toBeCloseTo(50000 * (1 + m), 6); // dies ~3 550 higher: dragged by ETH's loss
    expect(btc.price).toBeGreaterThan(btc.liquidationPrice!);
    expect(ladder.btcPrice).toBe(50000);
    expect(ladder.up).toHaveLength(0);
  });

  it('stops: a stop above the LP closes the position; one whose fill lies beyond the LP is flagged', () => {
    const withStop = (stopLoss: number): Book => ({
      accounts: [{ ...isoAccount, positions: [{ ...isoAccount.positions[0], stopLoss }] }],
    });
    const ok = cascadeLadder(withStop(95), { betas: ones, stopSlippage: 0.02 });
    expect(ok.down[0].kind).toBe('stop');
    expect(ok.down[0].btcMove).toBeCloseTo(-0.05, 12);
    expect(ok.down[0].stop).toEqual({ trigger: 95, fill: 95 * 0.98 });
    // 50 free + 10 margin + realised (93.1 − 100) = 53.1
    expect(ok.down[0].equityAfter).toBeCloseTo(53.1, 9);
    const gapped = cascadeLadder(withStop(92), { betas: ones, stopSlippage: 0.03 });
    expect(gapped.down[0].kind).toBe('stop-gapped');
    expect(gapped.down[0].btcMove).toBeCloseTo(90 / 0.995 / 100 - 1, 12);
    // A stop below the LP never fires first: flagged too.
    expect(cascadeLadder(withStop(85), { betas: ones, stopSlippage: 0 }).down[0].kind).toBe('stop-gapped');
    // Without a slippage setting stops are ignored.
    expect(cascadeLadder(withStop(95), { betas: ones }).down[0].kind).toBe('liquidation');
  });

  it('cross with a stop: closing the loser first moves the account’s death further away', () => {
    const positions = crossAccount.positions.map((p) => (p.id === 'eth' ? { ...p, stopLoss: 2850 } : p));
    const ladder = cascadeLadder({ accounts: [{ ...crossAccount, positions }] }, { betas: ones, stopSlippage: 0.01 });
    expect(ladder.down[0].kind).toBe('stop');
    expect(ladder.down[0].positionId).toBe('eth');
    // After the stop: wallet 1000 + (2821.5 − 3000) = 821.5; BTC alone: 821.5 + 5000·m = 25·(1+m) → m = −796.5/4975.
    expect(ladder.down[1].btcMove).toBeCloseTo(-796.5 / 4975, 10);
    expect(ladder.down[1].btcMove).toBeLessThan(-945 / 7945);
  });

  it('a whole book: rungs of every account merged nearest first; equity today from assessAccount', () => {
    const ladder = cascadeLadder({ accounts: [crossAccount, isoAccount] }, { betas: ones });
    const moves = ladder.down.map((e) => e.btcMove);
    expect([...moves].sort((a, b) => b - a)).toEqual(moves);
    expect(ladder.down.map((e) => e.positionId)).toEqual(['a', 'btc', 'eth', 'b']);
    expect(ladder.accounts[0].equity).toBe(assessAccount(toAccountSpec(crossAccount)).equity);
  });

  it('stress correlation pulls alt deaths closer on the way down, not on the way up', () => {
    const calm = cascadeLadder({ accounts: [isoAccount] }, { stressCorrelation: 0 });
    const stressed = cascadeLadder({ accounts: [isoAccount] }, { stressCorrelation: 1 });
    expect(stressed.down[0].btcMove).toBeGreaterThan(calm.down[0].btcMove);
    expect(stressed.up[0].btcMove).toBe(calm.up[0].btcMove);
  });

  it('Hyperliquid: an isolated position above $100k loses 20 % at its LP, the rest at its new LP', () => {
    // 2 BTC long @ 100 000, margin 20 000, max leverage 40 → mmr 1/80.
    // LP1: 20 000 + 2·(P − 100 000) = 2·P/80 → P = 180 000 / 1.975 = 91 139.24 (value 182k > 100k).
    // 20 % closed there: margin 20 000 + 0.4·(P1 − 100 000) = 16 455.70; the remaining 1.6 BTC:
    // 16 455.70 + 1.6·(P − 100 000) = 1.6·P/80 → P = (160 000 − 16 455.70) / 1.58 = 90 850.82.
    const hl: BookAccount = {
      id: 'h',
      name: 'HL',
      venue: 'hyperliquid',
      marginMode: 'isolated',
      walletBalance: 0,
      positions: [
        bp({
          id: 'big',
          accountId: 'h',
          symbol: 'BTC',
          quantity: 2,
          entryPrice: 100000,
          markPrice: 100000,
          isolatedMargin: 20000,
          mmr: undefined,
          maxLeverage: 40,
        }),
      ],
    };
    const ladder = cascadeLadder({ accounts: [hl] });
    expect(ladder.down.map((e) => e.kind)).toEqual(['liquidation', 'liquidation']);
    expect(ladder.down.map((e) => e.partial)).toEqual([{ closedFraction: 0.2, remainingShare: 0.8 }, undefined]);
    const p1 = 180000 / 1.975;
    expect(ladder.down[0].price).toBeCloseTo(p1, 4);
    expect(ladder.down[0].pnlAtEvent).toBeCloseTo(0.4 * (p1 - 100000), 6);
    const m2 = 20000 + 0.4 * (p1 - 100000);
    expect(ladder.down[1].price).toBeCloseTo((160000 - m2) / 1.58, 4);
    // Equity just after the partial is unchanged by realising (margin + PnL at the LP).
    expect(ladder.down[0].equityAfter).toBeCloseTo(20000 + 2 * (p1 - 100000), 6);
    expect(ladder.down[1].equityAfter).toBe(0);
    // Below $100k: one full rung.
    const small = cascadeLadder({
      accounts: [{ ...hl, positions: [{ ...hl.positions[0], quantity: 1, isolatedMargin: 10000 }] }],
    });
    expect(small.down.map((e) => e.partial)).toEqual([undefined]);
  });
});
