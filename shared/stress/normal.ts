/** Standard normal distribution helpers. */

/**
 * Standard normal CDF Φ(x). Uses erfc by W. J. Cody's rational Chebyshev approximation as given
 * in Numerical Recipes (erfcc, fractional error < 1.2e-7 everywhere), which keeps relative
 * accuracy in the far tails where 1 − Φ would cancel.
 */
export function normalCdf(x: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** Complementary error function, |relative error| < 1.2e-7 (Numerical Recipes `erfcc`). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}
