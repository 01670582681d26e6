import type { Book, BookAccount } from '@shared/book/index';
import {
  cascadeLadder,
  findPreset,
  presetBtcMove,
  crashPresets,
  rungsUpTo,
  survivalPlan,
  bookLiquidationProbability,
  type CascadeLadder,
  type CrashPreset,
  type LadderEvent,
  type SurvivalPlan,
} from '@shared/stress/index';
import { applyTierOverrides, loadTierOverrides } from '../../db/repo/tierOverrides';
import { getBook } from '../../core/handlers/book';
import { CliUserError, type CliCommand } from '../types';
import { parseOptions } from './size';

/** What `cascade stress` computes, also its `--json` output. */
export interface StressReport {
  move: number;
  preset: { id: string; name: string; basis: 'wick' | 'close' } | null;
  stressCorrelation: number;
  stopSlippage: number | null;
  btcPrice: number | null;
  /** Rungs reached by the move, nearest first. */
  rungs: LadderEvent[];
  survival: SurvivalPlan;
  /** With --vol: the chance BTC reaches the book's first rung (either way) within --days (GBM, no drift). */
  firstLiquidation: {
    btcVolatility: number;
    horizonDays: number;
    downMove: number | null;
    upMove: number | null;
    probability: number;
  } | null;
  skipped: CascadeLadder['skipped'];
  notes: string[];
}

/** Options of {@link stressReport}. */
export interface StressReportOptions {
  move?: number;
  presetId?: string;
  basis?: 'wick' | 'close';
  stressCorrelation?: number;
  stopSlippage?: number;
  btcPrice?: number;
  /** BTC's annualised volatility, for the first-liquidation probability. */
  btcVolatility?: number;
  horizonDays?: number;
}

function resolvePreset(id: string): CrashPreset {
  const p = findPreset(id);
  if (!p) throw new CliUserError(`--preset: no preset "${id}" (known: ${crashPresets.map((x) => x.id).join(', ')})`);
  return p;
}

/**
 * The stress report for a book: the ladder's rungs reached by the move and what it takes to
 * survive it. A preset gives the move (its wick, or close) and, unless overridden, stress
 * correlation 1 and 2 % stop slippage; a plain move defaults to correlation 0 and no stops.
 */
export function stressReport(book: Book, o: StressReportOptions): StressReport {
  const preset = o.presetId === undefined ? null : resolvePreset(o.presetId);
  const basis = o.basis ?? preset?.replay ?? 'wick';
  const move = o.move ?? (preset ? presetBtcMove(preset, basis) : undefined);
  if (move === undefined) throw new CliUserError('give --btc MOVE (e.g. -0.44) or --preset NAME');
  if (!(move >= -1 && move <= 10) || move === 0)
    throw new CliUserError(`--btc: expected a non-zero move between -1 and 10 (e.g. -0.44 for -44 %), got ${move}`);
  const stressCorrelation = o.stressCorrelation ?? (preset ? 1 : 0);
  if (!(stressCorrelation >= 0 && stressCorrelation <= 1))
    throw new CliUserError(`--stress-correlation: expected 0…1, got ${stressCorrelation}`);
  const stopSlippage = o.stopSlippage ?? (preset ? 0.02 : undefined);
  if (stopSlippage !== undefined && !(stopSlippage >= 0 && stopSlippage < 1))
    throw new CliUserError(`--slippage: expected 0…<1 (0.02 = 2 %), got ${stopSlippage}`);
  if (o.btcPrice !== undefined && !(o.btcPrice > 0))
    throw new CliUserError(`--btc-price: expected a price > 0, got ${o.btcPrice}`);
  const opts = { stressCorrelation, stopSlippage, btcPrice: o.btcPrice };
  const ladder = cascadeLadder(book, opts);
  if (o.btcVolatility !== undefined && !(o.btcVolatility > 0 && o.btcVolatility < 10))
    throw new CliUserError(`--vol: expected an annualised volatility such as 0.6, got ${o.btcVolatility}`);
  const horizonDays = o.horizonDays ?? 1;
  if (!(horizonDays >= 0 && horizonDays <= 3650)) throw new CliUserError(`--days: expected 0…3650, got ${horizonDays}`);
  const firstLiquidation =
    o.btcVolatility === undefined
      ? null
      : {
          btcVolatility: o.btcVolatility,
          horizonDays,
          ...bookLiquidationProbability(ladder, { btcVolatility: o.btcVolatility, horizonDays }),
        };
  const notes = [...ladder.notes];
  if (preset && o.move !== undefined) notes.push(`--btc ${o.move} overrides the preset's BTC move.`);
  if (preset) notes.push(`Preset ${preset.id}: ${preset.duration}. ${preset.note ?? ''}`.trim());
  return {
    move,
    preset: preset ? { id: preset.id, name: preset.name, basis } : null,
    stressCorrelation,
    stopSlippage: stopSlippage ?? null,
    btcPrice: ladder.btcPrice,
    rungs: rungsUpTo(ladder, move),
    survival: survivalPlan(book, { ...opts, move }),
    firstLiquidation,
    skipped: ladder.skipped,
    notes,
  };
}

const num = (v: number, digits = 2) =>
  v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const pct = (v: number) => `${v > 0 ? '+' : ''}${(v * 100).toFixed(2)} %`;
const sig = (v: number | null) =>
  v === null ? '—' : Number(v.toPrecision(6)).toLocaleString('en-US', { maximumFractionDigits: 8 });

/** The report as terminal text. */
export function formatStressReport(r: StressReport): string {
  const lines: string[] = [];
  const head = `Stress: BTC ${pct(r.move)}${r.preset ? ` — ${r.preset.name} (${r.preset.basis})` : ''}`;
  lines.push(
    head,
    `stress correlation ${r.stressCorrelation} · stops ${r.stopSlippage === null ? 'ignored' : `fill ${(r.stopSlippage * 100).toFixed(1)} % beyond the trigger`}`,
  );
  if (r.btcPrice !== null) lines.push(`BTC ${num(r.btcPrice)} → ${num(r.btcPrice * Math.max(0, 1 + r.move))}`);
  lines.push('');
  if (r.rungs.length === 0) lines.push(`Nothing is liquidated on the way to BTC ${pct(r.move)}.`);
  else {
    lines.push(
      `${'#'.padStart(3)}  ${'BTC move'.padEnd(9)} ${'BTC'.padStart(10)}  ${'account'.padEnd(14)} ${'position'.padEnd(18)} ${'what'.padEnd(12)} ${'price'.padStart(12)} ${'LP today'.padStart(12)} ${'equity after'.padStart(14)}`,
    );
    r.rungs.forEach((e, k) => {
      lines.push(
        `${String(k + 1).padStart(3)}  ${pct(e.btcMove).padEnd(9)} ${(e.btcPrice === null ? '—' : num(e.btcPrice, 0)).padStart(10)}  ${e.accountName.slice(0, 14).padEnd(14)} ${`${e.symbol} ${e.side}`.slice(0, 18).padEnd(18)} ${(e.partial ? `${e.partial.closedFraction * 100}% liq.` : e.kind).padEnd(12)} ${sig(e.price).padStart(12)} ${sig(e.liquidationPrice).padStart(12)} ${`${num(e.equityAfter)} ${e.currency === 'coin' ? 'coin' : ''}`.trim().padStart(14)}`,
      );
      if (e.note) lines.push(`${' '.repeat(16)}${e.note}`);
    });
  }
  lines.push('', 'What it takes to survive:');
  if (r.survival.accounts.length === 0 && r.skipped.length === 0) lines.push('  (the book has no accounts)');
  for (const a of r.survival.accounts) {
    const unit = a.currency === 'coin' ? ' (coin)' : '';
    if (a.survives) {
      lines.push(`  ${a.name}: survives`);
      continue;
    }
    if (a.marginMode === 'cross') {
      lines.push(
        `  ${a.name} (cross): add ${num(a.extraCollateral)}${unit} collateral, or keep ${((a.keepFraction ?? 0) * 100).toFixed(1)} % of every position`,
      );
    } else {
      lines.push(`  ${a.name} (isolated): add ${num(a.extraCollateral)}${unit} margin in total`);
      for (const p of a.positions.filter((x) => !x.survives)) {
        const lev = p.maxSafeLeverage === null ? '' : `, or at most ${p.maxSafeLeverage.toFixed(2)}× leverage`;
        lines.push(
          `    ${p.symbol} ${p.side}: +${num(p.extraMargin ?? 0)} margin${lev}, or keep ${((p.keepFraction ?? 0) * 100).toFixed(1)} % of it`,
        );
      }
    }
  }
  for (const s of r.skipped) lines.push(`  ${s.name}: left out — ${s.message}`);
  if (r.firstLiquidation) {
    const f = r.firstLiquidation;
    const where = [
      f.downMove === null ? null : `BTC ${pct(f.downMove)}`,
      f.upMove === null ? null : `BTC ${pct(f.upMove)}`,
    ]
      .filter(Boolean)
      .join(' or ');
    lines.push(
      '',
      `First liquidation within ${f.horizonDays} day(s) at ${(f.btcVolatility * 100).toFixed(0)} % BTC volatility: ${(f.probability * 100).toFixed(1)} %${where ? ` (BTC reaching ${where})` : ' (nothing in the book can be liquidated)'}`,
    );
  }
  lines.push('', ...r.notes.map((n) => `note: ${n}`));
  return lines.join('\n');
}

function numberOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  const n = t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  if (t === '' || !Number.isFinite(n)) throw new CliUserError(`--${name}: expected a number, got "${text}"`);
  return n;
}

/** `cascade stress --btc -0.44 [--preset NAME] [--json]`: the cascade ladder of the stored book. */
export const stressCommand: CliCommand = {
  name: 'stress',
  summary: 'replay a BTC move or a crash preset against the stored book',
  usage:
    'cascade stress --btc MOVE | --preset NAME [--wick|--close] [--stress-correlation C] [--slippage S] [--btc-price P] [--vol V --days D] [--json]',
  run(args, ctx, io) {
    const { values, flags } = parseOptions(
      args,
      ['btc', 'preset', 'stress-correlation', 'slippage', 'btc-price', 'vol', 'days'],
      ['json', 'close', 'wick', 'list-presets'],
    );
    if (flags.has('list-presets')) {
      io.out(crashPresets.map((p) => `${p.id.padEnd(26)} BTC ${pct(presetBtcMove(p))}  ${p.name}`).join('\n'));
      return 0;
    }
    const c = ctx();
    const overrides = loadTierOverrides(c.db);
    const stored = getBook(c);
    const book: Book = { accounts: stored.accounts.map((a) => applyTierOverrides(a, overrides) as BookAccount) };
    const report = stressReport(book, {
      move: numberOption('btc', values.get('btc')),
      presetId: values.get('preset'),
      basis: flags.has('close') ? 'close' : flags.has('wick') ? 'wick' : undefined,
      stressCorrelation: numberOption('stress-correlation', values.get('stress-correlation')),
      stopSlippage: numberOption('slippage', values.get('slippage')),
      btcPrice: numberOption('btc-price', values.get('btc-price')),
      btcVolatility: numberOption('vol', values.get('vol')),
      horizonDays: numberOption('days', values.get('days')),
    });
    io.out(flags.has('json') ? JSON.stringify(report) : formatStressReport(report));
    return 0;
  },
};
