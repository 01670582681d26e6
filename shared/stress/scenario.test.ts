import { describe, expect, it } from 'vitest';
import { scenarioSchema } from './scenario';

const ok = { name: 'Seed crash', btcMove: -0.44, stressCorrelation: 0.8, horizonDays: 2 };

describe('scenarioSchema', () => {
  it('accepts a minimal and a full scenario and round-trips JSON', () => {
    expect(scenarioSchema.parse(ok)).toEqual(ok);
    const full = {
      ...ok,
      fundingRates: { BTCUSDT: 0.0001 },
      betas: { ETH: 1.3 },
      presetId: 'seed-2026',
      stopSlippage: 0.03,
    };
    expect(scenarioSchema.parse(JSON.parse(JSON.stringify(full)))).toEqual(full);
  });

  it.each([
    [{ ...ok, name: '  ' }, 'name'],
    [{ ...ok, btcMove: -1.5 }, 'btcMove'],
    [{ ...ok, btcMove: Number.NaN }, 'btcMove'],
    [{ ...ok, stressCorrelation: 1.2 }, 'stressCorrelation'],
    [{ ...ok, horizonDays: -1 }, 'horizonDays'],
    [{ ...ok, betas: { ETH: 'x' } }, 'betas'],
    [{ ...ok, stopSlippage: 1 }, 'stopSlippage'],
  ])('rejects a bad field (%#) naming it', (input, field) => {
    const r = scenarioSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].path[0]).toBe(field);
  });
});

describe('scenario options', () => {
  it('a preset scenario round-trips through the schema into ladder options', async () => {
    const { scenarioFromPreset, scenarioOptions } = await import('./scenarioOptions');
    const { findPreset, presetBtcMove } = await import('./presets');
    const preset = findPreset('2024-08-05')!;
    const s = scenarioSchema.parse(scenarioFromPreset(preset));
    const o = scenarioOptions({ ...s, fundingRates: { BTC: 0.0001 }, horizonDays: 3 });
    expect(o.move).toBe(presetBtcMove(preset));
    const { presetReplayBetas } = await import('./presets');
    // The preset's recorded ETH, BNB and DOGE wicks replay as fixed betas.
    expect(o.ladder).toEqual({
      betas: undefined,
      stressCorrelation: 1,
      stopSlippage: 0.02,
      fixedBetas: presetReplayBetas(preset),
    });
    expect(Object.keys(o.ladder.fixedBetas ?? {}).sort()).toEqual(['BNB', 'DOGE', 'ETH']);
    // A beta the user set wins over the preset's.
    expect(scenarioOptions({ ...s, betas: { ETH: 1.1 } }).ladder.fixedBetas).not.toHaveProperty('ETH');
    expect(o.funding).toEqual({ fundingRates: { BTC: 0.0001 }, horizonHours: 72 });
    expect(o.preset?.id).toBe('2024-08-05');
  });
});
