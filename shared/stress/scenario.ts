/**
 * A saved stress scenario: what the user set on the sliders, stored as JSON by the storage
 * layer (scenarios table). This shape is a stored contract: add optional fields only.
 */
import { z } from 'zod';

const finite = (what: string) =>
  z
    .number({ error: `expected ${what}` })
    .refine(Number.isFinite, { error: `expected ${what}, got a non-finite number` });

/** Per-symbol numbers keyed by the position's symbol (or its base asset, e.g. `ETH`). */
const perSymbol = (what: string) =>
  z.record(z.string().trim().min(1, { error: 'expected a non-empty symbol' }), finite(what));

/**
 * zod schema of a saved scenario.
 *
 * - `btcMove`: BTC return applied by the scenario, −1 … +10 (−0.44 = −44 %).
 * - `stressCorrelation`: 0 … 1; pushes alt betas toward their crash values (see betas.ts).
 * - `horizonDays`: horizon for funding drift and liquidation probability, 0 … 3650 days.
 * - `fundingRates`: funding rate per 8-hour interval by symbol (0.0001 = 0.01 %; positive: longs pay).
 * - `betas`: user overrides of the beta to BTC by symbol or base asset.
 * - `presetId`: the crash preset the scenario started from (see presets.ts), if any.
 * - `stopSlippage`: fraction a stop-loss fills beyond its trigger in the crash (0.02 = 2 %), 0 … <1.
 */
export const scenarioSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: 'expected a non-empty name' })
    .max(200, { error: 'name is longer than 200 characters' }),
  btcMove: finite('a BTC move between -1 and 10').refine((v) => v >= -1 && v <= 10, {
    error: 'expected a BTC move between -1 (-100 %) and 10 (+1000 %)',
  }),
  stressCorrelation: finite('a stress correlation between 0 and 1').refine((v) => v >= 0 && v <= 1, {
    error: 'expected a stress correlation between 0 and 1',
  }),
  horizonDays: finite('a horizon in days').refine((v) => v >= 0 && v <= 3650, {
    error: 'expected a horizon between 0 and 3650 days',
  }),
  fundingRates: perSymbol('a funding rate per 8 h').optional(),
  betas: perSymbol('a beta to BTC').optional(),
  presetId: z.string().trim().min(1, { error: 'expected a non-empty preset id' }).optional(),
  stopSlippage: finite('a stop slippage fraction')
    .refine((v) => v >= 0 && v < 1, {
      error: 'expected a stop slippage fraction in [0, 1)',
    })
    .optional(),
});

/** A saved stress scenario (see {@link scenarioSchema}). */
export type Scenario = z.infer<typeof scenarioSchema>;
