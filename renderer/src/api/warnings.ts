import { useMemo } from 'react';
import type { Book } from '@shared/book/types';
import { evaluateRules } from '@shared/warnings/evaluate';
import type { Warning } from '@shared/warnings/warning';
import { useEffectiveBook, useSettings } from './queries';

type Rules = Parameters<typeof evaluateRules>[1];
type Vol = Readonly<Record<string, number>>;
const cache = new WeakMap<Book, { rules: Rules; volatility: Vol; warnings: Warning[] }>();

/** evaluateRules, once per (book, rules, volatility) however many components ask (tab badge, Book, Warnings). */
export function warningsOf(book: Book, rules: Rules, volatility: Vol): Warning[] {
  const hit = cache.get(book);
  if (hit && hit.rules === rules && hit.volatility === volatility) return hit.warnings;
  const warnings = evaluateRules(book, rules, { annualVolatility: volatility });
  cache.set(book, { rules, volatility, warnings });
  return warnings;
}

/** Warnings of a book under the user's rules (shared/warnings, evaluated in the renderer). */
export function useWarnings(): { warnings: Warning[]; book: Book | undefined } {
  const book = useEffectiveBook(); // as assessed: with the user's tier overrides
  const { settings } = useSettings();
  const warnings = useMemo(
    () => (book.data ? warningsOf(book.data, settings.rules, settings.volatility) : []),
    [book.data, settings.rules, settings.volatility],
  );
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
    const ids = w.positionId ? [w.positionId] : (positionsOf.get(w.accountId) ?? []);
    for (const id of ids) out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}
