import { useMemo } from 'react';
import type { Book } from '../../../shared/book/types';
import { evaluateRules } from '../../../shared/sizing/evaluate';
import type { Warning } from '../../../shared/sizing/warning';
import { useBook, useSettings } from './queries';

/** Warnings of a book under the user's rules (shared/sizing, evaluated in the renderer). */
export function useWarnings(): { warnings: Warning[]; book: Book | undefined } {
  const book = useBook();
  const { settings } = useSettings();
  const warnings = useMemo(() => (book.data ? evaluateRules(book.data, settings.rules, { annualVolatility: settings.volatility }) : []), [book.data, settings.rules, settings.volatility]);
  return { warnings, book: book.data };
}

/**
 * Warnings per position id for badges (account-wide warnings count on each of the account's
 * positions). Info-level notes are left out: a badge means "look at this".
 */
export function countByPosition(book: Book, warnings: readonly Warning[]): Map<string, number> {
  const out = new Map<string, number>();
  const positionsOf = new Map(book.accounts.map((a) => [a.id, a.positions.map((p) => p.id)]));
  for (const w of warnings) {
    if (w.severity === 'info') continue;
    const ids = w.positionId ? [w.positionId] : positionsOf.get(w.accountId) ?? [];
    for (const id of ids) out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}
