import { useEffect, useRef, useState } from 'react';
import type { BookAccount, BookPosition } from '@shared/book/types';
import {
  useBook,
  useTierOverrides,
  useRemoveAccount,
  useRemovePosition,
  useRestoreAccount,
  useRestorePosition,
  useSettings,
} from '../../api/queries';
import { useNavigation } from '../../app/navigation';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useFormat } from '../../ui/FormatContext';
import { AccountForm } from './AccountForm';
import { PositionForm } from './PositionForm';
import { draftFor } from './positionDraft';
import { UndoBar } from './UndoBar';

type Mode = { kind: 'position'; positionId?: string; accountId?: string } | { kind: 'account'; accountId?: string };
type Undo = { message: string; run: () => Promise<unknown> };

/**
 * Entry: the account or position form on the left; the accounts and the selected account's
 * positions on the right, each with Edit and Delete (undoable).
 */
export function EntryScreen() {
  const book = useBook(); // the stored book: drafts must not pick up tier overrides
  const overrides = useTierOverrides();
  const nav = useNavigation();
  const { settings } = useSettings();
  const f = useFormat();
  const [mode, setMode] = useState<Mode>(() =>
    nav.target.kind === 'account'
      ? { kind: 'account', accountId: nav.target.accountId }
      : { kind: 'position', positionId: nav.target.positionId, accountId: nav.target.accountId },
  );
  const [formKey, setFormKey] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [error, setError] = useState<unknown>(null);
  const removePosition = useRemovePosition();
  const removeAccount = useRemoveAccount();
  const restorePosition = useRestorePosition();
  const restoreAccount = useRestoreAccount();
  const formRef = useRef<HTMLDivElement>(null);

  const accounts = book.data?.accounts ?? [];
  const noAccounts = book.data !== undefined && accounts.length === 0;
  useEffect(() => {
    if (noAccounts && mode.kind === 'position') setMode({ kind: 'account' });
  }, [noAccounts, mode.kind]);

  // Focus the form's first field when the form (re)opens, so typing can start at once.
  const editedId = mode.kind === 'position' ? mode.positionId : mode.accountId;
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled])')?.focus();
  }, [formKey, mode.kind, editedId]);

  if (book.isPending) return <p className="placeholder">Loading…</p>;
  if (!book.data) return <ErrorMessage title="Cannot load the book" error={book.error} />;

  const selectedAccountId = mode.accountId ?? (mode.kind === 'position' ? accounts[0]?.id : undefined);
  const selectedAccount = accounts.find((a) => a.id === selectedAccountId);
  const editingPosition =
    mode.kind === 'position' && mode.positionId
      ? accounts.flatMap((a) => a.positions).find((p) => p.id === mode.positionId)
      : undefined;
  const editingAccount =
    mode.kind === 'account' && mode.accountId ? accounts.find((a) => a.id === mode.accountId) : undefined;

  const open = (next: Mode) => {
    setMode(next);
    setFormKey((k) => k + 1);
    setStatus(null);
  };

  const deletePosition = async (p: BookPosition) => {
    setError(null);
    try {
      const removed = await removePosition.mutateAsync(p.id);
      setUndo({ message: `Deleted ${p.symbol} ${p.side}.`, run: () => restorePosition.mutateAsync(removed) });
      if (mode.kind === 'position' && mode.positionId === p.id) open({ kind: 'position', accountId: p.accountId });
    } catch (e) {
      setError(e);
    }
  };
  const deleteAccount = async (a: BookAccount) => {
    setError(null);
    try {
      const removed = await removeAccount.mutateAsync(a.id);
      setUndo({
        message: `Deleted account ${a.name} and its ${removed.positions.length} positions.`,
        run: () => restoreAccount.mutateAsync(removed),
      });
      open({ kind: 'account' });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="entry-screen" aria-label="Entry">
      <div ref={formRef}>
        <div className="toolbar">
          <h2 className="screen-title">Entry</h2>
          <Button
            onClick={() => open({ kind: 'position', accountId: selectedAccountId })}
            disabled={noAccounts}
            aria-pressed={mode.kind === 'position' && !mode.positionId}
          >
            New position
          </Button>
          <Button onClick={() => open({ kind: 'account' })} aria-pressed={mode.kind === 'account' && !mode.accountId}>
            New account
          </Button>
        </div>
        {status && (
          <p className="notice" role="status">
            {status}
          </p>
        )}
        {mode.kind === 'position' ? (
          <PositionForm
            key={`p-${formKey}-${mode.positionId ?? 'new'}`}
            book={book.data}
            overrides={overrides.map}
            initial={draftFor(selectedAccount, editingPosition)}
            onSaved={(saved) => {
              setStatus(`Saved ${saved.symbol}.`);
              setMode({ kind: 'position', accountId: selectedAccountId });
              setFormKey((k) => k + 1);
            }}
            onCancel={() =>
              mode.positionId ? open({ kind: 'position', accountId: selectedAccountId }) : nav.go('book')
            }
          />
        ) : (
          <AccountForm
            key={`a-${formKey}-${mode.accountId ?? 'new'}`}
            account={editingAccount}
            defaultVenue={settings.defaultVenue}
            onSaved={(saved) => {
              open({ kind: 'position', accountId: saved.id });
              setStatus(`Saved account ${saved.name}. Add its positions below.`);
            }}
            onCancel={() => (noAccounts ? undefined : open({ kind: 'position', accountId: selectedAccountId }))}
          />
        )}
      </div>
      <aside className="side-panel" aria-label="Accounts and positions">
        {undo && (
          <UndoBar
            message={undo.message}
            busy={restorePosition.isPending || restoreAccount.isPending}
            onDismiss={() => setUndo(null)}
            onUndo={() => {
              undo
                .run()
                .then(() => setUndo(null))
                .catch((e: unknown) => setError(e));
            }}
          />
        )}
        <ErrorMessage error={error} title="Failed" />
        <h3>Accounts</h3>
        <ul className="list" aria-label="Accounts">
          {accounts.map((a) => (
            <li key={a.id} aria-current={a.id === selectedAccountId ? 'true' : undefined}>
              <button
                type="button"
                className="btn btn-quiet grow"
                style={{ textAlign: 'left' }}
                onClick={() => open({ kind: 'position', accountId: a.id })}
              >
                {a.name}{' '}
                <span className="muted">
                  {a.venue} · {a.marginMode} ·{' '}
                  {f.money(a.walletBalance, a.positions[0]?.contract === 'inverse' ? 6 : 2)}
                </span>
              </button>
              <Button
                className="btn-xs"
                onClick={() => open({ kind: 'account', accountId: a.id })}
                aria-label={`Edit account ${a.name}`}
              >
                Edit
              </Button>
              <Button
                className="btn-xs"
                variant="danger"
                onClick={() => void deleteAccount(a)}
                aria-label={`Delete account ${a.name}`}
              >
                Delete
              </Button>
            </li>
          ))}
          {accounts.length === 0 && <li className="muted">No accounts yet: create one.</li>}
        </ul>
        {selectedAccount && (
          <>
            <h3>Positions in {selectedAccount.name}</h3>
            <ul className="list" aria-label={`Positions in ${selectedAccount.name}`}>
              {selectedAccount.positions.map((p) => (
                <li key={p.id}>
                  <span className="grow">
                    <span className={`side-${p.side}`}>{p.side}</span> {p.symbol} {f.qty(p.quantity)} @{' '}
                    {f.price(p.entryPrice, p.tickSize)}
                  </span>
                  <Button
                    className="btn-xs"
                    onClick={() => open({ kind: 'position', positionId: p.id, accountId: p.accountId })}
                    aria-label={`Edit ${p.symbol} ${p.side}`}
                  >
                    Edit
                  </Button>
                  <Button
                    className="btn-xs"
                    variant="danger"
                    onClick={() => void deletePosition(p)}
                    aria-label={`Delete ${p.symbol} ${p.side}`}
                  >
                    Delete
                  </Button>
                </li>
              ))}
              {selectedAccount.positions.length === 0 && <li className="muted">No positions yet.</li>}
            </ul>
          </>
        )}
      </aside>
    </section>
  );
}
