import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundDec } from "../../src/math/roundDec.js";
import { Dec } from "../../src/math/decimal.js";
import { trend } from "../../src/period/trend.js";
import { X, deepFreeze, expectError, scaled, snapshot } from "../helpers.js";

const Q = [70, 72, 71, 75, 78];

describe("trend — rolling trends (docs/sources.md#methods)", () => {
  it("recomputed vector trend: 70, 72, 71, 75, 78 → short +3, long(4) +6, MA3 74.67, slope +1.9", () => {
    const t = trend({ values: Q });
    expect(t.change).toBe("3");
    expect(t.longBaseline).toBe("72"); // mean(70, 72, 71, 75)
    expect(t.longChange).toBe("6");
    // MA3 = (71 + 75 + 78) / 3 = 224/3 = 74.666…: exact (40 significant digits) and 74.67 at 2 dp
    expect(t.movingAverage).toBe(new X(224).div(3).toSignificantDigits(40).toFixed());
    expect(t.movingAverage).toMatch(/^74\.6{37}7$/);
    expect(roundDec(new Dec(t.movingAverage ?? ""), { places: 2, mode: "halfUp" }).toFixed(2)).toBe("74.67");
    expect(t.slope).toBe("1.9"); // Σ(t−2)(y−73.2) = 19, Σ(t−2)² = 10
    expect(t.direction).toBe("improving");
    expect(t.longDirection).toBe("improving");
    expect(t).toMatchObject({ periods: 5, current: "78", previous: "75" });
    expect(t.movingAverages.slice(0, 2)).toEqual([null, null]);
    expect(t.movingAverages[2]).toBe("71");
    expect(t.trace.find((e) => e.at === "slope")).toMatchObject({ formula: "leastSquaresSlope", value: "1.9", inputs: { points: "5" } });
  });

  it("rolling trends (docs/sources.md#methods): for a lower-is-better KPI the same numbers give a worsening arrow", () => {
    const t = trend({ values: Q, polarity: "lower" });
    expect(t.change).toBe("3");
    expect(t.direction).toBe("worsening");
    expect(t.longDirection).toBe("worsening");
  });

  it("rounding option rounds the numbers for display, with the exact value in the trace", () => {
    const t = trend({ values: Q, rounding: { places: 2, mode: "halfUp" } });
    expect(t.movingAverage).toBe("74.67");
    expect(t.change).toBe("3.00");
    expect(t.slope).toBe("1.90");
    expect(t.trace.find((e) => e.at === "movingAverage")?.rounding).toEqual({ places: 2, mode: "halfUp", exact: new X(224).div(3).toSignificantDigits(40).toFixed() });
  });

  it("target polarity (Goldilocks): closer to the target is improving; equal distance is steady", () => {
    expect(trend({ values: [90, 98], polarity: "target", target: 100 }).direction).toBe("improving");
    expect(trend({ values: [98, 106], polarity: "target", target: 100 }).direction).toBe("worsening");
    expect(trend({ values: [96, 104], polarity: "target", target: 100 }).direction).toBe("steady");
    expectError(() => trend({ values: [1, 2], polarity: "target" }), "INVALID_INPUT", "target", "missing_target");
    expectError(() => trend({ values: [1, 2], target: 3 }), "INVALID_INPUT", "target", "unexpected_target");
  });

  it("CAMMS edge rules: previous or current null → no arrow; equal → steady; too short a history → nulls, never NaN", () => {
    expect(trend({ values: [70, null] })).toMatchObject({ change: null, direction: null, current: null, previous: "70", slope: null });
    expect(trend({ values: [null, 70] })).toMatchObject({ change: null, direction: null, current: "70", previous: null });
    expect(trend({ values: [70, 70] })).toMatchObject({ change: "0", direction: "steady", slope: "0" });
    expect(trend({ values: [70] })).toMatchObject({ change: null, longChange: null, movingAverage: null, slope: null, direction: null, longDirection: null, periods: 1 });
    // a null inside the long window or the moving-average window makes that number null; the slope skips nulls
    const t = trend({ values: [70, null, 71, 75, 78] });
    expect(t).toMatchObject({ change: "3", longChange: null, longDirection: null, movingAverage: new X(224).div(3).toSignificantDigits(40).toFixed() });
    expect(t.movingAverages).toEqual([null, null, null, null, t.movingAverage]);
    // points (0,70), (2,71), (3,75), (4,78): t̄ 2.25, ȳ 73.5 → Σ(t−t̄)(y−ȳ) = 7.875 + 0.625 + 1.125 + 7.875 = 17.5, Σ(t−t̄)² = 8.75
    expect(t.slope).toBe("2");
    expect(trend({ values: [null, null] })).toMatchObject({ slope: null, change: null });
  });

  it("windows are configurable", () => {
    const t = trend({ values: Q, window: 5, longWindow: 2 });
    expect(t.movingAverage).toBe("73.2");
    expect(t.longChange).toBe("5"); // 78 − mean(71, 75)
    expect(trend({ values: Q, longWindow: 5 }).longChange).toBeNull(); // only 4 prior periods
  });

  it("rejects an empty history and bad values with INVALID_INPUT and a path", () => {
    expectError(() => trend({ values: [] }), "INVALID_INPUT", "values");
    expectError(() => trend({ values: [1, "two"] }), "INVALID_INPUT", "values[1]");
    expectError(() => trend({ values: [1, Number.NaN] }), "INVALID_INPUT", "values[1]");
    expectError(() => trend({ values: [1, 2], window: 0 }), "INVALID_INPUT", "window");
    expectError(() => trend({ values: [1, 2], polarity: "up" as never }), "INVALID_INPUT", "polarity");
  });
});

describe("trend — properties", () => {
  const value = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => scaled(n, 2));
  fcTest.prop([value, fc.integer({ min: 1, max: 30 }), fc.constantFrom("higher" as const, "lower" as const)])("the trend of a constant series is zero and steady", (v, n, polarity) => {
    const t = trend({ values: Array.from({ length: n }, () => v), polarity, window: 3, longWindow: 2 });
    if (n >= 2) {
      expect(t.slope).toBe("0");
      expect(t.change).toBe("0");
      expect(t.direction).toBe("steady");
    } else {
      expect(t.slope).toBeNull();
    }
    if (n >= 3) expect(t.longChange).toBe("0");
    if (n >= 3) expect(t.movingAverage).toBe(new X(v).toFixed());
  });

  fcTest.prop([fc.array(fc.option(value, { nil: null, freq: 5 }), { minLength: 1, maxLength: 25 }), value, value])(
    "adding a linear trend a + b·t to the values adds b to the slope; no mutation; JSON round trip",
    (values, a, b) => {
      const input = deepFreeze({ values });
      const before = snapshot(input);
      const t0 = trend(input);
      expect(input).toEqual(before);
      expect(JSON.parse(JSON.stringify(t0))).toEqual(t0);
      const shifted = values.map((v, i) => (v === null ? null : new X(v).plus(a).plus(new X(b).times(i)).toFixed()));
      const t1 = trend({ values: shifted });
      if (t0.slope === null) expect(t1.slope).toBeNull();
      else expect(new X(t1.slope ?? "").minus(new X(t0.slope).plus(b)).abs().lte("1e-30")).toBe(true);
    },
  );

  fcTest.prop([fc.array(value, { minLength: 2, maxLength: 12 })])("direction flips with polarity; change = current − previous", (values) => {
    const hi = trend({ values });
    const lo = trend({ values, polarity: "lower" });
    const flip = { improving: "worsening", worsening: "improving", steady: "steady" } as const;
    expect(lo.direction).toBe(flip[hi.direction ?? "steady"]);
    expect(hi.change).toBe(new X(values[values.length - 1] ?? "").minus(values[values.length - 2] ?? "").toFixed());
  });
});
