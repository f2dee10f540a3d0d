/**
 * Square roots on exact rationals (the 360° agreement figures): integer arithmetic
 * on BigInt, so the standard deviations need no decimal library.
 * @internal
 * @module
 */
import { divide, rational, showRational, type Rational } from "./rational.js";

/** `⌊√n⌋` of a non-negative BigInt (Newton's method from above; exact). @internal */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // A first guess ≥ √n: 2^⌈bits/2⌉.
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * A square root to 40 significant digits, rounded half-up (the one irrational step of the 360° figures).
 * The value is first taken at its text (40 significant digits, as every figure is shown), then the root
 * is computed on integers: `r = ⌊√(x · 10^(2s))⌋` with `s` chosen so that `r` has 40 digits, and `r + 1`
 * when `√(x · 10^(2s)) ≥ r + ½`, i.e. `4 · x · 10^(2s) ≥ (2r + 1)²`. Plain text, trailing zeros removed.
 * (Kept here: the rational module has no square root.) @internal
 */
export function sqrtText(x: Rational): string {
  const v = rational(x.toFixed());
  if (v.isZero()) return "0";
  const { n, d } = v.big ?? { n: BigInt(v.n), d: BigInt(v.d) };
  // Digits of the integer part of √(n/d), roughly: half those of n/d. Then correct s until r has 40 digits.
  let s = 39 - Math.floor((n.toString().length - d.toString().length) / 2);
  for (;;) {
    const num = s >= 0 ? n * 10n ** BigInt(2 * s) : n;
    const den = s >= 0 ? d : d * 10n ** BigInt(-2 * s);
    const r = isqrt(num / den);
    const digits = r.toString().length;
    if (digits !== 40) {
      s += 40 - digits;
      continue;
    }
    const up = 4n * num >= (2n * r + 1n) ** 2n * den;
    const q = up ? r + 1n : r;
    return showRational(s >= 0 ? divide(rational(q.toString()), rational(`1e${s}`)) : rational(`${q}e${-s}`));
  }
}
