// oxlint-disable no-loss-of-precision -- the vectors keep OKX's answers digit for digit (up to 20
// significant digits); JavaScript reads each as the nearest double, as the engine reads the API's strings.
import { describe, expect, it } from 'vitest';
import { assessAccount, EngineInputError, type AccountSpec, type PositionSpec } from '../index';

/*
 * Golden vectors: real OKX API answers (GET /api/v5/account/positions, OKX demo trading,
 * 2026-08-31) saved in dream-until-dawn/okx-position-simulator-go testdata/conformance/
 * (isolated-position-metrics.json @049d31a5, inverse-position-metrics.json @8653d32d,
 * close-long-isolated-linear.json @702f9dd9). Inputs and liqPx are copied as OKX printed them;
 * the taker fee is OKX's Lv1 0.05 %. The demo tier tables differ from production beyond tier 1,
 * but every position here is in tier 1 (MMR 0.4 %) of both.
 */
const rel = (actual: number | null, expected: number, tol = 1e-12) => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected) / expected).toBeLessThan(tol);
};

function one(marginMode: AccountSpec['marginMode'], p: Partial<PositionSpec>, walletBalance = 0): number | null {
  const position: PositionSpec = {
    id: 'p',
    symbol: 'BTC-USDT-SWAP',
    side: 'long',
    contract: 'linear',
    quantity: 1,
    entryPrice: 1,
    markPrice: 1,
    ...p,
  };
  const account: AccountSpec = { venue: 'okx', marginMode, walletBalance, takerFeeRate: 0.0005, positions: [position] };
  return assessAccount(account).positions[0].liquidationPrice;
}

describe('okx: published liquidation prices (OKX API answers)', () => {
  it('A. BTC-USDT-SWAP isolated long, 1 contract (0.01 BTC) @ 78,059.05, margin 156.1181 → liqPx 62729.53285283777', () => {
    const lp = one('isolated', {
      quantity: 1,
      contractSize: 0.01,
      entryPrice: 78059.0500000000000002,
      markPrice: 78058.84,
      isolatedMargin: 156.1181,
      tickSize: 0.01,
    });
    rel(lp, 62729.53285283777);
  });
  it('B. BTC-USDT-SWAP isolated short, 1 contract @ 78,091.5, margin 156.183 → liqPx 93289.98502239921', () => {
    const lp = one('isolated', {
      side: 'short',
      quantity: 1,
      contractSize: 0.01,
      entryPrice: 78091.5,
      markPrice: 78084.77,
      isolatedMargin: 156.183,
      tickSize: 0.01,
    });
    rel(lp, 93289.98502239921);
  });
  it('C. BTC-USD-SWAP (inverse, 100 USD) isolated long, 50 contracts @ 78,455.7, margin 0.0031865116237571 BTC → liqPx 75056.05300000001', () => {
    const lp = one('isolated', {
      symbol: 'BTC-USD-SWAP',
      contract: 'inverse',
      quantity: 50,
      contractSize: 100,
      entryPrice: 78455.7,
      markPrice: 78450.7,
      isolatedMargin: 0.0031865116237571,
      tickSize: 0.1,
      mmr: 0.004,
    });
    rel(lp, 75056.05300000001);
  });
  it('D. BTC-USD-SWAP isolated short, 30 contracts @ 78,448.9, margin 0.0038241453991069 BTC → liqPx 86773.09994444436', () => {
    const lp = one('isolated', {
      symbol: 'BTC-USD-SWAP',
      side: 'short',
      contract: 'inverse',
      quantity: 30,
      contractSize: 100,
      entryPrice: 78448.9,
      markPrice: 78450.7,
      isolatedMargin: 0.0038241453991069,
      tickSize: 0.1,
      mmr: 0.004,
    });
    rel(lp, 86773.09994444436);
  });
  it('E. ETH-USDT-SWAP isolated long, 49.18 contracts (0.1 ETH) @ 1,805.5767…, margin 1,700.6075… → liqPx 1466.3929432660957 (shipped ETH tier)', () => {
    const lp = one('isolated', {
      symbol: 'ETH-USDT-SWAP',
      quantity: 49.18,
      contractSize: 0.1,
      entryPrice: 1805.5767334669338683,
      markPrice: 2435.48,
      isolatedMargin: 1700.6075811251431723,
      tickSize: 0.01,
    });
    rel(lp, 1466.3929432660957);
  });
  it('F. BTC-USD-SWAP cross long, 50 contracts @ 78,452.5, cash 0.9998588810261899 BTC → liqPx 4722.2067816408435 (no tick buffer in cross)', () => {
    const lp = one(
      'cross',
      {
        symbol: 'BTC-USD-SWAP',
        contract: 'inverse',
        quantity: 50,
        contractSize: 100,
        entryPrice: 78452.5,
        markPrice: 78448.5,
        tickSize: 0.1,
        mmr: 0.004,
      },
      0.9998588810261899,
    );
    rel(lp, 4722.2067816408435);
  });
  it('G. YFI-USDT-SWAP isolated long, 5 contracts (0.0001 YFI) @ 2,268, margin 0.2268, tier rate 0.65 % → liqPx 1827.290332326284', () => {
    const lp = one('isolated', {
      symbol: 'YFI-USDT-SWAP',
      quantity: 5,
      contractSize: 0.0001,
      entryPrice: 2268,
      markPrice: 2267.5,
      isolatedMargin: 0.2268,
      tickSize: 0.1,
      mmr: 0.0065,
    });
    rel(lp, 1827.290332326284);
  });
  it('H. DOGE-USDT-SWAP isolated long, 50 contracts (1,000 DOGE) @ 0.08274984376, margin 827.4984376 → liqPx 0.0666666407935549', () => {
    const lp = one('isolated', {
      symbol: 'DOGE-USDT-SWAP',
      quantity: 50,
      contractSize: 1000,
      entryPrice: 0.08274984376,
      markPrice: 0.082727,
      isolatedMargin: 827.4984376,
      tickSize: 0.0000001,
      mmr: 0.0065,
    });
    rel(lp, 0.0666666407935549);
  });
  it('I. ETH-USDT-SWAP cross short, 137.89 contracts @ 2,471.0659…, USDT cash 286.8952266692395 → liqPx 2480.7088557412476 (cross-liqpx-live.json)', () => {
    const lp = one(
      'cross',
      {
        symbol: 'ETH-USDT-SWAP',
        side: 'short',
        quantity: 137.89,
        contractSize: 0.1,
        entryPrice: 2471.0659518456740882,
        markPrice: 2411.75,
        tickSize: 0.01,
      },
      286.8952266692395,
    );
    rel(lp, 2480.7088557412476);
  });
  it('J. GRASS-USDT-260911 cross hedge, long and short 7,000 each, cash 3,022.227944052053, tier 2 (1.5 %) → both legs liqPx 13.909779465677664 (cross-position-metrics.json)', () => {
    const leg = (id: string, side: 'long' | 'short', entryPrice: number): PositionSpec => ({
      id,
      symbol: 'GRASS-USDT-260911',
      side,
      contract: 'linear',
      quantity: 7000,
      contractSize: 1,
      entryPrice,
      markPrice: 0.3581,
      tickSize: 0.0001,
      mmr: 0.015,
    });
    const account: AccountSpec = {
      venue: 'okx',
      marginMode: 'cross',
      positionMode: 'hedge',
      walletBalance: 3022.227944052053,
      takerFeeRate: 0.0005,
      positions: [leg('s', 'short', 0.3579426285714287), leg('l', 'long', 0.3584863142857144)],
    };
    // Equal and opposite legs: the PnL cancels and the maintenance grows with price, so the pair dies on a RISE.
    for (const r of assessAccount(account).positions) rel(r.liquidationPrice, 13.909779465677664);
  });
  it('K. no LP where OKX prints none: ETH-USDT-SWAP cross long 2 @ 2,445.6 with 3,034.48 USDT cash (formula negative)', () => {
    expect(
      one(
        'cross',
        { symbol: 'ETH-USDT-SWAP', quantity: 2, contractSize: 0.1, entryPrice: 2445.6, markPrice: 2445.6 },
        3034.476415957054,
      ),
    ).toBeNull();
  });
  it('C with the shipped BTC-USD-SWAP tiers (50 contracts: tier 1, 0.4 %) gives the same liqPx', () => {
    const lp = one('isolated', {
      symbol: 'BTC-USD-SWAP',
      contract: 'inverse',
      quantity: 50,
      contractSize: 100,
      entryPrice: 78455.7,
      markPrice: 78450.7,
      isolatedMargin: 0.0031865116237571,
      tickSize: 0.1,
    });
    rel(lp, 75056.05300000001);
  });
  it('the isolated buffer is exactly one tick toward the mark; none without tickSize', () => {
    const base = {
      quantity: 1,
      contractSize: 0.01,
      entryPrice: 78059.05,
      markPrice: 78058.84,
      isolatedMargin: 156.1181,
    };
    const withTick = one('isolated', { ...base, tickSize: 0.01 }) as number;
    const without = one('isolated', base) as number;
    expect(withTick - without).toBeCloseTo(0.01, 9);
    const shortTick = one('isolated', { ...base, side: 'short', tickSize: 0.1 }) as number;
    const shortNone = one('isolated', { ...base, side: 'short' }) as number;
    expect(shortNone - shortTick).toBeCloseTo(0.1, 9);
  });
});

describe('okx: shipped position tiers are keyed by contracts, not notional', () => {
  const iso = (quantity: number, entry: number, leverage = 2) =>
    one('isolated', { quantity, contractSize: 0.01, entryPrice: entry, markPrice: entry, leverage }) as number;
  // Cross, one position, wallet = entry value / leverage: the same equation as isolated with that margin.
  const cross = (quantity: number, entry: number, leverage = 2) =>
    one(
      'cross',
      { quantity, contractSize: 0.01, entryPrice: entry, markPrice: entry },
      (quantity * 0.01 * entry) / leverage,
    ) as number;
  const expected = (contracts: number, entry: number, leverage: number, mmr: number) => {
    const q = contracts * 0.01;
    return (entry * q - (entry * q) / leverage) / (q * (1 - mmr - 0.0005));
  };

  it('1,000 contracts is tier 1 (maxSz inclusive), 1,000.01 is tier 2 — at any price', () => {
    for (const entry of [20_000, 78_000, 150_000]) {
      expect(iso(1000, entry)).toBeCloseTo(expected(1000, entry, 2, 0.004), 6);
      expect(iso(1000.01, entry)).toBeCloseTo(expected(1000.01, entry, 2, 0.005), 6);
    }
  });
  it('the tier does not change between the mark and the LP (size, not notional)', () => {
    // 5,000 contracts = 50 BTC: tier 2 (0.5 %) whether BTC is 10k or 200k.
    expect(iso(5000, 10_000)).toBeCloseTo(expected(5000, 10_000, 2, 0.005), 6);
    expect(iso(5000, 200_000)).toBeCloseTo(expected(5000, 200_000, 2, 0.005), 6);
    // 150,000 contracts: tier 10 (4.25 %) — a cross position (the shipped table is OKX's cross table).
    expect(cross(150_000, 80_000, 2)).toBeCloseTo(expected(150_000, 80_000, 2, 0.0425), 6);
  });
  it('quantity in base units without contractSize is converted to contracts (10 BTC = 1,000 contracts)', () => {
    const base = one('isolated', { quantity: 10, entryPrice: 80_000, markPrice: 80_000, leverage: 2 }) as number;
    expect(base).toBeCloseTo(iso(1000, 80_000), 6);
  });
  it('cross hedge: both legs take the tier of their summed size (600 + 600 contracts → tier 2); isolated legs keep their own', () => {
    const leg = (id: string, side: 'long' | 'short'): PositionSpec => ({
      id,
      symbol: 'BTC-USDT-SWAP',
      side,
      contract: 'linear',
      quantity: 600,
      contractSize: 0.01,
      entryPrice: 80_000,
      markPrice: 80_000,
      leverage: 10,
    });
    const at = (marginMode: AccountSpec['marginMode']) =>
      assessAccount({
        venue: 'okx',
        marginMode,
        positionMode: 'hedge',
        walletBalance: 10_000,
        takerFeeRate: 0,
        positions: [leg('l', 'long'), leg('s', 'short')],
      });
    const value = 6 * 80_000;
    expect(at('cross').positions.map((r) => r.maintenanceMargin / value)).toEqual(
      [0.005, 0.005].map((x) => expect.closeTo(x, 12)),
    );
    expect(at('isolated').positions.map((r) => r.maintenanceMargin / value)).toEqual(
      [0.004, 0.004].map((x) => expect.closeTo(x, 12)),
    );
  });
  it('past the last documented tier (1,940,000 contracts) the position is refused with the cap named', () => {
    expect(() => cross(1_940_001, 80_000)).toThrow(EngineInputError);
    expect(() => cross(1_940_001, 80_000)).toThrow(/1940000 contracts/);
  });
  it("isolated: only the rows known to match OKX's isolated table (to 60,000 contracts) are used", () => {
    expect(iso(60_000, 80_000)).toBeCloseTo(expected(60_000, 80_000, 2, 0.0175), 6);
    expect(() => iso(60_001, 80_000)).toThrow(/for isolated margin \(documented up to 60000 contracts\)/);
  });
  it('a cross hedge past the table names the summed size as OKX counts it', () => {
    const leg = (id: string, side: 'long' | 'short'): PositionSpec => ({
      id,
      symbol: 'ETH-USDT-SWAP',
      side,
      contract: 'linear',
      quantity: 3000,
      contractSize: 0.1,
      entryPrice: 3000,
      markPrice: 3000,
    });
    const account: AccountSpec = {
      venue: 'okx',
      marginMode: 'cross',
      positionMode: 'hedge',
      walletBalance: 100_000,
      positions: [leg('l', 'long'), leg('s', 'short')],
    };
    expect(() => assessAccount(account)).toThrow(/6000 contracts \(the symbol's long and short legs together/);
  });
  it('the maintenance margin reported at mark is value × the tier rate (OKX position.mmr)', () => {
    const account: AccountSpec = {
      venue: 'okx',
      marginMode: 'isolated',
      walletBalance: 0,
      takerFeeRate: 0,
      positions: [
        {
          id: 'p',
          symbol: 'BTC-USDT-SWAP',
          side: 'long',
          contract: 'linear',
          quantity: 1,
          contractSize: 0.01,
          entryPrice: 78059.05,
          markPrice: 78058.84,
          isolatedMargin: 156.1181,
        },
      ],
    };
    // OKX printed mmr 3.1223536000000003 for this position (vector A).
    expect(assessAccount(account).positions[0].maintenanceMargin).toBeCloseTo(3.1223536, 9);
  });
});
