import { useState } from 'react';
import type { Book } from '@shared/book/types';
import { survivalPlan, type SurvivalPlan } from '@shared/stress/survive';
import { fmtMove, fmtNum, fmtPrice, fmtUsd } from './format';

const money = (v: number, currency: 'quote' | 'coin') => (currency === 'quote' ? fmtUsd(v) : `${fmtPrice(v)} coin`);
const pct = (f: number | null) => (f === null ? '—' : `${fmtNum(f * 100)} %`);

/**
 * "What it takes to survive" (shared/stress `survivalPlan`) for the slider's move, on demand:
 * a full path check per account is too heavy for every slider event. Shows, for each account that
 * dies, the extra collateral that saves it, or the share of each position to keep; for isolated
 * positions also the highest safe leverage.
 */
export function SurvivalPanel(props: {
  book: Book;
  move: number;
  correlation: number;
  betas?: Record<string, number>;
}) {
  const [plan, setPlan] = useState<SurvivalPlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stale = plan !== null && plan.move !== props.move;
  const run = () => {
    try {
      setPlan(survivalPlan(props.book, { move: props.move, betas: props.betas, stressCorrelation: props.correlation }));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const dying = plan?.accounts.filter((a) => !a.survives) ?? [];
  return (
    <div className="stress-survival" data-testid="survival">
      <button type="button" onClick={run} disabled={props.move === 0}>
        What it takes to survive BTC {fmtMove(props.move)}
      </button>
      {error && (
        <p role="alert" className="danger">
          {error}
        </p>
      )}
      {plan && (
        <div aria-live="polite">
          <p className={stale ? 'muted' : undefined}>
            For BTC {fmtMove(plan.move)}
            {stale && ' (the slider has moved since: run it again)'}:{' '}
            {dying.length === 0 ? 'every account survives as it stands.' : `${dying.length} account(s) die.`}
          </p>
          {dying.length > 0 && (
            <table className="stress-survival-table">
              <thead>
                <tr>
                  <th scope="col">Account</th>
                  <th scope="col" className="num">
                    Add collateral
                  </th>
                  <th scope="col" className="num">
                    or keep
                  </th>
                  <th scope="col">Positions that die (isolated)</th>
                </tr>
              </thead>
              <tbody>
                {dying.map((a) => (
                  <tr key={a.accountId} data-testid="survival-row" data-account-id={a.accountId}>
                    <td>
                      {a.name} <span className="tag">{a.marginMode}</span>
                    </td>
                    <td className="num">{money(a.extraCollateral, a.currency)}</td>
                    <td className="num">
                      {a.marginMode === 'cross' ? `${pct(a.keepFraction)} of each position` : '—'}
                    </td>
                    <td>
                      {a.positions
                        .filter((p) => !p.survives)
                        .map((p) =>
                          a.marginMode === 'cross'
                            ? p.symbol
                            : `${p.symbol} ${p.side}: +${money(p.extraMargin ?? 0, a.currency)} margin, ≤ ${p.maxSafeLeverage === null ? '—' : `${fmtNum(p.maxSafeLeverage)}×`}, or keep ${pct(p.keepFraction)}`,
                        )
                        .join('; ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {plan.skipped.map((s) => (
            <p key={s.accountId} className="muted">
              Account {s.accountId} left out: {s.message}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
