import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../errors';
import { hyperliquidTables } from './hyperliquid';
import { parseTierAnswer } from './venueAnswer';

/** The EngineInputError message thrown by `fn` (fails the test when nothing or something else is thrown). */
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(EngineInputError);
    return (e as Error).message;
  }
  throw new Error('expected an EngineInputError, nothing was thrown');
}

// Binance USDⓈ-M GET /fapi/v1/leverageBracket, docs response example (the "symbol sent" variant),
// https://developers.binance.com/docs/derivatives/usds-margined-futures/account/rest-api/Notional-and-Leverage-Brackets
const BINANCE_USDM_DOCS = `{
  "symbol": "ETHUSDT",
  "notionalCoef": 1.50,
  "brackets": [
    { "bracket": 1, "initialLeverage": 75, "notionalCap": 10000, "notionalFloor": 0, "maintMarginRatio": 0.0065, "cum": 0 }
  ]
}`;

// A full-list answer (no symbol sent) for two symbols. BTCUSDT rows: Binance's 2021-03-18 bracket
// table (announcement 86cf9aa472574b8cb2e05bb751c2a9a6, as shipped in binance-usdm.ts), cum as Binance prints it.
const BINANCE_USDM_TWO = [
  {
    symbol: 'ETHUSDT',
    brackets: [
      { bracket: 1, initialLeverage: 75, notionalCap: 10000, notionalFloor: 0, maintMarginRatio: 0.0065, cum: 0 },
    ],
  },
  {
    symbol: 'BTCUSDT',
    brackets: [
      { bracket: 1, initialLeverage: 125, notionalCap: 50000, notionalFloor: 0, maintMarginRatio: 0.004, cum: 0 },
      { bracket: 2, initialLeverage: 100, notionalCap: 250000, notionalFloor: 50000, maintMarginRatio: 0.005, cum: 50 },
      {
        bracket: 3,
        initialLeverage: 50,
        notionalCap: 1000000,
        notionalFloor: 250000,
        maintMarginRatio: 0.01,
        cum: 1300,
      },
      {
        bracket: 4,
        initialLeverage: 20,
        notionalCap: 10000000,
        notionalFloor: 1000000,
        maintMarginRatio: 0.025,
        cum: 16300,
      },
    ],
  },
];

// Binance COIN-M GET /dapi/v2/leverageBracket, docs response example (comments removed; the docs
// spell the floor "qtylFloor"),
// https://developers.binance.com/docs/derivatives/coin-margined-futures/account/rest-api/Notional-Bracket-for-Symbol
const BINANCE_COINM_DOCS = `[
  { "symbol": "BTCUSD_PERP", "notionalCoef": 1.50,
    "brackets": [ { "bracket": 1, "initialLeverage": 125, "qtyCap": 50, "qtylFloor": 0, "maintMarginRatio": 0.004, "cum": 0.0 } ] }
]`;

// Bybit GET /v5/market/risk-limit docs response example (rates printed as percents),
// https://bybit-exchange.github.io/docs/v5/market/risk-limit
const BYBIT_DOCS = `{
  "retCode": 0,
  "retMsg": "OK",
  "result": {
    "category": "inverse",
    "list": [
      { "id": 1, "symbol": "BTCUSD", "riskLimitValue": "150", "maintenanceMargin": "0.5", "initialMargin": "1",
        "isLowestRisk": 1, "maxLeverage": "100.00", "mmDeduction": "" }
    ]
  },
  "retExtInfo": {},
  "time": 1672054488010
}`;

/** A live-style Bybit answer (rates as fractions), rows in the API's shape. */
function bybitAnswer(list: object[]): object {
  return {
    retCode: 0,
    retMsg: 'OK',
    result: { category: 'linear', list, nextPageCursor: '' },
    retExtInfo: {},
    time: 1672054488010,
  };
}

// Bybit BTCUSDT rows as live answers print them (fractions): tier 1 2,000,000 USDT at 0.5 %, tier 2
// 2,600,000 at 0.56 % — the two rates of Bybit's "Maintenance Margin (USDT Contract)" article (bybit.ts).
const BYBIT_LIVE_BTCUSDT = [
  {
    id: 1,
    symbol: 'BTCUSDT',
    riskLimitValue: '2000000',
    maintenanceMargin: '0.005',
    initialMargin: '0.01',
    isLowestRisk: 1,
    maxLeverage: '100.00',
    mmDeduction: '',
  },
  {
    id: 2,
    symbol: 'BTCUSDT',
    riskLimitValue: '2600000',
    maintenanceMargin: '0.0056',
    initialMargin: '0.0111',
    isLowestRisk: 0,
    maxLeverage: '90.00',
    mmDeduction: '',
  },
];

// Gate GET /futures/usdt/risk_limit_tiers rows as Gate returned them for AI16Z_USDT (2025-08-20; the
// same answer deduction.test.ts reproduces), first four tiers, with Gate's own deductions.
const GATE_AI16Z = [
  {
    tier: 1,
    risk_limit: '5000',
    initial_rate: '0.0133',
    maintenance_rate: '0.006',
    leverage_max: '75',
    contract: 'AI16Z_USDT',
    deduction: '0',
  },
  {
    tier: 2,
    risk_limit: '10000',
    initial_rate: '0.0166',
    maintenance_rate: '0.008',
    leverage_max: '60',
    contract: 'AI16Z_USDT',
    deduction: '10',
  },
  {
    tier: 3,
    risk_limit: '20000',
    initial_rate: '0.02',
    maintenance_rate: '0.01',
    leverage_max: '50',
    contract: 'AI16Z_USDT',
    deduction: '30',
  },
  {
    tier: 4,
    risk_limit: '30000',
    initial_rate: '0.025',
    maintenance_rate: '0.0125',
    leverage_max: '40',
    contract: 'AI16Z_USDT',
    deduction: '80',
  },
];
// Gate's docs row for BTC_USDT: the risk_limit_tiers element of the futures.contract_info example
// in Gate's futures WebSocket docs (channel added 2026-08-20), https://www.gate.io/docs/developers/futures/ws/zh_CN/
const GATE_BTC_DOCS_ROW = {
  tier: 1,
  risk_limit: '1000000',
  initial_rate: '0.01',
  maintenance_rate: '0.005',
  leverage_max: '100',
  contract: 'BTC_USDT',
  deduction: '0',
};

// Hyperliquid margin tables: "tiered 40x" = 40x to 150M then 20x (BTC), "tiered 25x" = 25x to 100M
// then 15x (ETH), as the "Margin tiers" docs page lists them (hyperliquid.ts); shape of the info
// endpoint answer, https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/info-endpoint/perpetuals
const HL_TABLE_40 = {
  description: 'tiered 40x',
  marginTiers: [
    { lowerBound: '0.0', maxLeverage: 40 },
    { lowerBound: '150000000.0', maxLeverage: 20 },
  ],
};
const HL_TABLE_25 = {
  description: 'tiered 25x',
  marginTiers: [
    { lowerBound: '0.0', maxLeverage: 25 },
    { lowerBound: '100000000.0', maxLeverage: 15 },
  ],
};
const HL_META = {
  universe: [
    { name: 'BTC', szDecimals: 5, maxLeverage: 40, marginTableId: 56 },
    { name: 'ETH', szDecimals: 4, maxLeverage: 25, marginTableId: 55 },
  ],
  marginTables: [
    [55, HL_TABLE_25],
    [56, HL_TABLE_40],
  ],
};

describe('parseTierAnswer: Binance', () => {
  it('reads the USDⓈ-M docs example (text), cum as the maintenance amount', () => {
    expect(parseTierAnswer(BINANCE_USDM_DOCS)).toEqual({
      format: 'binance',
      symbol: 'ETHUSDT',
      tiers: [{ minNotional: 0, maxNotional: 10000, mmr: 0.0065, maintenanceAmount: 0, maxLeverage: 75 }],
    });
  });

  it('picks the requested symbol from a full list, any spelling', () => {
    const r = parseTierAnswer(BINANCE_USDM_TWO, { symbol: 'btc/usdt:usdt', venue: 'binance-usdm' });
    expect(r.symbol).toBe('BTCUSDT');
    expect(r.tiers).toEqual([
      { minNotional: 0, maxNotional: 50000, mmr: 0.004, maintenanceAmount: 0, maxLeverage: 125 },
      { minNotional: 50000, maxNotional: 250000, mmr: 0.005, maintenanceAmount: 50, maxLeverage: 100 },
      { minNotional: 250000, maxNotional: 1000000, mmr: 0.01, maintenanceAmount: 1300, maxLeverage: 50 },
      { minNotional: 1000000, maxNotional: 10000000, mmr: 0.025, maintenanceAmount: 16300, maxLeverage: 20 },
    ]);
  });

  it('sorts brackets given out of order', () => {
    const shuffled = { ...BINANCE_USDM_TWO[1], brackets: [...BINANCE_USDM_TWO[1].brackets].reverse() };
    expect(parseTierAnswer(shuffled).tiers.map((t) => t.minNotional)).toEqual([0, 50000, 250000, 1000000]);
  });

  it('reads the COIN-M docs example (qtyCap / qtylFloor, in coin)', () => {
    expect(parseTierAnswer(BINANCE_COINM_DOCS, { venue: 'binance-coinm' })).toEqual({
      format: 'binance',
      symbol: 'BTCUSD_PERP',
      tiers: [{ minNotional: 0, maxNotional: 50, mmr: 0.004, maintenanceAmount: 0, maxLeverage: 125 }],
    });
    // The live API's spelling qtyFloor is read too.
    const live = JSON.parse(BINANCE_COINM_DOCS.replace('qtylFloor', 'qtyFloor'));
    expect(parseTierAnswer(live).tiers[0].minNotional).toBe(0);
  });

  it('refuses COIN-M brackets for binance-usdm and USDⓈ-M brackets for binance-coinm', () => {
    expect(errorOf(() => parseTierAnswer(BINANCE_COINM_DOCS, { venue: 'binance-usdm' }))).toBe(
      '[0].brackets[0].qtyCap: COIN-M brackets (qtyCap, in coin) given for binance-usdm, which needs notionalCap in USDT',
    );
    expect(errorOf(() => parseTierAnswer(BINANCE_USDM_DOCS, { venue: 'binance-coinm' }))).toMatch(
      /^brackets\[0\]\.notionalCap: USDⓈ-M brackets/,
    );
  });

  it('names the row and field of a non-numeric value', () => {
    const bad = structuredClone(BINANCE_USDM_TWO[1]);
    (bad.brackets[2] as Record<string, unknown>).maintMarginRatio = 'abc';
    expect(errorOf(() => parseTierAnswer(bad))).toBe('brackets[2].maintMarginRatio: expected a number, got "abc"');
  });

  it('names a missing field', () => {
    const bad = structuredClone(BINANCE_USDM_TWO[1]);
    delete (bad.brackets[1] as Record<string, unknown>).cum;
    expect(errorOf(() => parseTierAnswer(bad))).toBe('brackets[1].cum: expected a number, got nothing (field missing)');
  });

  it('reports a gap between brackets at the source row', () => {
    const bad = structuredClone(BINANCE_USDM_TWO[1]);
    bad.brackets[2].notionalFloor = 300000;
    expect(errorOf(() => parseTierAnswer(bad))).toBe(
      'brackets[2].notionalFloor: gap between tiers: previous tier ends at 250000, this one starts at 300000',
    );
  });

  it('asks to pick one of several symbols, and refuses a symbol the answer lacks', () => {
    expect(errorOf(() => parseTierAnswer(BINANCE_USDM_TWO))).toBe('the answer holds ETHUSDT and BTCUSDT: pick one');
    expect(errorOf(() => parseTierAnswer(BINANCE_USDM_TWO, { symbol: 'SOLUSDT' }))).toBe(
      'the answer holds ETHUSDT and BTCUSDT, not SOLUSDT',
    );
    // A single-symbol answer for another symbol is refused too (a paste of the wrong answer).
    expect(errorOf(() => parseTierAnswer(BINANCE_USDM_DOCS, { symbol: 'BTCUSDT' }))).toBe(
      'the answer holds ETHUSDT, not BTCUSDT',
    );
  });

  it("refuses Binance's error answer with its message", () => {
    expect(
      errorOf(() => parseTierAnswer('{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}')),
    ).toBe(
      'code: the exchange answered an error (code -2015: Invalid API-key, IP, or permissions for action.), not a tier table',
    );
  });
});

describe('parseTierAnswer: Bybit', () => {
  it('reads the v5 docs example: percents turned into fractions, empty mmDeduction computed (0 on tier 1)', () => {
    expect(parseTierAnswer(BYBIT_DOCS, { venue: 'bybit' })).toEqual({
      format: 'bybit',
      symbol: 'BTCUSD',
      tiers: [{ minNotional: 0, maxNotional: 150, mmr: 0.005, maintenanceAmount: 0, maxLeverage: 100 }],
    });
  });

  it("reads a live answer (fractions) and computes empty deductions with Bybit's rule", () => {
    const r = parseTierAnswer(bybitAnswer(BYBIT_LIVE_BTCUSDT));
    expect(r.symbol).toBe('BTCUSDT');
    expect(r.tiers).toEqual([
      { minNotional: 0, maxNotional: 2000000, mmr: 0.005, maintenanceAmount: 0, maxLeverage: 100 },
      // 2,000,000 × (0.56 % − 0.5 %) = 1,200
      { minNotional: 2000000, maxNotional: 2600000, mmr: 0.0056, maintenanceAmount: 1200, maxLeverage: 90 },
    ]);
  });

  it('reads percents on every row (legacy BTCUSD tiers 150 BTC 0.5 % / 300 BTC 1 %, as in bybit.ts)', () => {
    const list = [
      {
        id: 1,
        symbol: 'BTCUSD',
        riskLimitValue: '150',
        maintenanceMargin: '0.5',
        initialMargin: '1',
        isLowestRisk: 1,
        maxLeverage: '100.00',
        mmDeduction: '',
      },
      {
        id: 2,
        symbol: 'BTCUSD',
        riskLimitValue: '300',
        maintenanceMargin: '1',
        initialMargin: '1.5',
        isLowestRisk: 0,
        maxLeverage: '66.67',
        mmDeduction: '',
      },
    ];
    expect(parseTierAnswer(bybitAnswer(list)).tiers).toEqual([
      { minNotional: 0, maxNotional: 150, mmr: 0.005, maintenanceAmount: 0, maxLeverage: 100 },
      { minNotional: 150, maxNotional: 300, mmr: 0.01, maintenanceAmount: 0.75, maxLeverage: 66.67 },
    ]);
  });

  it("keeps Bybit's own mmDeduction when it gives one", () => {
    const list = structuredClone(BYBIT_LIVE_BTCUSDT);
    list[1].mmDeduction = '1250';
    expect(parseTierAnswer(bybitAnswer(list)).tiers[1].maintenanceAmount).toBe(1250);
  });

  it('picks a symbol from a multi-symbol page and sorts rows by riskLimitValue', () => {
    const eth = {
      id: 11,
      symbol: 'ETHUSDT',
      riskLimitValue: '900000',
      maintenanceMargin: '0.005',
      initialMargin: '0.01',
      isLowestRisk: 1,
      maxLeverage: '100.00',
      mmDeduction: '',
    };
    const page = bybitAnswer([BYBIT_LIVE_BTCUSDT[1], eth, BYBIT_LIVE_BTCUSDT[0]]);
    expect(errorOf(() => parseTierAnswer(page))).toBe('the answer holds BTCUSDT and ETHUSDT: pick one');
    expect(parseTierAnswer(page, { symbol: 'BTCUSDT' }).tiers.map((t) => t.maxNotional)).toEqual([2000000, 2600000]);
    expect(parseTierAnswer(page, { symbol: 'ETH-USDT' }).tiers).toEqual([
      { minNotional: 0, maxNotional: 900000, mmr: 0.005, maintenanceAmount: 0, maxLeverage: 100 },
    ]);
  });

  it('refuses rows where percent and fraction cannot be told apart', () => {
    const list = [{ id: 1, symbol: 'BTCUSDT', riskLimitValue: '2000000', maintenanceMargin: '0.5' }];
    expect(errorOf(() => parseTierAnswer(bybitAnswer(list)))).toBe(
      'result.list[0].maintenanceMargin: cannot tell whether maintenanceMargin is a fraction (0.005) or a percent (0.5): the rows lack initialMargin and maxLeverage',
    );
  });

  it('names a non-numeric riskLimitValue and reports duplicate caps at the source row', () => {
    const bad = structuredClone(BYBIT_LIVE_BTCUSDT);
    bad[1].riskLimitValue = 'n/a';
    expect(errorOf(() => parseTierAnswer(bybitAnswer(bad)))).toBe(
      'result.list[1].riskLimitValue: expected a number, got "n/a"',
    );
    const dup = structuredClone(BYBIT_LIVE_BTCUSDT);
    dup[1].riskLimitValue = '2000000';
    expect(errorOf(() => parseTierAnswer(bybitAnswer(dup)))).toBe(
      'result.list[1].riskLimitValue: expected maxNotional > minNotional (2000000), got 2000000',
    );
  });

  it("refuses Bybit's error answer", () => {
    expect(errorOf(() => parseTierAnswer({ retCode: 10001, retMsg: 'params error: symbol invalid', result: {} }))).toBe(
      'retCode: Bybit answered an error (retCode 10001: params error: symbol invalid), not a risk-limit table',
    );
  });
});

describe('parseTierAnswer: Gate', () => {
  it("reads a real risk_limit_tiers answer with Gate's deductions", () => {
    expect(parseTierAnswer(JSON.stringify(GATE_AI16Z), { venue: 'gate' })).toEqual({
      format: 'gate',
      symbol: 'AI16Z_USDT',
      tiers: [
        { minNotional: 0, maxNotional: 5000, mmr: 0.006, maintenanceAmount: 0, maxLeverage: 75 },
        { minNotional: 5000, maxNotional: 10000, mmr: 0.008, maintenanceAmount: 10, maxLeverage: 60 },
        { minNotional: 10000, maxNotional: 20000, mmr: 0.01, maintenanceAmount: 30, maxLeverage: 50 },
        { minNotional: 20000, maxNotional: 30000, mmr: 0.0125, maintenanceAmount: 80, maxLeverage: 40 },
      ],
    });
  });

  it('computes missing deductions (BTC_USDT article rows: 0, 10, 35 as in gate.ts) and sorts rows', () => {
    const rows = [
      { tier: 3, risk_limit: '100000', initial_rate: '0.01', maintenance_rate: '0.005', leverage_max: '100' },
      { tier: 1, risk_limit: '20000', initial_rate: '0.008', maintenance_rate: '0.004', leverage_max: '125' },
      { tier: 2, risk_limit: '50000', initial_rate: '0.009', maintenance_rate: '0.0045', leverage_max: '111' },
    ];
    const r = parseTierAnswer(rows);
    expect(r.symbol).toBeUndefined();
    expect(r.tiers).toEqual([
      { minNotional: 0, maxNotional: 20000, mmr: 0.004, maintenanceAmount: 0, maxLeverage: 125 },
      { minNotional: 20000, maxNotional: 50000, mmr: 0.0045, maintenanceAmount: 10, maxLeverage: 111 },
      { minNotional: 50000, maxNotional: 100000, mmr: 0.005, maintenanceAmount: 35, maxLeverage: 100 },
    ]);
  });

  it('picks a contract from a paginated all-contracts answer', () => {
    const all = [GATE_BTC_DOCS_ROW, ...GATE_AI16Z];
    expect(errorOf(() => parseTierAnswer(all))).toBe('the answer holds BTC_USDT and AI16Z_USDT: pick one');
    expect(parseTierAnswer(all, { symbol: 'BTCUSDT' })).toEqual({
      format: 'gate',
      symbol: 'BTC_USDT',
      tiers: [{ minNotional: 0, maxNotional: 1000000, mmr: 0.005, maintenanceAmount: 0, maxLeverage: 100 }],
    });
  });

  it('names a non-numeric maintenance_rate and an out-of-range rate', () => {
    const bad = structuredClone(GATE_AI16Z);
    bad[1].maintenance_rate = '0,8%';
    expect(errorOf(() => parseTierAnswer(bad))).toBe('[1].maintenance_rate: expected a number, got "0,8%"');
    const pct = structuredClone(GATE_AI16Z);
    pct[2].maintenance_rate = '1';
    expect(errorOf(() => parseTierAnswer(pct))).toBe('[2].maintenance_rate: expected a rate in [0, 1), got 1');
  });

  it('refuses a Gate answer for another venue', () => {
    expect(errorOf(() => parseTierAnswer(GATE_AI16Z, { venue: 'bybit' }))).toBe(
      "this is a Gate risk_limit_tiers answer, not bybit's: paste the bybit answer",
    );
  });
});

describe('parseTierAnswer: Hyperliquid', () => {
  const btc = hyperliquidTables.find((t) => t.symbol === 'BTC')!;
  const eth = hyperliquidTables.find((t) => t.symbol === 'ETH')!;

  it('reads a marginTable answer into the shipped BTC tiers (mmr 1/(2·maxLeverage), last tier open)', () => {
    expect(parseTierAnswer(JSON.stringify(HL_TABLE_40), { venue: 'hyperliquid' })).toEqual({
      format: 'hyperliquid',
      tiers: btc.tiers,
    });
  });

  it('reads meta and metaAndAssetCtxs, picking the asset by name', () => {
    const r = parseTierAnswer(HL_META, { symbol: 'ETH' });
    expect(r.symbol).toBe('ETH');
    expect(r.tiers).toHaveLength(2);
    r.tiers.forEach((t, i) => {
      const want = eth.tiers[i];
      expect(t.minNotional).toBe(want.minNotional);
      expect(t.maxNotional).toBe(want.maxNotional);
      expect(t.mmr).toBeCloseTo(want.mmr, 15);
      expect(t.maintenanceAmount).toBeCloseTo(want.maintenanceAmount, 6);
      expect(t.maxLeverage).toBe(want.maxLeverage);
    });
    const ctxs = [
      HL_META,
      [
        { coin: 'BTC', markPx: '91000.0' },
        { coin: 'ETH', markPx: '3000.0' },
      ],
    ];
    expect(parseTierAnswer(ctxs, { symbol: 'BTC' }).tiers).toEqual(btc.tiers);
  });

  it('asks to pick an asset, and names a margin table missing from the answer', () => {
    expect(errorOf(() => parseTierAnswer(HL_META))).toBe('the answer holds BTC and ETH: pick one');
    const meta = { ...HL_META, marginTables: [[55, HL_TABLE_25]] };
    expect(errorOf(() => parseTierAnswer(meta, { symbol: 'BTC' }))).toBe(
      'universe[0].marginTableId: margin table 56 of BTC is not in marginTables',
    );
  });

  it('refuses a table whose first tier does not start at 0', () => {
    const t = { description: '', marginTiers: [{ lowerBound: '10.0', maxLeverage: 3 }] };
    expect(errorOf(() => parseTierAnswer(t))).toBe('marginTiers[0].lowerBound: the first tier must start at 0, got 10');
  });
});

describe('parseTierAnswer: Cascade tiers', () => {
  it('reads our own tier list, a null last cap (JSON of Infinity) read as Infinity, and { tiers }', () => {
    const tiers = [
      { minNotional: 0, maxNotional: 150, mmr: 0.005, maintenanceAmount: 0, maxLeverage: 100 },
      { minNotional: 150, maxNotional: Infinity, mmr: 0.01, maintenanceAmount: 0.75 },
    ];
    expect(parseTierAnswer(JSON.stringify(tiers))).toEqual({ format: 'cascade', tiers });
    expect(parseTierAnswer({ tiers }, { venue: 'okx' }).tiers).toEqual(tiers);
  });

  it('names an overlap at its row', () => {
    const tiers = [
      { minNotional: 0, maxNotional: 150, mmr: 0.005, maintenanceAmount: 0 },
      { minNotional: 100, maxNotional: 300, mmr: 0.01, maintenanceAmount: 0.75 },
    ];
    expect(errorOf(() => parseTierAnswer(tiers))).toBe(
      '[1].minNotional: tiers overlap: previous tier ends at 150, this one starts at 100',
    );
  });
});

describe('parseTierAnswer: refusals', () => {
  it('refuses non-JSON text with the parser message', () => {
    const msg = errorOf(() => parseTierAnswer('symbol: BTCUSDT, mmr 0.4%'));
    expect(msg).toMatch(/^not JSON: /);
    expect(msg.length).toBeGreaterThan('not JSON: '.length);
  });

  it('refuses an unknown shape and an empty list', () => {
    expect(errorOf(() => parseTierAnswer({ foo: 1 }))).toMatch(
      /^unrecognised answer: expected Binance leverageBracket/,
    );
    expect(errorOf(() => parseTierAnswer('"hello"'))).toMatch(/^unrecognised answer/);
    expect(errorOf(() => parseTierAnswer('[]'))).toBe('the answer is an empty list: it holds no tiers');
  });

  it('refuses OKX position tiers (keyed by contracts), whole answer or its data rows', () => {
    // OKX GET /api/v5/public/position-tiers response example, https://www.okx.com/docs-v5/en/#public-data-rest-api-get-position-tiers
    const okx = {
      code: '0',
      msg: '',
      data: [
        {
          baseMaxLoan: '50',
          imr: '0.1',
          instId: 'BTC-USDT',
          instFamily: '',
          maxLever: '10',
          maxSz: '50',
          minSz: '0',
          mmr: '0.03',
          optMgnFactor: '0',
          quoteMaxLoan: '500000',
          tier: '1',
          uly: '',
        },
      ],
    };
    const msg =
      "OKX position tiers are set by number of contracts, not notional: enter the tier's maintenance rate (mmr) on the position instead";
    expect(errorOf(() => parseTierAnswer(JSON.stringify(okx)))).toBe(msg);
    expect(errorOf(() => parseTierAnswer(okx.data, { venue: 'okx' }))).toBe(msg);
  });

  it('carries the path of the offending field on the error', () => {
    const bad = structuredClone(BINANCE_USDM_TWO[1]);
    (bad.brackets[0] as Record<string, unknown>).notionalCap = null;
    try {
      parseTierAnswer(bad);
      expect.unreachable();
    } catch (e) {
      expect((e as EngineInputError).path).toBe('brackets[0].notionalCap');
      expect((e as EngineInputError).reason).toBe('expected a number, got null');
    }
  });
});
