import type { Database } from 'better-sqlite3';
import { withTierOverrides, type Book } from '@shared/book/index';
import { SETTING_KEYS, type SettingKey } from '@shared/settings/schema';
import {
  defaultRules,
  evaluateRules,
  rulesSchema,
  SEVERITIES,
  withDefaultRules,
  type Rule,
  type Severity,
  type Warning,
} from '@shared/warnings/index';
import { readSetting } from '../../db/repo/settings';
import { loadTierOverrides } from '../../db/repo/tierOverrides';
import { getBook } from '../../core/handlers/book';
import { CliUserError, type CliCommand } from '../types';
import { parseOptions } from './size';

/** The settings key the rule list lives under, once storage declares it. */
export const RULES_SETTING_KEY = 'sizing.rules';

/** The rules: from settings when the key exists and holds a valid list, else the defaults. */
export function loadRules(db: Database): Rule[] {
  if (!(SETTING_KEYS as readonly string[]).includes(RULES_SETTING_KEY)) return [...defaultRules];
  const parsed = rulesSchema.safeParse(readSetting(db, RULES_SETTING_KEY as SettingKey));
  if (!parsed.success)
    throw new CliUserError(`setting ${RULES_SETTING_KEY} is not a valid rule list: ${parsed.error.issues[0]?.message}`);
  return withDefaultRules(parsed.data);
}

/** The stored book with the user's tier overrides applied, as the risk view assesses it. */
export function loadBookForRules(db: Database, book: Book): Book {
  return withTierOverrides(book, loadTierOverrides(db));
}

/** Warnings as terminal lines, loudest first. */
export function formatWarnings(ws: readonly Warning[]): string {
  if (ws.length === 0) return 'No warnings.';
  const count = (s: Severity) => ws.filter((w) => w.severity === s).length;
  const lines = ws.map((w) => `${w.severity.toUpperCase().padEnd(8)} [${w.ruleId}] ${w.message}`);
  lines.push(
    '',
    `${ws.length} warning${ws.length === 1 ? '' : 's'}: ${SEVERITIES.slice()
      .reverse()
      .map((s) => `${count(s)} ${s}`)
      .join(', ')}`,
  );
  return lines.join('\n');
}

/** `55%` or `0.55` → 0.55; a clear error otherwise. */
function volatilityOption(text: string): number {
  const v = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
  if (text.trim() === '' || !Number.isFinite(v) || v <= 0 || v > 10)
    throw new CliUserError(`--btc-vol: expected BTC's annualised volatility such as 55% or 0.55, got "${text}"`);
  return v;
}

/** `cascade warnings [--json] [--now ISO] [--btc-vol 55%]`: the sizing / risk warnings over the stored book. */
export const warningsCommand: CliCommand = {
  name: 'warnings',
  summary: 'check the stored book against the warning rules',
  usage: 'cascade warnings [--json] [--now ISO-TIME] [--btc-vol 55%]',
  run(args, ctx, io) {
    const { values, flags } = parseOptions(args, ['now', 'btc-vol'], ['json']);
    const vol = values.get('btc-vol');
    // lp-sigma needs a volatility: BTC's from the command line, |β| × it for other symbols.
    const btcVolatility = vol === undefined ? undefined : volatilityOption(vol);
    const nowText = values.get('now');
    const c = ctx();
    const now = nowText === undefined ? c.now() : new Date(nowText);
    if (Number.isNaN(now.getTime()))
      throw new CliUserError(`--now: expected an ISO time such as 2026-11-27T09:00:00Z, got "${nowText}"`);
    const book = loadBookForRules(c.db, getBook(c));
    const warnings = evaluateRules(book, loadRules(c.db), { now, btcVolatility });
    io.out(flags.has('json') ? JSON.stringify(warnings) : formatWarnings(warnings));
    return 0;
  },
};
