import type { MaintenanceTier, VenueId } from '@shared/engine/types';

/**
 * What a parsed import file holds, before it meets the database. For every optional field:
 * `undefined` = the file does not say (keep the stored value, or leave it empty for a new
 * record), `null` = the file says "empty" (clear it). JSON files are complete (absent = null);
 * a CSV is complete for the columns it has.
 */
export interface ImportPosition {
  symbol: string;
  side: 'long' | 'short';
  /** Undefined: the venue's only contract kind, or the stored one. */
  contract?: 'linear' | 'inverse';
  quantity: number;
  entryPrice: number;
  contractSize?: number | null;
  leverage?: number | null;
  isolatedMargin?: number | null;
  tiers?: MaintenanceTier[] | null;
  mmr?: number | null;
  maintenanceAmount?: number | null;
  maxLeverage?: number | null;
  tickSize?: number | null;
  stopLoss?: number | null;
  takeProfit?: number | null;
  openedAt?: string | null;
  notes?: string | null;
  /** Where it came from, for messages: `row 17` or `accounts[0].positions[16]`. */
  origin: Origin;
}

export interface ImportAccount {
  name: string;
  venue?: VenueId;
  marginMode?: 'isolated' | 'cross';
  positionMode?: 'one-way' | 'hedge' | null;
  walletBalance?: number;
  takerFeeRate?: number | null;
  notes?: string | null;
  positions: ImportPosition[];
  origin: Origin;
}

/** A tier override in a Cascade JSON file (`tierOverrides`), for a venue + symbol. */
export interface ImportTierOverride {
  venue: VenueId;
  symbol: string;
  tiers: MaintenanceTier[];
  source: string | null;
  origin: Origin;
}

export interface ImportPrice {
  symbol: string;
  mark: number;
  origin: Origin;
}

/** Which layout a file was read as. */
export type ImportLayout = 'cascade-json' | 'cascade-csv' | 'binance-positions' | 'bybit-positions' | 'mapped';

export interface ImportDoc {
  layout: ImportLayout;
  accounts: ImportAccount[];
  prices: ImportPrice[];
  /** Cascade JSON only: the user's tier overrides (absent: the file says nothing about them). */
  tierOverrides?: ImportTierOverride[];
  /** CSV only: the header and its signature, to save a user's mapping. */
  header?: string[];
  signature?: string;
}

/** A CSV row (spreadsheet numbering: the header is row 1) or a JSON path. */
export interface Origin {
  row: number | null;
  /** JSON: the path of the record, e.g. `accounts[0].positions[3]`. */
  path: string | null;
}

/** A problem in an import file; its message already names the row/column or path. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly row: number | null,
    readonly column: string | null,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }

  /** `row 17, column "leverage": …` */
  static atCell(row: number, column: string, reason: string): ImportFileError {
    return new ImportFileError(`row ${row}, column "${column}": ${reason}`, row, column);
  }

  /** `accounts[0].positions[3].leverage: …` */
  static atPath(path: string, reason: string): ImportFileError {
    return new ImportFileError(path ? `${path}: ${reason}` : reason, null, path || null);
  }

  /** A problem of a whole record (CSV row or JSON object), with an optional field name. */
  static at(origin: Origin, field: string | null, reason: string): ImportFileError {
    if (origin.row !== null) {
      return field
        ? ImportFileError.atCell(origin.row, field, reason)
        : new ImportFileError(`row ${origin.row}: ${reason}`, origin.row, null);
    }
    const path = [origin.path, field].filter(Boolean).join('.');
    return ImportFileError.atPath(path, reason);
  }
}
