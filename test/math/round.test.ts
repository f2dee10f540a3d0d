// The rounding of the two number types, each against decimal.js's own rounding (`toDecimalPlaces` with
// the rounding constant of each mode, test/helpers.ts MODES), which shares no code with src/math:
// `roundDec` (decimal.js values, the modules still on decimals), `roundRational` on values that need the
// BigInt path (more than 15 places, numerators beyond 2^53), and `roundText`'s checks of its input.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ROUNDING_MODES, type RoundingMode } from "../../src/concepts/vocabulary.js";
import { Dec } from "../../src/math/decimal.js";
import { rational, showRational } from "../../src/math/rational.js";
import { roundRational, roundText } from "../../src/math/round.js";
import { roundDec } from "../../src/math/roundDec.js";
import { MODES, X, expectError } from "../helpers.js";

/** decimal.js's rounding of `text` to `places` in `mode`, as plain text with exactly `places` decimals and no negative zero. */
const reference = (text: string, places: number, mode: RoundingMode): string => {
  const r = new X(text).toDecimalPlaces(places, MODES[mode]);
  return (r.isZero() ? new X(0) : r).toFixed(places);
};

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
/** Decimal text with a tail that is often a tie (…5, …50) at some place. */
const text = fc
  .tuple(fc.boolean(), digits(1, 22), digits(0, 24), fc.constantFrom("", "5", "50", "49", "51"))
  .map(([neg, i, f, tail]) => `${neg ? "-" : ""}${i}${f + tail === "" ? "" : `.${f}${tail}`}`);

describe("roundDec", () => {
  test("agrees with decimal.js's own rounding in every mode, 0–25 places (beyond the table of powers too)", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 25 }), fc.constantFrom(...ROUNDING_MODES), (a, places, mode) => {
        const got = roundDec(new Dec(a), { places, mode });
        expect(new X(got.toFixed()).toFixed(places).replace(/^-(0\.?0*)$/, "$1")).toBe(reference(a, places, mode));
      }),
      { numRuns: 3000 },
    );
  });
  test("a value already on the grid is returned as it is", () => {
    const v = new Dec("-12.5");
    expect(roundDec(v, { places: 1, mode: "up" })).toBe(v);
  });
  test("the mode table at a tie, each direction: 2.5 and −2.5 to whole units", () => {
    const at = (v: string) => ROUNDING_MODES.map((mode) => roundDec(new Dec(v), { places: 0, mode }).toFixed());
    // ROUNDING_MODES order: halfUp, halfEven, halfDown, down, up, floor, ceil (vocabulary.ts); values from IEEE 754 / decimal.js rounding definitions.
    expect(Object.fromEntries(ROUNDING_MODES.map((m, i) => [m, at("2.5")[i]]))).toEqual({ halfUp: "3", halfEven: "2", halfDown: "2", down: "2", up: "3", floor: "2", ceil: "3" });
    expect(Object.fromEntries(ROUNDING_MODES.map((m, i) => [m, at("-2.5")[i]]))).toEqual({ halfUp: "-3", halfEven: "-2", halfDown: "-2", down: "-2", up: "-3", floor: "-3", ceil: "-2" });
    expect(Object.fromEntries(ROUNDING_MODES.map((m, i) => [m, at("3.5")[i]]))).toEqual({ halfUp: "4", halfEven: "4", halfDown: "3", down: "3", up: "4", floor: "3", ceil: "4" });
  });
});

describe("roundRational on the BigInt path", () => {
  test("agrees with decimal.js for 0–20 places and numerators beyond 2^53", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 20 }), fc.constantFrom(...ROUNDING_MODES), (a, places, mode) => {
        expect(showRational(roundRational(rational(a), { places, mode }), places)).toBe(reference(a, places, mode));
      }),
      { numRuns: 3000 },
    );
  });
  test("half-even on a quotient beyond 2^53 looks at the parity of the BigInt floor", () => {
    // 12345678901234567.5 → 12345678901234568 (odd floor goes up); …568.5 stays at …568 (even floor).
    for (const [v, want] of [["12345678901234567.5", "12345678901234568"], ["12345678901234568.5", "12345678901234568"], ["-12345678901234567.5", "-12345678901234568"], ["0.00000000000000000125", "0.0000000000000000012"]] as const) {
      const places = want.includes(".") ? want.split(".")[1]?.length ?? 0 : 0;
      expect(showRational(roundRational(rational(v), { places, mode: "halfEven" }), places), v).toBe(reference(v, places, "halfEven"));
      expect(reference(v, places, "halfEven")).toBe(want);
    }
  });
  test("non-terminating values (thirds, sevenths) round by their exact value, also past 15 places", () => {
    for (const [n, d] of [[1, 3], [2, 3], [-2, 3], [5, 7], [-1, 7], [123456789012, 7]] as const) {
      const v = rational(n).div(rational(d));
      for (const places of [0, 2, 15, 16, 20]) {
        for (const mode of ROUNDING_MODES) {
          const want = new X(n).div(d).toDecimalPlaces(places, MODES[mode]);
          expect(showRational(roundRational(v, { places, mode }), places), `${n}/${d} ${places} ${mode}`).toBe((want.isZero() ? new X(0) : want).toFixed(places));
        }
      }
    }
  });
});

describe("roundText", () => {
  test("rounds decimal text like a scheme's policy (the docs' example and the modes at a tie)", () => {
    expect(roundText("84.985", { places: 2, mode: "halfEven" })).toBe("84.98");
    expect(roundText("84.985", { places: 2, mode: "halfUp" })).toBe("84.99");
    expect(roundText("-0.125", { places: 2, mode: "halfDown" })).toBe("-0.12");
    expect(roundText("-0.001", { places: 2, mode: "halfUp" })).toBe("0.00");
    expect(roundText("7", { places: 3, mode: "floor" })).toBe("7.000");
    expect(roundText("1e-3", { places: 20, mode: "up" })).toBe("0.00100000000000000000");
  });
  test("bad text, places and modes are INVALID_INPUT with a path each", () => {
    expectError(() => roundText("8,5", { places: 2, mode: "halfUp" }), "INVALID_INPUT", "value", "invalid_decimal");
    expectError(() => roundText(`1.${"0".repeat(63)}`, { places: 2, mode: "halfUp" }), "INVALID_INPUT", "value", "invalid_decimal");
    expectError(() => roundText(85 as unknown as string, { places: 2, mode: "halfUp" }), "INVALID_INPUT", "value", "invalid_decimal");
    for (const places of [-1, 21, 1.5, "2", undefined]) expectError(() => roundText("1", { places, mode: "halfUp" } as never), "INVALID_INPUT", "rule.places", "invalid_places");
    for (const mode of ["nearest", "", 1, undefined]) expectError(() => roundText("1", { places: 2, mode } as never), "INVALID_INPUT", "rule.mode", "invalid_mode");
    // Inherited fields are not the rule's own: both are missing.
    const inherited = Object.create({ places: 2, mode: "halfUp" }) as never;
    for (const rule of [inherited, null, "halfUp"]) {
      const e = expectError(() => roundText("1", rule as never), "INVALID_INPUT", "rule.places", "invalid_places");
      expect(e.issues.map((i) => i.at)).toEqual(["rule.places", "rule.mode"]);
    }
    // Every problem at once, in the order of the arguments.
    const all = expectError(() => roundText("x", { places: 99, mode: "x" } as never), "INVALID_INPUT", "value");
    expect(all.issues.map((i) => i.at)).toEqual(["value", "rule.places", "rule.mode"]);
    // The edges of the places are allowed.
    expect(roundText("0.5", { places: 0, mode: "halfEven" })).toBe("0");
    expect(roundText("0.5", { places: 20, mode: "halfEven" })).toBe("0.50000000000000000000");
    expect(roundText(`${"9".repeat(63)}`, { places: 0, mode: "halfEven" })).toBe("9".repeat(63));
    expect(roundText(`${"9".repeat(64)}`, { places: 0, mode: "halfEven" })).toBe("9".repeat(64));
    expectError(() => roundText(`${"9".repeat(65)}`, { places: 0, mode: "halfEven" }), "INVALID_INPUT", "value", "invalid_decimal");
    const texts = expectError(() => roundText("x", { places: -1, mode: "x" } as never), "INVALID_INPUT", "value");
    expect(texts.message).toContain("roundText: invalid input");
    expect(texts.issues.map((i) => i.message)).toEqual([
      'must be decimal text such as "84.985" / harus teks desimal seperti "84.985"',
      "must be a whole number 0–20 / harus bilangan bulat 0–20",
      `must be one of ${ROUNDING_MODES.join(", ")} / harus salah satu dari ${ROUNDING_MODES.join(", ")}`,
    ]);
  });
});
