import { EngineInputError, VENUE_IDS } from '@shared/engine/index';
import { sizePosition, type SizingInputRaw, type SizingResult } from '@shared/sizing/index';
import { CliUserError, type CliCommand } from '../types';

/** `--name value` options and bare `--flag`s of one command line; unknown names are refused. */
export function parseOptions(
  args: string[],
  valued: readonly string[],
  flags: readonly string[],
): { values: Map<string, string>; flags: Set<string> } {
  const values = new Map<string, string>();
  const set = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const name = a.startsWith('--') ? a.slice(2) : undefined;
    if (name !== undefined && flags.includes(name)) set.add(name);
    else if (name !== undefined && valued.includes(name)) {
      const v = args[i + 1];
      if (v === undefined || (v.startsWith('--') && !/^--?\d/.test(v)))
        throw new CliUserError(`--${name} needs a value`);
      values.set(name, v);
      i++;
    } else
      throw new CliUserError(`unknown option "${a}" (known: ${[...valued, ...flags].map((n) => `--${n}`).join(' ')})`);
  }
  return { values, flags: set };
}

/** A number option, or a clear error naming it. */
function numberOf(name: string, text: string): number {
  const n = Number(text.replace(/_/g, ''));
  if (text.trim() === '' || !Number.isFinite(n)) throw new CliUserError(`--${name}: expected a number, got "${text}"`);
  return n;
}

/** `1%` → { percent 1 }, `250` → { amount 250 }. */
function percentOrAmount(name: string, text: string): { mode: 'percent' | 'amount'; value: number } {
  return text.endsWith('%')
    ? { mode: 'percent', value: numberOf(name, text.slice(0, -1)) }
    : { mode: 'amount', value: numberOf(name, text) };
}

const VALUED = [
  'equity',
  'risk',
  'entry',
  'stop',
  'tp',
  'venue',
  'symbol',
  'side',
  'leverage',
  'mode',
  'fee',
  'contract',
  'contract-size',
  'lot',
  'mmr',
  'buffer',
  'lp-within',
] as const;

/** Builds the calculator input from the command line (the calculator's zod schema checks the rest). */
export function sizingInputFromArgs(args: string[]): { input: SizingInputRaw; json: boolean } {
  const { values, flags } = parseOptions(args, VALUED, ['json']);
  const need = (n: string): string => {
    const v = values.get(n);
    if (v === undefined)
      throw new CliUserError(
        `--${n} is required (cascade size --equity 10000 --risk 1% --entry 70000 --stop 68500 --venue binance-usdm --symbol BTCUSDT)`,
      );
    return v;
  };
  const venue = need('venue');
  if (!(VENUE_IDS as readonly string[]).includes(venue))
    throw new CliUserError(`--venue: expected one of ${VENUE_IDS.join(', ')}, got "${venue}"`);
  const stop = percentOrAmount('stop', need('stop'));
  const opt = (n: string) => values.get(n);
  const fee = opt('fee');
  const input: Record<string, unknown> = {
    venue,
    symbol: need('symbol'),
    equity: numberOf('equity', need('equity')),
    risk: percentOrAmount('risk', need('risk')),
    entry: numberOf('entry', need('entry')),
    stop: stop.mode === 'percent' ? stop : { mode: 'price', value: stop.value },
    leverage: numberOf('leverage', opt('leverage') ?? '10'),
    marginMode: opt('mode') ?? 'cross',
  };
  if (opt('side')) input.side = opt('side');
  if (opt('tp')) input.takeProfit = numberOf('tp', opt('tp') as string);
  if (fee) input.feeRate = fee.endsWith('%') ? numberOf('fee', fee.slice(0, -1)) / 100 : numberOf('fee', fee);
  if (opt('contract')) input.contract = opt('contract');
  if (opt('contract-size')) input.contractSize = numberOf('contract-size', opt('contract-size') as string);
  if (opt('lot')) input.lotStep = numberOf('lot', opt('lot') as string);
  if (opt('mmr')) input.mmr = numberOf('mmr', opt('mmr') as string);
  if (opt('buffer')) input.safetyBufferPct = numberOf('buffer', (opt('buffer') as string).replace(/%$/, ''));
  if (opt('lp-within'))
    input.headroomLpWithinPct = numberOf('lp-within', (opt('lp-within') as string).replace(/%$/, ''));
  return { input: input as SizingInputRaw, json: flags.has('json') };
}

/** Calculator field → the option that sets it, for error messages. */
const SIZE_FLAGS: Record<string, string> = {
  equity: '--equity',
  risk: '--risk',
  entry: '--entry',
  stop: '--stop',
  takeProfit: '--tp',
  venue: '--venue',
  symbol: '--symbol',
  side: '--side',
  leverage: '--leverage',
  marginMode: '--mode',
  feeRate: '--fee',
  contract: '--contract',
  contractSize: '--contract-size',
  lotStep: '--lot',
  mmr: '--mmr',
  safetyBufferPct: '--buffer',
  headroomLpWithinPct: '--lp-within',
};

const f = (n: number | null, digits = 4): string =>
  n === null ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: Math.abs(n) >= 1000 ? 2 : digits });
const BOUND_NAMES = {
  risk: 'the risk budget',
  margin: 'the margin available',
  'stop-before-liquidation': 'the stop filling before liquidation',
} as const;

/** The result as lines for a terminal. */
export function formatSizing(input: SizingInputRaw, r: SizingResult): string {
  const money = r.currency === 'coin' ? 'coin' : 'quote';
  const unit = r.contract === 'inverse' ? 'USD' : 'base units';
  const h = r.headroom;
  const lines = [
    `${input.symbol} ${r.side} on ${input.venue} (${input.marginMode ?? 'cross'}, ${f(r.leverage)}×), entry ${f(r.entry)}, stop ${f(r.stop)}${r.takeProfit === null ? '' : `, take-profit ${f(r.takeProfit)}`}`,
    `size              ${f(r.size, 8)} ${unit} = ${f(r.contracts, 8)} contracts${r.lotStep === null ? ' (not rounded: no lot step known)' : ` (rounded down to the ${r.lotStep} lot)`}`,
    `bound             ${BOUND_NAMES[r.binding]} — risk ${f(r.bounds.risk, 6)} · margin ${f(r.bounds.margin, 6)} · stop-before-LP ${r.bounds.stopBeforeLiquidation === null ? 'no limit' : f(r.bounds.stopBeforeLiquidation, 6)}`,
    `notional          ${f(r.notional)} ${money}`,
    `initial margin    ${f(r.initialMargin)} ${money}`,
    `fees              entry ${f(r.entryFee)} · exit at stop ${f(r.exitFeeAtStop)}${r.exitFeeAtTakeProfit === null ? '' : ` · exit at take-profit ${f(r.exitFeeAtTakeProfit)}`} ${money}`,
    `loss at stop      ${f(r.lossAtStop)} ${money} (${f(r.lossAtStopPctOfEquity, 2)} % of equity; budget ${f(r.riskBudget)})`,
    `liquidation       ${r.size === 0 ? '—' : r.liquidationPrice === null ? 'none (no price liquidates this position)' : f(r.liquidationPrice, 8)}`,
    `stop → LP         ${r.stopToLiquidationPct === null ? '—' : `${f(r.stopToLiquidationPct, 2)} % of the stop`}`,
    `reward : risk     ${r.rewardRisk === null ? '—' : `${f(r.rewardRisk, 2)} (net of fees)`}`,
    `max safe leverage ${r.maxSafeLeverage === null ? 'no limit up to 1000×' : `${f(r.maxSafeLeverage, 2)}×`}${input.marginMode === 'isolated' ? '' : ' (effective: notional / wallet; a cross LP depends on the wallet, not the setting)'}`,
  ];
  if (h) {
    lines.push(
      `can add           ${h.untilLpWithin === null ? 'no limit' : `${f(h.untilLpWithin, 8)} ${unit}`} before the LP is within ${f(h.lpWithinPct, 2)} %` +
        (h.untilNextTier === null
          ? ''
          : ` · ${f(h.untilNextTier, 8)} ${unit} before the next tier (${f((h.tier?.mmr ?? 0) * 100, 3)} % → ${f((h.tier?.nextMmr ?? 0) * 100, 3)} %)`),
    );
  }
  for (const n of r.notes) lines.push(`note: ${n}`);
  return lines.join('\n');
}

/** `cascade size ...`: the sizing calculator; needs no database. */
export const sizeCommand: CliCommand = {
  name: 'size',
  summary: 'size a trade from risk, stop and leverage (no database needed)',
  usage: 'cascade size --equity N --risk 1%|AMOUNT --entry P --stop P|2% --venue V --symbol S [--json]',
  run(args, _ctx, io) {
    const { input, json } = sizingInputFromArgs(args);
    let result: SizingResult;
    try {
      result = sizePosition(input);
    } catch (error) {
      if (error instanceof EngineInputError) {
        const flag = SIZE_FLAGS[error.path.split(/[.[]/)[0]] ?? error.path;
        throw new CliUserError(`${flag}: ${error.reason}${error.path === 'mmr' ? ' (--mmr 0.005)' : ''}`);
      }
      throw error;
    }
    io.out(json ? JSON.stringify({ input, result }) : formatSizing(input, result));
    return 0;
  },
};
