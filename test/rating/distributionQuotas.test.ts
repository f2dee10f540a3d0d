import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distributionQuotas, type DistributionQuotas } from "../../src/rating/distributionQuotas.js";
import { SE_MENPANRB_3_2023_CURVES } from "../../src/rating/seMenpanrbCurves.js";
import { compositions, curveJson, deepFreeze, expectKinerja, meets, percentRange, testCurveArb } from "./helpers.js";

const C = SE_MENPANRB_3_2023_CURVES;
const allowed = (q: DistributionQuotas, id: string): [number, number] => {
  const row = [...q.categories, ...q.groups].find((c) => c.id === id);
  return [row?.allowed.min ?? -1, row?.allowed.max ?? -1];
};

describe("SE_MENPANRB_3_2023_CURVES", () => {
  it("holds the five organisation predikat of SE MenPANRB 3/2023, each with the five employee predikat best → worst", () => {
    expect(Object.keys(C)).toEqual(["istimewa", "baik", "butuhPerbaikan", "kurang", "sangatKurang"]);
    for (const curve of Object.values(C)) {
      expect(curve.categories.map((c) => c.id)).toEqual(["sangatBaik", "baik", "butuhPerbaikan", "kurang", "sangatKurang"]);
      expect(curve.source).toContain("SE MenPANRB No. 3/2023");
    }
  });

  it("is frozen data", () => {
    expect(Object.isFrozen(C.baik)).toBe(true);
    expect(Object.isFrozen(C.baik.categories)).toBe(true);
    expect(() => {
      (C.baik.categories[1] as { max?: string }).max = "1";
    }).toThrow(TypeError);
  });
});

describe("distributionQuotas", () => {
  it("SE MenPANRB 3/2023 [C]: a unit of 20 — Baik org: at most 14 Baik, at least 1 BP and/or Kurang", () => {
    const q = distributionQuotas({ size: 20, curve: C.baik });
    expect(allowed(q, "baik")).toEqual([0, 14]);
    expect(allowed(q, "butuhPerbaikanKurang")).toEqual([1, 20]);
    expect(q.method).toBe("limits");
    expect(q.rounding).toEqual({ min: "ceil", max: "floor" });
  });

  it("SE MenPANRB 3/2023 [C]: a unit of 20 — BP org: at least 12 BP, at most 2 Sangat Baik", () => {
    const q = distributionQuotas({ size: 20, curve: C.butuhPerbaikan });
    expect(allowed(q, "butuhPerbaikan")).toEqual([12, 20]);
    expect(allowed(q, "sangatBaik")).toEqual([0, 2]);
  });

  it("SE MenPANRB 3/2023 [C]: a unit of 20 — Kurang org: at least 12 Kurang, at least 2 BP, at most 2 SB", () => {
    const q = distributionQuotas({ size: 20, curve: C.kurang });
    expect(allowed(q, "kurang")).toEqual([12, 20]);
    expect(allowed(q, "butuhPerbaikan")).toEqual([2, 20]);
    expect(allowed(q, "sangatBaik")).toEqual([0, 2]);
    // jointly: 12 + 2 leave at most 6 for everyone else
    expect(q.categories.find((c) => c.id === "kurang")?.feasible).toEqual({ min: 12, max: 18 });
    expect(q.categories.find((c) => c.id === "baik")?.feasible).toEqual({ min: 0, max: 6 });
  });

  it("SE MenPANRB 3/2023 [C]: a unit of 20 — Sangat Kurang org: at least 12 SK, at least 2 Kurang + BP, no SB", () => {
    const q = distributionQuotas({ size: 20, curve: C.sangatKurang });
    expect(allowed(q, "sangatKurang")).toEqual([12, 20]);
    expect(allowed(q, "butuhPerbaikanKurang")).toEqual([2, 20]);
    expect(allowed(q, "sangatBaik")).toEqual([0, 0]);
  });

  it("SE MenPANRB 3/2023 [C]: a unit of 7 in a Baik org — at most 4.9 Baik: 4 with floor (default), 5 with halfUp", () => {
    const floor = distributionQuotas({ size: 7, curve: C.baik });
    const row = floor.categories.find((c) => c.id === "baik");
    expect(row?.exact).toEqual({ min: null, max: "4.9" });
    expect(row?.allowed).toEqual({ min: 0, max: 4 });
    const halfUp = distributionQuotas({ size: 7, curve: C.baik, rounding: { max: "halfUp" } });
    expect(allowed(halfUp, "baik")).toEqual([0, 5]);
    expect(halfUp.rounding).toEqual({ min: "ceil", max: "halfUp" });
  });

  it("a unit of 7 under every SE 3/2023 curve (the documented small-unit table)", () => {
    const table = Object.fromEntries(
      Object.entries(C).map(([org, curve]) => [
        org,
        Object.fromEntries([...distributionQuotas({ size: 7, curve }).categories, ...distributionQuotas({ size: 7, curve }).groups].map((c) => [c.id, [c.allowed.min, c.allowed.max]])),
      ]),
    );
    expect(table).toEqual({
      istimewa: { sangatBaik: [0, 4], baik: [0, 7], butuhPerbaikan: [0, 7], kurang: [0, 7], sangatKurang: [0, 7] },
      baik: { sangatBaik: [0, 7], baik: [0, 4], butuhPerbaikan: [0, 7], kurang: [0, 7], sangatKurang: [0, 7], butuhPerbaikanKurang: [1, 7] },
      // 10 % of 7 = 0.7: floor leaves no Sangat Baik at all in a unit of 7; at least 4.2 → 5
      butuhPerbaikan: { sangatBaik: [0, 0], baik: [0, 7], butuhPerbaikan: [5, 7], kurang: [0, 7], sangatKurang: [0, 7] },
      kurang: { sangatBaik: [0, 0], baik: [0, 7], butuhPerbaikan: [1, 7], kurang: [5, 7], sangatKurang: [0, 7] },
      sangatKurang: { sangatBaik: [0, 0], baik: [0, 7], butuhPerbaikan: [0, 7], kurang: [0, 7], sangatKurang: [5, 7], butuhPerbaikanKurang: [1, 7] },
    });
    // halfUp instead: 0.7 → 1 Sangat Baik allowed, 4.2 → at least 4
    const h = distributionQuotas({ size: 7, curve: C.butuhPerbaikan, rounding: { min: "halfUp", max: "halfUp" } });
    expect(allowed(h, "sangatBaik")).toEqual([0, 1]);
    expect(allowed(h, "butuhPerbaikan")).toEqual([4, 7]);
  });

  it("an exact-share curve (GE 20/70/10, largest remainder (docs/sources.md#methods)) is apportioned by largest remainder: 17 → 3/12/2", () => {
    const q = distributionQuotas({
      size: 17,
      curve: { id: "vitality", categories: [{ id: "top", share: 20 }, { id: "middle", share: 70 }, { id: "bottom", share: 10 }] },
    });
    expect(q.method).toBe("largestRemainder");
    expect(q.categories.map((c) => [c.allowed.min, c.allowed.max])).toEqual([[3, 3], [12, 12], [2, 2]]);
    expect(q.categories.map((c) => c.exact.min)).toEqual(["3.4", "11.9", "1.7"]);
    expect(q.apportionment?.counts).toEqual([3, 12, 2]);
  });

  it("an infeasible unit is INVALID_INPUT naming the conflicting limits: 1 employee in a Kurang org", () => {
    const err = expectKinerja(() => distributionQuotas({ size: 1, curve: C.kurang }), "INVALID_INPUT", "size");
    expect(err.message).toContain("'kurang' at least 1 (60 % of 1 = 0.6, ceil)");
    expect(err.message).toContain("'butuhPerbaikan' at least 1 (10 % of 1 = 0.1, ceil)");
    expect(err.message).toContain("the unit has 1 employee");
  });

  it("reports the sum of maxima below the size as infeasible", () => {
    const curve = { id: "tight", categories: [{ id: "a", max: "0.3" }, { id: "b", max: "0.3" }] };
    const err = expectKinerja(() => distributionQuotas({ size: 10, curve }), "INVALID_INPUT", "size");
    expect(err.message).toContain("'a' at most 3");
    expect(err.message).toContain("'b' at most 3");
  });

  it("rejects malformed curves with INVALID_INPUT and a path to each problem", () => {
    const base = { id: "x", categories: [{ id: "a" }, { id: "b" }, { id: "c" }] };
    // a band in two categories
    expectKinerja(() => distributionQuotas({ size: 5, curve: { id: "x", categories: [{ id: "a", bands: ["p", "q"] }, { id: "b", bands: ["q"] }] } }), "INVALID_INPUT", "curve.categories[1].bands[0]");
    expectKinerja(() => distributionQuotas({ size: 5, curve: { id: "x", categories: [{ id: "a" }, { id: "b", bands: ["a"] }] } }), "INVALID_INPUT", "curve.categories[1].bands[0]");
    // duplicate category
    expectKinerja(() => distributionQuotas({ size: 5, curve: { id: "x", categories: [{ id: "a" }, { id: "a" }] } }), "INVALID_INPUT", "curve.categories[1].id");
    // unknown category in a group
    expectKinerja(() => distributionQuotas({ size: 5, curve: { ...base, groups: [{ id: "g", categories: ["a", "z"], min: "0.1" }] } }), "INVALID_INPUT", "curve.groups[0].categories[1]");
    // a group of categories that are not adjacent
    expectKinerja(() => distributionQuotas({ size: 5, curve: { ...base, groups: [{ id: "g", categories: ["a", "c"], min: "0.1" }] } }), "INVALID_INPUT", "curve.groups[0].categories");
    // a minimum above the maximum, a share above 1, a negative share
    expectKinerja(() => distributionQuotas({ size: 5, curve: { id: "x", categories: [{ id: "a", min: "0.6", max: "0.5" }, { id: "b" }] } }), "INVALID_INPUT", "curve.categories[0].min");
    expectKinerja(() => distributionQuotas({ size: 5, curve: { id: "x", categories: [{ id: "a", max: "1.5" }, { id: "b" }] } }), "INVALID_INPUT", "curve.categories[0].max");
    expectKinerja(() => distributionQuotas({ size: 5, curve: { id: "x", categories: [{ id: "a", max: -0.1 }, { id: "b" }] } }), "INVALID_INPUT", "curve.categories[0].max");
    // exact shares on some categories only, or mixed with limits
    expectKinerja(() => distributionQuotas({ size: 5, curve: { id: "x", categories: [{ id: "a", share: 1 }, { id: "b" }] } }), "INVALID_INPUT", "curve.categories[1].share");
    expectKinerja(() => distributionQuotas({ size: 5, curve: { id: "x", categories: [{ id: "a", share: 1, max: "0.5" }, { id: "b", share: 1 }] } }), "INVALID_INPUT", "curve.categories[0].max");
    // unknown keys, a fractional size, an unknown rounding mode
    expectKinerja(() => distributionQuotas({ size: 5, curve: { ...base, extra: 1 } as never }), "INVALID_INPUT", "curve");
    expectKinerja(() => distributionQuotas({ size: 2.5, curve: base }), "INVALID_INPUT", "size");
    expectKinerja(() => distributionQuotas({ size: 5, curve: base, rounding: { max: "nearest" as never } }), "INVALID_INPUT", "rounding.max");
  });

  fcTest.prop([testCurveArb, fc.integer({ min: 0, max: 12 })])("the joint ranges are exact: feasible iff some split of the unit meets the curve, and every feasible bound is attained", (curve, size) => {
    const json = deepFreeze(curveJson(curve));
    const splits = compositions(size, curve.categories.length).filter((c) => meets(curve, c));
    let q: DistributionQuotas | undefined;
    try {
      q = distributionQuotas({ size, curve: json });
    } catch (e) {
      expect(splits).toEqual([]);
      expect((e as { code?: string }).code).toBe("INVALID_INPUT");
      return;
    }
    expect(splits.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(q))).toEqual(q);
    q.categories.forEach((row, i) => {
      const counts = splits.map((s) => s[i] ?? 0);
      expect(row.feasible).toEqual({ min: Math.min(...counts), max: Math.max(...counts) });
      expect(row.allowed).toEqual(Object.fromEntries(["min", "max"].map((k, j) => [k, percentRange(curve.limits[i] ?? {}, size)[j]])));
    });
    // the feasible ranges can always be filled to exactly the unit size
    expect(q.categories.reduce((a, c) => a + c.feasible.min, 0)).toBeLessThanOrEqual(size);
    expect(q.categories.reduce((a, c) => a + c.feasible.max, 0)).toBeGreaterThanOrEqual(size);
  });

  fcTest.prop([fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }).filter((xs) => xs.some((x) => x > 0)), fc.integer({ min: 0, max: 500 })])(
    "the quotas of an exact-share curve sum to the unit size",
    (shares, size) => {
      const q = distributionQuotas({ size, curve: { id: "exact", categories: shares.map((share, i) => ({ id: `c${i}`, share })) } });
      expect(q.categories.reduce((a, c) => a + c.allowed.min, 0)).toBe(size);
      q.categories.forEach((c) => expect(c.allowed.min).toBe(c.allowed.max));
    },
  );
});
