/** The Settings screen (being built). */
export function SettingsScreen() {
  return <p className="placeholder">The Settings screen is coming.</p>;
}
