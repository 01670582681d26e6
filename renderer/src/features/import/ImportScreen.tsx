/** The Import screen (being built). */
export function ImportScreen() {
  return <p className="placeholder">The Import screen is coming.</p>;
}
