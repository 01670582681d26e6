import { useMemo } from 'react';
import { useBook, useSettings } from '../../api/queries';
import { useNavigation } from '../../shell/navigation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { defaultRules, rulesSchema, withDefaultRules, type Rule } from '../../../../shared/sizing/rules';
import { evaluateRules } from '../../../../shared/sizing/evaluate';
import { WarningsList } from './WarningsList';

/** The user's rules when the settings carry them (Settings → rules editor), else the shipped defaults. */
function rulesFrom(settings: unknown): Rule[] {
  const stored = rulesSchema.safeParse((settings as { rules?: unknown }).rules);
  return stored.success ? withDefaultRules(stored.data) : [...defaultRules];
}

/** Warnings over the stored book, evaluated in the renderer with shared/sizing. */
export function WarningsScreen() {
  const book = useBook();
  const { settings } = useSettings();
  const nav = useNavigation();
  const rules = useMemo(() => rulesFrom(settings), [settings]);
  const warnings = useMemo(() => (book.data ? evaluateRules(book.data, rules) : []), [book.data, rules]);
  if (book.isPending) return <p className="placeholder">Loading the book…</p>;
  if (book.isError) return <ErrorMessage title="Cannot load the book" error={book.error} />;
  return <WarningsList warnings={warnings} book={book.data} onOpenPosition={nav.editPosition} onShowChart={nav.showChart} />;
}
