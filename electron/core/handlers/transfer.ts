import type { z } from 'zod';
import type { exportChannels, ImportSummary, importRequestSchema } from '@shared/ipc/channels/transfer';
import { CascadeUserError } from '@shared/errors';
import { commitImport, exportBook, previewImport } from '../../transfer';
import type { HandlerContext } from '../context';

type ImportReq = z.output<typeof importRequestSchema>;

/** `import:preview`: what the file would add/change, or its errors; writes nothing. */
export function importPreview(ctx: HandlerContext, req: ImportReq): ImportSummary {
  return previewImport(ctx.db, req);
}

/**
 * `import:commit`: one transaction. A file with an error is refused as a user error (first
 * problem in the message, all of them in `issues`) and nothing is written.
 */
export function importCommit(ctx: HandlerContext, req: ImportReq): ImportSummary {
  const summary = commitImport(ctx.db, req, ctx.now().toISOString());
  if (summary.errors.length) {
    throw new CascadeUserError(`import refused, nothing was written: ${summary.errors[0]!.message}`, {
      issues: summary.errors.map((e) => ({
        path: e.column ?? (e.row !== null ? `row ${e.row}` : ''),
        message: e.message,
      })),
    });
  }
  return summary;
}

/** `export:run` */
export function exportRun(
  ctx: HandlerContext,
  req: z.output<(typeof exportChannels)['run']['request']>,
): { text: string; fileName: string } {
  const day = ctx.now().toISOString().slice(0, 10);
  return { text: exportBook(ctx.db, req.format), fileName: `cascade-book-${day}.${req.format}` };
}
