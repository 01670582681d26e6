import type { MenuItemConstructorOptions } from 'electron';

/** What the backup menu items do (injected so the template is testable without Electron). */
export interface BackupMenuActions {
  backupNow: () => void;
  showBackups: () => void;
}

/**
 * The application menu: the platform's standard menus plus "Back Up Now" and "Show Backups" in
 * the File menu. Roles keep the native shortcuts (copy, paste, reload, quit …) working.
 */
export function appMenuTemplate(platform: NodeJS.Platform, actions: BackupMenuActions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Back Up Now', accelerator: 'CmdOrCtrl+Shift+B', click: () => actions.backupNow() },
      { label: 'Show Backups', click: () => actions.showBackups() },
      { type: 'separator' },
      platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
    ],
  };
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    file,
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
}
