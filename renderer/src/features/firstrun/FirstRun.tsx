/** First run (being built): start empty or load the demo book. */
export function FirstRun({ onStartEmpty }: { onStartEmpty: () => void; onLoaded: () => void }) {
  return (
    <section className="first-run">
      <h2>Welcome to Cascade</h2>
      <button type="button" onClick={onStartEmpty}>Start empty</button>
    </section>
  );
}
