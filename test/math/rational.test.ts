// Exact rationals against decimal.js: every operation on values whose results terminate within 40
// digits gives the same text as decimal.js at 40 digits; comparisons and roundings agree everywhere;
// and where decimal.js must cut a non-terminating result, the rational shows the same 40 digits.
import fc from "fast-check";
import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import { ROUNDING_MODES } from "../../src/concepts/vocabulary.js";
import { Dec } from "../../src/math/decimal.js";
import { rational, divide, showRational, R0 } from "../../src/math/rational.js";
import { roundRational } from "../../src/math/round.js";
import { roundDec } from "../../src/math/roundDec.js";
import { isKinerjaError } from "../../src/errors/kinerjaError.js";
import { X } from "../helpers.js";

// Decimal text with up to 12 integer and 12 fraction digits, sometimes huge (BigInt path).
const digits = (max: number) => fc.stringMatching(new RegExp(`^[0-9]{1,${max}}$`));
const decimalText = fc
  .tuple(fc.boolean(), digits(12), fc.option(digits(12), { nil: undefined }))
  .map(([neg, i, f]) => `${neg ? "-" : ""}${i}${f === undefined ? "" : `.${f}`}`);
const hugeText = fc.tuple(fc.boolean(), digits(30), digits(25)).map(([neg, i, f]) => `${neg ? "-" : ""}${i}.${f}`);
const anyText = fc.oneof({ weight: 4, arbitrary: decimalText }, { weight: 1, arbitrary: hugeText });

const plain = (d: Decimal): string => (d.isZero() ? "0" : d.toFixed());

describe("Rational", () => {
  test("reads decimal text and numbers exactly", () => {
    expect(rational("87.50").toFixed()).toBe("87.5");
    expect(rational("-0.000").toFixed()).toBe("0");
    expect(rational("1e-3").toFixed()).toBe("0.001");
    expect(rational("12E2").toFixed()).toBe("1200");
    expect(rational(0.1).toFixed()).toBe("0.1");
    expect(rational("90.000000000000000001").toFixed()).toBe("90.000000000000000001");
    for (const bad of ["", ".", "1..2", "abc", "1e", "--1"]) expect(() => rational(bad)).toThrow();
    expect(() => rational(Number.NaN)).toThrow();
  });

  test("a division by zero is a KinerjaError with its path", () => {
    try {
      divide(rational(1), R0, ["x"]);
      expect.unreachable();
    } catch (e) {
      expect(isKinerjaError(e) && e.code === "DIVISION_BY_ZERO" && e.issues[0]?.path.join(".") === "x").toBe(true);
    }
  });

  test("non-terminating values show 40 significant digits, half-up", () => {
    expect(rational(2).div(rational(3)).toFixed()).toBe("0.6666666666666666666666666666666666666667");
    expect(rational(1).div(rational(3)).times(rational(3)).toFixed()).toBe("1"); // exact, where 40 digits give 0.999…9
    expect(new Dec(1).div(3).times(3).toFixed()).toBe("0.9999999999999999999999999999999999999999");
  });

  test("plus, minus, times agree with decimal.js (results within 40 digits)", () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const x = rational(a);
        const y = rational(b);
        expect(x.plus(y).toFixed()).toBe(plain(new Dec(a).plus(b)));
        expect(x.minus(y).toFixed()).toBe(plain(new Dec(a).minus(b)));
        expect(x.times(y).toFixed()).toBe(plain(new Dec(a).times(b)));
      }),
      { numRuns: 2000 },
    );
  });

  test("division, comparison and text agree with decimal.js, also on the BigInt path", () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const x = rational(a);
        const y = rational(b);
        expect(x.cmp(y)).toBe(new Decimal(a).cmp(b));
        expect(x.toFixed()).toBe(plain(new Dec(a)));
        if (!y.isZero()) expect(x.div(y).toFixed()).toBe(plain(new Dec(a).div(b)));
        expect(x.floor().toFixed()).toBe(plain(new Dec(a).floor()));
        expect(x.isNegative()).toBe(new Decimal(a).isNegative() && !new Decimal(a).isZero());
        expect(x.isInteger()).toBe(new Decimal(a).isInteger());
      }),
      { numRuns: 2000 },
    );
  });

  test("every rounding mode agrees with the decimal rounding, ties included", () => {
    const tieHeavy = fc.tuple(fc.integer({ min: -100000, max: 100000 }), fc.constantFrom("", "5", "50", "49", "51", "4999", "5001")).map(([i, t]) => `${i}.${t || "0"}`);
    fc.assert(
      fc.property(fc.oneof(tieHeavy, anyText), fc.integer({ min: 0, max: 4 }), fc.constantFrom(...ROUNDING_MODES), (a, places, mode) => {
        const rule = { places, mode };
        expect(showRational(roundRational(rational(a), rule), places)).toBe(new Dec(a).isZero() ? showRational(R0, places) : roundDec(new Dec(a), rule).toFixed(places).replace(/^-(0\.?0*)$/, "$1"));
      }),
      { numRuns: 3000 },
    );
  });

  test("toFixed(places) rounds half-up and pads", () => {
    expect(rational("2.5").toFixed(0)).toBe("3");
    expect(rational("-2.5").toFixed(0)).toBe("-3");
    expect(rational("84.9").toFixed(2)).toBe("84.90");
    expect(rational("-0.001").toFixed(2)).toBe("0.00");
  });
});

// The safe-integer fast paths and the BigInt path must agree: values at and beyond 2^53 − 1, checked
// against decimal.js at 100 digits (X, test/helpers.ts), which is exact for these.
describe("Rational at the edge of the safe integers", () => {
  const MAX = "9007199254740991"; // 2^53 − 1
  const values = [MAX, `-${MAX}`, "9007199254740992", "4503599627370496.5", "0.000000000000001", `${MAX}.5`, "1e-20", "-3", "7", "0.1", "1e25", "-2.5e-7"];
  const pairs = values.flatMap((a) => values.map((b) => [a, b] as const));
  /** decimal.js's value as the project shows it: 40 significant digits half-up (exact when shorter). */
  const exact = (t: string): string => new X(t).toSignificantDigits(40, Decimal.ROUND_HALF_UP).toFixed();

  test("plus, minus, times, div and cmp, small and big operands mixed", () => {
    for (const [a, b] of pairs) {
      const x = rational(a);
      const y = rational(b);
      expect(x.plus(y).toFixed(), `${a} + ${b}`).toBe(exact(new X(a).plus(b).toFixed()));
      expect(x.minus(y).toFixed(), `${a} − ${b}`).toBe(exact(new X(a).minus(b).toFixed()));
      expect(x.times(y).toFixed(), `${a} × ${b}`).toBe(exact(new X(a).times(b).toFixed()));
      expect(x.div(y).toFixed(), `${a} ÷ ${b}`).toBe(exact(new X(a).div(b).toFixed()));
      const c = new X(a).cmp(b);
      expect([x.cmp(y), x.comparedTo(y), x.eq(y), x.lt(y), x.lte(y), x.gt(y), x.gte(y)], `${a} vs ${b}`).toEqual([c, c, c === 0, c < 0, c <= 0, c > 0, c >= 0]);
    }
  });

  test("sums and products that leave the safe integers come back when they fit again", () => {
    const big = rational(MAX).plus(rational(MAX));
    expect(big.toFixed()).toBe("18014398509481982");
    expect(big.big).not.toBeNull();
    const back = big.minus(rational(MAX));
    expect(back.toFixed()).toBe(MAX);
    expect(back.big).toBeNull();
    // Same denominator, sum beyond 2^53: 9007199254740991/2 + 3/2 = 4503599627370497.
    expect(rational(`${MAX}`).div(2).plus(rational("1.5")).toFixed()).toBe("4503599627370497");
    expect(rational(MAX).times(rational(MAX)).toFixed()).toBe("81129638414606663681390495662081");
    expect(rational(MAX).times(0).toFixed()).toBe("0");
    expect(rational(0).times(rational(MAX).times(MAX)).isZero()).toBe(true);
  });

  test("sign, size and wholeness on both paths", () => {
    for (const t of [...values, "0", "-0.5", `-${MAX}${MAX}.25`, `${MAX}${MAX}`]) {
      const x = rational(t);
      const d = new X(t);
      expect(x.neg().toFixed(), `−${t}`).toBe(d.isZero() ? "0" : exact(d.neg().toFixed()));
      expect(x.abs().toFixed(), `|${t}|`).toBe(exact(d.abs().toFixed()));
      expect(x.isNegative(), t).toBe(d.isNegative() && !d.isZero());
      expect(x.isZero(), t).toBe(d.isZero());
      expect(x.isInteger(), t).toBe(d.isInteger());
      expect(x.floor().toFixed(), `⌊${t}⌋`).toBe(exact(d.floor().toFixed()));
      expect(x.toString()).toBe(x.toFixed());
      expect(x.toNumber(), t).toBe(Number(t));
    }
    expect(rational(0).neg()).toBe(rational(0));
  });

  test("numbers are read through their shortest text; exponents far out are refused", () => {
    // 2^60 = 1152921504606846976, whose shortest text is 1152921504606847000 (as decimal.js reads it too).
    expect(rational(2 ** 60).toFixed()).toBe(new X(2 ** 60).toFixed());
    expect(rational(2 ** 60).toFixed()).toBe("1152921504606847000");
    expect(rational(-(2 ** 60)).toFixed()).toBe("-1152921504606847000");
    expect(rational(0.1 + 0.2).toFixed()).toBe("0.30000000000000004");
    expect(rational(-0).toFixed()).toBe("0");
    expect(rational(1e-7).toFixed()).toBe("0.0000001");
    expect(() => rational(Number.POSITIVE_INFINITY)).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    expect(rational("1e100000").toFixed(0).length).toBe(100_001);
    expect(() => rational("1e100001")).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    expect(() => rational("1e-100001")).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    expect(rational("+5").toFixed()).toBe("5");
    expect(rational(".5").toFixed()).toBe("0.5");
    expect(rational("5.").toFixed()).toBe("5");
    expect(rational("-000.000").toFixed()).toBe("0");
    expect(rational("123456789012345").toFixed()).toBe("123456789012345");
    expect(rational("1234567890123456").toFixed()).toBe("1234567890123456");
    expect(rational("-0.12345678901234").toFixed()).toBe("-0.12345678901234");
    expect(rational("100").toFixed()).toBe("100");
    expect(rational("101").toFixed()).toBe("101");
    expect(rational("-100").toFixed()).toBe("-100");
    expect(rational("12e-2").toFixed()).toBe("0.12");
    expect(rational("1.5e20").toFixed()).toBe("150000000000000000000");
  });

  test("texts: 40 significant digits half-up, exact when shorter, fixed places half-up with padding", () => {
    expect(rational(1).div(7).toFixed()).toBe(new X(1).div(7).toSignificantDigits(40, Decimal.ROUND_HALF_UP).toFixed());
    expect(rational(-2).div(3).toFixed()).toBe("-0.6666666666666666666666666666666666666667");
    expect(rational(`1${"0".repeat(45)}`).div(3).toFixed()).toBe(new X(`1${"0".repeat(45)}`).div(3).toSignificantDigits(40, Decimal.ROUND_HALF_UP).toFixed());
    expect(rational(`1${"0".repeat(45)}`).toFixed()).toBe(`1${"0".repeat(45)}`);
    expect(rational("0.00000000000000000000000000000000000000000000012345").toFixed()).toBe("0.00000000000000000000000000000000000000000000012345");
    expect(rational(1).div(3).toFixed(3)).toBe("0.333");
    expect(rational(2).div(3).toFixed(3)).toBe("0.667");
    expect(rational("0.5").toFixed(0)).toBe("1");
    expect(rational("0.49").toFixed(0)).toBe("0");
    expect(rational("123.4").toFixed(0)).toBe("123");
    expect(rational("-0.5").toFixed(0)).toBe("-1");
    expect(showRational(rational(0), 3)).toBe("0.000");
    expect(showRational(rational(0), 0)).toBe("0");
    expect(showRational(rational(0))).toBe("0");
    expect(showRational(rational("2.5"), 2)).toBe("2.50");
  });
});

describe("Rational: values the double arithmetic of the fast paths would get wrong", () => {
  const MAX = 9007199254740991; // 2^53 − 1
  test("cross products beyond 2^53 that a double cannot tell apart still compare exactly", () => {
    // (2^53 − 1)/(2^53 − 2) vs (2^53 − 2)/(2^53 − 3): the cross products differ by 1 near 8.1e31.
    const x = rational(MAX).div(MAX - 1);
    const y = rational(MAX - 1).div(MAX - 2);
    expect([x.cmp(y), y.cmp(x), x.cmp(x)]).toEqual([new X(MAX).div(MAX - 1).cmp(new X(MAX - 1).div(MAX - 2)), 1, 0]);
    expect(x.minus(y).toFixed()).toBe(new X(MAX).div(MAX - 1).minus(new X(MAX - 1).div(MAX - 2)).toSignificantDigits(40, Decimal.ROUND_HALF_UP).toFixed());
    expect(x.plus(y).times(x).div(y).toFixed()).toBe(new X(MAX).div(MAX - 1).plus(new X(MAX - 1).div(MAX - 2)).times(new X(MAX).div(MAX - 1)).div(new X(MAX - 1).div(MAX - 2)).toSignificantDigits(40, Decimal.ROUND_HALF_UP).toFixed());
  });
  test("a sum over a shared denominator beyond 2^53 (an odd numerator a double would round)", () => {
    // MAX ≡ 3 and MAX − 1 ≡ 2 (mod 7): both sevenths are in lowest terms; the numerator sum 2^54 − 3 is odd.
    expect(rational(MAX).div(7).plus(rational(MAX - 1).div(7)).toFixed()).toBe(new X(MAX).plus(MAX - 1).div(7).toSignificantDigits(40, Decimal.ROUND_HALF_UP).toFixed());
    expect(rational(MAX).div(7).minus(rational(-(MAX - 1)).div(7)).times(7).toFixed()).toBe("18014398509481981");
  });
  test("values at ±(2^53 − 1) and over 2^53 − 1 are held in safe integers; one past, in BigInts", () => {
    expect(rational(`${MAX}`).big).toBeNull();
    expect(rational(`-${MAX}`).times(1).big).toBeNull();
    expect(rational(1).div(MAX).big).toBeNull();
    expect(rational(-1).div(MAX).plus(0).big).toBeNull();
    expect(rational(`${MAX}`).plus(1).big).not.toBeNull();
    expect(rational(`-${MAX}`).minus(1).big).not.toBeNull();
    expect(rational(1).div(MAX).div(2).big).not.toBeNull();
    // Back from BigInts when the result fits again, both signs.
    expect(rational(`-${MAX}`).minus(1).plus(1).big).toBeNull();
    expect(rational(1).div(MAX).div(2).times(2).big).toBeNull();
  });
  test("the arithmetic methods take numbers and decimal text as well as rationals", () => {
    const x = rational("1.5");
    expect([x.plus(2), x.minus("0.5"), x.times(4), x.div("0.25")].map((v) => v.toFixed())).toEqual(["3.5", "1", "6", "6"]);
    expect([x.cmp(2), x.cmp("1.50"), x.gt(1), x.lt("1.25"), x.eq(1.5)]).toEqual([-1, 0, true, false, true]);
  });
  test("dividing by zero directly is DIVISION_BY_ZERO naming the dividend; by a negative BigInt flips the sign", () => {
    try {
      rational("2.5").div(0);
      expect.unreachable();
    } catch (e) {
      expect(isKinerjaError(e) && [e.code, e.message.includes("a formula would divide by zero"), e.issues[0]?.code, e.issues[0]?.at, e.issues[0]?.message]).toEqual(["DIVISION_BY_ZERO", true, "division_by_zero", "", "cannot divide 2.5 by zero"]);
    }
    try {
      divide(rational(3), R0, ["a", 1]);
      expect.unreachable();
    } catch (e) {
      expect(isKinerjaError(e) && [e.code, e.message.includes("a formula would divide by zero"), e.issues[0]?.code, e.issues[0]?.at, e.issues[0]?.message]).toEqual(["DIVISION_BY_ZERO", true, "division_by_zero", "a[1]", "cannot divide 3 by zero"]);
    }
    try {
      divide(rational(3), R0);
      expect.unreachable();
    } catch (e) {
      expect(isKinerjaError(e) && e.issues[0]?.at).toBe("");
    }
    expect(rational(6).div(rational("-3e20")).toFixed()).toBe("-0.00000000000000000002");
    expect(rational(-6).div(rational("3e20")).toFixed()).toBe("-0.00000000000000000002");
    expect(rational(-6).div(rational("-3e20")).toFixed()).toBe("0.00000000000000000002");
  });
  test("text that is not a number is INVALID_INPUT (not some other error) naming the text, cut to 40 characters", () => {
    for (const bad of ["abc", "-", "", "1e", "12345678901234567x", `${"9".repeat(50)}z`]) {
      try {
        rational(bad);
        expect.unreachable();
      } catch (e) {
        expect(isKinerjaError(e) && [e.code, e.message.includes("not a decimal number"), e.issues.length, e.issues[0]?.code, e.issues[0]?.message]).toEqual(["INVALID_INPUT", true, 1, "invalid_decimal", `'${bad.slice(0, 40)}' is not a decimal number`]);
      }
    }
    expect(rational("9999999999999999").toFixed()).toBe("9999999999999999");
    expect(rational("-9999999999999999").toFixed()).toBe("-9999999999999999");
    expect(rational("0.9999999999999999").toFixed()).toBe("0.9999999999999999");
    expect(rational("99999999999999.99").toFixed()).toBe("99999999999999.99");
    expect(rational("1e-16").toFixed()).toBe("0.0000000000000001");
    expect(rational("123456789012345e-15").toFixed()).toBe("0.123456789012345");
  });
});
