import type { KeyboardEvent } from 'react';
import type { BookAccount } from '@shared/book/types';
import type { AccountRiskResult } from '../../api/queries';
import { useFormat } from '../../ui/FormatContext';

/** Wallet currency of an account: coin for inverse (coin-margined) accounts, quote otherwise. */
export function walletUnit(account: BookAccount): string {
  const p = account.positions[0];
  if (p?.contract === 'inverse') return p.symbol.replace(/(USD|USDT|USDC)(_?PERP)?$/i, '') || 'coin';
  return 'USD';
}

/**
 * One card per account: equity, maintenance margin and margin ratio from the engine. Clicking a
 * card filters the table to that account (the cards form a radio group with "All").
 */
export function AccountTotals({
  accounts,
  risk,
  selected,
  onSelect,
}: {
  accounts: readonly BookAccount[];
  risk: Map<string, AccountRiskResult> | undefined;
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const f = useFormat();
  // Radio-group keyboard pattern: one stop in the Tab order, arrows move the selection.
  const ids: (string | null)[] = [null, ...accounts.map((a) => a.id)];
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step =
      e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = ids[(ids.indexOf(selected) + step + ids.length) % ids.length];
    onSelect(next);
    e.currentTarget.querySelector<HTMLElement>(`[data-account-id="${next ?? ''}"]`)?.focus();
  };
  return (
    <div className="account-totals" role="radiogroup" aria-label="Filter by account" onKeyDown={onKeyDown}>
      <button
        type="button"
        role="radio"
        aria-checked={selected === null}
        tabIndex={selected === null ? 0 : -1}
        data-account-id=""
        className="account-card account-card-all"
        onClick={() => onSelect(null)}
      >
        <span className="account-name">All accounts</span>
        <span className="account-meta">{accounts.reduce((n, a) => n + a.positions.length, 0)} positions</span>
      </button>
      {accounts.map((a) => {
        const r = risk?.get(a.id);
        const inverse = a.positions[0]?.contract === 'inverse';
        const d = inverse ? 6 : 2;
        const ratio = r?.risk?.marginRatio;
        const level = r?.error
          ? 'error'
          : ratio === undefined
            ? 'calm'
            : ratio >= 1
              ? 'liquidated'
              : ratio >= 0.5
                ? 'danger'
                : ratio >= 0.3
                  ? 'warn'
                  : 'calm';
        return (
          <button
            key={a.id}
            type="button"
            role="radio"
            aria-checked={selected === a.id}
            tabIndex={selected === a.id ? 0 : -1}
            className={`account-card level-${level}`}
            onClick={() => onSelect(selected === a.id ? null : a.id)}
            data-account-id={a.id}
          >
            <span className="account-name">
              {a.name}{' '}
              <span className="account-meta">
                {a.venue} · {a.marginMode}
              </span>
            </span>
            {r?.error ? (
              <span className="account-error">{r.error}</span>
            ) : (
              <span className="account-figures">
                <span>
                  Equity <b>{f.money(r?.risk?.equity, d)}</b> {walletUnit(a)}
                </span>
                <span>
                  Maint. <b>{f.money(r?.risk?.maintenanceMargin, d)}</b>
                </span>
                <span>
                  Margin ratio <b>{ratio === Number.POSITIVE_INFINITY ? '∞' : f.pct(ratio, 1)}</b>
                </span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
