/**
 * Price rounding. The engine never rounds internally; it rounds only the prices it returns
 * (liquidation and bankruptcy price), only where the venue does, and always in the direction
 * that is conservative for the user: a price at which the position is liquidated when the mark
 * falls (a long) is rounded UP, one at which it is liquidated when the mark rises (a short) is
 * rounded DOWN. The rounded price is therefore never farther from the mark than the exact one.
 */

/** Number of decimals needed to write `step` (e.g. 0.5 → 1, 0.01 → 2, 1e-8 → 8). */
export function stepDecimals(step: number): number {
  if (Number.isInteger(step)) return 0;
  const s = step.toString();
  const e = s.indexOf('e-');
  if (e >= 0) {
    const mant = s.slice(0, e);
    const dot = mant.indexOf('.');
    return Number(s.slice(e + 2)) + (dot >= 0 ? mant.length - dot - 1 : 0);
  }
  return s.length - s.indexOf('.') - 1;
}

/**
 * Rounds `price` to a multiple of `step`, up when `up` is true, down otherwise. Tolerates binary
 * noise (a price that is a multiple of the step up to 1e-9 of a step stays put). Returns the
 * exact price when rounding is impossible (non-positive result, or too many steps for a double).
 */
export function roundToStep(price: number, step: number, up: boolean): number {
  const n = price / step;
  if (!Number.isFinite(n) || n > 1e15) return price;
  const r = up ? Math.ceil(n - 1e-9) : Math.floor(n + 1e-9);
  if (r <= 0) return price;
  const d = Math.min(stepDecimals(step), 20);
  return Number((r * step).toFixed(d));
}

/**
 * Conservative rounding of a liquidation-type price. `liquidatedBelow`: the position is
 * liquidated when the price falls to `price` (round up); otherwise when it rises (round down).
 * `step` undefined → no rounding.
 */
export function roundConservative(price: number, liquidatedBelow: boolean, step: number | undefined): number {
  return step === undefined ? price : roundToStep(price, step, liquidatedBelow);
}
