import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { achievementImprovementPoints } from "../../src/period/achievementImprovementPoints.js";
import { betterOf } from "../../src/period/betterOf.js";
import { normalisedGain } from "../../src/period/normalisedGain.js";
import { X, deepFreeze, expectError, scaled, snapshot } from "../helpers.js";

describe("normalisedGain — improvement over a baseline (docs/sources.md#methods)", () => {
  it("recomputed vector normalised gain: b 60, a 72, max 100 → 0.30 (absolute +12, relative +20 %), medium: 0.3 is on Hake's boundary", () => {
    const g = normalisedGain({ baseline: 60, actual: 72, max: 100 });
    expect(g).toMatchObject({ absolute: "12", relative: "0.2", relativeStatus: "ok", normalised: "0.3", status: "ok", band: "medium" });
    expect(g.trace.find((t) => t.at === "normalised")).toMatchObject({ formula: "normalisedGain", value: "0.3", inputs: { actual: "72", baseline: "60", max: "100" } });
    expect(normalisedGain({ baseline: 60, actual: 72, rounding: { places: 2, mode: "halfUp" } }).normalised).toBe("0.30"); // max defaults to 100
  });

  it("Hake bands: < 0.3 low, 0.3–0.7 medium (both ends), > 0.7 high", () => {
    expect(normalisedGain({ baseline: 60, actual: "71.99" }).band).toBe("low");
    expect(normalisedGain({ baseline: 60, actual: 88 }).band).toBe("medium"); // g = 0.7
    expect(normalisedGain({ baseline: 60, actual: "88.01" }).band).toBe("high");
    expect(normalisedGain({ baseline: 60, actual: 50 })).toMatchObject({ absolute: "-10", normalised: "-0.25", band: "low" });
  });

  it("undefined gains are statuses, not errors or NaN: b = max → atCeiling, b = 0 → zeroBaseline", () => {
    expect(normalisedGain({ baseline: 100, actual: 100, max: 100 })).toMatchObject({ normalised: null, status: "atCeiling", band: null, absolute: "0", relative: "0" });
    expect(normalisedGain({ baseline: 100, actual: 90 })).toMatchObject({ normalised: null, status: "atCeiling", absolute: "-10", relative: "-0.1" });
    expect(normalisedGain({ baseline: 0, actual: 30 })).toMatchObject({ relative: null, relativeStatus: "zeroBaseline", normalised: "0.3", absolute: "30" });
    expect(normalisedGain({ baseline: -20, actual: 10 })).toMatchObject({ relative: "1.5" }); // (a − b)/|b|
  });

  it("rejects values above max and malformed numbers", () => {
    expectError(() => normalisedGain({ baseline: 101, actual: 90 }), "INVALID_INPUT", "baseline", "above_max");
    expectError(() => normalisedGain({ baseline: 60, actual: 5, max: 4 }), "INVALID_INPUT", "actual", "above_max");
    expectError(() => normalisedGain({ baseline: "sixty", actual: 72 }), "INVALID_INPUT", "baseline");
    expectError(() => normalisedGain({ baseline: 60 } as never), "INVALID_INPUT", "actual");
  });

  const v = fc.integer({ min: 0, max: 10_000 }).map((n) => scaled(n, 2));
  fcTest.prop([v, v])("g ≤ 1, g = 1 exactly when a = max, sign of g = sign of a − b; no mutation; JSON round trip", (x, y) => {
    const input = deepFreeze({ baseline: x, actual: y, max: 100 });
    const before = snapshot(input);
    const g = normalisedGain(input);
    expect(input).toEqual(before);
    expect(JSON.parse(JSON.stringify(g))).toEqual(g);
    if (new X(x).eq(100)) {
      expect(g.status).toBe("atCeiling");
      return;
    }
    const n = new X(g.normalised ?? "");
    expect(n.lte(1)).toBe(true);
    expect(n.eq(1)).toBe(new X(y).eq(100));
    expect(n.cmp(0)).toBe(new X(y).cmp(x));
  });
});

describe("achievementImprovementPoints — benchmarking (docs/sources.md#methods) (CMS value-based purchasing)", () => {
  const V = { actual: 75, baseline: 60, threshold: 70, benchmark: 90 };

  it("recomputed vector improvement points: b 60, bench 90, a 75 → 4.5 → 5 (half-up); achievement 2.75 → 3; score 5 from improvement", () => {
    const p = achievementImprovementPoints(V);
    expect(p.achievement).toEqual({ points: "3", exact: "2.75", status: "between" });
    expect(p.improvement).toEqual({ points: "5", exact: "4.5", status: "between" });
    expect(p).toMatchObject({ score: "5", used: "improvement", tie: false });
    expect(p.trace.find((t) => t.at === "improvement.points")).toMatchObject({ formula: "cmsImprovement", value: "5", rounding: { places: 0, mode: "halfUp", exact: "4.5" } });
  });

  it("recomputed vector improvement points: the same under half-even → 4; the score is then 4", () => {
    const p = achievementImprovementPoints({ ...V, rounding: "halfEven" });
    expect(p.improvement.points).toBe("4");
    expect(p.achievement.points).toBe("3");
    expect(p).toMatchObject({ score: "4", used: "improvement" });
  });

  it("benchmarking (docs/sources.md#methods): unit at 80 with threshold 73, benchmark 87.5 → achievement 9·7/14.5 + 0.5 = 4.845 → 5", () => {
    const p = achievementImprovementPoints({ actual: 80, baseline: 80, threshold: 73, benchmark: "87.5" });
    expect(new X(p.achievement.exact ?? "").toDecimalPlaces(3).toFixed()).toBe("4.845");
    expect(p.achievement.points).toBe("5");
    expect(p.improvement).toEqual({ points: "0", exact: null, status: "noImprovement" });
    expect(p).toMatchObject({ score: "5", used: "achievement" });
  });

  it("edges: 10 at the benchmark, 0 below the threshold, 1 at the threshold (clamped up), improvement capped at 9, not applicable above the benchmark", () => {
    expect(achievementImprovementPoints({ ...V, actual: 90 })).toMatchObject({ achievement: { points: "10", status: "atBenchmark" }, improvement: { points: "9" }, score: "10", used: "achievement" });
    expect(achievementImprovementPoints({ ...V, actual: 65 }).achievement).toEqual({ points: "0", exact: null, status: "belowThreshold" });
    const atThr = achievementImprovementPoints({ ...V, actual: 70, rounding: "halfEven" });
    expect(atThr.achievement).toMatchObject({ points: "1", exact: "0.5" });
    expect(atThr.trace.find((t) => t.at === "achievement.points")?.clamp).toEqual({ by: "floor", unclamped: "0" });
    expect(achievementImprovementPoints({ ...V, actual: "89.99" }).improvement.points).toBe("9");
    expect(achievementImprovementPoints({ ...V, baseline: 95, actual: 80 })).toMatchObject({ improvement: { points: null, status: "notApplicable" }, used: "achievement" });
    expect(achievementImprovementPoints({ ...V, actual: 60 }).improvement.status).toBe("noImprovement");
  });

  it("lower-is-better measures mirror the values", () => {
    const p = achievementImprovementPoints({ actual: 25, baseline: 40, threshold: 30, benchmark: 10, direction: "lower" });
    expect(p.achievement).toMatchObject({ exact: "2.75", points: "3" });
    expect(p.improvement).toMatchObject({ exact: "4.5", points: "5" });
    expectError(() => achievementImprovementPoints({ ...V, direction: "lower" }), "INVALID_INPUT", "benchmark", "benchmark_not_better");
    expectError(() => achievementImprovementPoints({ ...V, benchmark: 70 }), "INVALID_INPUT", "benchmark", "benchmark_not_better");
    expectError(() => achievementImprovementPoints({ ...V, rounding: "nearest" as never }), "INVALID_INPUT", "rounding");
  });

  const n = fc.integer({ min: 0, max: 10_000 }).map((k) => scaled(k, 1));
  fcTest.prop([n, n, n, n, fc.constantFrom("halfUp" as const, "halfEven" as const, "down" as const)])(
    "achievement in 0–10, improvement in 0–9, score = max of the two; more actual never lowers the score",
    (a, b, t, bench, rounding) => {
      fc.pre(new X(bench).gt(t));
      const p = achievementImprovementPoints({ actual: a, baseline: b, threshold: t, benchmark: bench, rounding });
      const ach = new X(p.achievement.points ?? "");
      expect(ach.gte(0) && ach.lte(10) && ach.isInteger()).toBe(true);
      const imp = p.improvement.points === null ? null : new X(p.improvement.points);
      if (imp !== null) expect(imp.gte(0) && imp.lte(9) && imp.isInteger()).toBe(true);
      expect(new X(p.score).eq(imp === null ? ach : X.max(ach, imp))).toBe(true);
      const more = achievementImprovementPoints({ actual: new X(a).plus("0.5").toFixed(), baseline: b, threshold: t, benchmark: bench, rounding });
      expect(new X(more.score).gte(p.score)).toBe(true);
      expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    },
  );
});

describe("betterOf", () => {
  it("takes the higher of achievement and improvement and says which", () => {
    expect(betterOf({ achievement: 3, improvement: 5 })).toMatchObject({ score: "5", used: "improvement", tie: false, achievement: "3", improvement: "5" });
    expect(betterOf({ achievement: "72.5", improvement: 60 })).toMatchObject({ score: "72.5", used: "achievement", tie: false });
    expect(betterOf({ achievement: 4, improvement: "4.0" })).toMatchObject({ score: "4", used: "achievement", tie: true });
    expect(betterOf({ achievement: 4, improvement: null })).toMatchObject({ score: "4", used: "achievement", tie: false, improvement: null });
    expect(betterOf({ achievement: 3, improvement: 5 }).trace).toEqual([{ at: "score", formula: "betterOf", value: "5", inputs: { achievement: "3", improvement: "5" } }]);
    expectError(() => betterOf({ achievement: 3 } as never), "INVALID_INPUT", "improvement");
  });
});
