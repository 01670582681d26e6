import { z } from 'zod';
import { csvMappingSchema } from '../../book/csvMapping';
import { defineChannel } from '../contract';

/** Import file formats. */
export const transferFormatSchema = z.enum(['json', 'csv']);

/** 50 MB of text: far above any real book, low enough that a bad drop cannot exhaust memory. */
const MAX_TEXT = 50_000_000;

export const importRequestSchema = z
  .object({
    format: transferFormatSchema,
    text: z.string().max(MAX_TEXT, { error: 'expected a file of at most 50 MB' }),
    mapping: csvMappingSchema.optional(),
  })
  .strict();

/** One problem in an import file. `row` counts data rows from 1 (CSV) or is the account/position path (JSON). */
export const importErrorSchema = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});

const countsSchema = z.object({ added: z.number().int(), changed: z.number().int(), unchanged: z.number().int() });

/**
 * What an import does (preview) or did (commit). The top-level counts are positions; an empty
 * `errors` means the file can be committed.
 */
export const importSummarySchema = z.object({
  /** Which layout was recognised: Cascade's own, an exchange export, or a saved/given mapping. */
  layout: z.enum(['cascade-json', 'cascade-csv', 'binance-positions', 'bybit-positions', 'mapped']).nullable(),
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  accounts: countsSchema,
  prices: countsSchema,
  /** Cascade JSON files carry the user's tier overrides too (none for other layouts). */
  tierOverrides: countsSchema,
  items: z.array(
    z.object({
      account: z.string(),
      symbol: z.string(),
      side: z.enum(['long', 'short']),
      status: z.enum(['added', 'changed', 'unchanged']),
    }),
  ),
  errors: z.array(importErrorSchema),
  /** Set when the CSV header is not recognised: map `header` onto `fields` and preview again. */
  needsMapping: z
    .object({
      signature: z.string(),
      header: z.array(z.string()),
      fields: z.array(z.string()),
      required: z.array(z.string()),
    })
    .nullable(),
});
export type ImportSummary = z.output<typeof importSummarySchema>;

/** `cascade.import.*`: JSON or CSV into the book, all or nothing. */
export const importChannels = {
  /** Parses and compares with the book without writing anything. */
  preview: defineChannel('import:preview', importRequestSchema, importSummarySchema),
  /** Writes the import in one transaction; refused (nothing written) when the file has an error. */
  commit: defineChannel('import:commit', importRequestSchema, importSummarySchema),
};

/** `cascade.export.*`: the whole book as Cascade JSON or CSV. */
export const exportChannels = {
  run: defineChannel(
    'export:run',
    z.object({ format: transferFormatSchema }).strict(),
    z.object({ text: z.string(), fileName: z.string() }),
  ),
};
