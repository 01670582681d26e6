import type { MaintenanceTier, VenueId } from '@shared/engine/types';
import * as cell from './cells';
import { CellError } from './cells';
import type { CsvColumn } from './columns';
import {
  ImportFileError,
  type ImportAccount,
  type ImportDoc,
  type ImportLayout,
  type ImportPosition,
  type ImportPrice,
} from './types';

/** One data row: cells by Cascade column (a column the file lacks is absent), and its spreadsheet row number. */
export interface CascadeRow {
  row: number;
  cells: Partial<Record<CsvColumn, string>>;
}

/** Stops collecting after this many problems: the import is refused anyway. */
export const MAX_ERRORS = 10;

type Parser<T> = (raw: string) => T;

/**
 * Turns rows already keyed by Cascade column into an {@link ImportDoc}. `label` gives the
 * column's name in the file (for messages about a mapped exchange export). Throws a list of
 * {@link ImportFileError}s (at most {@link MAX_ERRORS}).
 */
export function readCascadeRows(
  rows: CascadeRow[],
  layout: ImportLayout,
  label: (c: CsvColumn) => string = (c) => c,
): ImportDoc {
  const errors: ImportFileError[] = [];
  const accounts = new Map<string, ImportAccount>();
  const prices = new Map<string, ImportPrice>();
  const fail = (row: number, column: CsvColumn | null, reason: string): void => {
    errors.push(
      column
        ? ImportFileError.atCell(row, label(column), reason)
        : new ImportFileError(`row ${row}: ${reason}`, row, null),
    );
  };

  for (const { row, cells } of rows) {
    if (errors.length >= MAX_ERRORS) break;
    try {
      readRow(row, cells);
    } catch (error) {
      if (error instanceof RowError) fail(row, error.column, error.message);
      else throw error;
    }
  }
  if (errors.length) throw errors;
  return { layout, accounts: [...accounts.values()], prices: [...prices.values()] };

  function readRow(row: number, cells: Partial<Record<CsvColumn, string>>): void {
    const has = (c: CsvColumn): boolean => cells[c] !== undefined;
    /** undefined: column absent; null: empty cell; else the parsed value. */
    function get<T>(c: CsvColumn, parse: Parser<T>): T | null | undefined {
      const raw = cells[c];
      if (raw === undefined) return undefined;
      const t = raw.trim();
      if (t === '') return null;
      try {
        // Free text keeps its spaces; everything else is read trimmed.
        return parse(c === 'notes' || c === 'account_notes' ? raw : t);
      } catch (error) {
        if (error instanceof CellError) throw new RowError(c, error.message);
        throw error;
      }
    }
    function need<T>(c: CsvColumn, parse: Parser<T>, what: string): T {
      const v = get(c, parse);
      if (v === undefined || v === null) throw new RowError(c, `expected ${what}, got an empty cell`);
      return v;
    }

    const name = get('account', cell.text(100));
    const symbol = get('symbol', cell.symbol);
    const mark = get('mark_price', cell.positive);
    if (!name) {
      if (!symbol) {
        const filled = (Object.keys(cells) as CsvColumn[]).filter((c) => (cells[c] ?? '').trim() !== '');
        if (filled.length === 0) return; // blank line
        throw new RowError('account', 'expected an account name, got an empty cell');
      }
      if (mark === null || mark === undefined)
        throw new RowError('account', 'expected an account name, got an empty cell');
      addPrice(row, symbol, mark);
      return;
    }

    const account = accountFor(row, name, get);
    if (!symbol) {
      if (has('side') && (cells.side ?? '').trim() !== '')
        throw new RowError('symbol', 'expected a symbol, got an empty cell');
      return; // an account without positions
    }
    const position: ImportPosition = {
      symbol,
      side: need('side', cell.side, `one of long, short`),
      contract: get('contract', cell.contract) ?? undefined,
      quantity: need('quantity', cell.positive, 'a positive number'),
      entryPrice: need('entry_price', cell.positive, 'a positive number'),
      contractSize: get('contract_size', cell.positive),
      leverage: get('leverage', cell.leverage),
      isolatedMargin: get('isolated_margin', cell.nonNegative),
      tiers: get<MaintenanceTier[]>('tiers', cell.tiers),
      mmr: get('mmr', cell.rate),
      maintenanceAmount: get('maintenance_amount', cell.nonNegative),
      maxLeverage: get('max_leverage', cell.positive),
      tickSize: get('tick_size', cell.positive),
      stopLoss: get('stop_loss', cell.positive),
      takeProfit: get('take_profit', cell.positive),
      openedAt: get('opened_at', cell.dateTime),
      notes: get('notes', cell.text(10_000)),
      origin: { row, path: null },
    };
    account.positions.push(position);
    if (mark !== null && mark !== undefined) addPrice(row, symbol, mark);
  }

  function addPrice(row: number, symbol: string, mark: number): void {
    const seen = prices.get(symbol);
    if (seen && seen.mark !== mark) {
      throw new RowError('mark_price', `${symbol} has mark ${seen.mark} in row ${seen.origin.row}, got ${mark}`);
    }
    if (!seen) prices.set(symbol, { symbol, mark, origin: { row, path: null } });
  }

  function accountFor(
    row: number,
    name: string,
    get: <T>(c: CsvColumn, parse: Parser<T>) => T | null | undefined,
  ): ImportAccount {
    const fields = {
      venue: get<VenueId>('venue', cell.venue),
      marginMode: get('margin_mode', cell.marginMode),
      positionMode: get('position_mode', cell.positionMode),
      walletBalance: get('wallet_balance', cell.finite),
      takerFeeRate: get('taker_fee_rate', cell.feeRate),
      notes: get('account_notes', cell.text(10_000)),
    };
    let account = accounts.get(name);
    if (!account) {
      account = {
        name,
        venue: fields.venue ?? undefined,
        marginMode: fields.marginMode ?? undefined,
        positionMode: fields.positionMode,
        walletBalance: fields.walletBalance ?? undefined,
        takerFeeRate: fields.takerFeeRate,
        notes: fields.notes,
        positions: [],
        origin: { row, path: null },
      };
      accounts.set(name, account);
      return account;
    }
    // Account columns repeat on each of its rows; they must agree (an empty cell defers to the others).
    const columns: Record<keyof typeof fields, CsvColumn> = {
      venue: 'venue',
      marginMode: 'margin_mode',
      positionMode: 'position_mode',
      walletBalance: 'wallet_balance',
      takerFeeRate: 'taker_fee_rate',
      notes: 'account_notes',
    };
    for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
      const value = fields[key];
      if (value === undefined || value === null) continue;
      const before = account[key];
      if (before === undefined || before === null) (account as unknown as Record<string, unknown>)[key] = value;
      else if (before !== value) {
        throw new RowError(
          columns[key],
          `account "${name}" has ${JSON.stringify(before)} in row ${account.origin.row}, got ${JSON.stringify(value)}`,
        );
      }
    }
    return account;
  }
}

class RowError extends Error {
  constructor(
    readonly column: CsvColumn,
    message: string,
  ) {
    super(message);
  }
}
