/** Placeholder: the Warnings screen is built by UI-B (renderer/src/features/warnings/). */
export function WarningsScreen() {
  return <p className="placeholder">The Warnings screen is coming.</p>;
}
