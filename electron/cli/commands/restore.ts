import { resolve } from 'node:path';
import { restoreFromFile } from '../../db/restore';
import type { CliCommand } from '../types';
import { expectPositionals, splitArgs } from './storageArgs';

const USAGE = 'cascade restore FILE';

/**
 * `cascade restore FILE`: replaces the book with a backup after checking it is a Cascade
 * database of a supported version; the current book is backed up first.
 */
export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'replace the book with a backup (the current one is backed up first)',
  usage: USAGE,
  run(args, ctx, io) {
    const [file] = expectPositionals(splitArgs(args, {}).positional, ['FILE'], USAGE);
    const c = ctx();
    const { safetyBackup, schemaVersion } = restoreFromFile(c.db, c.dbPath, resolve(file!), c.now());
    io.out(
      `restored ${resolve(file!)} (schema version ${schemaVersion})\nthe book before the restore is in ${safetyBackup.path}`,
    );
    return 0;
  },
};
