import { createContext, useContext } from 'react';

/** The window's screens, in tab order. */
export const SCREENS = [
  'book',
  'entry',
  'stress',
  'chart',
  'sizing',
  'warnings',
  'alerts',
  'import',
  'settings',
] as const;
export type ScreenId = (typeof SCREENS)[number];

export const SCREEN_LABELS: Record<ScreenId, string> = {
  book: 'Book',
  entry: 'Entry',
  stress: 'Stress',
  chart: 'Chart',
  sizing: 'Sizing',
  warnings: 'Warnings',
  alerts: 'Alerts',
  import: 'Import',
  settings: 'Settings',
};

/** What a screen may ask of the shell: switch screens, open the entry form on a record. */
export interface Navigation {
  screen: ScreenId;
  go: (screen: ScreenId) => void;
  /** Opens the Entry screen editing this position (or a new one in `accountId` when `positionId` is absent). */
  editPosition: (target: { positionId?: string; accountId?: string }) => void;
  /** Opens the Entry screen editing this account (a new one when absent). */
  editAccount: (accountId?: string) => void;
  /** Chart screen on one symbol. */
  showChart: (symbol: string) => void;
  /** What the Entry / Chart screens should open on (set by the calls above). */
  target: { positionId?: string; accountId?: string; kind?: 'position' | 'account'; symbol?: string };
}

export const NavigationContext = createContext<Navigation | null>(null);

/** The shell's navigation; screens rendered outside the shell (component tests) get a no-op. */
export function useNavigation(): Navigation {
  return (
    useContext(NavigationContext) ?? {
      screen: 'book',
      go: () => {},
      editPosition: () => {},
      editAccount: () => {},
      showChart: () => {},
      target: {},
    }
  );
}
