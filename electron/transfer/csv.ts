import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import type { CsvMapping } from '@shared/book/csvMapping';
import { CSV_COLUMNS, isCsvColumn, REQUIRED_COLUMNS, type CsvColumn } from './columns';
import { readCascadeRows, type CascadeRow } from './csvRows';
import { detectExchangeLayout } from './exchangeLayouts';
import { ImportFileError, type ImportDoc } from './types';

/** A CSV whose header is neither Cascade's nor a known export, and no mapping was given or saved. */
export class NeedsMappingError extends Error {
  constructor(
    readonly header: string[],
    readonly signature: string,
  ) {
    super(
      "the CSV header is not Cascade's, Binance's or Bybit's: map its columns onto Cascade's (saved for the next file with this header)",
    );
    this.name = 'NeedsMappingError';
  }
}

/** Identifies a header regardless of case, spacing and column order is NOT ignored (order is part of an export's identity). */
export function headerSignature(header: readonly string[]): string {
  const normal = header.map((h) => h.trim().toLowerCase()).join('\u001f');
  return createHash('sha256').update(normal).digest('hex').slice(0, 16);
}

/** The raw table: header cells and data rows, with spreadsheet row numbers (header = row 1). */
export function parseCsvTable(text: string): { header: string[]; rows: { row: number; cells: string[] }[] } {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    const row = (fatal.row ?? 0) + 1;
    throw [new ImportFileError(`row ${row}: ${fatal.message.toLowerCase()} (a quoted cell is not closed)`, row, null)];
  }
  const [headerRow, ...data] = result.data;
  const header = (headerRow ?? []).map((h) => h.trim());
  if (header.every((h) => h === ''))
    throw [new ImportFileError('row 1: expected a header row, the file is empty', 1, null)];
  const seen = new Set<string>();
  for (const h of header) {
    const key = h.toLowerCase();
    if (h !== '' && seen.has(key)) throw [new ImportFileError(`row 1: the header names column "${h}" twice`, 1, h)];
    seen.add(key);
  }
  const rows: { row: number; cells: string[] }[] = [];
  data.forEach((cells, i) => {
    const row = i + 2;
    if (cells.length === 1 && cells[0]!.trim() === '') return; // empty line
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      throw [
        new ImportFileError(`row ${row}: ${cells.length} cells but the header has ${header.length} columns`, row, null),
      ];
    }
    rows.push({ row, cells });
  });
  return { header, rows };
}

/**
 * Reads a CSV: Cascade's own header, a known exchange export (with optional defaults from
 * `mapping`), or any header with a column mapping (given, or saved for its signature).
 * Throws {@link NeedsMappingError} when none applies, or a list of {@link ImportFileError}s.
 */
export function readCsv(
  text: string,
  mapping: CsvMapping | undefined,
  savedMapping: (signature: string) => CsvMapping | undefined,
): ImportDoc {
  const { header, rows } = parseCsvTable(text);
  const signature = headerSignature(header);
  const lower = header.map((h) => h.toLowerCase());
  const withMeta = (doc: ImportDoc): ImportDoc => ({ ...doc, header, signature });

  const ownColumns = lower.filter((h) => h !== '');
  if (!mapping && ownColumns.every(isCsvColumn) && REQUIRED_COLUMNS.every((c) => ownColumns.includes(c))) {
    const cascadeRows: CascadeRow[] = rows.map(({ row, cells }) => {
      const out: Partial<Record<CsvColumn, string>> = {};
      lower.forEach((h, i) => {
        if (isCsvColumn(h)) out[h] = cells[i] ?? '';
      });
      return { row, cells: out };
    });
    return withMeta(readCascadeRows(cascadeRows, 'cascade-csv'));
  }

  const layout = detectExchangeLayout(header);
  if (layout && (!mapping || Object.keys(mapping.columns).length === 0)) {
    const defaults = { ...layout.defaults, ...checkDefaults(mapping?.defaults ?? {}) };
    const cascadeRows: CascadeRow[] = [];
    for (const { row, cells } of rows) {
      const get = (key: string): string | undefined => {
        const i = lower.indexOf(key);
        return i < 0 ? undefined : cells[i];
      };
      const converted = layout.convert(get);
      if (!converted) continue;
      cascadeRows.push({ row, cells: applyDefaults(stripUndefined(converted), defaults) });
    }
    const label = (c: CsvColumn): string => layout.sources[c] ?? c;
    return withMeta(readCascadeRows(cascadeRows, layout.id, label));
  }

  const chosen = mapping ?? savedMapping(signature);
  if (!chosen) throw new NeedsMappingError(header, signature);
  const columns = checkColumns(chosen.columns, header);
  const defaults = checkDefaults(chosen.defaults ?? {});
  const missing = REQUIRED_COLUMNS.filter((c) => columns[c] === undefined && defaults[c] === undefined);
  if (missing.length) {
    throw [
      new ImportFileError(
        `mapping: no column or default for ${missing.map((c) => `"${c}"`).join(', ')}`,
        null,
        missing[0]!,
      ),
    ];
  }
  const cascadeRows: CascadeRow[] = rows.map(({ row, cells }) => {
    const out: Partial<Record<CsvColumn, string>> = {};
    for (const [c, index] of Object.entries(columns) as [CsvColumn, number][]) out[c] = cells[index] ?? '';
    return { row, cells: applyDefaults(out, defaults) };
  });
  return withMeta(readCascadeRows(cascadeRows, 'mapped', (c) => (columns[c] !== undefined ? header[columns[c]!]! : c)));
}

function stripUndefined(cells: Partial<Record<CsvColumn, string | undefined>>): Partial<Record<CsvColumn, string>> {
  const out: Partial<Record<CsvColumn, string>> = {};
  for (const [k, v] of Object.entries(cells)) if (v !== undefined) out[k as CsvColumn] = v;
  return out;
}

/** A default fills a column the file lacks, or a cell left empty. */
function applyDefaults(
  cells: Partial<Record<CsvColumn, string>>,
  defaults: Partial<Record<CsvColumn, string>>,
): Partial<Record<CsvColumn, string>> {
  const out = { ...cells };
  for (const [c, v] of Object.entries(defaults) as [CsvColumn, string][]) {
    if (out[c] === undefined || out[c]!.trim() === '') out[c] = v;
  }
  return out;
}

function checkColumns(columns: Record<string, string>, header: string[]): Partial<Record<CsvColumn, number>> {
  const out: Partial<Record<CsvColumn, number>> = {};
  for (const [ours, theirs] of Object.entries(columns)) {
    if (!isCsvColumn(ours))
      throw [
        new ImportFileError(
          `mapping: "${ours}" is not a Cascade column (known: ${CSV_COLUMNS.join(', ')})`,
          null,
          ours,
        ),
      ];
    const index = header.findIndex((h) => h.toLowerCase() === theirs.trim().toLowerCase());
    if (index < 0)
      throw [
        new ImportFileError(
          `mapping: column "${ours}" maps to "${theirs}", which the file's header does not have`,
          null,
          ours,
        ),
      ];
    out[ours] = index;
  }
  return out;
}

function checkDefaults(defaults: Record<string, string>): Partial<Record<CsvColumn, string>> {
  for (const key of Object.keys(defaults)) {
    if (!isCsvColumn(key))
      throw [new ImportFileError(`mapping: default for "${key}", which is not a Cascade column`, null, key)];
  }
  return defaults as Partial<Record<CsvColumn, string>>;
}
