import { useMemo } from 'react';
import { countByPosition, useWarnings } from '../../api/warnings';

/** Warnings per position id for the Book's badge, under the user's rules. */
export function useWarningCounts(): ReadonlyMap<string, number> {
  const { book, warnings } = useWarnings();
  return useMemo(() => (book ? countByPosition(book, warnings) : new Map<string, number>()), [book, warnings]);
}
