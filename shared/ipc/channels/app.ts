import { z } from 'zod';
import { defineChannel } from '../contract';

/** `app:info`: version, database path and schema version, shown in the footer and by `cascade info`. */
export const appInfo = defineChannel(
  'app:info',
  z.object({}).strict(),
  z.object({
    version: z.string(),
    dbPath: z.string(),
    schemaVersion: z.number().int().nonnegative(),
  }),
);
