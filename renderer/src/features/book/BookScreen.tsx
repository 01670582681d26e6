import { useCallback, useEffect, useMemo, useState } from 'react';
import { useBookRisk, useSettings } from '../../api/queries';
import { useNavigation } from '../../app/navigation';
import { useLive } from '../../live/live';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AccountTotals } from './AccountTotals';
import { BookTable } from './BookTable';
import { buildRows, type BookRow } from './rows';
import { useWarningCounts } from './useWarningCounts';

/** The Book: account totals (also the account filter) over one table of every position. */
export function BookScreen() {
  const { data: book, risk, isPending, error } = useBookRisk();
  const nav = useNavigation();
  const [accountId, setAccountId] = useState<string | null>(null);
  const { settings } = useSettings();
  const warnings = useWarningCounts();
  const rows = useMemo(
    () => (book ? buildRows(book, risk, { warnings, volatility: settings.volatility }) : []),
    [book, risk, warnings, settings.volatility],
  );
  // A position to show (clicked alert) must not hide behind the account filter.
  const { focus } = useLive();
  useEffect(() => {
    if (focus) setAccountId(null);
  }, [focus]);
  const shown = useMemo(() => (accountId ? rows.filter((r) => r.account.id === accountId) : rows), [rows, accountId]);

  const onEdit = useCallback(
    (row: BookRow) => nav.editPosition({ positionId: row.id, accountId: row.account.id }),
    [nav],
  );

  if (isPending) return <p className="placeholder">Loading the book…</p>;
  if (error || !book) return <ErrorMessage title="Cannot load the book" error={error} />;
  return (
    <section className="book-screen" aria-label="Book">
      <div className="toolbar">
        <h2 className="screen-title">Book</h2>
        <Button variant="primary" onClick={() => nav.editPosition({ accountId: accountId ?? undefined })}>
          New position
        </Button>
        <Button onClick={() => nav.editAccount()}>New account</Button>
      </div>
      <AccountTotals accounts={book.accounts} risk={risk} selected={accountId} onSelect={setAccountId} />
      <BookTable rows={shown} onEdit={onEdit} onChart={nav.showChart} />
    </section>
  );
}
