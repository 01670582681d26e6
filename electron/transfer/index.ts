import type { Database } from 'better-sqlite3';
import type { CsvMapping } from '@shared/book/csvMapping';
import type { ImportSummary } from '@shared/ipc/channels/transfer';
import { loadBook } from '../db/repo/book';
import { loadMapping } from '../db/repo/importMappings';
import { latestPrices } from '../db/repo/prices';
import { listTierOverrides } from '../db/repo/tierOverrides';
import { applyImport } from './apply';
import { CSV_COLUMNS as CSV_FIELDS, REQUIRED_COLUMNS as REQUIRED } from './columns';
import { NeedsMappingError, readCsv } from './csv';
import { readJson } from './json';
import { emptySummary, planImport, type ImportPlan } from './plan';
import { ImportFileError, type ImportDoc } from './types';
import { writeCsv, writeJson } from './write';

export type TransferFormat = 'json' | 'csv';

export interface ImportRequest {
  format: TransferFormat;
  text: string;
  mapping?: CsvMapping;
}

/** Parsed and planned, or the summary that says why not. */
export type Prepared = { ok: true; doc: ImportDoc; plan: ImportPlan } | { ok: false; summary: ImportSummary };

function errorSummary(errors: ImportFileError[], layout: ImportSummary['layout'] = null): ImportSummary {
  return { ...emptySummary(layout), errors: errors.map((e) => ({ row: e.row, column: e.column, message: e.message })) };
}

/** Parses a file and compares it with the database; writes nothing. */
export function prepareImport(db: Database, req: ImportRequest): Prepared {
  let doc: ImportDoc;
  try {
    doc = req.format === 'json' ? readJson(req.text) : readCsv(req.text, req.mapping, (sig) => loadMapping(db, sig));
  } catch (error) {
    if (error instanceof NeedsMappingError) {
      return {
        ok: false,
        summary: {
          ...errorSummary([new ImportFileError(`row 1: ${error.message}`, 1, null)]),
          needsMapping: {
            signature: error.signature,
            header: error.header,
            fields: [...CSV_FIELDS],
            required: [...REQUIRED],
          },
        },
      };
    }
    if (Array.isArray(error) && error.every((e) => e instanceof ImportFileError))
      return { ok: false, summary: errorSummary(error) };
    throw error;
  }
  try {
    return { ok: true, doc, plan: planImport(db, doc) };
  } catch (error) {
    if (Array.isArray(error) && error.every((e) => e instanceof ImportFileError))
      return { ok: false, summary: errorSummary(error, doc.layout) };
    throw error;
  }
}

/** Preview: what the import would do. */
export function previewImport(db: Database, req: ImportRequest): ImportSummary {
  const prepared = prepareImport(db, req);
  return prepared.ok ? prepared.plan.summary : prepared.summary;
}

/**
 * Commit: all or nothing. Returns the summary; when it has errors nothing was written.
 * A mapping given for a CSV is saved for its header signature in the same transaction.
 */
export function commitImport(db: Database, req: ImportRequest, now: string): ImportSummary {
  const prepared = prepareImport(db, req);
  if (!prepared.ok) return prepared.summary;
  const { doc, plan } = prepared;
  const mapping =
    req.mapping && doc.layout === 'mapped' && doc.signature && doc.header
      ? { signature: doc.signature, header: doc.header, mapping: req.mapping }
      : undefined;
  applyImport(db, plan, now, mapping);
  return plan.summary;
}

/** The whole book as Cascade JSON or CSV. */
export function exportBook(db: Database, format: TransferFormat): string {
  const book = loadBook(db);
  const prices = new Map(latestPrices(db).map((p) => [p.symbol, p.mark]));
  return format === 'json' ? writeJson(book, prices, listTierOverrides(db)) : writeCsv(book, prices);
}
