import { useMemo } from 'react';
import type { Book } from '../../../../shared/book/types';
import type { AccountRiskResult } from '../../api/queries';

/**
 * Warnings per position id for the Book's badge. Until shared/sizing's rule evaluation is wired
 * in, this counts only what the engine says: an account it cannot assess.
 */
export function useWarningCounts(book: Book | undefined, risk: Map<string, AccountRiskResult> | undefined): ReadonlyMap<string, number> {
  return useMemo(() => {
    const out = new Map<string, number>();
    if (!book || !risk) return out;
    for (const a of book.accounts) {
      if (!risk.get(a.id)?.error) continue;
      for (const p of a.positions) out.set(p.id, 1);
    }
    return out;
  }, [book, risk]);
}
