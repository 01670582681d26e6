import { z } from 'zod';
import { defineChannel } from '../contract';

/** One backup file beside the database (in `backups/`). */
export const backupInfoSchema = z.object({
  /** File name inside the backup folder. */
  file: z.string(),
  path: z.string(),
  bytes: z.number().int(),
  /** ISO 8601 (file modification time). */
  createdAt: z.string(),
  kind: z.enum(['manual', 'daily', 'pre-migration', 'pre-restore']),
});
export type BackupInfo = z.output<typeof backupInfoSchema>;

/** `cascade.backup.*`: copies of the database (`VACUUM INTO`), newest first. */
export const backup = {
  create: defineChannel('backup:create', z.object({}).strict(), backupInfoSchema),
  list: defineChannel('backup:list', z.object({}).strict(), z.array(backupInfoSchema)),
  /**
   * Replaces the book with a backup from the list (by file name). The backup is checked first
   * (a Cascade database of a supported version) and the current book is backed up before.
   */
  restore: defineChannel(
    'backup:restore',
    z
      .object({
        file: z.string().regex(/^[A-Za-z0-9._-]+\.sqlite$/, { error: 'expected a backup file name from backup.list' }),
      })
      .strict(),
    z.object({ restored: backupInfoSchema, safetyBackup: backupInfoSchema, schemaVersion: z.number().int() }),
  ),
};
