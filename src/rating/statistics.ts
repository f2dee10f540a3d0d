import { ZERO, type Dec as D } from "../math/decimal.js";

/**
 * @internal PERCENTILE.INC of `n` ascending sorted values read through `at(k)` (0-based):
 * `h = (n − 1)·p`, `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])`.
 */
export function percentileIncAt(n: number, at: (k: number) => D, p: D): D {
  const h = p.times(n - 1);
  const i = h.floor().toNumber();
  const lower = at(i);
  const upper = at(Math.min(i + 1, n - 1));
  return lower.plus(h.minus(i).times(upper.minus(lower)));
}

/** @internal PERCENTILE.INC of ascending sorted values (see {@link percentileIncAt}). */
export function percentileInc(sorted: readonly D[], p: D): D {
  return percentileIncAt(sorted.length, (k) => sorted[k] ?? sorted[sorted.length - 1] ?? ZERO, p);
}
