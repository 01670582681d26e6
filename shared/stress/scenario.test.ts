import { describe, expect, it } from 'vitest';
import { scenarioSchema } from './scenario';

const ok = { name: 'Seed crash', btcMove: -0.44, stressCorrelation: 0.8, horizonDays: 2 };

describe('scenarioSchema', () => {
  it('accepts a minimal and a full scenario and round-trips JSON', () => {
    expect(scenarioSchema.parse(ok)).toEqual(ok);
    const full = { ...ok, fundingRates: { BTCUSDT: 0.0001 }, betas: { ETH: 1.3 }, presetId: 'seed-2026', stopSlippage: 0.03 };
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
