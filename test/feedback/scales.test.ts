// Rating scales and the conversion to 0–100 (src/feedback/scales.ts), N/A answers (docs/sources.md#methods), docs/concepts.md.
import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ratingScale, toPercent } from "../../src/feedback/scales.js";
import { isNotApplicable } from "../../src/concepts/vocabulary.js";
import { X, expectDec, expectInvalid, scaled } from "./helpers.js";

describe("ratingScale", () => {
  it("docs/concepts.md: the named scales likert4 / likert5 / likert7 (whole numbers) and percent (0–100, continuous)", () => {
    expect(ratingScale("likert4")).toEqual({ name: "likert4", min: "1", max: "4", integer: true, points: 4 });
    expect(ratingScale("likert5")).toEqual({ name: "likert5", min: "1", max: "5", integer: true, points: 5 });
    expect(ratingScale("likert7")).toEqual({ name: "likert7", min: "1", max: "7", integer: true, points: 7 });
    expect(ratingScale("percent")).toEqual({ name: "percent", min: "0", max: "100", integer: false, points: null });
  });

  it("defaults to likert5", () => {
    expect(ratingScale()).toEqual(ratingScale("likert5"));
  });

  it("accepts a custom scale; a whole-number one counts its options", () => {
    expect(ratingScale({ min: 0, max: 10, integer: true })).toEqual({ name: "custom", min: "0", max: "10", integer: true, points: 11 });
    expect(ratingScale({ min: "0.5", max: "4.5" })).toEqual({ name: "custom", min: "0.5", max: "4.5", integer: false, points: null });
  });

  it("rejects an unknown name, min ≥ max, and a whole-number scale with fractional ends", () => {
    expectInvalid(() => ratingScale("likert9" as never), "");
    expectInvalid(() => ratingScale({ min: 5, max: 5 }), "max", "invalid_scale");
    expectInvalid(() => ratingScale({ min: "0.5", max: 5, integer: true }), "", "invalid_scale");
    expectInvalid(() => ratingScale({ min: 1, max: 5, extra: 1 } as never), "", "unrecognized_keys");
  });
});

describe("isNotApplicable", () => {
  it("N/A answers (docs/sources.md#methods): null and the string \"na\" (any case, or \"n/a\") mean not applicable; numbers and other text do not", () => {
    for (const na of [null, "na", "NA", " n/a "]) expect(isNotApplicable(na)).toBe(true);
    for (const v of [0, 3, "3", "", "nan", undefined]) expect(isNotApplicable(v)).toBe(false);
  });
});

describe("toPercent", () => {
  it("recomputed vector (Likert): mean 3.4 on 1–5 → linear 60 / proportional 68", () => {
    expectDec(toPercent(3.4, "likert5"), 60);
    expectDec(toPercent("3.4", "likert5", "linear"), 60);
    expectDec(toPercent(3.4, "likert5", "proportional"), 68);
  });

  it("Likert conversion (docs/sources.md#methods): linear maps 1, 3, 5 to 0, 50, 100; proportional maps 1 to 20 (cannot reach 0)", () => {
    expect([1, 3, 5].map((x) => toPercent(x))).toEqual(["0", "50", "100"]);
    expect(toPercent(1, "likert5", "proportional")).toBe("20");
    expect(toPercent(4, "likert7")).toBe("50");
    expect(toPercent(2, "likert4")).toBe("33.33333333333333333333333333333333333333");
    expect(toPercent("87.5", "percent")).toBe("87.5");
  });

  it("is exact for values that are binary-float pitfalls (0.1 + 0.2 style)", () => {
    expect(toPercent("1.3", { min: 1, max: 2 })).toBe("30");
    expect(toPercent(0.3, { min: 0, max: 1 })).toBe("30");
  });

  it("rejects a value off the scale, a malformed value, and proportional conversion on a scale with a negative min", () => {
    expectInvalid(() => toPercent(5.5, "likert5"), "value", "off_scale");
    expectInvalid(() => toPercent(0, "likert5"), "value", "off_scale");
    expectInvalid(() => toPercent("abc"), "value");
    expectInvalid(() => toPercent(Number.NaN), "value");
    expectInvalid(() => toPercent(0, { min: -2, max: 2 }, "proportional"), "conversion", "invalid_conversion");
    expectInvalid(() => toPercent(3, "likert5", "logistic" as never), "conversion");
  });

  const onScale = fc.integer({ min: 0, max: 6000 }).map((n) => scaled(n + 1000, 3)); // 1.000 … 7.000

  fcTest.prop([onScale, fc.constantFrom("likert7" as const), fc.constantFrom("linear" as const, "proportional" as const)])(
    "any value on the scale converts to a score within [0, 100]",
    (x, scale, conversion) => {
      const p = new X(toPercent(x, scale, conversion));
      expect(p.gte(0) && p.lte(100)).toBe(true);
    },
  );

  fcTest.prop([onScale, onScale])("the conversion is monotone: a higher value never gets a lower score", (a, b) => {
    const [lo, hi] = new X(a).lte(b) ? [a, b] : [b, a];
    expect(new X(toPercent(lo, "likert7")).lte(toPercent(hi, "likert7"))).toBe(true);
  });

  fcTest.prop([fc.integer({ min: 0, max: 100_000 })])("on percent the linear conversion is the identity", (n) => {
    const x = scaled(n, 3);
    expect(toPercent(x, "percent")).toBe(new X(x).toFixed());
  });
});
