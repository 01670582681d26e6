/** The Book screen (being built). */
export function BookScreen() {
  return <p className="placeholder">The Book screen is coming.</p>;
}
