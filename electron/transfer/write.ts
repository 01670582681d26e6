import Papa from 'papaparse';
import type { Book, BookPosition } from '@shared/book/types';
import type { MaintenanceTier } from '@shared/engine/types';
import { CSV_COLUMNS, type CsvColumn } from './columns';
import { JSON_FORMAT_VERSION } from './json';

/**
 * Export writers. Both write the book in a fixed order (accounts by name, positions by symbol
 * then side, prices by symbol) and numbers in JavaScript's shortest round-trip form, so
 * export → import → export gives the same text.
 */

/** Tiers for a file: Infinity (no upper bound) as null, since JSON has no Infinity. */
function tiersOut(tiers: readonly MaintenanceTier[]): unknown[] {
  return tiers.map((t) => {
    const out: Record<string, unknown> = {
      minNotional: t.minNotional,
      maxNotional: Number.isFinite(t.maxNotional) ? t.maxNotional : null,
      mmr: t.mmr,
      maintenanceAmount: t.maintenanceAmount,
    };
    if (t.maxLeverage !== undefined) out.maxLeverage = t.maxLeverage;
    return out;
  });
}

const byKey = (x: BookPosition, y: BookPosition): number =>
  x.symbol < y.symbol ? -1 : x.symbol > y.symbol ? 1 : x.side < y.side ? -1 : x.side > y.side ? 1 : 0;

function sorted(book: Book): Book {
  return {
    accounts: [...book.accounts]
      .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
      .map((a) => ({ ...a, positions: [...a.positions].sort(byKey) })),
  };
}

/** A tier override as the file carries it. */
export interface TierOverrideOut {
  venue: string;
  symbol: string;
  tiers: readonly MaintenanceTier[];
  source: string | null;
}

/**
 * Cascade JSON: `{ version, accounts: [{ …, positions: [...] }], prices: { SYMBOL: mark },
 * tierOverrides?: [{ venue, symbol, tiers, source }] }` (overrides sorted by venue, symbol).
 */
export function writeJson(
  book: Book,
  prices: ReadonlyMap<string, number>,
  overrides: readonly TierOverrideOut[] = [],
): string {
  const accounts = sorted(book).accounts.map((a) => {
    const out: Record<string, unknown> = { name: a.name, venue: a.venue, marginMode: a.marginMode };
    if (a.positionMode !== undefined) out.positionMode = a.positionMode;
    out.walletBalance = a.walletBalance;
    if (a.takerFeeRate !== undefined) out.takerFeeRate = a.takerFeeRate;
    if (a.notes) out.notes = a.notes;
    out.positions = a.positions.map((p) => {
      const o: Record<string, unknown> = { symbol: p.symbol, side: p.side, contract: p.contract, quantity: p.quantity };
      if (p.contractSize !== undefined) o.contractSize = p.contractSize;
      o.entryPrice = p.entryPrice;
      for (const key of [
        'leverage',
        'isolatedMargin',
        'mmr',
        'maintenanceAmount',
        'maxLeverage',
        'tickSize',
      ] as const) {
        if (p[key] !== undefined) o[key] = p[key];
      }
      if (p.tiers) o.tiers = tiersOut(p.tiers);
      for (const key of ['stopLoss', 'takeProfit', 'openedAt', 'notes'] as const) {
        if (p[key] !== undefined && p[key] !== null && p[key] !== '') o[key] = p[key];
      }
      return o;
    });
    return out;
  });
  const priceObject: Record<string, number> = {};
  for (const symbol of [...prices.keys()].sort()) priceObject[symbol] = prices.get(symbol)!;
  const file: Record<string, unknown> = { version: JSON_FORMAT_VERSION, accounts, prices: priceObject };
  if (overrides.length > 0) {
    file.tierOverrides = [...overrides]
      .sort((x, y) => (x.venue + '|' + x.symbol < y.venue + '|' + y.symbol ? -1 : 1))
      .map((o) => ({ venue: o.venue, symbol: o.symbol, tiers: tiersOut(o.tiers), source: o.source }));
  }
  return JSON.stringify(file, null, 2) + '\n';
}

const cellOf = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/**
 * Free text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first — the
 * OWASP "CSV injection" list) is written with a leading `'`, as spreadsheets do themselves; a text
 * already starting with `'` gets one more so the import can undo it exactly (see csvRows.ts).
 */
export function protectText(v: string | null | undefined): string {
  if (v === undefined || v === null) return '';
  return /^['=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/**
 * Cascade CSV with every column. An account without positions is one row with an empty symbol;
 * a price for a symbol no position holds is one row with only symbol and mark_price.
 */
export function writeCsv(book: Book, prices: ReadonlyMap<string, number>): string {
  const rows: string[][] = [];
  const held = new Set<string>();
  for (const a of sorted(book).accounts) {
    const account: Partial<Record<CsvColumn, unknown>> = {
      account: protectText(a.name),
      venue: a.venue,
      margin_mode: a.marginMode,
      position_mode: a.positionMode,
      wallet_balance: a.walletBalance,
      taker_fee_rate: a.takerFeeRate,
      account_notes: protectText(a.notes),
    };
    if (a.positions.length === 0) rows.push(CSV_COLUMNS.map((c) => cellOf(account[c])));
    for (const p of a.positions) {
      held.add(p.symbol);
      const row: Partial<Record<CsvColumn, unknown>> = {
        ...account,
        symbol: p.symbol,
        side: p.side,
        contract: p.contract,
        quantity: p.quantity,
        contract_size: p.contractSize,
        entry_price: p.entryPrice,
        leverage: p.leverage,
        isolated_margin: p.isolatedMargin,
        mmr: p.mmr,
        maintenance_amount: p.maintenanceAmount,
        max_leverage: p.maxLeverage,
        tick_size: p.tickSize,
        tiers: p.tiers ? JSON.stringify(tiersOut(p.tiers)) : undefined,
        stop_loss: p.stopLoss,
        take_profit: p.takeProfit,
        opened_at: p.openedAt,
        notes: protectText(p.notes),
        mark_price: prices.get(p.symbol),
      };
      rows.push(CSV_COLUMNS.map((c) => cellOf(row[c])));
    }
  }
  for (const symbol of [...prices.keys()].sort()) {
    if (held.has(symbol)) continue;
    rows.push(CSV_COLUMNS.map((c) => (c === 'symbol' ? symbol : c === 'mark_price' ? String(prices.get(symbol)) : '')));
  }
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\n' }) + '\n';
}
