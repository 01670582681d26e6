/** Placeholder: the Stress screen is built by UI-B (renderer/src/features/stress/). */
export function StressScreen() {
  return <p className="placeholder">The Stress screen is coming.</p>;
}
