/** Number formatting for warning messages (plain language, stable across locales). */

/** A price or amount with thousands separators and up to `digits` decimals. */
export function num(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const d = abs >= 1000 ? Math.min(digits, 2) : abs >= 1 ? digits : Math.max(digits, 6);
  return n.toLocaleString('en-US', { maximumFractionDigits: d });
}

/** A percent value (already × 100) with up to 2 decimals, e.g. `4.37 %`. */
export function pct(n: number): string {
  return `${num(n, 2)} %`;
}
