import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Book, BookAccount } from '../book/types';
import { bp } from '../../test/fixtures/stress/bookPosition';
import { cascadeLadder, type LadderEvent } from './ladder';
import { bookLiquidationMoves, liquidationMove, nearerMove } from './joint';

const SYMBOLS = ['BTCUSDT', 'ETHUSDT', 'SOLUSDT', 'DOGEUSDT', 'XRPUSDT'];
const BETAS = { ETH: 1.2, SOL: 1.8, DOGE: 1.5, XRP: 0.7 };

/** Books with cross and isolated accounts, long- and short-heavy (skew), linear. */
const arbAccount = (id: string) =>
  fc
    .record({
      marginMode: fc.constantFrom<'isolated' | 'cross'>('isolated', 'cross'),
      walletBalance: fc.double({ min: 0, max: 5000, noNaN: true }),
      longShare: fc.double({ min: 0, max: 1, noNaN: true }),
      positions: fc.uniqueArray(
        fc.record({
          symbol: fc.constantFrom(...SYMBOLS),
          short: fc.double({ min: 0, max: 1, noNaN: true }),
          quantity: fc.double({ min: 0.1, max: 50, noNaN: true }),
          entryPrice: fc.double({ min: 10, max: 1000, noNaN: true }),
          markRatio: fc.double({ min: 0.9, max: 1.1, noNaN: true }),
          leverage: fc.integer({ min: 1, max: 25 }),
          mmr: fc.double({ min: 0.002, max: 0.03, noNaN: true }),
        }),
        { minLength: 1, maxLength: 5, selector: (p) => p.symbol },
      ),
    })
    .map((a): BookAccount => ({
      id,
      name: id,
      venue: 'generic',
      marginMode: a.marginMode,
      walletBalance: a.walletBalance,
      positions: a.positions.map((p, i) =>
        bp({
          id: `${id}-${i}`,
          accountId: id,
          symbol: p.symbol,
          side: p.short < 1 - a.longShare ? 'short' : 'long',
          quantity: p.quantity,
          entryPrice: p.entryPrice,
          markPrice: p.entryPrice * p.markRatio,
          leverage: p.leverage,
          mmr: p.mmr,
        }),
      ),
    }));

const arbBook = fc.tuple(arbAccount('a'), arbAccount('b'), arbAccount('c')).map(([a, b, c]): Book => ({
  accounts: [
    a,
    b,
    c,
    {
      ...a,
      id: 'btc',
      name: 'btc',
      positions: [
        bp({ id: 'ref', accountId: 'btc', symbol: 'BTCUSDT', markPrice: 97000, entryPrice: 97000, leverage: 2 }),
      ],
    },
  ],
}));

const firstRung = (events: LadderEvent[], accountId: string, positionId?: string) =>
  events.find((e) => e.accountId === accountId && (positionId === undefined || e.positionId === positionId))?.btcMove ??
  null;

describe('liquidationMove', () => {
  it('equals the ladder’s first liquidation rung of each account and position, both directions, on generated books', () => {
    fc.assert(
      fc.property(arbBook, fc.double({ min: 0, max: 1, noNaN: true }), (book, c) => {
        const ladder = cascadeLadder(book, { betas: BETAS, stressCorrelation: c });
        const moves = bookLiquidationMoves(book, { betas: BETAS, stressCorrelation: c });
        expect(moves.btcPrice).toBe(ladder.btcPrice);
        for (const a of moves.accounts) {
          expect(a.liquidationMoves.down?.btcMove ?? null).toBe(firstRung(ladder.down, a.accountId));
          expect(a.liquidationMoves.up?.btcMove ?? null).toBe(firstRung(ladder.up, a.accountId));
          for (const p of a.positions) {
            expect(p.liquidationMoves.down?.btcMove ?? null).toBe(firstRung(ladder.down, a.accountId, p.positionId));
            expect(p.liquidationMoves.up?.btcMove ?? null).toBe(firstRung(ladder.up, a.accountId, p.positionId));
          }
          const first = a.liquidationMoves.down ?? a.liquidationMoves.up;
          if (first) {
            expect(first.stressCorrelation).toBe(c);
            expect(first.btcPrice).toBeCloseTo((moves.btcPrice as number) * (1 + first.btcMove), 6);
            expect(first.wipedAt?.btcMove).toBe(first.btcMove);
          }
          expect(a.liquidationMove).toBe(nearerMove(a.liquidationMoves));
        }
      }),
      { numRuns: 120 },
    );
  });

  // Cross, wallet 1 000: long 0.1 BTC @ 50 000 and long 1 ETH @ 3 000 (β 1): dies at −945 / 7 945.
  const cross: BookAccount = {
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

  it('cross: the account’s move, given to every position, with the BTC price there', () => {
    const r = liquidationMove(cross, { stressCorrelation: 0, betas: { ETH: 1 } });
    expect(r.liquidationMove).toMatchObject({ direction: 'down', stressCorrelation: 0 });
    expect(r.liquidationMove?.btcMove).toBeCloseTo(-945 / 7945, 12);
    expect(r.liquidationMove?.btcPrice).toBeCloseTo(50000 * (1 - 945 / 7945), 6);
    expect(r.liquidationMoves.up).toBeNull();
    for (const p of r.positions) expect(p.liquidationMove).toBe(r.liquidationMove);
  });

  it('a short-heavy account dies on a rise; the headline is the nearer move in log distance', () => {
    // Short 1 ETH @ 3 000 and long 0.01 BTC @ 50 000, wallet 400, flat 0.5 %, β 1.
    const shortHeavy: BookAccount = {
      ...cross,
      walletBalance: 400,
      positions: [
        bp({
          id: 'eth',
          accountId: 'x',
          symbol: 'ETHUSDT',
          side: 'short',
          quantity: 1,
          entryPrice: 3000,
          markPrice: 3000,
        }),
        bp({ id: 'btc', accountId: 'x', symbol: 'BTCUSDT', quantity: 0.01, entryPrice: 50000, markPrice: 50000 }),
      ],
    };
    const r = liquidationMove(shortHeavy, { stressCorrelation: 0, betas: { ETH: 1 } });
    // Balance 400 − 3 000·m + 500·m − 0.005·3 500·(1 + m) = 382.5 − 2 517.5·m → m = 382.5 / 2 517.5.
    expect(r.liquidationMoves.up?.btcMove).toBeCloseTo(382.5 / 2517.5, 12);
    expect(r.liquidationMoves.down).toBeNull();
    expect(r.liquidationMove?.direction).toBe('up');
    // −50 % and +100 % are equally far: a tie goes to the fall; +90 % beats −50 %.
    const mv = (btcMove: number, direction: 'down' | 'up') => ({
      btcMove,
      btcPrice: null,
      direction,
      stressCorrelation: 0,
      wipedAt: null,
    });
    expect(nearerMove({ down: mv(-0.5, 'down'), up: mv(1, 'up') })?.direction).toBe('down');
    expect(nearerMove({ down: mv(-0.5, 'down'), up: mv(0.9, 'up') })?.direction).toBe('up');
    expect(nearerMove({ down: null, up: null })).toBeNull();
  });

  it('isolated: each position its own move, the account the nearest; null where nothing dies', () => {
    const iso: BookAccount = {
      id: 'i',
      name: 'Isolated',
      venue: 'generic',
      marginMode: 'isolated',
      walletBalance: 50,
      positions: [
        bp({ id: 'a', accountId: 'i', symbol: 'BTCUSDT', isolatedMargin: 10 }), // LP 90/0.995
        bp({ id: 'b', accountId: 'i', symbol: 'BTCUSDC', side: 'short', isolatedMargin: 20 }), // LP 120/1.005
        bp({ id: 'c', accountId: 'i', symbol: 'BTC-USDT-SWAP', isolatedMargin: 200 }), // fully covered: no LP
      ],
    };
    const r = liquidationMove(iso, { stressCorrelation: 1 });
    expect(r.positions[0].liquidationMove?.btcMove).toBeCloseTo(90 / 0.995 / 100 - 1, 12);
    expect(r.positions[1].liquidationMove?.btcMove).toBeCloseTo(120 / 1.005 / 100 - 1, 12);
    expect(r.positions[2].liquidationMove).toBeNull();
    expect(r.liquidationMoves.down?.btcMove).toBe(r.positions[0].liquidationMoves.down?.btcMove);
    expect(r.liquidationMoves.up?.btcMove).toBe(r.positions[1].liquidationMoves.up?.btcMove);
    // −9.5 % is nearer than +19.4 %.
    expect(r.liquidationMove?.direction).toBe('down');
  });

  it('a COIN-M BTC position dies at the BTC price of its own liquidation price (β 1, whatever the correlation)', () => {
    const coinm: BookAccount = {
      id: 'cm',
      name: 'COIN-M',
      venue: 'generic',
      marginMode: 'isolated',
      walletBalance: 0,
      positions: [
        bp({
          id: 'p',
          accountId: 'cm',
          symbol: 'BTCUSD_PERP',
          contract: 'inverse',
          quantity: 100,
          contractSize: 100,
          entryPrice: 95000,
          markPrice: 97056,
          leverage: 10,
        }),
      ],
    };
    const ladder = cascadeLadder({ accounts: [coinm] }, { stressCorrelation: 1 });
    const r = liquidationMove(coinm, { stressCorrelation: 1 });
    expect(r.liquidationMove?.btcPrice).toBeCloseTo(ladder.down[0].liquidationPrice as number, 6);
    expect(r.liquidationMove?.btcMove).toBe(ladder.down[0].btcMove);
  });

  it('Hyperliquid partial liquidation: the first rung is the 20 % step, wipedAt where the rest goes', () => {
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
    const r = liquidationMove(hl, { stressCorrelation: 0 });
    expect(r.liquidationMove?.btcMove).toBe(ladder.down[0].btcMove);
    expect(r.liquidationMove?.wipedAt?.btcMove).toBe(ladder.down[1].btcMove);
    expect(r.liquidationMove?.wipedAt?.btcPrice).toBeCloseTo(ladder.down[1].price, 6);
  });

  it('funding over a horizon is applied only when given; a bad correlation is refused', () => {
    const r0 = liquidationMove(cross, { stressCorrelation: 0, betas: { ETH: 1 } });
    const r1 = liquidationMove(cross, {
      stressCorrelation: 0,
      betas: { ETH: 1 },
      fundingRates: { BTC: 0.001, ETH: 0.001 },
      horizonHours: 24 * 30,
    });
    // Longs pay: the wallet shrinks, so the account dies nearer.
    expect(r1.liquidationMove!.btcMove).toBeGreaterThan(r0.liquidationMove!.btcMove);
    expect(() => liquidationMove(cross, { stressCorrelation: 1.5 })).toThrow(RangeError);
    expect(liquidationMove({ ...cross, positions: [] }, { stressCorrelation: 1 }).liquidationMove).toBeNull();
  });

  it('a book: accounts the engine refuses are listed, the others answered; no BTC price → null prices', () => {
    const bad: BookAccount = {
      ...cross,
      id: 'bad',
      name: 'Bad',
      venue: 'binance-usdm',
      positions: [bp({ id: 'z', accountId: 'bad', symbol: 'ZZZUSDT', mmr: undefined })],
    };
    const noBtc: BookAccount = { ...cross, id: 'n', positions: [cross.positions[1]] };
    const r = bookLiquidationMoves({ accounts: [bad, noBtc] }, { stressCorrelation: 1 });
    expect(r.skipped.map((s) => s.accountId)).toEqual(['bad']);
    expect(r.btcPrice).toBeNull();
    expect(r.accounts[0].liquidationMove?.btcPrice).toBeNull();
    expect(r.accounts[0].liquidationMove?.btcMove).toBeLessThan(0);
  });
});
