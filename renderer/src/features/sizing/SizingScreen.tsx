import { useEffectiveBook, useTierOverrides, useUpsertPosition } from '../../api/queries';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SizingView } from './SizingView';

/** The sizing calculator over the stored accounts; "Add this position" goes through `positions.upsert`. */
export function SizingScreen() {
  const book = useEffectiveBook(); // as assessed: with the user's tier overrides
  const upsert = useUpsertPosition();
  const overrides = useTierOverrides();
  if (book.isPending) return <p className="placeholder">Loading the book…</p>;
  if (book.isError || !book.data) return <ErrorMessage title="Cannot load the book" error={book.error} />;
  return <SizingView book={book.data} overrides={overrides.map} onAdd={(p) => upsert.mutateAsync(p)} />;
}
