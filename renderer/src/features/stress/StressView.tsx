import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Book } from '@shared/book/types';
import { computeStress } from './model/compute';
import { MOVE_MAX, MOVE_MIN, type StressParams } from './model/types';
import type { StressPreset } from './presets';
import { Slider } from './Slider';
import { StressTable } from './StressTable';
import { LadderTable, rungReached } from './LadderTable';
import { EquityChart, type EquityChartData } from './EquityChart';
import { SurvivalPanel } from './SurvivalPanel';
import { fmtMove, fmtProb, fmtUsd, fmtWholePct } from './format';

const fmtDays = (hours: number) => `${hours / 24} day${hours === 24 ? '' : 's'}`;
import './stress.css';

/** The slider settings a scenario saves (everything but the book). */
export type StressSettings = Omit<StressParams, 'betas'> & { betas?: Record<string, number> };

/** Stop fill slippage when stops are first switched on (shared/stress scenarioFromPreset uses the same 2 %). */
const DEFAULT_STOP_SLIPPAGE = 0.02;

export const DEFAULT_SETTINGS: StressSettings = { move: 0, correlation: 0, horizonHours: 0, fundingRate8h: 0 };

/**
 * The Stress screen for a given book: sliders → shared stress model → positions table, cascade
 * ladder and equity curve. Pure props; {@link StressScreen} feeds it from IPC.
 */
export function StressView(props: {
  book: Book;
  presets: StressPreset[];
  initial?: Partial<StressSettings>;
  /** Saves the current settings as a named scenario; absent when storage has no scenarios. */
  onSaveScenario?: (name: string, settings: StressSettings) => Promise<void>;
  onChartData?: (data: EquityChartData) => void;
  /** Annualised volatility by symbol (Settings): enables σ distances and probabilities over the horizon. */
  volatility?: Readonly<Record<string, number>>;
}) {
  const [s, setS] = useState<StressSettings>({ ...DEFAULT_SETTINGS, ...props.initial });
  const [presetId, setPresetId] = useState('');
  const set = useCallback(<K extends keyof StressSettings>(k: K, v: StressSettings[K]) => {
    setS((prev) => ({ ...prev, [k]: v }));
    setPresetId('');
  }, []);

  // Everything but the BTC move: rebuilt (ladder, curve) when correlation, horizon, funding or the
  // book change. Deferred: the slider's thumb and label follow the key at once, the rebuild after.
  const correlation = useDeferredValue(s.correlation);
  const horizonHours = useDeferredValue(s.horizonHours);
  const fundingRate8h = useDeferredValue(s.fundingRate8h);
  const betas = useDeferredValue(s.betas);
  const stopSlippage = useDeferredValue(s.stopSlippage);
  const book = useDeferredValue(props.book);
  const volatility = props.volatility;
  const model = useMemo(
    () => computeStress(book, { move: 0, correlation, horizonHours, fundingRate8h, betas, volatility, stopSlippage }),
    [book, correlation, horizonHours, fundingRate8h, betas, volatility, stopSlippage],
  );
  const rebuilding =
    correlation !== s.correlation ||
    horizonHours !== s.horizonHours ||
    fundingRate8h !== s.fundingRate8h ||
    betas !== s.betas ||
    stopSlippage !== s.stopSlippage ||
    book !== props.book;
  const equity = model.equityAt(s.move);
  const dead = model.ladder.filter((r) => r.kind !== 'stop' && rungReached(r, s.move)).length;
  const movePct = Math.round(s.move * 100);

  const choosePreset = (id: string) => {
    setPresetId(id);
    const p = props.presets.find((x) => x.id === id);
    if (!p) return;
    setS({
      move: p.move,
      correlation: p.correlation ?? 0,
      horizonHours: p.horizonHours ?? 0,
      fundingRate8h: p.fundingRate8h ?? 0,
      betas: p.betas,
      stopSlippage: p.stopSlippage,
    });
  };

  return (
    <section className="stress" aria-label="Stress test">
      <div className="stress-controls">
        <Slider
          label="BTC move"
          min={MOVE_MIN * 100}
          max={MOVE_MAX * 100}
          step={1}
          value={movePct}
          valueText={(v) => `BTC ${fmtWholePct(v)}`}
          onChange={(v) => set('move', v / 100)}
          testId="btc-move"
        />
        <Slider
          label="Stress correlation"
          min={0}
          max={100}
          step={5}
          value={Math.round(s.correlation * 100)}
          valueText={(v) => `${v} % toward crash betas`}
          onChange={(v) => set('correlation', v / 100)}
          testId="correlation"
        />
        <Slider
          label="Horizon"
          min={0}
          max={30}
          step={1}
          value={Math.round(s.horizonHours / 24)}
          valueText={(v) => `${v} day${v === 1 ? '' : 's'}`}
          onChange={(v) => set('horizonHours', v * 24)}
          testId="horizon"
        />
        <Slider
          label="Funding per 8 h"
          min={-10}
          max={30}
          step={1}
          value={Math.round(s.fundingRate8h * 10_000)}
          valueText={(v) => `${(v / 100).toFixed(2)} % per 8 h`}
          onChange={(v) => set('fundingRate8h', v / 10_000)}
          testId="funding"
        />
        <div className="stress-stops">
          <label>
            <input
              type="checkbox"
              checked={s.stopSlippage !== undefined}
              onChange={(e) => set('stopSlippage', e.currentTarget.checked ? DEFAULT_STOP_SLIPPAGE : undefined)}
            />{' '}
            Model stops
          </label>
          {s.stopSlippage !== undefined && (
            <Slider
              label="Stop slippage"
              min={0}
              max={20}
              step={0.5}
              value={s.stopSlippage * 100}
              valueText={(v) => `${v} % beyond the trigger`}
              onChange={(v) => set('stopSlippage', v / 100)}
              testId="stop-slippage"
            />
          )}
        </div>
        <PresetPicker presets={props.presets} value={presetId} onChange={choosePreset} />
        {props.onSaveScenario && <SaveScenario onSave={(name) => props.onSaveScenario!(name, s)} />}
      </div>

      <p className="stress-summary" aria-live="polite" data-testid="stress-summary">
        BTC {fmtMove(s.move)}
        {model.btcPrice !== null && <> (≈ {fmtUsd(model.btcPrice * (1 + s.move))})</>}: equity{' '}
        <strong>{fmtUsd(equity)}</strong> (now {fmtUsd(model.baseEquity)}),{' '}
        <span className={dead > 0 ? 'danger' : ''}>
          {dead} of {model.positions.length} positions liquidated
        </span>
        .
        {model.firstLiquidation && (
          <>
            {' '}
            Chance of a first liquidation within {fmtDays(horizonHours)}:{' '}
            <strong
              className={model.firstLiquidation.probability >= 0.05 ? 'danger' : ''}
              data-testid="first-liquidation"
            >
              {fmtProb(model.firstLiquidation.probability)}
            </strong>
            .
          </>
        )}
        {s.stopSlippage !== undefined && (
          <span className="muted">
            {' '}
            The curve and this equity hold stopped positions open; the ladder closes them at their fill.
          </span>
        )}
        {!model.firstLiquidation && horizonHours > 0 && (
          <span className="muted"> Set BTC’s volatility in Settings to see σ distances and liquidation chances.</span>
        )}
      </p>
      {model.errors.map((e) => (
        <p role="alert" key={e.accountId} className="danger">
          Account “{e.accountName}” left out: {e.message}
        </p>
      ))}

      <div className="stress-grid" aria-busy={rebuilding}>
        <div className="stress-panel">
          <h2>Book equity vs BTC move (%)</h2>
          <EquityChart curve={model.curve} ladder={model.ladder} move={s.move} onData={props.onChartData} />
        </div>
        <div className="stress-panel">
          <LadderTable ladder={model.ladder} move={s.move} />
          <SurvivalPanel book={model.book} move={s.move} correlation={s.correlation} betas={s.betas} />
          <ul className="stress-notes" aria-label="How the ladder is computed">
            {model.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      </div>
      <div className="stress-panel">
        <h2>Positions at BTC {fmtMove(s.move)}</h2>
        <StressTable positions={model.positions} move={s.move} />
      </div>
    </section>
  );
}

function PresetPicker(props: { presets: StressPreset[]; value: string; onChange: (id: string) => void }) {
  const crash = props.presets.filter((p) => p.kind === 'crash');
  const saved = props.presets.filter((p) => p.kind === 'saved');
  return (
    <div className="stress-preset">
      <label htmlFor="stress-preset">Preset</label>
      <select id="stress-preset" value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">Custom</option>
        {crash.length > 0 && (
          <optgroup label="Crashes">
            {crash.map((p) => (
              <option key={p.id} value={p.id} title={p.source}>
                {p.label}
              </option>
            ))}
          </optgroup>
        )}
        {saved.length > 0 && (
          <optgroup label="Saved scenarios">
            {saved.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}

function SaveScenario({ onSave }: { onSave: (name: string) => Promise<void> }) {
  const [name, setName] = useState('');
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' | 'error'; message?: string }>({
    kind: 'idle',
  });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setStatus({ kind: 'error', message: 'Give the scenario a name.' });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      await onSave(name.trim());
      setStatus({ kind: 'saved', message: `Saved “${name.trim()}”.` });
      setName('');
    } catch (err) {
      setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <form className="stress-save" onSubmit={submit}>
      <label htmlFor="stress-scenario-name">Scenario name</label>
      <input id="stress-scenario-name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
      <button type="submit" disabled={status.kind === 'saving'}>
        Save as scenario
      </button>
      {status.message && (
        <span
          role={status.kind === 'error' ? 'alert' : 'status'}
          className={status.kind === 'error' ? 'danger' : 'muted'}
        >
          {status.message}
        </span>
      )}
    </form>
  );
}
