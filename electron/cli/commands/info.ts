import { appInfo } from '../../core/handlers/app';
import type { CliCommand } from '../types';

/** `cascade info [--json]`: version, database path and schema version. */
export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'print the version and the database path',
  usage: 'cascade info [--json]',
  run(args, ctx, io) {
    const info = appInfo(ctx());
    if (args.includes('--json')) io.out(JSON.stringify(info));
    else io.out(`Cascade ${info.version}\ndatabase: ${info.dbPath}\nschema version: ${info.schemaVersion}`);
    return 0;
  },
};
