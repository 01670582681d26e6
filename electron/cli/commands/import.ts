import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { csvMappingSchema, type CsvMapping } from '@shared/book/csvMapping';
import { type ImportSummary } from '@shared/ipc/channels/transfer';
import { commitImport, previewImport, type TransferFormat } from '../../transfer';
import { CliUserError, type CliCommand, type CliIo } from '../types';
import { expectPositionals, splitArgs } from './storageArgs';

const USAGE = 'cascade import FILE [--dry-run] [--format json|csv] [--mapping MAP.json] [--default COLUMN=VALUE]...';

function formatOf(file: string, text: string, given: string | undefined): TransferFormat {
  if (given !== undefined) {
    if (given !== 'json' && given !== 'csv') throw new CliUserError(`--format: expected json or csv, got "${given}"`);
    return given;
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.csv' || ext === '.txt') return 'csv';
  return text.trimStart().startsWith('{') ? 'json' : 'csv';
}

function mappingOf(path: string | undefined, defaults: string[]): CsvMapping | undefined {
  let mapping: CsvMapping | undefined;
  if (path !== undefined) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new CliUserError(`--mapping ${path}: ${(error as Error).message}`);
    }
    const parsed = csvMappingSchema.safeParse(raw);
    if (!parsed.success)
      throw new CliUserError(
        `--mapping ${path}: expected { "columns": { "entry_price": "Avg Cost", … }, "defaults": { … } }`,
      );
    mapping = parsed.data;
  }
  for (const pair of defaults) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new CliUserError(`--default: expected COLUMN=VALUE, got "${pair}"`);
    mapping = {
      columns: mapping?.columns ?? {},
      defaults: { ...mapping?.defaults, [pair.slice(0, at)]: pair.slice(at + 1) },
    };
  }
  return mapping;
}

export function describeSummary(s: ImportSummary): string {
  const c = (x: { added: number; changed: number; unchanged: number }) =>
    `${x.added} added, ${x.changed} changed, ${x.unchanged} unchanged`;
  const lines = [`read as ${s.layout}`, `positions: ${c(s)}`, `accounts: ${c(s.accounts)}`, `prices: ${c(s.prices)}`];
  const o = s.tierOverrides;
  if (o.added + o.changed + o.unchanged > 0) lines.push(`tier overrides: ${c(o)}`);
  return lines.join('\n');
}

function reportErrors(s: ImportSummary, io: CliIo): never {
  if (s.needsMapping) {
    io.err(
      `cascade: the CSV header is not Cascade's, Binance's or Bybit's: ${s.needsMapping.header.map((h) => JSON.stringify(h)).join(', ')}`,
    );
    io.err(
      `map it with --mapping MAP.json, e.g. {"columns": {"symbol": "${s.needsMapping.header[0]}", …}, "defaults": {"venue": "generic"}}`,
    );
    io.err(`Cascade columns: ${s.needsMapping.fields.join(', ')} (required: ${s.needsMapping.required.join(', ')})`);
  }
  throw new CliUserError(`import refused, nothing was written:\n${s.errors.map((e) => `  ${e.message}`).join('\n')}`);
}

/** `cascade import FILE [--dry-run]`: all or nothing, on the same code as the app's import. */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import positions from Cascade JSON/CSV or a Binance/Bybit position CSV',
  usage: USAGE,
  run(args, ctx, io) {
    const a = splitArgs(args, { valued: ['format', 'mapping'], repeated: ['default'], flags: ['dry-run'] });
    const [file] = expectPositionals(a.positional, ['FILE'], USAGE);
    let text: string;
    try {
      text = readFileSync(file!, 'utf8');
    } catch (error) {
      throw new CliUserError(
        `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    const request = {
      format: formatOf(file!, text, a.values.get('format')),
      text,
      mapping: mappingOf(a.values.get('mapping'), a.repeated.get('default') ?? []),
    };
    const c = ctx();
    const dry = a.flags.has('dry-run');
    const summary = dry ? previewImport(c.db, request) : commitImport(c.db, request, c.now().toISOString());
    if (summary.errors.length) reportErrors(summary, io);
    io.out(describeSummary(summary) + (dry ? '\n(dry run: nothing was written)' : ''));
    return 0;
  },
};
