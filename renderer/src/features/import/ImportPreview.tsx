import type { ImportSummary } from '../../api/queries';

/** What the import adds / changes, and every error with its row and column. */
export function ImportPreview({ summary, done }: { summary: ImportSummary; done: boolean }) {
  const verb = done ? '' : 'to be ';
  const overridesSet = (summary.tierOverrides?.added ?? 0) + (summary.tierOverrides?.changed ?? 0);
  return (
    <div className="import-preview">
      {summary.errors.length > 0 ? (
        <div className="error-box" role="alert" aria-label="Import errors">
          <strong>
            {summary.errors.length === 1 ? 'One problem' : `${summary.errors.length} problems`} — nothing will be
            imported until the file is fixed:
          </strong>
          <ul>
            {summary.errors.map((e, i) => (
              <li key={i}>{describeError(e)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p role="status">
          Positions: <b>{summary.added}</b> {verb}added, <b>{summary.changed}</b> {verb}changed,{' '}
          <b>{summary.unchanged}</b> unchanged. Accounts: {summary.accounts.added} {verb}added,{' '}
          {summary.accounts.changed} changed. Prices: {summary.prices.added + summary.prices.changed} {verb}set.
          {overridesSet > 0 && ` Tier overrides: ${overridesSet} ${verb}set.`}
        </p>
      )}
      {summary.items.length > 0 && (
        <table className="simple" aria-label="Positions in the file">
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Symbol</th>
              <th scope="col">Side</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {summary.items.slice(0, 500).map((item, i) => (
              <tr key={i}>
                <td>{item.account}</td>
                <td>{item.symbol}</td>
                <td>{item.side}</td>
                <td className={`status-${item.status}`}>{item.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.items.length > 500 && <p className="muted">…and {summary.items.length - 500} more.</p>}
    </div>
  );
}

/** `row 17, column "leverage": expected …` — the message already names them when main wrote it so. */
export function describeError(e: ImportSummary['errors'][number]): string {
  const where = [e.row !== null ? `row ${e.row}` : null, e.column ? `column "${e.column}"` : null]
    .filter(Boolean)
    .join(', ');
  if (!where || e.message.startsWith(where)) return e.message;
  return `${where}: ${e.message}`;
}
