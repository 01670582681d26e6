import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempDb, type TempDb } from '@test/helpers/tempDb';
import { backupDir } from '../db/backup';
import { startStorageChores, type StorageStartupDeps } from './storageStartup';

describe('storage chores at app start', () => {
  let t: TempDb;
  beforeEach(() => (t = makeTempDb()));
  afterEach(() => t.cleanup());

  function deps(overrides: Partial<StorageStartupDeps> = {}) {
    const shown: string[] = [];
    const notes: { title: string; body: string }[] = [];
    let menu: unknown;
    const d: StorageStartupDeps = {
      Menu: { buildFromTemplate: (tpl) => ({ tpl }) as never, setApplicationMenu: (m) => void (menu = m) },
      Notification: class {
        constructor(private o: { title: string; body: string }) {}
        show() {
          notes.push(this.o);
        }
      } as never,
      shell: { showItemInFolder: (p) => void shown.push(p), openPath: async () => '' },
      platform: 'linux',
      log: vi.fn(),
      ...overrides,
    };
    return {
      d,
      shown,
      notes,
      menu: () => menu as { tpl: { label?: string; submenu?: { label?: string; click?: () => void }[] }[] },
    };
  }

  it("makes today's daily backup once and installs Back Up Now, which writes and reveals a backup", () => {
    const { d, shown, menu } = deps();
    startStorageChores(d, t.db, t.dbPath);
    startStorageChores(d, t.db, t.dbPath);
    expect(readdirSync(backupDir(t.dbPath)).filter((f) => f.startsWith('cascade-daily-'))).toHaveLength(1);
    menu()
      .tpl.find((m) => m.label === 'File')!
      .submenu!.find((i) => i.label === 'Back Up Now')!.click!();
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/cascade-manual-.*\.sqlite$/);
  });

  it('a broken menu or backup never stops the start; a failed Back Up Now says so', () => {
    const { d, notes, menu } = deps();
    const log = vi.fn();
    expect(() =>
      startStorageChores(
        {
          ...d,
          log,
          Menu: {
            buildFromTemplate: d.Menu.buildFromTemplate,
            setApplicationMenu: () => {
              throw new Error('no menu here');
            },
          },
        },
        t.db,
        t.dbPath,
      ),
    ).not.toThrow();
    expect(log).toHaveBeenCalledWith('application menu failed:', expect.any(Error));
    startStorageChores(d, t.db, t.dbPath);
    t.db.close(); // the next backup cannot be written
    menu()
      .tpl.find((m) => m.label === 'File')!
      .submenu!.find((i) => i.label === 'Back Up Now')!.click!();
    expect(notes[0]!.title).toBe('Backup failed');
  });
});
