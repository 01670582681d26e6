import type { Database } from 'better-sqlite3';
import { VENUE_CONTRACTS } from '@shared/engine/schema';
import { validateAccount } from '@shared/engine/schema';
import { EngineInputError } from '@shared/engine/errors';
import type { AccountSpec, MaintenanceTier, PositionSpec, VenueId } from '@shared/engine/types';
import { overrideKey } from '@shared/book/tierOverrides';
import type { ImportSummary } from '@shared/ipc/channels/transfer';
import { listAccountRecords, type AccountRecord, type AccountValues } from '../db/repo/accounts';
import { listPositionRecords, type PositionRecord, type PositionValues } from '../db/repo/positions';
import { latestMarks } from '../db/repo/prices';
import { listTierOverrides } from '../db/repo/tierOverrides';
import { decodeTiers, encodeTiers } from '../db/repo/tiersCodec';
import { FIELD_TO_COLUMN } from './columns';
import { ImportFileError, type ImportDoc, type ImportPosition, type Origin } from './types';

type Status = 'added' | 'changed' | 'unchanged';

/** What an import will write: computed without writing, applied in one transaction by apply.ts. */
export interface ImportPlan {
  accounts: { name: string; id: number | null; values: AccountValues; status: Status }[];
  /** Index into `accounts` for each position. */
  positions: { account: number; id: number | null; values: Omit<PositionValues, 'accountId'>; status: Status }[];
  prices: { symbol: string; mark: number; status: Status }[];
  /** The file's tier overrides (Cascade JSON); stored ones the file does not name are kept. */
  tierOverrides: { venue: VenueId; symbol: string; tiers: MaintenanceTier[]; source: string | null; status: Status }[];
  summary: ImportSummary;
}

const POSITION_FIELDS = [
  'contractSize',
  'leverage',
  'isolatedMargin',
  'mmr',
  'maintenanceAmount',
  'maxLeverage',
  'tickSize',
  'stopLoss',
  'takeProfit',
  'openedAt',
  'notes',
] as const;

/** Stored position → write values (the form a plan compares and writes). One literal shape: fast in V8. */
function storedValues(r: PositionRecord): Omit<PositionValues, 'accountId'> {
  return {
    symbol: r.symbol,
    side: r.side,
    contract: r.contract,
    quantity: r.quantity,
    entryPrice: r.entry_price,
    tiers: decodeTiers(r.tiers),
    contractSize: r.contract_size ?? undefined,
    leverage: r.leverage ?? undefined,
    isolatedMargin: r.isolated_margin ?? undefined,
    mmr: r.mmr ?? undefined,
    maintenanceAmount: r.maintenance_amount ?? undefined,
    maxLeverage: r.max_leverage ?? undefined,
    tickSize: r.tick_size ?? undefined,
    stopLoss: r.stop_loss ?? undefined,
    takeProfit: r.take_profit ?? undefined,
    openedAt: r.opened_at ?? undefined,
    notes: r.notes ?? undefined,
  };
}

function sameValues(x: Omit<PositionValues, 'accountId'>, y: Omit<PositionValues, 'accountId'>): boolean {
  if (
    x.symbol !== y.symbol ||
    x.side !== y.side ||
    x.contract !== y.contract ||
    x.quantity !== y.quantity ||
    x.entryPrice !== y.entryPrice
  ) {
    return false;
  }
  for (const f of POSITION_FIELDS) if ((x[f] ?? null) !== (y[f] ?? null)) return false;
  return encodeTiers(x.tiers) === encodeTiers(y.tiers);
}

/**
 * A map on the natural key within one account (symbol, side) without a key string per row. The
 * side is not validated yet (a CSV cell may hold anything; the engine check names it later).
 */
class KeyMap<T> {
  private readonly sides = new Map<string, Map<string, T>>();
  get(symbol: string, side: string): T | undefined {
    return this.sides.get(side)?.get(symbol);
  }
  set(symbol: string, side: string, value: T): void {
    let bySymbol = this.sides.get(side);
    if (!bySymbol) this.sides.set(side, (bySymbol = new Map()));
    bySymbol.set(symbol, value);
  }
}

function fieldLabel(origin: Origin, field: string): string {
  return origin.row !== null ? (FIELD_TO_COLUMN[field] ?? field) : field;
}

/**
 * Compares a parsed file with the database: each account by name, each position by its natural
 * key (account, symbol, side), each price with the symbol's latest. Then checks every touched
 * account, merged with what is already stored, against the engine's rules. Reads only.
 * Throws a list of {@link ImportFileError}s naming the row (CSV) or path (JSON).
 */
export function planImport(db: Database, doc: ImportDoc): ImportPlan {
  const stored = new Map<string, AccountRecord>(listAccountRecords(db).map((r) => [r.name, r]));
  const storedPositions = new Map<number, PositionRecord[]>();
  for (const r of listPositionRecords(db)) {
    let list = storedPositions.get(r.account_id);
    if (!list) storedPositions.set(r.account_id, (list = []));
    list.push(r);
  }
  const marks = latestMarks(db);
  const fileMarks = new Map<string, number>();
  const plan: ImportPlan = {
    accounts: [],
    positions: [],
    prices: [],
    tierOverrides: [],
    summary: emptySummary(doc.layout),
  };
  planTierOverrides(db, doc, plan);
  const errors: ImportFileError[] = [];

  for (const price of doc.prices) {
    const seen = fileMarks.get(price.symbol);
    if (seen !== undefined && seen !== price.mark) {
      throw [
        ImportFileError.at(
          price.origin,
          fieldLabel(price.origin, 'markPrice'),
          `${price.symbol} is given twice with different marks`,
        ),
      ];
    }
    fileMarks.set(price.symbol, price.mark);
  }

  for (const acc of doc.accounts) {
    const existing = stored.get(acc.name);
    const accountField = (field: string, reason: string): ImportFileError =>
      ImportFileError.at(acc.origin, fieldLabel(acc.origin, field), reason);
    const venue = (acc.venue ?? existing?.venue) as VenueId | undefined;
    const marginMode = acc.marginMode ?? existing?.margin_mode;
    const walletBalance = acc.walletBalance ?? existing?.wallet_balance;
    if (!venue) throw [accountField('venue', `required for the new account "${acc.name}"`)];
    if (!marginMode) throw [accountField('marginMode', `required for the new account "${acc.name}"`)];
    if (walletBalance === undefined)
      throw [accountField('walletBalance', `required for the new account "${acc.name}"`)];
    const keep = <T>(given: T | null | undefined, old: T | null | undefined): T | undefined =>
      given === undefined ? (old ?? undefined) : (given ?? undefined);
    const values: AccountValues = {
      name: acc.name,
      venue,
      marginMode,
      positionMode: keep(acc.positionMode, existing?.position_mode),
      walletBalance,
      takerFeeRate: keep(acc.takerFeeRate, existing?.taker_fee_rate),
      notes: keep(acc.notes, existing?.notes) ?? null,
    };
    const accountChanged =
      !existing ||
      existing.venue !== values.venue ||
      existing.margin_mode !== values.marginMode ||
      (existing.position_mode ?? undefined) !== values.positionMode ||
      existing.wallet_balance !== values.walletBalance ||
      (existing.taker_fee_rate ?? undefined) !== values.takerFeeRate ||
      (existing.notes ?? null) !== values.notes;
    const accountStatus: Status = !existing ? 'added' : accountChanged ? 'changed' : 'unchanged';
    const accountIndex =
      plan.accounts.push({ name: acc.name, id: existing?.id ?? null, values, status: accountStatus }) - 1;
    plan.summary.accounts[accountStatus]++;

    // Stored positions by natural key (see KeyMap); imported ones
    // replace them in place or join the end of `list`.
    type Entry = { values: Omit<PositionValues, 'accountId'>; origin: Origin | null };
    const list: Entry[] = [];
    const byKey = new KeyMap<{ record: PositionRecord; index: number }>();
    for (const r of existing ? (storedPositions.get(existing.id) ?? []) : []) {
      byKey.set(r.symbol, r.side, { record: r, index: list.push({ values: storedValues(r), origin: null }) - 1 });
    }
    const inFile = new KeyMap<Origin>();
    const onlyKind = VENUE_CONTRACTS[venue]?.length === 1 ? VENUE_CONTRACTS[venue][0] : undefined;

    for (const pos of acc.positions) {
      const dup = inFile.get(pos.symbol, pos.side);
      if (dup) {
        const where = dup.row !== null ? `row ${dup.row}` : dup.path;
        errors.push(
          ImportFileError.at(
            pos.origin,
            null,
            `duplicate position ${acc.name} ${pos.symbol} ${pos.side} (also ${where})`,
          ),
        );
        if (errors.length >= 10) throw errors;
        continue;
      }
      inFile.set(pos.symbol, pos.side, pos.origin);
      const stored = byKey.get(pos.symbol, pos.side);
      const old = stored?.record;
      const oldValues = stored ? list[stored.index]!.values : undefined;
      const contract = pos.contract ?? oldValues?.contract ?? onlyKind;
      if (!contract) {
        errors.push(
          ImportFileError.at(
            pos.origin,
            fieldLabel(pos.origin, 'contract'),
            `expected linear or inverse (${venue} lists both), got an empty cell`,
          ),
        );
        continue;
      }
      const values = mergePosition(pos, contract, oldValues);
      const status: Status = !oldValues ? 'added' : sameValues(values, oldValues) ? 'unchanged' : 'changed';
      plan.positions.push({ account: accountIndex, id: old?.id ?? null, values, status });
      plan.summary[status]++;
      plan.summary.items.push({ account: acc.name, symbol: pos.symbol, side: pos.side, status });
      if (stored) list[stored.index] = { values, origin: pos.origin };
      else list.push({ values, origin: pos.origin });
    }
    if (errors.length) throw errors;

    // The account as it will be, checked by the engine (marks: the file's, else stored, else entry).
    const spec: AccountSpec = {
      venue,
      marginMode,
      positionMode: values.positionMode,
      walletBalance,
      takerFeeRate: values.takerFeeRate,
      // Absent options are undefined (the schema treats them as absent); one literal shape.
      positions: list.map(({ values: v }, i): PositionSpec => ({
        id: String(i),
        symbol: v.symbol,
        side: v.side,
        contract: v.contract,
        quantity: v.quantity,
        entryPrice: v.entryPrice,
        markPrice: fileMarks.get(v.symbol) ?? marks.get(v.symbol)?.mark ?? v.entryPrice,
        contractSize: v.contractSize,
        leverage: v.leverage,
        isolatedMargin: v.isolatedMargin,
        tiers: v.tiers,
        mmr: v.mmr,
        maintenanceAmount: v.maintenanceAmount,
        maxLeverage: v.maxLeverage,
        tickSize: v.tickSize,
      })),
    };
    // Imported positions last, so a conflict with a stored one is reported on the file's row.
    const order = list
      .map((_, i) => i)
      .sort((x, y) => Number(list[x]!.origin !== null) - Number(list[y]!.origin !== null));
    spec.positions = order.map((i) => spec.positions[i]!);
    try {
      validateAccount(spec);
    } catch (error) {
      if (!(error instanceof EngineInputError)) throw error;
      const m = /^positions\[(\d+)\]\.?(.*)$/.exec(error.path);
      if (!m) throw [accountField(error.path || 'venue', error.reason)];
      const entry = list[order[Number(m[1])]!]!;
      const field = m[2] || 'symbol';
      if (entry.origin)
        throw [ImportFileError.at(entry.origin, fieldLabel(entry.origin, field.replace(/\[.*$/, '')), error.reason)];
      throw [
        accountField(
          'name',
          `stored position ${entry.values.symbol} ${entry.values.side} would become invalid: ${field}: ${error.reason}`,
        ),
      ];
    }
  }

  for (const [symbol, mark] of fileMarks) {
    const old = marks.get(symbol);
    const status: Status = !old ? 'added' : old.mark === mark ? 'unchanged' : 'changed';
    plan.prices.push({ symbol, mark, status });
    plan.summary.prices[status]++;
  }
  return plan;
}

/**
 * Tier overrides of a Cascade JSON file against the stored ones: added / changed / unchanged by
 * venue + symbol (any spelling). A file naming one symbol twice is refused.
 */
function planTierOverrides(db: Database, doc: ImportDoc, plan: ImportPlan): void {
  if (!doc.tierOverrides?.length) return;
  const stored = new Map(listTierOverrides(db).map((o) => [overrideKey(o.venue, o.symbol), o]));
  const seen = new Map<string, number>();
  doc.tierOverrides.forEach((o, i) => {
    const key = overrideKey(o.venue, o.symbol);
    const first = seen.get(key);
    if (first !== undefined)
      throw [
        ImportFileError.atPath(
          `tierOverrides[${i}].symbol`,
          `${o.venue} ${o.symbol} has two overrides (also tierOverrides[${first}])`,
        ),
      ];
    seen.set(key, i);
    const old = stored.get(key);
    const status: Status = !old
      ? 'added'
      : encodeTiers(old.tiers) === encodeTiers(o.tiers) && old.source === o.source
        ? 'unchanged'
        : 'changed';
    plan.tierOverrides.push({ venue: o.venue, symbol: o.symbol, tiers: o.tiers, source: o.source, status });
    plan.summary.tierOverrides[status]++;
  });
}

/** The file's value over the stored one: undefined keeps the stored value, null clears it. */
function pick<T>(given: T | null | undefined, old: T | undefined): T | undefined {
  return given === undefined ? old : (given ?? undefined);
}

/** The file's values over the stored ones (one literal shape: this runs once per imported row). */
function mergePosition(
  pos: ImportPosition,
  contract: 'linear' | 'inverse',
  old: Omit<PositionValues, 'accountId'> | undefined,
): Omit<PositionValues, 'accountId'> {
  return {
    symbol: pos.symbol,
    side: pos.side,
    contract,
    quantity: pos.quantity,
    entryPrice: pos.entryPrice,
    tiers: pick(pos.tiers, old?.tiers),
    contractSize: pick(pos.contractSize, old?.contractSize),
    leverage: pick(pos.leverage, old?.leverage),
    isolatedMargin: pick(pos.isolatedMargin, old?.isolatedMargin),
    mmr: pick(pos.mmr, old?.mmr),
    maintenanceAmount: pick(pos.maintenanceAmount, old?.maintenanceAmount),
    maxLeverage: pick(pos.maxLeverage, old?.maxLeverage),
    tickSize: pick(pos.tickSize, old?.tickSize),
    stopLoss: pick(pos.stopLoss, old?.stopLoss ?? undefined),
    takeProfit: pick(pos.takeProfit, old?.takeProfit ?? undefined),
    openedAt: pick(pos.openedAt, old?.openedAt ?? undefined),
    notes: pick(pos.notes, old?.notes ?? undefined),
  };
}

export function emptySummary(layout: ImportSummary['layout']): ImportSummary {
  return {
    layout,
    added: 0,
    changed: 0,
    unchanged: 0,
    accounts: { added: 0, changed: 0, unchanged: 0 },
    prices: { added: 0, changed: 0, unchanged: 0 },
    tierOverrides: { added: 0, changed: 0, unchanged: 0 },
    items: [],
    errors: [],
    needsMapping: null,
  };
}
