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
