import type { Book } from '@shared/book/types';
import { evaluateRules } from '@shared/warnings/evaluate';
import type { Rule } from '@shared/warnings/rules';
import type { WarningObservation } from './types';

/** Warnings for a book (shared/warnings `evaluateRules`) as alert observations. */
export function sizingWarnings(book: Book, rules: readonly Rule[], now: Date): WarningObservation[] {
  return evaluateRules(book, rules, { now }).map((w) => ({
    ruleId: w.ruleId,
    severity: w.severity,
    accountId: w.accountId,
    ...(w.positionId !== undefined ? { positionId: w.positionId } : {}),
    message: w.message,
  }));
}
