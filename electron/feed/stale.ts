/**
 * Which prices are stale: a symbol followed by a live feed with no update for `staleAfterMs`
 * (or none since the feed started) is stale. The UI greys it out and alerts say so.
 */
export function staleSymbols(
  followed: readonly string[],
  lastUpdate: ReadonlyMap<string, number>,
  now: number,
  staleAfterMs: number,
  startedAt: number,
): string[] {
  return followed.filter((symbol) => now - (lastUpdate.get(symbol) ?? startedAt) > staleAfterMs);
}
