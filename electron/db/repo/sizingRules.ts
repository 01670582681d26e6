import type { Database } from 'better-sqlite3';
import { rulesSchema, withDefaultRules, type Rule } from '@shared/warnings/rules';
import { stmt } from '../statements';

/** Settings key under which the sizing rules the user tuned may be stored. */
export const SIZING_RULES_KEY = 'sizing.rules';

/** The user's sizing rules (stored under {@link SIZING_RULES_KEY}) merged with the shipped defaults. */
export function readSizingRules(db: Database): Rule[] {
  const row = stmt(db, 'SELECT value FROM settings WHERE key = ?').get(SIZING_RULES_KEY) as
    | { value: string }
    | undefined;
  const parsed = row ? rulesSchema.safeParse(JSON.parse(row.value)) : undefined;
  return withDefaultRules(parsed?.success ? parsed.data : []);
}
