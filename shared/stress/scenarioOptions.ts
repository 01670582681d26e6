/** Turns a saved {@link Scenario} into the options the stress functions take. */
import type { Scenario } from './scenario';
import type { LadderOptions } from './ladder';
import { findPreset, presetBtcMove, presetReplayBetas, type CrashPreset } from './presets';
import { lookupBySymbol } from '../symbols/index';

/** What a scenario asks for, ready to pass on. */
export interface ScenarioOptions {
  /** BTC move to replay. */
  move: number;
  /** For `cascadeLadder` / `survivalPlan` (add `estimatedBetas` / `btcPrice` as you have them). */
  ladder: LadderOptions;
  /** For `fundingDrift`, when the scenario has funding rates. */
  funding: { fundingRates: Record<string, number>; horizonHours: number } | null;
  horizonDays: number;
  /** The preset it started from, when it names a known one. */
  preset: CrashPreset | null;
}

/** A preset's recorded per-asset moves as fixed betas, except for assets the user gave a beta of their own. */
function replayBetas(preset: CrashPreset, userBetas: Record<string, number> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [asset, beta] of Object.entries(presetReplayBetas(preset)))
    if (lookupBySymbol(userBetas, asset) === undefined) out[asset] = beta;
  return out;
}

/**
 * Options for a saved scenario; its own `btcMove` is the move. A scenario started from a preset
 * replays the preset's recorded per-asset moves (as fixed betas) unless the user set that asset's
 * beta.
 */
export function scenarioOptions(s: Scenario): ScenarioOptions {
  const preset = s.presetId === undefined ? null : (findPreset(s.presetId) ?? null);
  return {
    move: s.btcMove,
    ladder: {
      betas: s.betas,
      stressCorrelation: s.stressCorrelation,
      stopSlippage: s.stopSlippage,
      fixedBetas: preset ? replayBetas(preset, s.betas) : undefined,
    },
    funding: s.fundingRates ? { fundingRates: s.fundingRates, horizonHours: s.horizonDays * 24 } : null,
    horizonDays: s.horizonDays,
    preset,
  };
}

/** A new scenario from a preset: its BTC move, stress correlation 1, 2 % stop slippage, a 1-day horizon. */
export function scenarioFromPreset(preset: CrashPreset, name = preset.name): Scenario {
  return {
    name,
    btcMove: presetBtcMove(preset),
    stressCorrelation: 1,
    horizonDays: 1,
    presetId: preset.id,
    stopSlippage: 0.02,
  };
}
