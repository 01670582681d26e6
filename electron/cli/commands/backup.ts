import { createBackup } from '../../db/backup';
import type { CliCommand } from '../types';
import { expectPositionals, splitArgs } from './storageArgs';

const USAGE = 'cascade backup';

/** `cascade backup`: a consistent copy of the database (VACUUM INTO) in backups/ beside it. */
export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'write a backup copy of the database',
  usage: USAGE,
  run(args, ctx, io) {
    expectPositionals(splitArgs(args, {}).positional, [], USAGE);
    const c = ctx();
    const made = createBackup(c.db, c.dbPath, 'manual', c.now());
    io.out(made.path);
    return 0;
  },
};
