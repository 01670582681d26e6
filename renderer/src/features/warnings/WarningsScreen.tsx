import { useEffectiveBook } from '../../api/queries';
import { useWarnings } from '../../api/warnings';
import { useNavigation } from '../../app/navigation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { WarningsList } from './WarningsList';

/**
 * Warnings over the stored book with the user's rules and volatilities (the same `useWarnings`
 * the Book screen's badges count), evaluated in the renderer with shared/warnings.
 */
export function WarningsScreen() {
  const book = useEffectiveBook(); // as assessed: with the user's tier overrides
  const { warnings } = useWarnings();
  const nav = useNavigation();
  if (book.isPending) return <p className="placeholder">Loading the book…</p>;
  if (book.isError || !book.data) return <ErrorMessage title="Cannot load the book" error={book.error} />;
  return (
    <WarningsList warnings={warnings} book={book.data} onOpenPosition={nav.editPosition} onShowChart={nav.showChart} />
  );
}
