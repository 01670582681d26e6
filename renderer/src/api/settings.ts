import type { VenueId } from '@shared/engine';
import { VENUE_IDS } from '@shared/engine';
import { defaultRules, rulesSchema, withDefaultRules, type Rule } from '@shared/warnings/rules';

/** What the window needs from the settings store. */
export interface AppSettings {
  /** 'system' follows the OS (prefers-color-scheme); the app is dark by default. */
  theme: 'dark' | 'light' | 'system';
  /** BCP 47 locale for Intl.NumberFormat; '' = the system's. */
  locale: string;
  defaultVenue: VenueId;
  /** Sizing / warning rules (shared/warnings), completed with the defaults of rules not stored. */
  rules: Rule[];
  /**
   * Annualised volatility per base asset or symbol (0.55 = 55 % a year). When a position's is
   * set, the Book shows its distance to LP in daily σ and the `lp-sigma` rule can fire.
   */
  volatility: Record<string, number>;
}

export const DEFAULT_SETTINGS: AppSettings = {
  theme: 'dark',
  locale: '',
  defaultVenue: 'binance-usdm',
  rules: [...defaultRules],
  volatility: {},
};

/** Settings keys in the database (shared/settings/schema.ts) for each window setting. */
export const SETTING_KEY: Record<keyof AppSettings, string> = {
  theme: 'ui.theme',
  locale: 'ui.locale',
  defaultVenue: 'ui.defaultVenue',
  rules: 'sizing.rules',
  volatility: 'risk.volatility',
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
export function parseSettings(
  entries: ReadonlyArray<{ key: string; value: unknown }>,
  local: Partial<AppSettings> = {},
): AppSettings {
  const byKey = new Map(entries.map((e) => [e.key, e.value]));
  const pick = (name: keyof AppSettings): unknown =>
    byKey.has(SETTING_KEY[name]) ? byKey.get(SETTING_KEY[name]) : local[name];
  const out = { ...DEFAULT_SETTINGS };
  const theme = pick('theme');
  // The store reports its default ('system') for a key never set; Cascade starts dark, so
  // 'system' counts only when the user chose it here (every choice is also recorded locally).
  if (theme === 'light' || theme === 'dark') out.theme = theme;
  else if (theme === 'system' && local.theme === 'system') out.theme = 'system';
  const locale = pick('locale');
  if (typeof locale === 'string' && isValidLocale(locale)) out.locale = locale;
  const venue = pick('defaultVenue');
  if (typeof venue === 'string' && (VENUE_IDS as readonly string[]).includes(venue))
    out.defaultVenue = venue as VenueId;
  const rules = rulesSchema.safeParse(pick('rules'));
  if (rules.success) out.rules = withDefaultRules(rules.data);
  const vol = pick('volatility');
  if (isVolatilityTable(vol)) out.volatility = { ...vol };
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

/** A plausible volatility table: symbol → annualised fraction in (0, 10]. */
export function isVolatilityTable(v: unknown): v is Record<string, number> {
  return (
    !!v &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.values(v).every((x) => typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 10)
  );
}

/**
 * Parses the Settings text of volatilities: one `SYMBOL PERCENT` per line ("BTC 55"), returning
 * the table or the first bad line by number.
 */
export function parseVolatilityText(text: string): { table: Record<string, number> } | { error: string } {
  const table: Record<string, number> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const m = /^([A-Za-z0-9][A-Za-z0-9\-_./:]*?)[\s,:=]+([0-9]+(?:[.,][0-9]+)?)\s*%?$/.exec(line);
    if (!m) return { error: `line ${i + 1}: expected "SYMBOL PERCENT", e.g. "BTC 55", got ${JSON.stringify(line)}` };
    const pct = Number(m[2].replace(',', '.'));
    if (!(pct > 0 && pct <= 1000))
      return { error: `line ${i + 1}: expected a volatility between 0 and 1000 %, got ${m[2]}` };
    table[m[1].toUpperCase()] = Number((pct / 100).toPrecision(12)); // 95.5 % → 0.955, not 0.9550000000000001
  }
  return { table };
}

/** The Settings text of a volatility table. */
export function volatilityText(table: Readonly<Record<string, number>>): string {
  return Object.entries(table)
    .map(([k, v]) => `${k} ${Math.round(v * 10_000) / 100}`)
    .join('\n');
}
