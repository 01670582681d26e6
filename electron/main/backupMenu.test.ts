import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from './backupMenu';

describe('application menu', () => {
  it('has Back Up Now and Show Backups in File, wired to the actions', () => {
    const actions = { backupNow: vi.fn(), showBackups: vi.fn() };
    const file = appMenuTemplate('linux', actions).find((m) => m.label === 'File')!;
    const items = file.submenu as { label?: string; click?: () => void; role?: string }[];
    items.find((i) => i.label === 'Back Up Now')!.click!();
    items.find((i) => i.label === 'Show Backups')!.click!();
    expect(actions.backupNow).toHaveBeenCalledOnce();
    expect(actions.showBackups).toHaveBeenCalledOnce();
    expect(items.at(-1)!.role).toBe('quit');
  });

  it('keeps the standard edit menu (copy/paste shortcuts) and the macOS app menu', () => {
    const roles = (p: NodeJS.Platform) =>
      appMenuTemplate(p, { backupNow: () => {}, showBackups: () => {} }).map((m) => m.role ?? m.label);
    expect(roles('darwin')).toEqual(['appMenu', 'File', 'editMenu', 'viewMenu', 'windowMenu']);
    expect(roles('win32')).toEqual(['File', 'editMenu', 'viewMenu', 'windowMenu']);
  });
});
