import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combineHalves } from "../../src/period/combineHalves.js";
import { interimRatings } from "../../src/period/interimRatings.js";
import { proRate } from "../../src/period/proRate.js";
import { X, deepFreeze, expectError, scaled, snapshot } from "../helpers.js";

const Y2025 = { start: "2025-01-01", end: "2025-12-31" };

describe("interimRatings (US Commerce: interim rating, rating of record)", () => {
  it("pro-rating (docs/sources.md#methods): a change on 1 May is not in the last 120 days, so both jobs count, day-weighted → 87.3699", () => {
    const r = interimRatings({
      period: Y2025,
      segments: [
        { id: "jobA", start: "2025-01-01", end: "2025-04-30", score: 82, scheme: "old" },
        { id: "jobB", start: "2025-05-01", end: "2025-12-31", score: 90, scheme: "new" },
      ],
      rounding: { places: 4, mode: "halfUp" },
    });
    expect(r.daysSinceChange).toBe(245);
    expect(r.lastDays).toBe(120);
    expect(r.positions.map((p) => [p.id, p.scheme, p.days, p.status])).toEqual([
      ["jobA", "old", 120, "interim"],
      ["jobB", "new", 245, "current"],
    ]);
    expect(r.ratingOfRecord).toMatchObject({ score: "87.3699", rule: "dayWeighted", from: [0, 1] });
    expect(r.ratingOfRecord.exact).toBe(proRate({ period: Y2025, segments: [{ start: "2025-01-01", end: "2025-04-30", score: 82 }, { start: "2025-05-01", end: "2025-12-31", score: 90 }] }).exact);
    expect(r.weights?.map((w) => w.countedDays)).toEqual([120, 245]);
  });

  it("a change within the last 120 days: the interim rating of the job left becomes the rating of record", () => {
    const r = interimRatings({
      period: Y2025,
      segments: [
        { id: "jobA", start: "2025-01-01", end: "2025-09-02", score: 82 }, // 245 days
        { id: "jobB", start: "2025-09-03", end: "2025-12-31", score: 95 }, // 120 days: in the last 120
      ],
    });
    expect(r.daysSinceChange).toBe(120);
    expect(r.ratingOfRecord).toEqual({ score: "82", exact: "82", rule: "interimBecomesRecord", from: [0] });
    expect(r.weights).toBeNull();
    expect(r.trace.find((t) => t.at === "ratingOfRecord.score")).toMatchObject({ formula: "interimBecomesRecord", value: "82", inputs: { daysSinceChange: "120", lastDays: "120" } });
    // one day earlier (121 days in the new job) the change is not in the last 120 days: day-weighted
    const earlier = interimRatings({
      period: Y2025,
      segments: [
        { start: "2025-01-01", end: "2025-09-01", score: 82 },
        { start: "2025-09-02", end: "2025-12-31", score: 95 },
      ],
    });
    expect(earlier.ratingOfRecord.rule).toBe("dayWeighted");
    expect(earlier.ratingOfRecord.exact).toBe(new X(244 * 82 + 121 * 95).div(365).toSignificantDigits(40).toFixed());
  });

  it("lastDays is configurable (0 switches the rule off); a position shorter than minDays gets no interim rating", () => {
    const segments = [
      { start: "2025-01-01", end: "2025-02-28", score: 60 }, // 59 days: too short
      { start: "2025-03-01", end: "2025-10-31", score: 80 }, // 245 days: interim
      { start: "2025-11-01", end: "2025-12-31", score: 100 }, // 61 days: current
    ];
    const r = interimRatings({ period: Y2025, segments });
    expect(r.positions.map((p) => p.status)).toEqual(["tooShort", "interim", "current"]);
    expect(r.ratingOfRecord).toMatchObject({ exact: "80", rule: "interimBecomesRecord", from: [1] });
    const off = interimRatings({ period: Y2025, segments, lastDays: 0 });
    expect(off.ratingOfRecord).toMatchObject({ exact: "80", rule: "dayWeighted", from: [1] }); // the short ones dropped
    const ninety = interimRatings({ period: Y2025, segments, minDays: 59, lastDays: 60 });
    expect(ninety.ratingOfRecord.rule).toBe("dayWeighted"); // 61 days since the change > 60
    expect(ninety.ratingOfRecord.exact).toBe(new X(59 * 60 + 245 * 80 + 61 * 100).div(365).toSignificantDigits(40).toFixed());
  });

  it("no interim to fall back on: day-weighted; nothing long enough: INSUFFICIENT_COVERAGE; bad input: INVALID_INPUT", () => {
    const r = interimRatings({ period: Y2025, segments: [{ start: "2025-01-01", end: "2025-12-31", score: 88 }] });
    expect(r.ratingOfRecord).toMatchObject({ score: "88", rule: "dayWeighted" });
    expectError(() => interimRatings({ period: Y2025, segments: [{ start: "2025-01-01", end: "2025-02-01", score: 88 }] }), "INSUFFICIENT_COVERAGE", "segments");
    expectError(() => interimRatings({ period: Y2025, segments: [{ start: "2025-01-01", end: "2026-02-01", score: 88 }] }), "INVALID_INPUT", "segments[0].end", "outside_period");
    expectError(() => interimRatings({ segments: [{ start: "2025-01-01", end: "2025-02-01", score: 88 }] } as never), "INVALID_INPUT", "period");
  });
});

describe("combineHalves (50/50 of two halves under different schemes)", () => {
  it("defaults to 1:1 and is exact", () => {
    const r = combineHalves({ first: { score: 82, scheme: "pp30" }, second: { score: "91.25", scheme: "permen6" } });
    expect(r).toMatchObject({ score: "86.625", exact: "86.625", first: { share: "0.5", weight: "1", scheme: "pp30" }, second: { share: "0.5", scheme: "permen6" } });
    expect(r.trace.find((t) => t.at === "score")).toMatchObject({ formula: "weightedMean", value: "86.625" });
  });

  it("takes configurable weights (e.g. days of the halves) and rounding", () => {
    const r = combineHalves({ first: { score: 82, weight: 181 }, second: { score: 90, weight: 184 }, rounding: { places: 2, mode: "halfUp" } });
    expect(r.exact).toBe(new X(181 * 82 + 184 * 90).div(365).toSignificantDigits(40).toFixed());
    expect(r.score).toBe(new X(181 * 82 + 184 * 90).div(365).toFixed(2));
    expect(combineHalves({ first: { score: 70, weight: 0 }, second: { score: 90 } }).score).toBe("90");
  });

  it("rejects two zero weights, negative weights and bad scores", () => {
    expectError(() => combineHalves({ first: { score: 70, weight: 0 }, second: { score: 90, weight: "0" } }), "INVALID_INPUT", "first.weight", "zero_weights");
    expectError(() => combineHalves({ first: { score: 70, weight: -1 }, second: { score: 90 } }), "INVALID_INPUT", "first.weight");
    expectError(() => combineHalves({ first: { score: "x" }, second: { score: 90 } }), "INVALID_INPUT", "first.score");
    expectError(() => combineHalves({ first: { score: 1 } } as never), "INVALID_INPUT", "second");
  });

  const cents = fc.integer({ min: -100_000, max: 100_000 }).map((n) => scaled(n, 2));
  const weight = fc.integer({ min: 0, max: 1000 }).map((n) => scaled(n, 1));
  fcTest.prop([cents, cents, weight, weight])("between the two scores; symmetric; no mutation; JSON round trip", (s1, s2, w1, w2) => {
    fc.pre(new X(w1).plus(w2).gt(0));
    const input = deepFreeze({ first: { score: s1, weight: w1 }, second: { score: s2, weight: w2 } });
    const before = snapshot(input);
    const r = combineHalves(input);
    expect(input).toEqual(before);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    const lo = X.min(s1, s2);
    const hi = X.max(s1, s2);
    expect(new X(r.exact).gte(lo) && new X(r.exact).lte(hi)).toBe(true);
    expect(combineHalves({ first: input.second, second: input.first }).exact).toBe(r.exact);
    expect(new X(r.first.share).plus(r.second.share).minus(1).abs().lte("1e-39")).toBe(true);
  });
});
