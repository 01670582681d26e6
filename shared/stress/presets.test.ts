import { describe, expect, it } from 'vitest';
import { CRASH_BETAS, crashBetasFromPresets, DEFAULT_BETAS, estimateBetas, stressedBetas } from './betas';
import { crashPresets, findPreset, presetBetas, presetBtcMove, presetReplayBetas } from './presets';
import { shockFactor } from './shock';
import { mulberry32, normalSource } from './random';
import { scenarioSchema } from './scenario';

describe('crash presets', () => {
  it('cover the events the issue names, each with sources, a BTC move and sane fields', () => {
    const ids = crashPresets.map((p) => p.id);
    for (const id of [
      '2026-02-05-continuation',
      '2026-01-31-weekend-cascade',
      '2025-10-06-ath-drawdown',
      '2025-10-10',
      '2024-08-05',
      '2022-11-ftx',
      '2022-06-celsius',
      '2021-05-19',
      '2020-03-12',
    ])
      expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of crashPresets) {
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) expect(s.url).toMatch(/^https:\/\//);
      const btc = presetBtcMove(p);
      expect(btc).toBeLessThan(0);
      expect(btc).toBeGreaterThan(-1);
      for (const mv of [p.btc, ...Object.values(p.alts)]) {
        expect(mv.source).toBeLessThan(p.sources.length);
        for (const v of [mv.wick, mv.close]) if (v !== null) expect(v).toBeLessThan(0);
        // A wick is at least as deep as the close.
        if (mv.wick !== null && mv.close !== null) expect(mv.wick).toBeLessThanOrEqual(mv.close);
      }
      expect(p.start <= p.end).toBe(true);
      // The preset replays as a scenario.
      expect(
        scenarioSchema.safeParse({ name: p.name, btcMove: btc, stressCorrelation: 1, horizonDays: 1, presetId: p.id })
          .success,
      ).toBe(true);
    }
  });

  it('the drawdown from the $126k high, the 2026-01-31 weekend cascade and its 2026-02-05/06 continuation', () => {
    const ath = findPreset('2025-10-06-ath-drawdown') as (typeof crashPresets)[number];
    expect(ath.btc.from).toBe(126272);
    expect(presetBtcMove(ath)).toBeCloseTo(60033 / 126272 - 1, 12); // −52.5 % to the low
    const weekend = findPreset('2026-01-31') as (typeof crashPresets)[number];
    expect(weekend.id).toContain('2026-01-31');
    expect(weekend.weekend).toBe(true);
    expect(presetBtcMove(weekend)).toBeCloseTo(75000 / 81000 - 1, 12);
    expect(weekend.liquidationsUsd).toBeGreaterThan(2.4e9);
    const cont = findPreset('2026-02-05') as (typeof crashPresets)[number];
    expect(cont.btc.low).toBeGreaterThanOrEqual(60000);
    expect(cont.btc.low).toBeLessThanOrEqual(63000);
    expect(cont.start).toBe('2026-02-05');
  });

  it('speak of the market only: no preset or note uses words about how it was made', () => {
    const text = JSON.stringify(crashPresets).toLowerCase();
    for (const word of [/\bseed\b/, /\bbrief\b/, /\bwe\b/, /\bour\b/, /\bissue\b/]) expect(text).not.toMatch(word);
  });

  it('preset betas are log-space ratios over the same window only', () => {
    const oct = findPreset('2025-10-10') as (typeof crashPresets)[number];
    const b = presetBetas(oct);
    expect(b.ETH).toBeCloseTo(Math.log(0.8) / Math.log(104782 / 122574), 12);
    const ath = presetBetas(findPreset('2025-10-06-ath-drawdown') as (typeof crashPresets)[number]);
    expect(ath.ETH).toBeUndefined(); // measured from ETH's own high
    // A 24-hour figure beside BTC's own 24-hour move is taken against that move.
    const weekend = presetBetas(findPreset('2026-01-31') as (typeof crashPresets)[number]);
    expect(weekend.ETH).toBeCloseTo(Math.log1p(-0.1228) / Math.log1p(-0.076), 12);
  });

  it('replaying a preset moves each recorded asset by its recorded figure, and every asset stays above 0', () => {
    for (const p of crashPresets) {
      const move = presetBtcMove(p);
      const replay = presetReplayBetas(p);
      for (const [asset, beta] of Object.entries(replay)) {
        const mv = p.alts[asset];
        const btc = mv.versusBtc ?? move;
        expect(shockFactor(beta, btc) - 1).toBeCloseTo((p.replay === 'wick' ? mv.wick : mv.close) as number, 12);
      }
      const symbols = ['BTCUSDT', 'ETHUSDT', 'SOLUSDT', 'DOGEUSDT', 'XRPUSDT', 'PEPEUSDT', 'BNBUSDT'];
      const stressed = stressedBetas(symbols, { stressCorrelation: 1 });
      for (const s of symbols)
        expect(shockFactor(replay[s.replace('USDT', '')] ?? stressed[s], move)).toBeGreaterThan(0);
    }
    // 2020-03-12 (BTC −51 %): SOL on the crash beta keeps a price well above 0.
    const bt = findPreset('2020-03-12') as (typeof crashPresets)[number];
    expect(
      shockFactor(stressedBetas(['SOLUSDT'], { stressCorrelation: 1 }).SOLUSDT, presetBtcMove(bt)),
    ).toBeGreaterThan(0.05);
  });

  it('crash betas are medians of the preset ratios and exceed 1 for ETH', () => {
    const eth = crashPresets
      .map((p) => presetBetas(p).ETH)
      .filter((v) => v !== undefined)
      .sort((a, b) => a - b);
    const mid = eth.length % 2 ? eth[eth.length >> 1] : (eth[eth.length / 2 - 1] + eth[eth.length / 2]) / 2;
    expect(CRASH_BETAS.ETH).toBeCloseTo(mid, 12);
    expect(CRASH_BETAS.ETH).toBeGreaterThan(1);
    expect(crashBetasFromPresets([])).toEqual({ BTC: 1, '*': 1 });
  });
});

describe('stressedBetas', () => {
  it('moves alt betas linearly toward their crash values and never lowers them', () => {
    const symbols = ['BTCUSDT', 'ETHUSDT', 'PEPEUSDT'];
    const calm = stressedBetas(symbols, { stressCorrelation: 0 });
    expect(calm).toEqual({ BTCUSDT: 1, ETHUSDT: DEFAULT_BETAS.ETH, PEPEUSDT: 1 });
    const crash = { ETH: 1.5, '*': 2 };
    const half = stressedBetas(symbols, { stressCorrelation: 0.5, crash });
    expect(half.ETHUSDT).toBeCloseTo(1.2 + 0.5 * 0.3, 12);
    expect(half.PEPEUSDT).toBeCloseTo(1.5, 12);
    expect(stressedBetas(['ETHUSDT'], { stressCorrelation: 1, betas: { ETH: 3 }, crash }).ETHUSDT).toBe(3);
    expect(() => stressedBetas(symbols, { stressCorrelation: 2 })).toThrow(/stressCorrelation/);
  });
});

describe('estimateBetas', () => {
  it('recovers a known beta from synthetic daily prices (OLS on log returns)', () => {
    const gauss = normalSource(mulberry32(7));
    const day = 86_400_000;
    let btc = 50000;
    let eth = 3000;
    const history: Record<string, { at: string | number; price: number }[]> = { BTCUSDT: [], ETH: [] };
    for (let d = 0; d < 400; d++) {
      const r = 0.03 * gauss();
      btc *= Math.exp(r);
      eth *= Math.exp(1.4 * r + 0.01 * gauss());
      history.BTCUSDT.push({ at: new Date(Date.UTC(2025, 0, 1) + d * day + 3600_000).toISOString(), price: btc });
      history.ETH.push({ at: Date.UTC(2025, 0, 1) + d * day + 7200_000, price: eth });
    }
    const est = estimateBetas(history);
    expect(est.betas.ETH).toBeGreaterThan(1.35);
    expect(est.betas.ETH).toBeLessThan(1.45);
    expect(est.stats.ETH.observations).toBe(399);
    expect(est.stats.ETH.correlation).toBeGreaterThan(0.95);
  });

  it('skips thin series and names bad rows', () => {
    const est = estimateBetas({
      BTC: [
        { at: 0, price: 1 },
        { at: 86_400_000, price: 2 },
      ],
      SOL: [
        { at: 0, price: 1 },
        { at: 86_400_000, price: 3 },
      ],
    });
    expect(est.skipped.SOL).toMatch(/1 paired returns/);
    expect(() => estimateBetas({ ETH: [] })).toThrow(/no BTC series/);
    expect(() => estimateBetas({ BTC: [{ at: 'yesterday', price: 1 }] })).toThrow(/priceHistory\.BTC\[0\]\.at/);
  });
});
