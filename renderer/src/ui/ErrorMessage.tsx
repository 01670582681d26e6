/** A readable error box for a failed query or mutation (role=alert so it is announced). */
export function ErrorMessage({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="error-box" role="alert">
      {title && <strong>{title}: </strong>}
      {message}
    </div>
  );
}
