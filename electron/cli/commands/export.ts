import { writeFileSync } from 'node:fs';
import { exportBook } from '../../transfer';
import { CliUserError, type CliCommand } from '../types';
import { expectPositionals, splitArgs } from './storageArgs';

const USAGE = 'cascade export --format json|csv [--out FILE]';

/** `cascade export --format json|csv [--out FILE]`: the whole book, to stdout or a file. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export the book as Cascade JSON or CSV',
  usage: USAGE,
  run(args, ctx, io) {
    const a = splitArgs(args, { valued: ['format', 'out'] });
    expectPositionals(a.positional, [], USAGE);
    const format = a.values.get('format');
    if (format !== 'json' && format !== 'csv')
      throw new CliUserError(
        `--format: expected json or csv, got ${format === undefined ? 'nothing' : `"${format}"`}\nusage: ${USAGE}`,
      );
    const text = exportBook(ctx().db, format);
    const out = a.values.get('out');
    if (out === undefined) io.out(text.replace(/\n$/, ''));
    else {
      try {
        writeFileSync(out, text);
      } catch (error) {
        throw new CliUserError(
          `cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
      io.err(`wrote ${out}`);
    }
    return 0;
  },
};
