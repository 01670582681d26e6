/**
 * How a BTC move reaches every other price: in log space. At a BTC return `m` a position whose
 * beta to BTC is β is priced at
 *
 *     price = mark · (1 + m)^β
 *
 * so ln(price / mark) = β · ln(1 + m): the beta scales log returns, which is how betas are
 * estimated (betas.ts `estimateBetas` regresses log returns) and how the crash presets imply them.
 * No price reaches 0 for any move above −100 % whatever the beta (a linear `1 + β·m` prices a
 * β 2.1 coin at 0 on a BTC fall of −48 %), and a β of 1 (every BTC contract) moves exactly with
 * BTC. At BTC −100 % itself BTC is priced at {@link MIN_BTC_FACTOR} of its mark, so inverse
 * contracts (valued at 1 / price) stay finite.
 */

/** The smallest `1 + m` used: BTC at −100 % (or below) is priced at this fraction of its mark. */
export const MIN_BTC_FACTOR = 1e-12;

/** Price factor `(1 + m)^β` of a BTC move (see the module comment); always > 0. */
export function shockFactor(beta: number, move: number): number {
  const x = 1 + move > MIN_BTC_FACTOR ? 1 + move : MIN_BTC_FACTOR;
  if (beta === 1) return x;
  if (beta === 0) return 1;
  return Math.exp(beta * Math.log(x));
}

/** Price of a position at BTC move `m`: `mark · (1 + m)^β`. */
export function shockedPrice(mark: number, beta: number, move: number): number {
  return mark * shockFactor(beta, move);
}

/**
 * The BTC move at which a position marked at `mark` with beta β reaches `price`:
 * `(price / mark)^(1/β) − 1`. Null when no move gets there (β = 0 and price ≠ mark, or price ≤ 0
 * with β > 0 reached only at −100 %: returns −1 then).
 */
export function moveToPrice(mark: number, beta: number, price: number): number | null {
  if (beta === 0) return price === mark ? 0 : null;
  if (!(price > 0)) return beta > 0 ? -1 : null;
  if (beta === 1) return price / mark - 1;
  return Math.exp(Math.log(price / mark) / beta) - 1;
}

/**
 * The beta implied by an asset's move beside BTC's over the same window, in log space:
 * ln(1 + assetMove) / ln(1 + btcMove). Replaying BTC's move with it gives the asset's move exactly.
 */
export function impliedBeta(assetMove: number, btcMove: number): number {
  return Math.log1p(assetMove) / Math.log1p(btcMove);
}

/**
 * How far a BTC move is from today in log terms, |ln(1 + m)|, so that −50 % and +100 % count as
 * equally far. Infinity at −100 %.
 */
export function logDistance(move: number): number {
  return 1 + move > 0 ? Math.abs(Math.log1p(move)) : Infinity;
}
