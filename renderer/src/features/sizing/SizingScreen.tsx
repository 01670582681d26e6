/** Placeholder: the Sizing screen is built by UI-B (renderer/src/features/sizing/). */
export function SizingScreen() {
  return <p className="placeholder">The Sizing screen is coming.</p>;
}
