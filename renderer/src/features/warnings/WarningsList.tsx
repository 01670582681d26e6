import type { Book } from '@shared/book/types';
import { SEVERITIES, type Severity } from '@shared/warnings/rules';
import type { Warning } from '@shared/warnings/warning';
import { fmtNum } from '../stress/format';
import './warnings.css';

/** Unit of a rule's value and threshold (shared/warnings/rules.ts: `...Pct` fields are percent). */
const UNIT: Record<string, string> = {
  'stop-in-liq-buffer': ' %',
  'lp-distance': ' %',
  'lp-sigma': ' σ',
  'leverage-cap': '×',
  'notional-share': ' % of equity',
  'loss-to-stop': ' % of equity',
  'portfolio-risk': ' % of equity',
  'concentration-symbol': ' % of equity',
  'concentration-beta': ' % of equity',
  'tier-jump': ' %',
  'stale-tiers': ' days',
  'cross-contagion': ' %',
  weekend: ' %',
};

const TITLE: Record<Severity, string> = { critical: 'Critical', warning: 'Warnings', info: 'Info' };
/** Loudest first. */
const ORDER: Severity[] = [...SEVERITIES].reverse();

/** "value 3.2 % · threshold 5 %", "unbounded (a position has no stop)", or nothing for rules without numbers. */
export function ruleNumbers(w: Warning): string | null {
  const unit = UNIT[w.ruleId] ?? '';
  if (w.value === null && w.threshold === null) return null;
  const value = w.value === null ? 'unbounded' : `${fmtNum(w.value)}${unit}`;
  return w.threshold === null ? `value ${value}` : `value ${value} · threshold ${fmtNum(w.threshold)}${unit}`;
}

/**
 * Warnings grouped by severity (critical, warning, info), each with the rule's numbers and a link
 * to its position. Empty groups are left out; no warnings at all says so calmly.
 */
export function WarningsList(props: {
  warnings: Warning[];
  book: Book;
  onOpenPosition?: (target: { accountId: string; positionId: string }) => void;
  onShowChart?: (symbol: string) => void;
}) {
  const accounts = new Map(props.book.accounts.map((a) => [a.id, a]));
  const positions = new Map(props.book.accounts.flatMap((a) => a.positions.map((p) => [p.id, p] as const)));
  if (props.warnings.length === 0) {
    return (
      <p className="warnings-none" data-testid="warnings-none">
        No warnings: every enabled rule passes.
      </p>
    );
  }
  return (
    <div className="warnings">
      {ORDER.map((severity) => {
        const group = props.warnings.filter((w) => w.severity === severity);
        if (group.length === 0) return null;
        const headingId = `warnings-${severity}`;
        return (
          <section
            key={severity}
            className={`warnings-group ${severity}`}
            aria-labelledby={headingId}
            data-testid={`warnings-${severity}`}
          >
            <h2 id={headingId}>
              {TITLE[severity]} <span className="count">({group.length})</span>
            </h2>
            <ul>
              {group.map((w, i) => {
                const account = accounts.get(w.accountId);
                const position = w.positionId ? positions.get(w.positionId) : undefined;
                const numbers = ruleNumbers(w);
                return (
                  <li
                    key={`${w.ruleId}:${w.accountId}:${w.positionId ?? ''}:${i}`}
                    data-testid="warning"
                    data-rule={w.ruleId}
                    data-position-id={w.positionId}
                  >
                    <span className="rule">{w.ruleId}</span>
                    <span className="where">
                      {account?.name ?? `account ${w.accountId}`}
                      {position && (
                        <>
                          {' '}
                          · {position.symbol} {position.side}
                        </>
                      )}
                    </span>
                    <span className="message">{w.message}</span>
                    {numbers && (
                      <span className="numbers" data-testid="warning-numbers">
                        {numbers}
                      </span>
                    )}
                    {position && props.onOpenPosition && (
                      <button
                        type="button"
                        className="link"
                        onClick={() => props.onOpenPosition!({ accountId: w.accountId, positionId: position.id })}
                      >
                        Open {position.symbol} position
                      </button>
                    )}
                    {position && props.onShowChart && (
                      <button type="button" className="link" onClick={() => props.onShowChart!(position.symbol)}>
                        Chart
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
