/**
 * Presets the picker offers: shared/stress's crash presets (with sources and dates) and the
 * user's saved scenarios.
 */
import { crashPresets, presetBtcMove, type CrashPreset } from '@shared/stress/presets';
import { scenarioFromPreset } from '@shared/stress/scenarioOptions';
import { MOVE_MAX, MOVE_MIN } from './model/types';

export interface StressPreset {
  id: string;
  label: string;
  /** BTC move, e.g. −0.44. */
  move: number;
  correlation?: number;
  horizonHours?: number;
  fundingRate8h?: number;
  betas?: Record<string, number>;
  /** Stop fill slippage; undefined: stops ignored. */
  stopSlippage?: number;
  /** Where the numbers come from. */
  source?: string;
  kind: 'crash' | 'saved';
}

const pct = (m: number) => `${m < 0 ? '\u2212' : '+'}${Math.abs(Math.round(m * 100))} %`;

/** A crash preset as the picker shows it: its replayed BTC move at full stress correlation. */
export function crashPreset(p: CrashPreset): StressPreset {
  const scenario = scenarioFromPreset(p);
  const move = Math.max(MOVE_MIN, Math.min(MOVE_MAX, presetBtcMove(p)));
  return {
    id: `crash:${p.id}`,
    label: `${p.name} (BTC ${pct(move)}, ${p.replay})`,
    move,
    correlation: scenario.stressCorrelation,
    horizonHours: scenario.horizonDays * 24,
    stopSlippage: scenario.stopSlippage,
    source: p.sources.map((s) => `${s.title} — ${s.url} (retrieved ${s.retrieved})`).join('\n'),
    kind: 'crash',
  };
}

/** Every shipped crash preset, newest first. */
export const CRASH_PRESETS: StressPreset[] = crashPresets.map(crashPreset);
