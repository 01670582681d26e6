/**
 * Presets the picker offers. INTERIM: shared/stress ships the crash presets with sources and
 * dates; until it lands the picker offers only the seed event as issue 6 describes it
 * (BTC ~$126k → low $70ks ≈ −44 %, alts harder as correlations rose), plus the user's saved scenarios.
 */
export interface StressPreset {
  id: string;
  label: string;
  /** BTC move, e.g. −0.44. */
  move: number;
  correlation?: number;
  horizonHours?: number;
  fundingRate8h?: number;
  betas?: Record<string, number>;
  /** Where the numbers come from. */
  source?: string;
  kind: 'crash' | 'saved';
}

export const INTERIM_CRASH_PRESETS: StressPreset[] = [
  { id: 'seed-event', label: 'Seed event: BTC ~$126k → ~$70k (−44 %)', move: -0.44, correlation: 1, source: 'Cascade issue 6 (seed event)', kind: 'crash' },
];
