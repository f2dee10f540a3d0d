import { ZERO, type Dec as D } from "../math/decimal.js";

/**
 * @internal PERCENTILE.INC of ascending sorted values: `h = (n − 1)·p`,
 * `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])`.
 */
export function percentileInc(sorted: readonly D[], p: D): D {
  const h = p.times(sorted.length - 1);
  const i = h.floor().toNumber();
  const lower = sorted[i] ?? ZERO;
  const upper = sorted[Math.min(i + 1, sorted.length - 1)] ?? lower;
  return lower.plus(h.minus(i).times(upper.minus(lower)));
}
