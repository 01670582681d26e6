import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApi } from '../../api/cascade';
import { callChannel, hasChannel } from '../../api/channel';
import { useEffectiveBook, useSettings } from '../../api/queries';
import { scenarioSchema, type Scenario } from '@shared/stress/scenario';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { CRASH_PRESETS, type StressPreset } from './presets';
import { StressView, type StressSettings } from './StressView';

interface ScenarioRow {
  id: string;
  name: string;
  payload: Record<string, unknown>;
}

const scenariosKey = ['scenarios'] as const;

/** A saved scenario as a preset; rows whose payload does not parse are skipped (they stay stored). */
function scenarioPreset(row: ScenarioRow): StressPreset | null {
  const parsed = scenarioSchema.safeParse({ name: row.name, ...row.payload });
  // (rows store the full scenario, name included; older rows without one take the row's name)
  if (!parsed.success) return null;
  const s = parsed.data;
  const rates = Object.values(s.fundingRates ?? {});
  return {
    id: `saved:${row.id}`,
    label: row.name,
    move: Math.max(-0.9, Math.min(1, s.btcMove)),
    correlation: s.stressCorrelation,
    horizonHours: s.horizonDays * 24,
    fundingRate8h: rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : 0,
    betas: s.betas,
    stopSlippage: s.stopSlippage,
    kind: 'saved',
  };
}

/** The Stress screen: the book from storage, crash presets and saved scenarios, sliders in the renderer. */
export function StressScreen() {
  const api = useApi();
  const client = useQueryClient();
  const book = useEffectiveBook(); // as assessed: with the user's tier overrides
  const { settings } = useSettings();
  const canSave = hasChannel(api, ['scenarios', 'upsert']);
  const scenarios = useQuery({
    queryKey: scenariosKey,
    enabled: hasChannel(api, ['scenarios', 'list']),
    queryFn: () => callChannel<ScenarioRow[]>(api, ['scenarios', 'list'], {}),
  });
  const save = useMutation({
    mutationFn: async ({ name, settings }: { name: string; settings: StressSettings }) => {
      const symbols = new Set(book.data?.accounts.flatMap((a) => a.positions.map((p) => p.symbol)) ?? []);
      const scenario: Scenario = scenarioSchema.parse({
        name,
        btcMove: settings.move,
        stressCorrelation: settings.correlation,
        horizonDays: settings.horizonHours / 24,
        fundingRates: settings.fundingRate8h
          ? Object.fromEntries([...symbols].map((s) => [s, settings.fundingRate8h]))
          : undefined,
        betas: settings.betas,
        stopSlippage: settings.stopSlippage,
      });
      return callChannel<ScenarioRow>(api, ['scenarios', 'upsert'], { name, payload: scenario });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: scenariosKey }),
  });
  const presets = useMemo(
    () => [
      ...CRASH_PRESETS,
      ...(scenarios.data ?? []).map(scenarioPreset).filter((p): p is StressPreset => p !== null),
    ],
    [scenarios.data],
  );

  if (book.isPending) return <p className="placeholder">Loading the book…</p>;
  if (book.isError || !book.data) return <ErrorMessage title="Cannot load the book" error={book.error} />;
  if (book.data.accounts.every((a) => a.positions.length === 0)) {
    return (
      <p className="placeholder">No open positions to stress. Add some on the Entry screen or load the demo book.</p>
    );
  }
  return (
    <>
      {scenarios.isError && <ErrorMessage title="Cannot load saved scenarios" error={scenarios.error} />}
      <StressView
        book={book.data}
        presets={presets}
        volatility={settings.volatility}
        onSaveScenario={
          canSave ? async (name, settings) => void (await save.mutateAsync({ name, settings })) : undefined
        }
      />
    </>
  );
}
