import type { Database } from 'better-sqlite3';
import type { Book } from '../../shared/book/types';
import { evaluateRules } from '../../shared/sizing/evaluate';
import { rulesSchema, withDefaultRules, type Rule } from '../../shared/sizing/rules';
import { stmt } from '../db/statements';
import type { WarningObservation } from './types';

/** Settings key under which the sizing rules the user tuned may be stored. */
export const SIZING_RULES_KEY = 'sizing.rules';

/** The user's sizing rules (stored under {@link SIZING_RULES_KEY}) merged with the shipped defaults. */
export function readSizingRules(db: Database): Rule[] {
  const row = stmt(db, 'SELECT value FROM settings WHERE key = ?').get(SIZING_RULES_KEY) as { value: string } | undefined;
  const parsed = row ? rulesSchema.safeParse(JSON.parse(row.value)) : undefined;
  return withDefaultRules(parsed?.success ? parsed.data : []);
}

/** Sizing warnings for a book (shared/sizing `evaluateRules`) as alert observations. */
export function sizingWarnings(book: Book, rules: readonly Rule[], now: Date): WarningObservation[] {
  return evaluateRules(book, rules, { now }).map((w) => ({
    ruleId: w.ruleId,
    severity: w.severity,
    accountId: w.accountId,
    ...(w.positionId !== undefined ? { positionId: w.positionId } : {}),
    message: w.message,
  }));
}
