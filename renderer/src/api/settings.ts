import type { VenueId } from '../../../shared/engine';
import { VENUE_IDS } from '../../../shared/engine';
import { defaultRules, rulesSchema, withDefaultRules, type Rule } from '../../../shared/sizing/rules';

/** What the window needs from the settings store. */
export interface AppSettings {
  /** 'system' follows the OS (prefers-color-scheme); the app is dark by default. */
  theme: 'dark' | 'light' | 'system';
  /** BCP 47 locale for Intl.NumberFormat; '' = the system's. */
  locale: string;
  defaultVenue: VenueId;
  /** Sizing / warning rules (shared/sizing), completed with the defaults of rules not stored. */
  rules: Rule[];
}

export const DEFAULT_SETTINGS: AppSettings = { theme: 'dark', locale: '', defaultVenue: 'binance-usdm', rules: [...defaultRules] };

/** Settings keys in the database (shared/settings/schema.ts) for each window setting. */
export const SETTING_KEY: Record<keyof AppSettings, string> = {
  theme: 'ui.theme',
  locale: 'ui.locale',
  defaultVenue: 'ui.defaultVenue',
  rules: 'sizing.rules',
};

/** Window settings the database does not know (yet) are kept in this browser storage key. */
const LOCAL_KEY = 'cascade.settings';

export function readLocalSettings(): Partial<AppSettings> {
  try {
    const raw = globalThis.localStorage?.getItem(LOCAL_KEY);
    return raw ? (JSON.parse(raw) as Partial<AppSettings>) : {};
  } catch {
    return {};
  }
}

export function writeLocalSettings(patch: Partial<AppSettings>): void {
  try {
    globalThis.localStorage?.setItem(LOCAL_KEY, JSON.stringify({ ...readLocalSettings(), ...patch }));
  } catch {
    // storage disabled: the setting lasts for this session only
  }
}

/**
 * Builds the window's settings from `settings.all` entries (`[{ key, value }]`) over the locally
 * stored ones and the defaults. Unknown or malformed values keep the default.
 */
export function parseSettings(entries: ReadonlyArray<{ key: string; value: unknown }>, local: Partial<AppSettings> = {}): AppSettings {
  const byKey = new Map(entries.map((e) => [e.key, e.value]));
  const pick = (name: keyof AppSettings): unknown => (byKey.has(SETTING_KEY[name]) ? byKey.get(SETTING_KEY[name]) : local[name]);
  const out = { ...DEFAULT_SETTINGS };
  const theme = pick('theme');
  // The store reports its default ('system') for a key never set; Cascade starts dark, so
  // 'system' counts only when the user chose it here (every choice is also recorded locally).
  if (theme === 'light' || theme === 'dark') out.theme = theme;
  else if (theme === 'system' && local.theme === 'system') out.theme = 'system';
  const locale = pick('locale');
  if (typeof locale === 'string' && isValidLocale(locale)) out.locale = locale;
  const venue = pick('defaultVenue');
  if (typeof venue === 'string' && (VENUE_IDS as readonly string[]).includes(venue)) out.defaultVenue = venue as VenueId;
  const rules = rulesSchema.safeParse(pick('rules'));
  if (rules.success) out.rules = withDefaultRules(rules.data);
  return out;
}

/** True when Intl accepts the locale ('' = system). */
export function isValidLocale(locale: string): boolean {
  if (locale === '') return true;
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

/** The theme actually applied: 'system' resolves through prefers-color-scheme. */
export function resolveTheme(theme: AppSettings['theme']): 'dark' | 'light' {
  if (theme !== 'system') return theme;
  return globalThis.matchMedia?.('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}
