import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { proRate } from "../../src/period/proRate.js";
import { X, deepFreeze, expectError, scaled, snapshot } from "../helpers.js";

const Y2025 = { start: "2025-01-01", end: "2025-12-31" };
const JOBS_2025 = [
  { id: "jobA", start: "2025-01-01", end: "2025-04-30", score: 82, scheme: "skp2022" },
  { id: "jobB", start: "2025-05-01", end: "2025-12-31", score: 90, scheme: "skp2023" },
];
const HALF_UP_4 = { places: 4, mode: "halfUp" } as const;

describe("proRate — pro-rating (docs/sources.md#methods) vectors", () => {
  it("recomputed vector pro-rating: 120 d @ 82 + 245 d @ 90 (2025) → 87.3699", () => {
    const r = proRate({ period: Y2025, segments: JOBS_2025, rounding: HALF_UP_4 });
    expect(r.score).toBe("87.3699");
    expect(r.exact).toBe(new X(31890).div(365).toSignificantDigits(40).toFixed());
    expect(r.weightedSum).toBe("31890");
    expect(r.totalDays).toBe(365);
    expect(r.weights.map((w) => [w.id, w.scheme, w.days, w.status])).toEqual([
      ["jobA", "skp2022", 120, "counted"],
      ["jobB", "skp2023", 245, "counted"],
    ]);
    expect(new X(r.weights[0]?.weight ?? "").toDecimalPlaces(6).toFixed()).toBe("0.328767"); // 120/365
    expect(r).toMatchObject({ periodDays: 365, uncoveredDays: 0, coverage: "1", dropped: [] });
    const scoreEntry = r.trace.find((t) => t.at === "score");
    expect(scoreEntry).toMatchObject({ formula: "dayWeightedMean", value: "87.3699", inputs: { weightedSum: "31890", totalDays: "365" }, rounding: { places: 4, mode: "halfUp", exact: r.exact } });
  });

  it("pro-rating (docs/sources.md#methods): with minDays = 121, job A (120 days) is dropped → 90.0", () => {
    const r = proRate({ period: Y2025, segments: JOBS_2025, minDays: 121, rounding: { places: 1, mode: "halfUp" } });
    expect(r.score).toBe("90.0");
    expect(r.exact).toBe("90");
    expect(r.totalDays).toBe(245);
    expect(r.dropped).toEqual([{ index: 0, id: "jobA", days: 120, reason: "belowMinDays" }]);
    expect(r.weights[0]).toMatchObject({ status: "dropped", countedDays: 0, weight: "0" });
    expect(r.weights[1]).toMatchObject({ status: "counted", countedDays: 245, weight: "1" });
    expect(r.coverage).toBe(new X(245).div(365).toSignificantDigits(40).toFixed());
    // minDays = 120 keeps job A: the minimum is inclusive
    expect(proRate({ period: Y2025, segments: JOBS_2025, minDays: 120, rounding: HALF_UP_4 }).score).toBe("87.3699");
  });

  it("recomputed vector pro-rating leap year: 121 d @ 82 + 245 d @ 90 (2024) → 87.3552", () => {
    const segments = JOBS_2025.map((s) => ({ ...s, start: s.start.replace("2025", "2024"), end: s.end.replace("2025", "2024") }));
    const r = proRate({ period: { start: "2024-01-01", end: "2024-12-31" }, segments, rounding: HALF_UP_4 });
    expect(r.score).toBe("87.3552");
    expect(r.weights.map((w) => w.days)).toEqual([121, 245]);
    expect(r.weightedSum).toBe(String(121 * 82 + 245 * 90));
    expect(r.exact).toBe(new X(121 * 82 + 245 * 90).div(366).toSignificantDigits(40).toFixed());
  });

  it("merge policy: a short segment's days count with the next segment's score (or the previous one's for the last)", () => {
    const r = proRate({ period: Y2025, segments: JOBS_2025, minDays: 121, minDaysPolicy: "merge" });
    expect(r.exact).toBe("90");
    expect(r.totalDays).toBe(365);
    expect(r.weights[0]).toMatchObject({ status: "merged", mergedInto: 1, countedDays: 0 });
    expect(r.weights[1]).toMatchObject({ status: "counted", countedDays: 365, weight: "1" });
    expect(r.dropped).toEqual([]);
    // a short LAST segment merges backwards: 300 days @ 80 + 65 days (short) → all 365 days at 80
    const back = proRate({
      segments: [
        { start: "2025-01-01", end: "2025-10-27", score: 80 },
        { start: "2025-10-28", end: "2025-12-31", score: 100 },
      ],
      minDays: 90,
      minDaysPolicy: "merge",
    });
    expect(back.weights.map((w) => [w.days, w.countedDays, w.status, w.mergedInto])).toEqual([
      [300, 365, "counted", null],
      [65, 0, "merged", 0],
    ]);
    expect(back.exact).toBe("80");
  });

  it("gaps are allowed (days not served) and reported; weights use the days served only", () => {
    const r = proRate({
      period: Y2025,
      segments: [
        { start: "2025-01-01", end: "2025-03-31", score: 70 }, // 90 days
        { start: "2025-07-01", end: "2025-09-28", score: 100 }, // 90 days
      ],
      rounding: { places: 2, mode: "halfUp" },
    });
    expect(r.score).toBe("85.00");
    expect(r.exact).toBe("85");
    expect(r).toMatchObject({ totalDays: 180, periodDays: 365, uncoveredDays: 185 });
    expect(new X(r.coverage ?? "").toDecimalPlaces(4).toFixed()).toBe("0.4932");
  });

  it("without a period: no coverage; a single segment pro-rates to its score; segments may come in any order", () => {
    const one = proRate({ segments: [{ start: "2025-02-01", end: "2025-02-10", score: "77.125" }] });
    expect(one).toMatchObject({ score: "77.125", exact: "77.125", periodDays: null, coverage: null, uncoveredDays: null });
    const reversed = proRate({ period: Y2025, segments: [...JOBS_2025].reverse(), rounding: HALF_UP_4 });
    expect(reversed.score).toBe("87.3699");
    expect(reversed.weights.map((w) => w.id)).toEqual(["jobB", "jobA"]); // input order kept
  });

  it("rejects bad segments with INVALID_INPUT and a path to the culprit", () => {
    const seg = (start: string, end: string, score: number | string = 80) => ({ start, end, score });
    expectError(() => proRate({ segments: [seg("2025-01-01", "2025-04-30"), seg("2025-06-01", "2025-05-01")] }), "INVALID_INPUT", "segments[1].end", "end_before_start");
    expectError(() => proRate({ segments: [seg("2025-01-01", "2025-05-15"), seg("2025-05-01", "2025-12-31")] }), "INVALID_INPUT", "segments[1].start", "overlapping_segments");
    expectError(() => proRate({ segments: [seg("2025-05-01", "2025-12-31"), seg("2025-01-01", "2025-05-01")] }), "INVALID_INPUT", "segments[0].start", "overlapping_segments");
    expectError(() => proRate({ segments: [seg("2025-01-01", "2025-12-31"), seg("2025-03-01", "2025-03-02")] }), "INVALID_INPUT", "segments[1].start", "overlapping_segments");
    expectError(() => proRate({ period: Y2025, segments: [seg("2024-12-01", "2025-04-30")] }), "INVALID_INPUT", "segments[0].start", "outside_period");
    expectError(() => proRate({ period: Y2025, segments: [seg("2025-05-01", "2026-01-01")] }), "INVALID_INPUT", "segments[0].end", "outside_period");
    expectError(() => proRate({ segments: [seg("2025-02-30", "2025-04-30")] }), "INVALID_INPUT", "segments[0].start");
    expectError(() => proRate({ segments: [seg("2025-01-01", "end of April")] }), "INVALID_INPUT", "segments[0].end");
    expectError(() => proRate({ segments: [seg("2025-01-01", "2025-04-30", "8O")] }), "INVALID_INPUT", "segments[0].score");
    expectError(() => proRate({ segments: [{ ...seg("2025-01-01", "2025-04-30"), id: "a" }, { ...seg("2025-05-01", "2025-05-30"), id: "a" }] }), "INVALID_INPUT", "segments[1].id", "duplicate_id");
    expectError(() => proRate({ segments: [] }), "INVALID_INPUT", "segments");
    expectError(() => proRate({ segments: [seg("2025-01-01", "2025-04-30")], minDays: 0 }), "INVALID_INPUT", "minDays");
    expectError(() => proRate({ segments: [seg("2025-01-01", "2025-04-30")], minDaysPolicy: "ignore" as never }), "INVALID_INPUT", "minDaysPolicy");
    expectError(() => proRate({ period: { start: "2025-12-31", end: "2025-01-01" }, segments: [seg("2025-01-01", "2025-04-30")] }), "INVALID_INPUT", "period.end", "end_before_start");
    expectError(() => proRate({ segments: [{ ...seg("2025-01-01", "2025-04-30"), weight: 2 } as never] }), "INVALID_INPUT", "segments[0]", "unrecognized_keys");
  });

  it("no segment with minDays → INSUFFICIENT_COVERAGE", () => {
    expectError(() => proRate({ period: Y2025, segments: JOBS_2025, minDays: 246 }), "INSUFFICIENT_COVERAGE", "segments", "no_segment_meets_min_days");
    expectError(() => proRate({ period: Y2025, segments: JOBS_2025, minDays: 246, minDaysPolicy: "merge" }), "INSUFFICIENT_COVERAGE", "segments", "no_segment_meets_min_days");
  });
});

/** Days from 1 Jan of `year` to the date `n` days later, as text (UTC Date: an oracle independent of the library). */
const dateOf = (year: number, n: number): string => new Date(Date.UTC(year, 0, 1 + n)).toISOString().slice(0, 10);
const daysOf = (start: string, end: string): number => (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000 + 1;

/** A year and 1–6 non-overlapping segments in it (possibly with gaps), with scores of 2 decimals, in chronological order. */
const yearSegmentsArb = fc
  .integer({ min: 1990, max: 2100 })
  .chain((year) => {
    const yearDays = daysOf(`${year}-01-01`, `${year}-12-31`);
    return fc.record({
      year: fc.constant(year),
      cuts: fc.uniqueArray(fc.integer({ min: 0, max: yearDays }), { minLength: 2, maxLength: 7 }).map((c) => [...c].sort((a, b) => a - b)),
      gaps: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 6, maxLength: 6 }),
      scores: fc.array(fc.integer({ min: 0, max: 12_000 }), { minLength: 6, maxLength: 6 }),
    });
  })
  .map(({ year, cuts, gaps, scores }) => ({
    year,
    segments: cuts.slice(0, -1).map((c, i) => {
      const next = cuts[i + 1] ?? c + 1;
      const gap = Math.min(gaps[i] ?? 0, next - c - 1);
      return { id: `s${i}`, start: dateOf(year, c), end: dateOf(year, next - 1 - gap), score: scaled(scores[i] ?? 0, 2) };
    }),
  }));

describe("proRate — properties", () => {
  fcTest.prop([yearSegmentsArb, fc.integer({ min: 1, max: 120 }), fc.constantFrom("drop" as const, "merge" as const)])(
    "weights sum to 1, the score is Σ d·S / Σ d (independent day counts) and lies between the lowest and highest counted score",
    ({ year, segments }, minDays, policy) => {
      const input = deepFreeze({ period: { start: `${year}-01-01`, end: `${year}-12-31` }, segments, minDays, minDaysPolicy: policy });
      const before = snapshot(input);
      let r;
      try {
        r = proRate(input);
      } catch (e) {
        expect(segments.every((s) => daysOf(s.start, s.end) < minDays)).toBe(true); // only when nothing qualifies
        expect((e as { code: string }).code).toBe("INSUFFICIENT_COVERAGE");
        return;
      }
      expect(input).toEqual(before);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      // days: each segment's own days match the oracle; counted days add up to totalDays exactly
      r.weights.forEach((w, i) => expect(w.days).toBe(daysOf(segments[i]?.start ?? "", segments[i]?.end ?? "")));
      expect(r.weights.reduce((a, w) => a + w.countedDays, 0)).toBe(r.totalDays);
      const served = segments.reduce((a, s) => a + daysOf(s.start, s.end), 0);
      expect(r.totalDays).toBe(policy === "merge" ? served : segments.filter((s) => daysOf(s.start, s.end) >= minDays).reduce((a, s) => a + daysOf(s.start, s.end), 0));
      // weights sum to 1 (decimal texts of 40 significant digits: within 1e-38)
      const sum = r.weights.reduce((a, w) => a.plus(w.weight), new X(0));
      expect(sum.minus(1).abs().lte("1e-38")).toBe(true);
      // the score, against an independent computation
      const expected = r.weights.reduce((a, w) => a.plus(new X(w.score).times(w.countedDays)), new X(0)).div(r.totalDays);
      expect(new X(r.exact).minus(expected).abs().lte(new X(expected).abs().times("1e-39").plus("1e-39"))).toBe(true);
      // bounds
      const counted = r.weights.filter((w) => w.countedDays > 0).map((w) => new X(w.score));
      const lo = counted.reduce((a, b) => (a.lt(b) ? a : b));
      const hi = counted.reduce((a, b) => (a.gt(b) ? a : b));
      expect(new X(r.exact).gte(lo) && new X(r.exact).lte(hi)).toBe(true);
    },
  );

  fcTest.prop([yearSegmentsArb, fc.integer({ min: -50_000, max: 50_000 })])("a constant score pro-rates to itself", ({ segments }, n) => {
    const score = scaled(n, 3);
    const r = proRate({ segments: segments.map((s) => ({ ...s, score })) });
    expect(new X(r.exact).eq(score)).toBe(true);
    expect(r.exact).toBe(new X(score).toFixed());
  });

  fcTest.prop([
    yearSegmentsArb.chain((y) => fc.record({ y: fc.constant(y), perm: fc.shuffledSubarray(y.segments, { minLength: y.segments.length, maxLength: y.segments.length }) })),
    fc.integer({ min: 1, max: 100 }),
    fc.constantFrom("drop" as const, "merge" as const),
  ])("is invariant to the order of the segments", ({ y, perm }, minDays, policy) => {
    const run = (segments: typeof perm) => {
      try {
        return proRate({ segments, minDays, minDaysPolicy: policy, rounding: { places: 2, mode: "halfEven" } });
      } catch (e) {
        return (e as { code: string }).code;
      }
    };
    const a = run(y.segments);
    const b = run(perm);
    if (typeof a === "string" || typeof b === "string") {
      expect(a).toEqual(b);
      return;
    }
    expect([b.score, b.exact, b.totalDays]).toEqual([a.score, a.exact, a.totalDays]);
    const byId = (r: typeof a) => new Map(r.weights.map((w) => [w.id, [w.days, w.countedDays, w.weight, w.status]]));
    expect(byId(b)).toEqual(byId(a));
  });
});
