// The square root of the 360° statistics (src/math/sqrt.ts) gives the digits decimal.js gave
// before it: the oracle below is decimal.js's own square root in the private 40-digit half-up context
// (correctly rounded), taken of the value's 40-digit text, as agreement computed it until now.
import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreement } from "../../src/feedback/agreement.js";
import { isqrt, sqrtText } from "../../src/math/sqrt.js";
import { Dec } from "../../src/math/decimal.js";
import { rational, type Rational } from "../../src/math/rational.js";

/** The former sqrtText of agreement.ts, on decimal.js. */
const decimalSqrt = (x: Rational): string => {
  const r = new Dec(x.toFixed()).sqrt();
  return r.isZero() ? "0" : r.toFixed();
};

const big = fc.bigInt({ min: 1n, max: 10n ** 60n });
/** Positive rationals of every shape: integers, terminating and repeating decimals, tiny and huge. */
const positive: fc.Arbitrary<Rational> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 1000 })).map(([n, d]) => rational(n).div(d)),
  fc.tuple(big, big).map(([n, d]) => rational(n.toString()).div(rational(d.toString()))),
  fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: -40, max: 40 })).map(([m, e]) => rational(`${m}e${e}`)),
  // Perfect squares and their neighbours (exact roots, and roots just off them).
  fc.tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 12 }), fc.constantFrom(-1, 0, 1)).map(([k, p, off]) =>
    rational(k).times(k).plus(off).div(rational(`1e${2 * p}`)),
  ),
  // The shapes agreement takes roots of: n·Σx² − (Σx)² over n² and n(n − 1).
  fc.tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 2, max: 500 }), fc.boolean()).map(([nss, n, sample]) => rational(nss).div(sample ? n * (n - 1) : n * n)),
);

describe("isqrt", () => {
  fcTest.prop([fc.bigInt({ min: 0n, max: 10n ** 90n })], { numRuns: 2000 })("is the floor of the square root: r² ≤ n < (r + 1)²", (n) => {
    const r = isqrt(n);
    expect(r * r <= n).toBe(true);
    expect((r + 1n) * (r + 1n) > n).toBe(true);
  });

  it("small cases", () => {
    expect([0n, 1n, 2n, 3n, 4n, 8n, 9n, 15n, 16n, 17n].map(isqrt)).toEqual([0n, 1n, 1n, 1n, 2n, 2n, 3n, 3n, 4n, 4n]);
  });
});

describe("sqrtText", () => {
  fcTest.prop([positive], { numRuns: 5000 })("gives the digits of decimal.js's square root (40 significant, half-up)", (x) => {
    expect(sqrtText(x)).toBe(decimalSqrt(x));
  });

  it("exact roots have no trailing zeros, and zero is 0", () => {
    expect(sqrtText(rational(0))).toBe("0");
    expect(sqrtText(rational("0.25"))).toBe("0.5");
    expect(sqrtText(rational("1e40"))).toBe("100000000000000000000");
    expect(sqrtText(rational("1.44e-20"))).toBe("0.00000000012");
  });

  it("√2 to 40 digits (OEIS A002193: 1.414213562373095048801688724209698078569|67…: the 41st digit 6 rounds …69 up to …70, and the trailing 0 goes)", () => {
    expect(sqrtText(rational(2))).toBe("1.41421356237309504880168872420969807857");
  });
});

describe("agreement's standard deviations", () => {
  fcTest.prop([fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 40 })])("each SD is decimal.js's root of its variance", (values) => {
    const c = agreement({ ratings: values.map((value, i) => ({ rater: `r${i}`, competency: "c", value })) }).competencies[0];
    if (c?.sampleVariance == null || c.sampleSd === null) throw new Error("no statistics");
    expect(c.sampleSd).toBe(decimalSqrt(rational(c.sampleVariance)));
    // Population variance Σ(x − S/n)² / n = Σ(n·x − S)² / n³, in integers.
    const n = values.length;
    const sum = values.reduce((a, b) => a + b, 0);
    const squares = values.reduce((a, x) => a + (n * x - sum) ** 2, 0);
    expect(c.populationSd).toBe(decimalSqrt(rational(squares).div(n * n * n)));
  });
});
