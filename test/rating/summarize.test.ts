import { test as fcTest } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarize } from "../../src/rating/summarize.js";
import { coarseScoreArb, deepFreeze, expectKinerja, result, results, scoreArb, shuffle, shuffleKeysArb } from "./helpers.js";

const X = Decimal.clone({ precision: 60 });

describe("summarize", () => {
  it("percentile ranks (docs/sources.md#methods): percentile rank of 70 in [60, 70, 70, 80, 90] is (1 + 2/2) / 5 = 0.40 (PERCENTRANK.INC would say 0.333)", () => {
    const s = summarize(results([60, 70, 70, 80, 90])).groups[0];
    const pr = Object.fromEntries((s?.employees ?? []).map((e) => [e.score, e.percentileRank]));
    expect(pr).toEqual({ "60.00": "0.1", "70.00": "0.4", "80.00": "0.7", "90.00": "0.9" });
  });

  it("z-scores (docs/sources.md#methods): z of 120 in [80, 90, 100, 110, 120] is 1.414 (population σ 14.142) and 1.265 (sample s 15.811)", () => {
    const s = summarize(results([80, 90, 100, 110, 120])).groups[0];
    expect(s?.mean).toBe("100");
    expect(new X(s?.sd ?? "0").toFixed(3)).toBe("14.142");
    expect(new X(s?.sampleSd ?? "0").toFixed(3)).toBe("15.811");
    const top = s?.employees[0];
    expect(top?.score).toBe("120.00");
    expect(new X(top?.z ?? "0").toFixed(3)).toBe("1.414");
    expect(new X(top?.zSample ?? "0").toFixed(3)).toBe("1.265");
    // full precision: √2 to the 40 significant digits of the decimal context
    expect(top?.z).toBe("1.414213562373095048801688724209698078569");
  });

  it("benchmarking (docs/sources.md#methods): percentiles by linear interpolation (PERCENTILE.INC) — 11 peers: median 73, P90 85", () => {
    const s = summarize(results([62, 65, 68, 70, 71, 73, 75, 78, 80, 85, 90])).groups[0];
    expect(s?.percentiles).toEqual({ p10: "65", p25: "69", p50: "73", p75: "79", p90: "85" });
    expect(s?.median).toBe("73");
    expect([s?.min, s?.max]).toEqual(["62", "90"]);
  });

  it("interpolates between scores: [1, 2, 3, 4] has P25 1.75, P50 2.5, P90 3.7", () => {
    const s = summarize(results([1, 2, 3, 4])).groups[0];
    expect(s?.percentiles).toEqual({ p10: "1.3", p25: "1.75", p50: "2.5", p75: "3.25", p90: "3.7" });
  });

  it("bands and ties (docs/sources.md#methods): standard competition ranks '1224' for 95, 91, 91, 91, 87", () => {
    const s = summarize(results([95, 91, 91, 91, 87])).groups[0];
    expect(s?.employees.map((e) => [e.employee, e.rank])).toEqual([
      ["E01", 1],
      ["E02", 2],
      ["E03", 2],
      ["E04", 2],
      ["E05", 5],
    ]);
  });

  it("counts per band, best band first, and per unit with by: 'unit'", () => {
    const rs = [
      result({ id: "a", score: 120, unit: "U1" }),
      result({ id: "b", score: 100, unit: "U1" }),
      result({ id: "c", score: 95, unit: "U1" }),
      result({ id: "d", score: 40, unit: "U2" }),
    ];
    const all = summarize(rs);
    expect(all.by).toBe("none");
    expect(all.groups[0]?.bands).toEqual([
      { band: "sangatBaik", count: 1 },
      { band: "baik", count: 2 },
      { band: "sangatKurang", count: 1 },
    ]);
    const byUnit = summarize(rs, { by: "unit" });
    expect(byUnit.groups.map((g) => [g.unit, g.count, g.mean])).toEqual([
      ["U1", 3, "105"],
      ["U2", 1, "40"],
    ]);
  });

  it("gives null z-scores when every score is equal, and a null sample deviation for one result", () => {
    const s = summarize(results([80, 80])).groups[0];
    expect(s?.sd).toBe("0");
    expect(s?.employees.map((e) => [e.z, e.zSample, e.percentileRank])).toEqual([
      [null, null, "0.5"],
      [null, null, "0.5"],
    ]);
    const one = summarize(results([80])).groups[0];
    expect([one?.sampleSd, one?.employees[0]?.zSample, one?.percentiles.p90]).toEqual([null, null, "80"]);
  });

  it("rejects empty input, duplicate employees and malformed results (INVALID_INPUT, paths)", () => {
    expectKinerja(() => summarize([]), "INVALID_INPUT", "results");
    const r = result({ id: "x", score: 1 });
    expectKinerja(() => summarize([r, r]), "INVALID_INPUT", "results[1].employee.id");
    expectKinerja(() => summarize([{ ...r, employee: { ...r.employee, id: "" } }]), "INVALID_INPUT", "results[0].employee.id");
    expectKinerja(() => summarize([r], { by: "team" as never }), "INVALID_INPUT", "by");
    expectKinerja(() => summarize("nope" as never), "INVALID_INPUT", "results");
  });

  fcTest.prop([fc.array(fc.oneof(scoreArb, coarseScoreArb), { minLength: 1, maxLength: 40 }), shuffleKeysArb])(
    "is invariant to the order of the results, does not mutate them, and is plain JSON",
    (scores, keys) => {
      const rs = deepFreeze(results(scores));
      const s = summarize(rs);
      expect(summarize(shuffle(rs, keys))).toEqual(s);
      expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    },
  );

  fcTest.prop([fc.array(fc.oneof(scoreArb, coarseScoreArb), { minLength: 1, maxLength: 40 })])(
    "percentile ranks lie in [0, 1] and follow the scores; min ≤ P10 ≤ … ≤ P90 ≤ max; z-scores sum to 0",
    (scores) => {
      const s = summarize(results(scores)).groups[0];
      if (!s) throw new Error("no group");
      const d = (v: string): Decimal => new X(v);
      for (const e of s.employees) {
        expect(d(e.percentileRank).gte(0) && d(e.percentileRank).lte(1)).toBe(true);
        expect(e.rank).toBeGreaterThanOrEqual(1);
      }
      for (let i = 1; i < s.employees.length; i++) {
        const a = s.employees[i - 1];
        const b = s.employees[i];
        if (a && b) expect(d(a.percentileRank).gte(d(b.percentileRank))).toBe(true);
      }
      const chain = [s.min, s.percentiles.p10, s.percentiles.p25, s.percentiles.p50, s.percentiles.p75, s.percentiles.p90, s.max].map(d);
      for (let i = 1; i < chain.length; i++) expect(chain[i]?.gte(chain[i - 1] ?? 0)).toBe(true);
      const sumZ = s.employees.reduce((a, e) => a.plus(e.z ?? "0"), new X(0));
      expect(sumZ.abs().lt("1e-35")).toBe(true);
    },
  );
});
