import { describe, expect, it } from 'vitest';
import type { Book, BookAccount, BookPosition } from '../book/index';
import { lookupTierTable } from '../engine/index';
import type { RuleContext } from './context';
import { evaluateRules } from './evaluate';
import { defaultRules, type Rule, type RuleId, type RuleOf } from './rules';
import { warningSchema } from './warning';

/*
 * Fixture: venue `generic` (textbook), flat mmr 0, isolated 10×, 1 unit long at 100 (mark 100).
 * Isolated margin = 100 / 10 = 10; LP solves 10 + (P − 100) = 0 → P = 90, i.e. 10 % from the mark.
 * Free balance 990 → equity = 990 + 10 + 0 = 1 000.
 */
function pos(over: Partial<BookPosition> = {}): BookPosition {
  return {
    id: 'p1',
    accountId: 'a1',
    symbol: 'XUSDT',
    side: 'long',
    contract: 'linear',
    quantity: 1,
    entryPrice: 100,
    markPrice: 100,
    leverage: 10,
    mmr: 0,
    stopLoss: 95,
    markSource: 'manual',
    ...over,
  };
}
function account(positions: BookPosition[], over: Partial<BookAccount> = {}): BookAccount {
  return { id: 'a1', name: 'Main', venue: 'generic', marginMode: 'isolated', walletBalance: 990, positions, ...over };
}
const book = (...accounts: BookAccount[]): Book => ({ accounts });

function rule<Id extends RuleId>(id: Id, over: Partial<RuleOf<Id>> = {}): Rule {
  const d = defaultRules.find((r) => r.id === id) as RuleOf<Id>;
  return { ...d, ...over } as Rule;
}
function run(b: Book, r: Rule, ctx: RuleContext = {}) {
  const ws = evaluateRules(b, [r], { now: '2026-11-25T12:00:00Z', ...ctx }); // a Wednesday
  for (const w of ws) warningSchema.parse(w);
  return ws.filter((w) => w.ruleId === r.id);
}
const one = book(account([pos()]));

describe('stop-missing', () => {
  it('fires without a stop, not with one', () => {
    const ws = run(book(account([pos({ stopLoss: null })])), rule('stop-missing'));
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({ positionId: 'p1', accountId: 'a1', severity: 'warning', value: null });
    expect(ws[0].message).toMatch(/Main · XUSDT long has no stop-loss/);
    expect(run(one, rule('stop-missing'))).toHaveLength(0);
  });
});

describe('stop-beyond-lp (LP 90)', () => {
  it('fires for a stop at or below the LP, not above it', () => {
    expect(run(book(account([pos({ stopLoss: 89 })])), rule('stop-beyond-lp'))[0]).toMatchObject({
      value: 89,
      threshold: 90,
      severity: 'critical',
    });
    expect(run(book(account([pos({ stopLoss: 90 })])), rule('stop-beyond-lp'))).toHaveLength(1);
    expect(run(book(account([pos({ stopLoss: 90.01 })])), rule('stop-beyond-lp'))).toHaveLength(0);
  });
  it('for a short the LP is above: 1 short at 100, 10× → LP 110', () => {
    expect(run(book(account([pos({ side: 'short', stopLoss: 111 })])), rule('stop-beyond-lp'))).toHaveLength(1);
    expect(run(book(account([pos({ side: 'short', stopLoss: 105 })])), rule('stop-beyond-lp'))).toHaveLength(0);
  });
});

describe('stop-in-liq-buffer', () => {
  // Stop 99, LP 90: gap (99 − 90) / 90 = 10 %.
  const b = book(account([pos({ stopLoss: 99 })]));
  it('does not fire at the threshold, fires just above it', () => {
    expect(run(b, rule('stop-in-liq-buffer', { bufferPct: 10 }))).toHaveLength(0);
    const ws = run(b, rule('stop-in-liq-buffer', { bufferPct: 10.01 }));
    expect(ws[0]).toMatchObject({ value: 10, threshold: 10.01 });
    expect(ws[0].message).toMatch(/only 10 % from the liquidation price 90/);
  });
  it('a stop beyond the LP is the other rule, not this one', () => {
    expect(run(book(account([pos({ stopLoss: 89 })])), rule('stop-in-liq-buffer', { bufferPct: 50 }))).toHaveLength(0);
  });
});

describe('lp-distance (10 % away)', () => {
  it('does not fire at the threshold, fires just above it', () => {
    expect(run(one, rule('lp-distance', { minDistancePct: 10 }))).toHaveLength(0);
    const ws = run(one, rule('lp-distance', { minDistancePct: 10.01 }));
    expect(ws[0]).toMatchObject({ value: 10, threshold: 10.01, positionId: 'p1' });
    expect(ws[0].message).toMatch(/liquidation at 90 is 10 % from the mark 100/);
  });
});

describe('lp-sigma', () => {
  // σ_24h = 0.6 · √(24 / 8760) = 0.031405; distance 0.10 / 0.031405 = 3.184 σ.
  const ctx = { annualVolatility: { 'X/USDT': 0.6 } };
  it('does not fire when the distance exceeds k σ, fires when it does not', () => {
    expect(run(one, rule('lp-sigma', { k: 3.18 }), ctx)).toHaveLength(0);
    const ws = run(one, rule('lp-sigma', { k: 3.19 }), ctx);
    expect(ws[0].value).toBeCloseTo(3.18416, 4);
  });
  it('skips symbols without a volatility', () => {
    expect(run(one, rule('lp-sigma', { k: 100 }))).toHaveLength(0);
  });
});

describe('leverage-cap', () => {
  it('uses the set leverage: 10× vs caps 10 and 9.99', () => {
    expect(run(one, rule('leverage-cap', { maxLeverage: 10 }))).toHaveLength(0);
    expect(run(one, rule('leverage-cap', { maxLeverage: 9.99 }))[0]).toMatchObject({ value: 10, threshold: 9.99 });
  });
  it('without a setting, notional / isolated margin: 100 / 20 = 5×', () => {
    const b = book(account([pos({ leverage: undefined, isolatedMargin: 20 })], { walletBalance: 980 }));
    expect(run(b, rule('leverage-cap', { maxLeverage: 5 }))).toHaveLength(0);
    expect(run(b, rule('leverage-cap', { maxLeverage: 4.99 }))[0].message).toMatch(
      /5× \(notional \/ isolated margin\)/,
    );
  });
});

describe('notional-share (100 of equity 1 000 = 10 %)', () => {
  it('does not fire at the threshold, fires just below it', () => {
    expect(run(one, rule('notional-share', { maxPctOfEquity: 10 }))).toHaveLength(0);
    expect(run(one, rule('notional-share', { maxPctOfEquity: 9.99 }))[0]).toMatchObject({ value: 10 });
  });
});

describe('loss-to-stop', () => {
  it('loss 100 − 95 = 5 = 0.5 % of 1 000', () => {
    expect(run(one, rule('loss-to-stop', { maxPctOfEquity: 0.5 }))).toHaveLength(0);
    expect(run(one, rule('loss-to-stop', { maxPctOfEquity: 0.49 }))[0]).toMatchObject({ value: 0.5 });
  });
  it('counts the fee to close: 5 + 0.001 · 95 = 5.095 → 0.5095 %', () => {
    const b = book(account([pos()], { takerFeeRate: 0.001 }));
    expect(run(b, rule('loss-to-stop', { maxPctOfEquity: 0.5 }))[0].value).toBeCloseTo(0.5095, 10);
  });
});

describe('portfolio-risk', () => {
  // Long 1 @ mark 100 stop 95 (loss 5) + short 0.5 @ mark 100 stop 110 (loss 5); margins 10 + 5;
  // free 985 → equity 1 000; total 10 = 1 %.
  const both = (stop2: number | null) =>
    book(
      account([pos(), pos({ id: 'p2', symbol: 'YUSDT', side: 'short', quantity: 0.5, stopLoss: stop2 })], {
        walletBalance: 985,
      }),
    );
  it('does not fire at the threshold, fires just below it', () => {
    expect(run(both(110), rule('portfolio-risk', { maxPctOfEquity: 1 }))).toHaveLength(0);
    const ws = run(both(110), rule('portfolio-risk', { maxPctOfEquity: 0.99 }));
    expect(ws[0]).toMatchObject({ value: 1, threshold: 0.99 });
    expect(ws[0].positionId).toBeUndefined();
  });
  it('a position without a stop makes it UNBOUNDED, whatever the threshold', () => {
    const ws = run(both(null), rule('portfolio-risk', { maxPctOfEquity: 100 }));
    expect(ws[0].value).toBeNull();
    expect(ws[0].message).toMatch(/UNBOUNDED — YUSDT short has no stop-loss/);
  });
});

describe('concentration-symbol', () => {
  // Hedge mode: long 1 + short 0.4 of XUSDT → net 60 of equity 1 000 (free 986 + margins 10 + 4) = 6 %.
  const b = book(
    account([pos(), pos({ id: 'p2', side: 'short', quantity: 0.4, stopLoss: 105 })], {
      walletBalance: 986,
      positionMode: 'hedge',
    }),
  );
  it('nets long and short legs; does not fire at the threshold, fires below it', () => {
    expect(run(b, rule('concentration-symbol', { maxPctOfEquity: 6 }))).toHaveLength(0);
    const ws = run(b, rule('concentration-symbol', { maxPctOfEquity: 5.99 }));
    expect(ws[0].value).toBeCloseTo(6, 12);
    expect(ws[0].message).toMatch(/net long XUSDT exposure 60/);
  });
});

describe('concentration-beta', () => {
  // XUSDT long notional 100 with β 2 → 200; BTCUSDT short notional 50 (β 1 by default) → −50;
  // net 150 of equity 1 000 (free 985 + 10 + 5) = 15 %.
  const b = book(
    account([pos(), pos({ id: 'p2', symbol: 'BTCUSDT', side: 'short', quantity: 0.5, stopLoss: 105 })], {
      walletBalance: 985,
    }),
  );
  it('does not fire at the threshold, fires below it', () => {
    expect(run(b, rule('concentration-beta', { maxPctOfEquity: 15 }), { betas: { XUSDT: 2 } })).toHaveLength(0);
    expect(run(b, rule('concentration-beta', { maxPctOfEquity: 14.99 }), { betas: { XUSDT: 2 } })[0].value).toBeCloseTo(
      15,
      12,
    );
  });
  it('says which symbols had no beta', () => {
    // β 1 for both: 100 − 50 = 50 = 5 %.
    const ws = run(b, rule('concentration-beta', { maxPctOfEquity: 4 }));
    expect(ws[0].value).toBeCloseTo(5, 12);
    expect(ws[0].message).toMatch(/no beta for XUSDT, counted at β = 1/);
  });
});

describe('tier-jump', () => {
  // Tiers 0–125 (1 %) and 125+ (2 %, cum 1.25): notional 100 is (125 − 100) / 125 = 20 % below the boundary.
  const tiers = [
    { minNotional: 0, maxNotional: 125, mmr: 0.01, maintenanceAmount: 0 },
    { minNotional: 125, maxNotional: Infinity, mmr: 0.02, maintenanceAmount: 1.25 },
  ];
  const b = book(account([pos({ mmr: undefined, tiers })]));
  it('does not fire at the threshold, fires just above it', () => {
    expect(run(b, rule('tier-jump', { withinPct: 20 }))).toHaveLength(0);
    const ws = run(b, rule('tier-jump', { withinPct: 20.01 }));
    expect(ws[0]).toMatchObject({ value: 20 });
    expect(ws[0].message).toMatch(/from 1 % to 2 %/);
  });
  it('never fires in the last tier', () => {
    expect(run(one, rule('tier-jump', { withinPct: 100 }))).toHaveLength(0);
  });
});

describe('stale-tiers', () => {
  const table = lookupTierTable('binance-usdm', 'BTCUSDT');
  const retrieved = Date.parse(`${table?.retrieved}T00:00:00Z`);
  const b = book(
    account(
      [
        pos({
          symbol: 'BTCUSDT',
          quantity: 0.01,
          entryPrice: 70_000,
          markPrice: 70_000,
          mmr: undefined,
          stopLoss: 68_000,
        }),
      ],
      { venue: 'binance-usdm' },
    ),
  );
  const at = (days: number) => ({ now: new Date(retrieved + days * 86_400_000) });
  it('does not fire at exactly N days, fires after', () => {
    expect(run(b, rule('stale-tiers', { maxAgeDays: 180 }), at(180))).toHaveLength(0);
    const ws = run(b, rule('stale-tiers', { maxAgeDays: 180 }), at(181));
    expect(ws[0]).toMatchObject({ value: 181, threshold: 180 });
    expect(ws[0].message).toContain(table?.retrieved);
  });
  it('positions with their own tiers are not stale', () => {
    expect(run(one, rule('stale-tiers', { maxAgeDays: 1 }), at(10_000))).toHaveLength(0);
  });
});

describe('cross-contagion', () => {
  // Cross, wallet 15, A and B each long 1 @ 100, mmr 0. B's LP = 100 − (wallet + uPnL_A) = 85
  // (15 % away). Shock A −10 % → uPnL_A = −10 → B's LP = 100 − 5 = 95: 5 % from its mark.
  const b = book(
    account([pos({ id: 'a' }), pos({ id: 'b', symbol: 'YUSDT' })], { marginMode: 'cross', walletBalance: 15 }),
  );
  it('does not fire at the threshold, fires just above it', () => {
    expect(run(b, rule('cross-contagion', { shockPct: 10, minDistancePct: 5 }))).toHaveLength(0);
    const ws = run(b, rule('cross-contagion', { shockPct: 10, minDistancePct: 5.01 })).filter(
      (w) => w.positionId === 'b',
    );
    expect(ws).toHaveLength(1);
    expect(ws[0].value).toBeCloseTo(5, 12);
    expect(ws[0].message).toMatch(
      /if XUSDT alone moves 10 % against the long \(to 90\), YUSDT long's liquidation price moves to 95/,
    );
  });
  it('isolated accounts do not share a wallet: never fires', () => {
    expect(
      run(
        book(account([pos({ id: 'a' }), pos({ id: 'b', symbol: 'YUSDT' })])),
        rule('cross-contagion', { minDistancePct: 99 }),
      ),
    ).toHaveLength(0);
  });
});

describe('weekend (LP 10 % away)', () => {
  const thursdayNoon = '2026-11-26T12:00:00Z'; // Saturday 00:00 UTC is 36 h later
  it('does not fire at the threshold, fires just above it when a weekend is within the horizon', () => {
    expect(run(one, rule('weekend', { weekendMovePct: 10, horizonHours: 36 }), { now: thursdayNoon })).toHaveLength(0);
    expect(
      run(one, rule('weekend', { weekendMovePct: 10.01, horizonHours: 36 }), { now: thursdayNoon })[0],
    ).toMatchObject({ value: 10 });
  });
  it('does not fire when the weekend is beyond the horizon', () => {
    expect(run(one, rule('weekend', { weekendMovePct: 50, horizonHours: 35.9 }), { now: thursdayNoon })).toHaveLength(
      0,
    );
  });
  it('fires on a Sunday whatever the horizon', () => {
    expect(
      run(one, rule('weekend', { weekendMovePct: 50, horizonHours: 1 }), { now: '2026-11-29T20:00:00Z' }),
    ).toHaveLength(1);
  });
});

describe('evaluateRules', () => {
  it('orders by severity and skips disabled rules', () => {
    const b = book(account([pos({ stopLoss: null, leverage: 50 })], { walletBalance: 998 }));
    const ws = evaluateRules(
      b,
      [rule('stop-missing'), rule('lp-distance', { minDistancePct: 5 }), rule('leverage-cap', { enabled: false })],
      { now: '2026-11-25T12:00:00Z' },
    );
    // 50×: LP 98, 2 % from the mark → critical lp-distance first, then the stop-missing warning.
    expect(ws.map((w) => w.ruleId)).toEqual(['lp-distance', 'stop-missing']);
  });

  it('an account the engine cannot assess gives one critical warning, and still the missing stops', () => {
    const b = book(account([pos({ symbol: 'DOGEUSDT', mmr: undefined, stopLoss: null })], { venue: 'binance-usdm' }));
    const ws = evaluateRules(b, defaultRules, { now: '2026-11-25T12:00:00Z' });
    expect(ws.map((w) => w.ruleId)).toEqual(['assessment-failed', 'stop-missing']);
    expect(ws[0].message).toMatch(/no maintenance tiers for binance-usdm DOGEUSDT/);
  });

  it('defaults over a healthy position: nothing to say', () => {
    // 2× isolated, LP 50 (50 % away), stop 95 (loss 0.5 %): quiet on a Wednesday with a 72 h horizon.
    const b = book(account([pos({ leverage: 2 })], { walletBalance: 950 }));
    expect(evaluateRules(b, defaultRules, { now: '2026-11-25T12:00:00Z' })).toEqual([]);
  });
});

describe('inverse accounts: sizes in USD contracts, money in coin', () => {
  // 10 contracts × 100 USD = Q 1 000 USD long @ 50 000, 10× isolated: margin (1 000 / 50 000) / 10
  // = 0.002 BTC. LP: 0.002 + 1 000·(1/50 000 − 1/P) = 0 → P = 1 000 / 0.022 = 45 454.55 (9.09 %).
  // Stop 45 000: loss = 1 000·(1/45 000 − 1/50 000) = 0.0022222 BTC; equity 0.218 + 0.002 = 0.22 BTC
  // → 1.0101 % of equity.
  const inv = (stopLoss: number) =>
    book(
      account(
        [
          pos({
            symbol: 'BTCUSD',
            contract: 'inverse',
            quantity: 10,
            contractSize: 100,
            entryPrice: 50_000,
            markPrice: 50_000,
            stopLoss,
          }),
        ],
        { walletBalance: 0.218 },
      ),
    );
  it('loss-to-stop in coin against coin equity', () => {
    const ws = run(inv(45_000), rule('loss-to-stop', { maxPctOfEquity: 1 }));
    expect(ws[0].value).toBeCloseTo(((1_000 * (1 / 45_000 - 1 / 50_000)) / 0.22) * 100, 10);
    expect(ws[0].message).toMatch(/loses 0.002222 coin/);
    expect(run(inv(45_000), rule('loss-to-stop', { maxPctOfEquity: 1.02 }))).toHaveLength(0);
  });
  it('a stop below the inverse LP is beyond it', () => {
    expect(run(inv(45_000), rule('stop-beyond-lp'))[0].threshold).toBeCloseTo(1_000 / 0.022, 6);
    expect(run(inv(46_000), rule('stop-beyond-lp'))).toHaveLength(0);
  });
});

describe('cross-contagion picks the worst other symbol', () => {
  // Wallet 25; A long 1 @ 100, B long 1 @ 100, C long 0.5 @ 100 (all mmr 0). C's LP before:
  // 100 − (25 + 0 + 0)/0.5 = 50. Shock A −10 % (loss 10, the largest) → C's LP = 100 − 15/0.5 = 70,
  // 30 % away; B's shock is the same size. C's own shock (loss 5) is never used against C.
  const b = book(
    account([pos({ id: 'a' }), pos({ id: 'b', symbol: 'YUSDT' }), pos({ id: 'c', symbol: 'ZUSDT', quantity: 0.5 })], {
      marginMode: 'cross',
      walletBalance: 25,
    }),
  );
  it('fires for C just above 30 %, not at 30 %', () => {
    expect(
      run(b, rule('cross-contagion', { shockPct: 10, minDistancePct: 30 })).filter((w) => w.positionId === 'c'),
    ).toHaveLength(0);
    const ws = run(b, rule('cross-contagion', { shockPct: 10, minDistancePct: 30.01 })).filter(
      (w) => w.positionId === 'c',
    );
    expect(ws).toHaveLength(1);
    expect(ws[0].value).toBeCloseTo(30, 10);
    expect(ws[0].message).toMatch(/if XUSDT alone moves 10 %/);
  });
});

describe('betas and volatility from shared/stress defaults', () => {
  it('concentration-beta uses DEFAULT_BETAS for ETH when the context has none', async () => {
    const { DEFAULT_BETAS } = await import('../stress/betas');
    // ETHUSDT long notional 100 · β_ETH, equity 1 000.
    const b = book(account([pos({ symbol: 'ETHUSDT' })]));
    const ws = run(b, rule('concentration-beta', { maxPctOfEquity: 0 }));
    expect(ws[0].value).toBeCloseTo(((100 * DEFAULT_BETAS.ETH) / 1_000) * 100, 10);
    expect(ws[0].message).not.toMatch(/no beta/);
  });
  it('lp-sigma falls back to |β| × BTC volatility, keyed by base asset', () => {
    // β_X = 2 from the context, BTC σ 0.3 → 0.6 a year → 3.184 σ as in the lp-sigma test above.
    const ctx = { betas: { X: 2 }, btcVolatility: 0.3 };
    expect(run(one, rule('lp-sigma', { k: 3.18 }), ctx)).toHaveLength(0);
    expect(run(one, rule('lp-sigma', { k: 3.19 }), ctx)[0].value).toBeCloseTo(3.18416, 4);
  });
});

describe('past the end of a shipped tier table', () => {
  it('an LP the engine cannot place is reported, not taken for "never liquidated"', () => {
    // COIN-M BTCUSD's shipped table ends at 400 BTC. Cross long 199 000 contracts × 100 USD = 19.9 M USD
    // at 50 000 (398 BTC at the mark, inside the table) with 60 BTC in the wallet: the LP sits
    // where the notional (19.9 M / LP) passes 400 BTC, which the table does not document.
    const table = lookupTierTable('binance-coinm', 'BTCUSD');
    expect(table?.tiers.at(-1)?.maxNotional).toBe(400);
    const b = book(
      account(
        [
          pos({
            symbol: 'BTCUSD',
            contract: 'inverse',
            quantity: 199_000,
            contractSize: 100,
            entryPrice: 50_000,
            markPrice: 50_000,
            mmr: undefined,
            leverage: 10,
          }),
        ],
        { venue: 'binance-coinm', marginMode: 'cross', walletBalance: 60 },
      ),
    );
    const ws = evaluateRules(b, [], { now: '2026-11-25T12:00:00Z' });
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({
      ruleId: 'assessment-failed',
      severity: 'critical',
      positionId: 'p1',
      threshold: 400,
    });
    expect(ws[0].value as number).toBeGreaterThan(400);
  });
});
