import { join } from 'node:path';
import type { z } from 'zod';
import type { backup as backupChannels, BackupInfo } from '@shared/ipc/channels/backup';
import { CascadeUserError } from '@shared/errors';
import { backupDir, createBackup, listBackups } from '../../db/backup';
import { restoreFromFile } from '../../db/restore';
import type { HandlerContext } from '../context';

function requireFile(ctx: HandlerContext): void {
  if (ctx.dbPath === ':memory:')
    throw new CascadeUserError('this database lives in memory; there is no file to back up');
}

/** `backup:create` */
export function backupCreate(ctx: HandlerContext): BackupInfo {
  requireFile(ctx);
  return createBackup(ctx.db, ctx.dbPath, 'manual', ctx.now());
}

/** `backup:list` */
export function backupList(ctx: HandlerContext): BackupInfo[] {
  return ctx.dbPath === ':memory:' ? [] : listBackups(ctx.dbPath);
}

/** `backup:restore`: only files of the backup folder (the renderer never names arbitrary paths). */
export function backupRestore(ctx: HandlerContext, req: z.output<(typeof backupChannels)['restore']['request']>) {
  requireFile(ctx);
  const restored = listBackups(ctx.dbPath).find((b) => b.file === req.file);
  if (!restored)
    throw new CascadeUserError(`no backup named ${req.file} in ${backupDir(ctx.dbPath)}`, { code: 'not-found' });
  const { safetyBackup, schemaVersion } = restoreFromFile(
    ctx.db,
    ctx.dbPath,
    join(backupDir(ctx.dbPath), req.file),
    ctx.now(),
  );
  return { restored, safetyBackup, schemaVersion };
}
