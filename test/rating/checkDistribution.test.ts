import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDistribution } from "../../src/rating/checkDistribution.js";
import { SE_MENPANRB_3_2023_CURVES } from "../../src/rating/seMenpanrbCurves.js";
import { coarseScoreArb, curveJson, deepFreeze, expectKinerja, meets, result, results, shuffle, shuffleKeysArb, testCurveArb } from "./helpers.js";

const C = SE_MENPANRB_3_2023_CURVES;

describe("checkDistribution", () => {
  it("SE MenPANRB 3/2023 [C]: a unit of 10 in a BP org with 4 Sangat Baik and 1 BP breaks 'SB ≤ 10 %' and 'BP ≥ 60 %'", () => {
    const rs = results([120, 115, 112, 111, 100, 95, 95, 80, 60, 40]);
    const check = checkDistribution(rs, { curve: C.butuhPerbaikan });
    expect(check.ok).toBe(false);
    const [g] = check.groups;
    expect(g?.size).toBe(10);
    expect(g?.counts).toEqual([
      { category: "sangatBaik", count: 4, share: "0.4" },
      { category: "baik", count: 3, share: "0.3" },
      { category: "butuhPerbaikan", count: 1, share: "0.1" },
      { category: "kurang", count: 1, share: "0.1" },
      { category: "sangatKurang", count: 1, share: "0.1" },
    ]);
    expect(g?.violations.map((v) => [v.id, v.problem, v.count, v.share, v.allowed])).toEqual([
      ["sangatBaik", "above", 4, "0.4", { min: 0, max: 1 }],
      ["butuhPerbaikan", "below", 1, "0.1", { min: 6, max: 10 }],
    ]);
    expect(g?.violations[0]?.limit).toEqual({ min: null, max: "0.1", minCount: null, maxCount: null, share: null });
    expect(g?.violations[0]?.message).toBe("'sangatBaik' has 4 of 10 (40 %); at most 1 allowed");
    expect(g?.feasible).toBe(true);
  });

  it("reports a group limit: a Baik org unit with no BP or Kurang breaks 'at least one BP and/or Kurang'", () => {
    const check = checkDistribution(results([100, 100, 95, 112, 40]), { curve: C.baik });
    expect(check.groups[0]?.violations.map((v) => [v.kind, v.id, v.categories, v.problem, v.count, v.allowed])).toEqual([
      ["group", "butuhPerbaikanKurang", ["butuhPerbaikan", "kurang"], "below", 0, { min: 1, max: 5 }],
    ]);
  });

  it("checks each unit separately with by: 'unit' (units sorted, the results without a unit last)", () => {
    const rs = [
      result({ id: "a1", score: 120, unit: "B" }),
      result({ id: "a2", score: 100, unit: "B" }),
      result({ id: "b1", score: 80, unit: "A" }),
      result({ id: "c1", score: 100 }),
    ];
    const check = checkDistribution(rs, { curve: C.istimewa, by: "unit" });
    expect(check.groups.map((g) => [g.unit, g.size, g.ok])).toEqual([
      ["A", 1, true],
      ["B", 2, true],
      [null, 1, true],
    ]);
    const all = checkDistribution(rs, { curve: C.istimewa });
    expect(all.groups.map((g) => [g.unit, g.size])).toEqual([[null, 4]]);
  });

  it("reports a unit too small for the curve as infeasible instead of throwing", () => {
    const check = checkDistribution(results([100]), { curve: C.kurang });
    const [g] = check.groups;
    expect(g?.feasible).toBe(false);
    expect(g?.ok).toBe(false);
    expect(g?.conflict.join("; ")).toContain("'kurang' at least 1");
    expect(g?.ranges).toEqual([]);
  });

  it("maps several bands to one category", () => {
    const curve = { id: "top", categories: [{ id: "good", bands: ["sangatBaik", "baik"], max: "0.5" }, { id: "rest", bands: ["butuhPerbaikan", "kurang", "sangatKurang"] }] };
    const check = checkDistribution(results([120, 100, 95, 60]), { curve });
    expect(check.groups[0]?.violations.map((v) => [v.id, v.count, v.allowed.max])).toEqual([["good", 3, 2]]);
  });

  it("rejects empty input, a result without a band, a band outside the curve and malformed results (INVALID_INPUT, paths)", () => {
    expectKinerja(() => checkDistribution([], { curve: C.baik }), "INVALID_INPUT", "results");
    const r = result({ id: "x", score: 100 });
    expectKinerja(() => checkDistribution([r, { ...r, final: { ...r.final, band: null } }], { curve: C.baik }), "INVALID_INPUT", "results[1].final.band");
    expectKinerja(() => checkDistribution([{ ...r, final: { ...r.final, band: { id: "other", label: { id: "Lain" } } } }], { curve: C.baik }), "INVALID_INPUT", "results[0].final.band.id");
    expectKinerja(() => checkDistribution([{ ...r, final: { ...r.final, score: "abc" } }], { curve: C.baik }), "INVALID_INPUT", "results[0].final.score");
    expectKinerja(() => checkDistribution([r], { curve: C.baik, by: "region" as never }), "INVALID_INPUT", "by");
  });

  fcTest.prop([fc.array(coarseScoreArb, { minLength: 1, maxLength: 25 }), testCurveArb, shuffleKeysArb])("ok exactly when the counts meet the curve, and invariant to the order of the results", (scores, curve, keys) => {
    const rs = deepFreeze(results(scores));
    const json = curveJson(curve);
    const check = checkDistribution(rs, { curve: json });
    const counts = curve.categories.map((bands) => rs.filter((r) => bands.includes(r.final.band?.id ?? "")).length);
    expect(check.ok).toBe(meets(curve, counts));
    expect(check.groups[0]?.counts.map((c) => c.count)).toEqual(counts);
    expect(checkDistribution(shuffle(rs, keys), { curve: json })).toEqual(check);
    expect(JSON.parse(JSON.stringify(check))).toEqual(check);
  });
});
