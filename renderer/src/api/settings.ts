import type { VenueId } from '../../../shared/engine';
import { VENUE_IDS } from '../../../shared/engine';

/** What the window needs from the settings store. */
export interface AppSettings {
  theme: 'dark' | 'light';
  /** BCP 47 locale for Intl.NumberFormat; '' = the system's. */
  locale: string;
  defaultVenue: VenueId;
}

export const DEFAULT_SETTINGS: AppSettings = { theme: 'dark', locale: '', defaultVenue: 'binance-usdm' };

/** Reads the settings the window knows from whatever `settings.get` returns, keeping defaults for the rest. */
export function parseSettings(raw: unknown): AppSettings {
  const src = (raw && typeof raw === 'object' && 'settings' in raw ? (raw as { settings: unknown }).settings : raw) as
    | Record<string, unknown>
    | null
    | undefined;
  const out = { ...DEFAULT_SETTINGS };
  if (!src || typeof src !== 'object') return out;
  if (src.theme === 'light' || src.theme === 'dark') out.theme = src.theme;
  if (typeof src.locale === 'string') out.locale = src.locale;
  if (typeof src.defaultVenue === 'string' && (VENUE_IDS as readonly string[]).includes(src.defaultVenue)) {
    out.defaultVenue = src.defaultVenue as VenueId;
  }
  return out;
}
