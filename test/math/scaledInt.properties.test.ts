import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, show } from "../../src/math/decimal.js";
import { SIGNIFICANT_DIGITS, divideSignificant, formatScaled, parseScaled, roundSignificant, toCommonScale } from "../../src/math/scaledInt.js";
import { largestRemainder } from "../../src/rating/largestRemainder.js";

// The oracle is decimal.js in kinerja's decimal context (40 significant digits, ROUND_HALF_UP), which
// the scaled-integer helpers must reproduce digit for digit.

/** Plain decimal text: up to 30 integer digits and 30 decimals, either sign. */
const plainArb = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 30 }))
  .map(([negative, digits, scale]) => show(new Dec(`${negative ? "-" : ""}${digits}e-${scale}`)));
const bigArb = fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n });

describe("scaledInt", () => {
  it("has the precision of the decimal context", () => {
    expect(SIGNIFICANT_DIGITS).toBe(Dec.precision);
  });

  it("formats worked examples as decimal text (no exponent, no trailing zeros, no -0)", () => {
    expect(formatScaled(12345n, 2)).toBe("123.45");
    expect(formatScaled(-5n, 3)).toBe("-0.005");
    expect(formatScaled(1200n, 2)).toBe("12");
    expect(formatScaled(12n, -3)).toBe("12000");
    expect(formatScaled(0n, 7)).toBe("0");
    expect(parseScaled("-0.050")).toEqual({ value: -50n, scale: 3 });
    expect(() => parseScaled("1e5")).toThrow(RangeError);
  });

  it("rounds a quotient to 40 significant digits, ties away from zero: 2/3 and 1/8 by hand", () => {
    expect(divideSignificant(2n, 3n)).toBe(`0.${"6".repeat(39)}7`);
    expect(divideSignificant(1n, 8n)).toBe("0.125");
    expect(divideSignificant(1n, 8n, 2)).toBe("0.13"); // 0.125 → tie → away from zero
    expect(divideSignificant(-1n, 8n, 2)).toBe("-0.13");
    expect(() => divideSignificant(1n, 0n)).toThrow(RangeError);
  });

  fcTest.prop([plainArb])("parseScaled and formatScaled read and write decimal text unchanged", (text) => {
    const x = parseScaled(text);
    expect(formatScaled(x.value, x.scale)).toBe(text);
  });

  fcTest.prop([fc.array(plainArb, { minLength: 1, maxLength: 5 })])("toCommonScale keeps every value", (texts) => {
    const { values, scale } = toCommonScale(texts.map(parseScaled));
    values.forEach((v, i) => expect(formatScaled(v, scale)).toBe(texts[i]));
  });

  fcTest.prop([bigArb, bigArb.filter((b) => b !== 0n)])("divideSignificant(a, b) is decimal.js's a / b", (a, b) => {
    expect(divideSignificant(a, b)).toBe(show(new Dec(a.toString()).div(new Dec(b.toString()))));
  });

  fcTest.prop([plainArb, fc.integer({ min: 1, max: 40 })])("roundSignificant is decimal.js's toSignificantDigits (ROUND_HALF_UP)", (text, digits) => {
    const r = roundSignificant(parseScaled(text), digits);
    expect(formatScaled(r.value, r.scale)).toBe(show(new Dec(text).toSignificantDigits(digits, Dec.ROUND_HALF_UP)));
  });
});

describe("largestRemainder on scaled integers", () => {
  /** Non-negative shares with up to 45 digits, so that sums and quotas exceed 40 significant digits. */
  const shareArb = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 30 }))
    .map(([whole, fraction, places]) => show(new Dec(`${whole}.${fraction.toString().padStart(30, "0").slice(0, places) || "0"}`)));
  const sharesArb = fc.array(shareArb, { minLength: 1, maxLength: 12 }).filter((xs) => xs.some((x) => x !== "0"));

  fcTest.prop([fc.integer({ min: 0, max: 1_000_000_000 }), sharesArb])("its trace shows the sum, quotas and remainders decimal.js computes", (total, shares) => {
    const { trace } = largestRemainder({ total, shares });
    // decimal.js on the same integers: each share × 10^scale, quota = total × share / Σ shares.
    const { values } = toCommonScale(shares.map(parseScaled));
    const bigTotal = BigInt(total);
    const sumInt = values.reduce((a, b) => a + b, 0n);
    const sum = new Dec(sumInt.toString());
    const quotas = values.map((v) => new Dec((bigTotal * v).toString()).div(sum));
    // The remainder's numerator is exact integer arithmetic (total × share mod Σ shares); decimal.js divides.
    const rests = values.map((v) => new Dec(((bigTotal * v) % sumInt).toString()).div(sum));
    expect(trace.sum).toBe(show(shares.reduce((a, s) => a.plus(s), new Dec(0))));
    expect(trace.quotas).toEqual(quotas.map((q) => show(q)));
    expect(trace.remainders).toEqual(rests.map((r) => show(r)));
  });
});
