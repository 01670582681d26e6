/**
 * Turns an exchange's own maintenance-tier API answer (pasted JSON text or a parsed value) into
 * the engine's {@link MaintenanceTier} list, so a trader can override a venue+symbol's tiers with
 * "what the exchange says today". Pure: no I/O, no clock.
 *
 * Formats (field names as each venue's API documents them):
 * - binance: USDⓈ-M `GET /fapi/v1/leverageBracket`
 *   (https://developers.binance.com/docs/derivatives/usds-margined-futures/account/rest-api/Notional-and-Leverage-Brackets):
 *   `[{ symbol, notionalCoef?, brackets: [{ bracket, initialLeverage, notionalCap, notionalFloor,
 *   maintMarginRatio, cum }] }]`, or one such object when a symbol was sent. COIN-M
 *   `GET /dapi/v2/leverageBracket`
 *   (https://developers.binance.com/docs/derivatives/coin-margined-futures/account/rest-api/Notional-Bracket-for-Symbol)
 *   gives `qtyCap` / `qtyFloor` in coin instead (the docs example misspells the floor `qtylFloor`;
 *   both spellings are read), and `pair` instead of `symbol` on the older v1 endpoint.
 *   `cum` is the maintenance amount ("Auxiliary number for quick calculation").
 * - bybit: v5 `GET /v5/market/risk-limit` (https://bybit-exchange.github.io/docs/v5/market/risk-limit):
 *   `{ retCode, retMsg, result: { category, list: [{ id, symbol, riskLimitValue, maintenanceMargin,
 *   initialMargin, isLowestRisk, maxLeverage, mmDeduction }] } }`, strings. The docs example prints
 *   rates as percents (`"maintenanceMargin": "0.5", "initialMargin": "1", "maxLeverage": "100.00"`)
 *   while live answers print fractions (`"0.005"`, `"0.01"`): we tell them apart by
 *   initialMargin × maxLeverage (≈ 1 for fractions, ≈ 100 for percents). An empty `mmDeduction` is
 *   computed with Bybit's published deduction rule ({@link withDeductions}).
 * - gate: `GET /futures/{settle}/risk_limit_tiers` (Gate API v4 docs, https://www.gate.com/docs/developers/apiv4/en/,
 *   futures "risk limit tiers"; model FuturesRiskLimitTier, https://github.com/gateio/gateapi-python/blob/master/docs/FuturesRiskLimitTier.md):
 *   `[{ tier, risk_limit, initial_rate, maintenance_rate, leverage_max, contract?, deduction }]`,
 *   strings; a tier starts at the previous `risk_limit`; `deduction` ("maintenance margin quick
 *   calculation deduction amount") is used when present, else computed.
 * - hyperliquid: info `{"type":"meta"}` / `{"type":"metaAndAssetCtxs"}` / `{"type":"marginTable"}`
 *   (https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/info-endpoint/perpetuals#retrieve-perpetuals-metadata-universe-and-margin-tables):
 *   `universe[].marginTableId` points into `marginTables: [[id, { description, marginTiers:
 *   [{ lowerBound, maxLeverage }] }]]`. mmr = 1/(2·maxLeverage) ("Margin tiers",
 *   https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers); the deduction follows the
 *   formula quoted in hyperliquid.ts; the last tier is open-ended (Infinity).
 * - cascade: our own `MaintenanceTier[]` or `{ tiers }` (a last `maxNotional: null` — what
 *   JSON.stringify makes of Infinity — reads as Infinity).
 * - okx: `GET /api/v5/public/position-tiers` rows (`minSz`, `maxSz`, `mmr`) are refused: OKX
 *   tiers are keyed by number of contracts, not notional.
 */
import { EngineInputError } from '../errors';
import { validateTiers } from '../schema';
import type { MaintenanceTier, VenueId } from '../types';
import { withDeductions } from './deduction';
import { normalizeSymbol } from './index';

/** Which API answer a pasted text was read as. */
export type TierAnswerFormat = 'cascade' | 'binance' | 'bybit' | 'gate' | 'hyperliquid';

/** Result of {@link parseTierAnswer}. */
export interface ParsedTierAnswer {
  format: TierAnswerFormat;
  /** The symbol the tiers belong to, as the answer spells it (absent when the answer names none). */
  symbol?: string;
  /** Validated tiers: sorted, contiguous, starting at 0; the venue's last cap kept as is. */
  tiers: MaintenanceTier[];
}

/** Options of {@link parseTierAnswer}. */
export interface ParseTierAnswerOptions {
  /** Symbol to pick when the answer lists several (any spelling: `BTC/USDT:USDT` = `BTCUSDT`). */
  symbol?: string;
  /** Venue the tiers are meant for; an answer from another venue is refused. */
  venue?: VenueId;
}

type Obj = Record<string, unknown>;

/** One source row turned into a tier, with the JSON path of that row and its field names. */
interface Row {
  tier: MaintenanceTier;
  path: string;
  /** Source field name of each tier field, for error messages. */
  fields: Partial<Record<keyof MaintenanceTier, string>>;
}

const OKX_MESSAGE =
  "OKX position tiers are set by number of contracts, not notional: enter the tier's maintenance rate (mmr) on the position instead";

const FORMAT_VENUES: Record<TierAnswerFormat, readonly VenueId[] | null> = {
  cascade: null,
  binance: ['binance-usdm', 'binance-coinm'],
  bybit: ['bybit'],
  gate: ['gate'],
  hyperliquid: ['hyperliquid'],
};

const FORMAT_NAMES: Record<TierAnswerFormat, string> = {
  cascade: 'Cascade tier list',
  binance: 'Binance leverageBracket answer',
  bybit: 'Bybit risk-limit answer',
  gate: 'Gate risk_limit_tiers answer',
  hyperliquid: 'Hyperliquid margin table',
};

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return String(v);
  if (v === undefined) return 'nothing (field missing)';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v;
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** A number from a JSON number or a numeric string (venues print most figures as strings). */
function numberAt(row: Obj, key: string, path: string): number {
  const v = row[key];
  let n = NaN;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && v.trim() !== '') n = Number(v.trim());
  if (!Number.isFinite(n)) throw new EngineInputError(join(path, key), `expected a number, got ${show(v)}`);
  return n;
}

/** Like {@link numberAt} but `undefined` for an absent or empty field. */
function optionalNumberAt(row: Obj, key: string, path: string): number | undefined {
  const v = row[key];
  if (v === undefined || v === null || v === '') return undefined;
  return numberAt(row, key, path);
}

function rowAt(list: readonly unknown[], i: number, path: string): Obj {
  const r = list[i];
  if (!isObj(r)) throw new EngineInputError(join(path, i), `expected an object (one tier row), got ${show(r)}`);
  return r;
}

/** Drops binary noise from a percent → fraction division (0.56 / 100 = 0.005600000000000001). */
function clean(x: number): number {
  return Math.round(x * 1e12) / 1e12;
}

function listSymbols(symbols: readonly string[]): string {
  const shown = symbols.slice(0, 4);
  const more = symbols.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * Picks one group of rows by symbol: the requested one, or the only one. Groups are keyed by the
 * symbol as the answer spells it ('' when rows name none).
 */
function pick<T>(groups: Map<string, T>, wanted: string | undefined): { symbol?: string; group: T } {
  const named = [...groups.keys()].filter((s) => s !== '');
  if (wanted !== undefined && wanted.trim() !== '') {
    // A ccxt unified symbol names its settle coin after ':' (BTC/USDT:USDT): drop it.
    const key = normalizeSymbol(wanted.split(':')[0]);
    for (const [s, g] of groups) if (s !== '' && normalizeSymbol(s) === key) return { symbol: s, group: g };
    if (named.length > 0) throw new EngineInputError('', `the answer holds ${listSymbols(named)}, not ${wanted}`);
  }
  if (groups.size > 1) throw new EngineInputError('', `the answer holds ${listSymbols(named)}: pick one`);
  const [[s, g]] = [...groups];
  return s === '' ? { group: g } : { symbol: s, group: g };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const g = m.get(k);
    if (g) g.push(it);
    else m.set(k, [it]);
  }
  return m;
}

function symbolOf(row: Obj, ...keys: string[]): string {
  for (const k of keys) if (typeof row[k] === 'string' && row[k] !== '') return row[k] as string;
  return '';
}

// ---------------------------------------------------------------------------------------------
// Format detection

function isOkx(v: unknown): boolean {
  const rows = isObj(v) && Array.isArray(v.data) ? v.data : Array.isArray(v) ? v : null;
  return !!rows && rows.some((r) => isObj(r) && 'minSz' in r && 'maxSz' in r);
}

function bybitList(v: unknown): unknown[] | null {
  if (!isObj(v)) return null;
  const result = isObj(v.result) ? v.result : v;
  if (!Array.isArray(result.list)) return null;
  if (result.list.length === 0 || result.list.some((r) => isObj(r) && 'riskLimitValue' in r)) return result.list;
  return null;
}

function isBinance(v: unknown): boolean {
  if (isObj(v)) return Array.isArray(v.brackets);
  return Array.isArray(v) && v.length > 0 && v.every((e) => isObj(e) && Array.isArray(e.brackets));
}

function isGate(v: unknown): boolean {
  return Array.isArray(v) && v.some((r) => isObj(r) && 'risk_limit' in r && 'maintenance_rate' in r);
}

function isCascade(v: unknown): boolean {
  const list = isObj(v) && Array.isArray(v.tiers) ? v.tiers : v;
  return Array.isArray(list) && list.some((r) => isObj(r) && 'minNotional' in r && 'mmr' in r);
}

function isHyperliquid(v: unknown): boolean {
  if (isObj(v)) return Array.isArray(v.marginTiers) || (Array.isArray(v.universe) && Array.isArray(v.marginTables));
  return Array.isArray(v) && v.length === 2 && isObj(v[0]) && Array.isArray(v[0].universe);
}

/** Refuses an error answer with the venue's own words (a pasted error is a common slip). */
function refuseErrorAnswer(v: unknown): void {
  if (!isObj(v)) return;
  if (typeof v.retCode === 'number' && v.retCode !== 0) {
    throw new EngineInputError(
      'retCode',
      `Bybit answered an error (retCode ${v.retCode}: ${String(v.retMsg ?? '')}), not a risk-limit table`,
    );
  }
  if (typeof v.code === 'number' && typeof v.msg === 'string' && !('brackets' in v)) {
    throw new EngineInputError('code', `the exchange answered an error (code ${v.code}: ${v.msg}), not a tier table`);
  }
  if (typeof v.label === 'string' && typeof v.message === 'string') {
    throw new EngineInputError('label', `Gate answered an error (${v.label}: ${v.message}), not a tier table`);
  }
}

// ---------------------------------------------------------------------------------------------
// Per-format readers: each returns the chosen symbol and its rows (in source order, unsorted).

interface Read {
  symbol?: string;
  rows: Row[];
}

function readBinance(v: unknown, opts: ParseTierAnswerOptions): Read {
  const entries: { entry: Obj; path: string }[] = Array.isArray(v)
    ? v.map((e, i) => ({ entry: e as Obj, path: `[${i}]` }))
    : [{ entry: v as Obj, path: '' }];
  const groups = groupBy(entries, (e) => symbolOf(e.entry, 'symbol', 'pair'));
  for (const [s, g] of groups) {
    if (g.length > 1) throw new EngineInputError(g[1].path, `the answer lists ${s || 'the same symbol'} twice`);
  }
  const { symbol, group } = pick(groups, opts.symbol);
  const { entry, path: entryPath } = group[0];
  const list = entry.brackets as unknown[];
  const base = join(entryPath, 'brackets');
  if (list.length === 0) throw new EngineInputError(base, 'expected at least one bracket, got an empty list');
  const rows: Row[] = [];
  for (let i = 0; i < list.length; i++) {
    const r = rowAt(list, i, base);
    const path = join(base, i);
    // USDⓈ-M: notional in quote; COIN-M: quantity in coin (the engine's inverse notional).
    const coin = !('notionalCap' in r) && 'qtyCap' in r;
    const capKey = coin ? 'qtyCap' : 'notionalCap';
    const floorKey = coin ? ('qtyFloor' in r || !('qtylFloor' in r) ? 'qtyFloor' : 'qtylFloor') : 'notionalFloor';
    if (opts.venue === 'binance-usdm' && coin) {
      throw new EngineInputError(
        join(path, capKey),
        'COIN-M brackets (qtyCap, in coin) given for binance-usdm, which needs notionalCap in USDT',
      );
    }
    if (opts.venue === 'binance-coinm' && !coin) {
      throw new EngineInputError(
        join(path, capKey),
        'USDⓈ-M brackets (notionalCap) given for binance-coinm, which needs qtyCap in coin',
      );
    }
    const tier: MaintenanceTier = {
      minNotional: numberAt(r, floorKey, path),
      maxNotional: numberAt(r, capKey, path),
      mmr: numberAt(r, 'maintMarginRatio', path),
      maintenanceAmount: numberAt(r, 'cum', path),
    };
    const lev = optionalNumberAt(r, 'initialLeverage', path);
    if (lev !== undefined) tier.maxLeverage = lev;
    rows.push({
      tier,
      path,
      fields: {
        minNotional: floorKey,
        maxNotional: capKey,
        mmr: 'maintMarginRatio',
        maintenanceAmount: 'cum',
        maxLeverage: 'initialLeverage',
      },
    });
  }
  return { symbol, rows };
}

/** Rows of risk-limit style answers (Bybit, Gate): a cap per row, the floor is the previous cap. */
interface LimitRow {
  path: string;
  cap: number;
  mmr: number;
  maxLeverage?: number;
  deduction?: number;
}

function limitRowsToRows(rows: LimitRow[], fields: Row['fields']): Row[] {
  const sorted = [...rows].sort((a, b) => a.cap - b.cap);
  const computed = withDeductions(sorted.map((r) => ({ maxNotional: r.cap, mmr: r.mmr, maxLeverage: r.maxLeverage })));
  return sorted.map((r, i) => {
    const tier = computed[i];
    if (r.deduction !== undefined) tier.maintenanceAmount = r.deduction;
    return { tier, path: r.path, fields };
  });
}

function readBybit(v: unknown, opts: ParseTierAnswerOptions): Read {
  const list = bybitList(v) as unknown[];
  const base = isObj(v) && isObj(v.result) ? 'result.list' : 'list';
  if (list.length === 0) throw new EngineInputError(base, 'expected at least one risk-limit row, got an empty list');
  const items = list.map((_, i) => ({ r: rowAt(list, i, base), path: join(base, i) }));
  const { symbol, group } = pick(
    groupBy(items, (it) => symbolOf(it.r, 'symbol')),
    opts.symbol,
  );

  // Percent or fraction? initialMargin × maxLeverage is ≈ 1 for fractions, ≈ 100 for percents.
  let percent: boolean | undefined;
  for (const { r, path } of group) {
    const im = optionalNumberAt(r, 'initialMargin', path);
    const lev = optionalNumberAt(r, 'maxLeverage', path);
    if (im === undefined || lev === undefined || im <= 0 || lev <= 0) continue;
    const product = im * lev;
    const isPercent = product > 20 && product < 500 ? true : product > 0.2 && product < 5 ? false : undefined;
    if (isPercent === undefined) {
      throw new EngineInputError(
        join(path, 'initialMargin'),
        `initialMargin ${im} × maxLeverage ${lev} is neither about 1 (fractions) nor about 100 (percents)`,
      );
    }
    if (percent !== undefined && percent !== isPercent) {
      throw new EngineInputError(
        join(path, 'maintenanceMargin'),
        'rows mix percents and fractions (by initialMargin × maxLeverage)',
      );
    }
    percent = isPercent;
  }
  if (percent === undefined) {
    throw new EngineInputError(
      join(group[0].path, 'maintenanceMargin'),
      'cannot tell whether maintenanceMargin is a fraction (0.005) or a percent (0.5): the rows lack initialMargin and maxLeverage',
    );
  }
  const rows: LimitRow[] = group.map(({ r, path }) => {
    const mm = numberAt(r, 'maintenanceMargin', path);
    const row: LimitRow = { path, cap: numberAt(r, 'riskLimitValue', path), mmr: percent ? clean(mm / 100) : mm };
    const lev = optionalNumberAt(r, 'maxLeverage', path);
    if (lev !== undefined) row.maxLeverage = lev;
    const d = optionalNumberAt(r, 'mmDeduction', path);
    if (d !== undefined) row.deduction = d;
    return row;
  });
  return {
    symbol,
    rows: limitRowsToRows(rows, {
      maxNotional: 'riskLimitValue',
      mmr: 'maintenanceMargin',
      maintenanceAmount: 'mmDeduction',
      maxLeverage: 'maxLeverage',
      minNotional: 'riskLimitValue (previous row)',
    }),
  };
}

function readGate(v: unknown, opts: ParseTierAnswerOptions): Read {
  const list = v as unknown[];
  const items = list.map((_, i) => ({ r: rowAt(list, i, ''), path: `[${i}]` }));
  const { symbol, group } = pick(
    groupBy(items, (it) => symbolOf(it.r, 'contract')),
    opts.symbol,
  );
  const rows: LimitRow[] = group.map(({ r, path }) => {
    const row: LimitRow = { path, cap: numberAt(r, 'risk_limit', path), mmr: numberAt(r, 'maintenance_rate', path) };
    const lev = optionalNumberAt(r, 'leverage_max', path);
    if (lev !== undefined) row.maxLeverage = lev;
    const d = optionalNumberAt(r, 'deduction', path);
    if (d !== undefined) row.deduction = d;
    return row;
  });
  return {
    symbol,
    rows: limitRowsToRows(rows, {
      maxNotional: 'risk_limit',
      mmr: 'maintenance_rate',
      maintenanceAmount: 'deduction',
      maxLeverage: 'leverage_max',
      minNotional: 'risk_limit (previous row)',
    }),
  };
}

/** Hyperliquid: one `{ description, marginTiers }` table → rows. */
function readMarginTable(table: Obj, base: string): Row[] {
  const list = table.marginTiers;
  const listPath = join(base, 'marginTiers');
  if (!Array.isArray(list)) throw new EngineInputError(listPath, `expected a list of margin tiers, got ${show(list)}`);
  if (list.length === 0) throw new EngineInputError(listPath, 'expected at least one margin tier, got an empty list');
  const parsed = list.map((_, i) => {
    const r = rowAt(list, i, listPath);
    const path = join(listPath, i);
    const lev = numberAt(r, 'maxLeverage', path);
    if (!(lev > 0)) throw new EngineInputError(join(path, 'maxLeverage'), `expected a leverage > 0, got ${lev}`);
    return { path, lowerBound: numberAt(r, 'lowerBound', path), lev };
  });
  parsed.sort((a, b) => a.lowerBound - b.lowerBound);
  if (parsed[0].lowerBound !== 0) {
    throw new EngineInputError(
      join(parsed[0].path, 'lowerBound'),
      `the first tier must start at 0, got ${parsed[0].lowerBound}`,
    );
  }
  // Each tier ends where the next begins; the last is open-ended.
  const tiers = withDeductions(
    parsed.map((p, i) => ({
      maxNotional: i + 1 < parsed.length ? parsed[i + 1].lowerBound : Infinity,
      mmr: 1 / (2 * p.lev),
      maxLeverage: p.lev,
    })),
  );
  return tiers.map((tier, i) => ({
    tier,
    path: parsed[i].path,
    fields: {
      minNotional: 'lowerBound',
      maxNotional: 'lowerBound (next tier)',
      mmr: 'maxLeverage',
      maxLeverage: 'maxLeverage',
    },
  }));
}

function readHyperliquid(v: unknown, opts: ParseTierAnswerOptions): Read {
  if (isObj(v) && Array.isArray(v.marginTiers)) return { rows: readMarginTable(v, '') };
  const meta = (Array.isArray(v) ? v[0] : v) as Obj;
  const metaPath = Array.isArray(v) ? '[0]' : '';
  const universe = meta.universe as unknown[];
  const assets = universe.map((_, i) => ({
    r: rowAt(universe, i, join(metaPath, 'universe')),
    path: join(join(metaPath, 'universe'), i),
  }));
  const { symbol, group } = pick(
    groupBy(assets, (a) => symbolOf(a.r, 'name')),
    opts.symbol,
  );
  const asset = group[0];
  const id = numberAt(asset.r, 'marginTableId', asset.path);
  const tables = meta.marginTables as unknown[];
  const tablesPath = join(metaPath, 'marginTables');
  for (let i = 0; i < tables.length; i++) {
    const entry = tables[i];
    if (Array.isArray(entry) && entry[0] === id && isObj(entry[1]))
      return { symbol, rows: readMarginTable(entry[1], `${join(tablesPath, i)}[1]`) };
  }
  throw new EngineInputError(
    join(asset.path, 'marginTableId'),
    `margin table ${id} of ${symbol ?? 'the asset'} is not in marginTables`,
  );
}

function readCascade(v: unknown): Read {
  const list = (isObj(v) ? v.tiers : v) as unknown[];
  const base = isObj(v) ? 'tiers' : '';
  const rows: Row[] = list.map((_, i) => {
    const r = rowAt(list, i, base);
    const path = join(base, i);
    // JSON cannot hold Infinity: JSON.stringify writes it as null; read that back on the last tier.
    const open = r.maxNotional === Infinity || (r.maxNotional === null && i === list.length - 1);
    const tier: MaintenanceTier = {
      minNotional: numberAt(r, 'minNotional', path),
      maxNotional: open ? Infinity : numberAt(r, 'maxNotional', path),
      mmr: numberAt(r, 'mmr', path),
      maintenanceAmount: numberAt(r, 'maintenanceAmount', path),
    };
    const lev = optionalNumberAt(r, 'maxLeverage', path);
    if (lev !== undefined) tier.maxLeverage = lev;
    return { tier, path, fields: {} };
  });
  return { rows };
}

// ---------------------------------------------------------------------------------------------

function detect(v: unknown): TierAnswerFormat {
  if (isOkx(v)) throw new EngineInputError('', OKX_MESSAGE);
  refuseErrorAnswer(v);
  if (isCascade(v)) return 'cascade';
  if (isBinance(v)) return 'binance';
  if (bybitList(v)) return 'bybit';
  if (isGate(v)) return 'gate';
  if (isHyperliquid(v)) return 'hyperliquid';
  if (Array.isArray(v) && v.length === 0)
    throw new EngineInputError('', 'the answer is an empty list: it holds no tiers');
  throw new EngineInputError(
    '',
    'unrecognised answer: expected Binance leverageBracket (brackets), Bybit /v5/market/risk-limit (result.list), ' +
      'Gate risk_limit_tiers (risk_limit, maintenance_rate), Hyperliquid meta (marginTables) or a Cascade tier list',
  );
}

/** Validates the sorted rows; a failure names the source row and field, not the engine's. */
function validateRows(rows: Row[]): MaintenanceTier[] {
  const sorted = [...rows].sort(
    (a, b) => a.tier.minNotional - b.tier.minNotional || a.tier.maxNotional - b.tier.maxNotional,
  );
  try {
    return validateTiers(sorted.map((r) => r.tier));
  } catch (e) {
    if (!(e instanceof EngineInputError)) throw e;
    const m = /^tiers\[(\d+)\](?:\.(\w+))?/.exec(e.path);
    if (!m) throw new EngineInputError(e.path, e.reason);
    const row = sorted[Number(m[1])];
    const field = m[2] as keyof MaintenanceTier | undefined;
    const src = field ? (row.fields[field] ?? field) : undefined;
    const at = src && /^\w+$/.test(src) ? join(row.path, src) : row.path;
    const reason = src && !/^\w+$/.test(src) ? `${field} (from ${src}): ${e.reason}` : e.reason;
    throw new EngineInputError(at, at ? reason : `row: ${reason}`);
  }
}

/**
 * Detects the format of an exchange's tier answer, picks the rows for `opts.symbol` when the
 * answer holds several symbols, and returns validated tiers (sorted, contiguous from 0, the
 * venue's last cap kept: the engine extends the last bracket itself when needed).
 *
 * @throws EngineInputError with the JSON path of the offending row/field in the answer, e.g.
 *   `brackets[2].maintMarginRatio: expected a number, got "abc"`,
 *   `the answer holds BTCUSDT and ETHUSDT: pick one`, `not JSON: …`, or the OKX refusal.
 */
export function parseTierAnswer(input: string | unknown, opts: ParseTierAnswerOptions = {}): ParsedTierAnswer {
  let v: unknown = input;
  if (typeof input === 'string') {
    try {
      v = JSON.parse(input);
    } catch (e) {
      throw new EngineInputError('', `not JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const format = detect(v);
  const venues = FORMAT_VENUES[format];
  if (opts.venue && venues && !venues.includes(opts.venue)) {
    throw new EngineInputError(
      '',
      `this is a ${FORMAT_NAMES[format]}, not ${opts.venue}'s: paste the ${opts.venue} answer`,
    );
  }
  const read =
    format === 'binance'
      ? readBinance(v, opts)
      : format === 'bybit'
        ? readBybit(v, opts)
        : format === 'gate'
          ? readGate(v, opts)
          : format === 'hyperliquid'
            ? readHyperliquid(v, opts)
            : readCascade(v);
  const tiers = validateRows(read.rows);
  return read.symbol === undefined ? { format, tiers } : { format, symbol: read.symbol, tiers };
}
