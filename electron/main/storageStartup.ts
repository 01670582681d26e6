import type { Menu as MenuType, Notification as NotificationType, Shell } from 'electron';
import type { Database } from 'better-sqlite3';
import { backupDir, createBackup, ensureDailyBackup } from '../db/backup';
import { readSetting } from '../db/repo/settings';
import { appMenuTemplate } from './backupMenu';

export interface StorageStartupDeps {
  Menu: Pick<typeof MenuType, 'buildFromTemplate' | 'setApplicationMenu'>;
  Notification: new (options: { title: string; body: string }) => Pick<NotificationType, 'show'>;
  shell: Pick<Shell, 'showItemInFolder' | 'openPath'>;
  platform: NodeJS.Platform;
  log: (...args: unknown[]) => void;
}

/**
 * Storage chores when the app starts: today's daily backup (keeping the newest
 * `backup.keepDaily`), and the File menu's "Back Up Now" / "Show Backups". Each step is
 * guarded: a failed backup or menu must never keep the app from opening.
 */
export function startStorageChores(deps: StorageStartupDeps, db: Database, dbPath: string): void {
  try {
    ensureDailyBackup(db, dbPath, new Date(), readSetting(db, 'backup.keepDaily'));
  } catch (error) {
    deps.log('daily backup failed:', error);
  }
  try {
    const template = appMenuTemplate(deps.platform, {
      backupNow: () => {
        try {
          deps.shell.showItemInFolder(createBackup(db, dbPath, 'manual', new Date()).path);
        } catch (error) {
          new deps.Notification({
            title: 'Backup failed',
            body: error instanceof Error ? error.message : String(error),
          }).show();
        }
      },
      showBackups: () => void deps.shell.openPath(backupDir(dbPath)),
    });
    deps.Menu.setApplicationMenu(deps.Menu.buildFromTemplate(template));
  } catch (error) {
    deps.log('application menu failed:', error);
  }
}
