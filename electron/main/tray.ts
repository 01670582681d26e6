import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import type { WorstPosition } from '../alerts/monitor';

/** What the tray needs from Electron (injected so tests can pass fakes). */
export interface TrayDeps {
  Tray: new (
    image: NativeImage,
  ) => Pick<Tray, 'setToolTip' | 'setContextMenu' | 'on' | 'destroy'> & Partial<Pick<Tray, 'setTitle'>>;
  buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  icon: NativeImage;
  onOpen: () => void;
  onQuit: () => void;
  onToggleLogin?: (enabled: boolean) => void;
}

/** The tray text for the position closest to liquidation. */
export function worstLabel(worst: WorstPosition | null): string {
  if (!worst) return 'No position at risk of liquidation';
  const stale = worst.stale ? ' (stale price)' : '';
  return `Closest to liquidation: ${worst.symbol} ${worst.distancePct.toFixed(2)} % (${worst.accountName})${stale}`;
}

/**
 * The tray icon: keeps Cascade watching while the window is closed. Tooltip and first menu line
 * show the worst distance to liquidation; the menu opens the window, toggles start at login and
 * quits (the only way to stop watching besides the app menu).
 */
export function createTray(deps: TrayDeps, startAtLogin: boolean) {
  const tray = new deps.Tray(deps.icon);
  let worst: WorstPosition | null = null;
  let login = startAtLogin;
  const render = () => {
    const label = worstLabel(worst);
    tray.setToolTip(`Cascade — ${label}`);
    tray.setTitle?.(worst ? `${worst.distancePct.toFixed(1)}%` : '');
    tray.setContextMenu(
      deps.buildMenu([
        { label, enabled: false },
        { type: 'separator' },
        { label: 'Open Cascade', click: deps.onOpen },
        ...(deps.onToggleLogin
          ? [
              {
                label: 'Start at login',
                type: 'checkbox' as const,
                checked: login,
                click: () => deps.onToggleLogin!((login = !login)),
              },
            ]
          : []),
        { type: 'separator' },
        { label: 'Quit Cascade', click: deps.onQuit },
      ]),
    );
  };
  tray.on('click', deps.onOpen);
  render();
  return {
    /** Shows a new worst position (after every evaluation; re-renders only on change). */
    update(next: WorstPosition | null) {
      if (worstLabel(next) === worstLabel(worst) && next?.distancePct.toFixed(1) === worst?.distancePct.toFixed(1))
        return;
      worst = next;
      render();
    },
    setStartAtLogin(enabled: boolean) {
      login = enabled;
      render();
    },
    destroy: () => tray.destroy(),
  };
}
