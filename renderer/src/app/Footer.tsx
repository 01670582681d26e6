import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '../api/cascade';

/** App version, database path and schema version, from `app:info`. */
export function Footer() {
  const api = useApi();
  const info = useQuery({ queryKey: ['app-info'], queryFn: () => unwrap(api.appInfo()) });
  return (
    <footer className="app-footer" aria-label="Application info">
      {info.isPending && <span>Loading…</span>}
      {info.isError && <span role="alert">Cannot read app info: {info.error.message}</span>}
      {info.data && (
        <>
          <span data-testid="app-version">Cascade {info.data.version}</span>
          <span data-testid="db-path" title={info.data.dbPath}>
            DB {info.data.dbPath}
          </span>
          <span data-testid="schema-version">schema v{info.data.schemaVersion}</span>
        </>
      )}
    </footer>
  );
}
