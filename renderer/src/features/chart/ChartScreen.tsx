/** Placeholder: the Chart screen is built by UI-B (renderer/src/features/chart/). */
export function ChartScreen() {
  return <p className="placeholder">The Chart screen is coming.</p>;
}
