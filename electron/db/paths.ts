import { join } from 'node:path';

/** The database file's name inside the user-data folder. */
export const DB_FILE_NAME = 'cascade.sqlite';

/** Default database location: `<userData>/cascade.sqlite`. `CASCADE_DB` overrides it. */
export function defaultDbPath(userDataDir: string): string {
  return join(userDataDir, DB_FILE_NAME);
}
