// The registries of src/concepts, src/math/round.ts, src/indicator/methods.ts and
// src/feedback/raterStatistics.ts: complete, read by explain, and the one rounding definition agrees
// with decimal.js's own rounding modes (an independent implementation) on every mode.
import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import { FORMULAS, WORDS } from "../src/explain/labels.js";
import { METHODS } from "../src/indicator/methods.js";
import { ROUNDING, roundText } from "../src/math/round.js";
import { roundDec } from "../src/math/roundDec.js";
import { Dec } from "../src/math/decimal.js";
import {
  CENTRAL_STATISTICS,
  COMBINATIONS,
  CONVERSIONS,
  METHOD_KINDS,
  RATER_GROUPS,
  ROUNDING_MODES,
  isNotApplicable,
} from "../src/concepts/vocabulary.js";
import { CENTRAL, COMBINE, CONVERSION } from "../src/feedback/raterStatistics.js";
import { KinerjaError } from "../src/index.js";
import { RatingSchema } from "../src/schema/appraisal.js";

/** decimal.js's constants, kept here only as the independent oracle of the rounding table. */
const ORACLE: Record<(typeof ROUNDING_MODES)[number], Decimal.Rounding> = {
  halfUp: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfDown: Decimal.ROUND_HALF_DOWN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};

describe("registries", () => {
  test("every union member has exactly one entry, and nothing else", () => {
    expect(Object.keys(ROUNDING).sort()).toEqual([...ROUNDING_MODES].sort());
    expect(Object.keys(METHODS).sort()).toEqual([...METHOD_KINDS].sort());
    expect(Object.keys(CENTRAL).sort()).toEqual([...CENTRAL_STATISTICS].sort());
    expect(Object.keys(COMBINE).sort()).toEqual([...COMBINATIONS].sort());
    expect(Object.keys(CONVERSION).sort()).toEqual([...CONVERSIONS].sort());
  });

  test("explain has a text for every formula a method names, every rater group and every rounding mode", () => {
    for (const m of METHOD_KINDS) for (const f of METHODS[m].formulas) expect(FORMULAS[f], `${m}: ${f}`).toBeDefined();
    for (const g of RATER_GROUPS) expect(WORDS[`group.${g}`]).toBeDefined();
    for (const mode of ROUNDING_MODES) expect(WORDS[`mode.${mode}`]).toBeDefined();
  });

  test("ties: 2.5 and −2.5 to whole units by every mode (the textbook table)", () => {
    const table: Record<(typeof ROUNDING_MODES)[number], [string, string]> = {
      halfUp: ["3", "-3"],
      halfEven: ["2", "-2"],
      halfDown: ["2", "-2"],
      down: ["2", "-2"],
      up: ["3", "-3"],
      floor: ["2", "-3"],
      ceil: ["3", "-2"],
    };
    for (const mode of ROUNDING_MODES) {
      expect(roundDec(new Dec("2.5"), { places: 0, mode }).toFixed(), mode).toBe(table[mode][0]);
      expect(roundDec(new Dec("-2.5"), { places: 0, mode }).toFixed(), mode).toBe(table[mode][1]);
    }
    expect(roundDec(new Dec("3.5"), { places: 0, mode: "halfEven" }).toFixed()).toBe("4");
  });

  fcTest.prop([
    fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
    fc.integer({ min: 0, max: 8 }),
    fc.integer({ min: 0, max: 6 }),
    fc.constantFrom(...ROUNDING_MODES),
  ])("roundDec agrees with decimal.js's rounding of the same mode", (units, scale, places, mode) => {
    const value = new Dec(units.toString()).div(new Dec(10).pow(scale));
    const ours = roundDec(value, { places, mode });
    const theirs = value.toDecimalPlaces(places, ORACLE[mode]);
    expect(ours.eq(theirs)).toBe(true);
  });

  test("roundText rounds decimal text by a rule and refuses bad input with KinerjaError", () => {
    expect(roundText("84.985", { places: 2, mode: "halfUp" })).toBe("84.99");
    expect(roundText("84.985", { places: 2, mode: "halfEven" })).toBe("84.98");
    expect(roundText("-0.001", { places: 2, mode: "halfUp" })).toBe("0.00");
    for (const [v, r] of [
      ["x", { places: 2, mode: "halfUp" }],
      ["1", { places: 21, mode: "halfUp" }],
      ["1", { places: 2, mode: "halfOdd" }],
      ["1", null],
    ] as const) {
      expect(() => roundText(v, r as never)).toThrow(KinerjaError);
    }
  });

  test("N/A has one spelling: null, na, n/a in any case, spaces around ignored — in the appraisal schema too", () => {
    for (const v of [null, "na", "NA", "n/a", "N/A", " na "]) {
      expect(isNotApplicable(v)).toBe(true);
      expect(RatingSchema.safeParse({ rater: "r", group: "peer", competency: "c", value: v }).success).toBe(true);
    }
    for (const v of ["n a", "nan", "", 0]) expect(isNotApplicable(v)).toBe(false);
  });
});
