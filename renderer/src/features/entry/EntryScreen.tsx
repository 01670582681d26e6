/** The Entry screen (being built). */
export function EntryScreen() {
  return <p className="placeholder">The Entry screen is coming.</p>;
}
