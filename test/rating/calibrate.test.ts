import { test as fcTest } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calibrate, type Calibration } from "../../src/rating/calibrate.js";
import { checkDistribution } from "../../src/rating/checkDistribution.js";
import { SE_MENPANRB_3_2023_CURVES } from "../../src/rating/seMenpanrbCurves.js";
import type { Result } from "../../src/schema/result.js";
import {
  BANDS,
  coarseScoreArb,
  compositions,
  curveJson,
  deepFreeze,
  expectKinerja,
  meets,
  result,
  results,
  scoreArb,
  shuffle,
  shuffleKeysArb,
  testCurveArb,
} from "./helpers.js";

const C = SE_MENPANRB_3_2023_CURVES;
const X = Decimal.clone({ precision: 60 });
/** bands and ties (docs/sources.md#methods): "top band = 20 % of 10 = 2 places", the rest in one category. */
const TOP20 = {
  id: "top20",
  categories: [
    { id: "top", bands: ["sangatBaik"], max: "0.2" },
    { id: "rest", bands: ["baik", "butuhPerbaikan", "kurang", "sangatKurang"] },
  ],
};

/** Category index of each employee after calibration (by employee id). */
const outIndex = (cal: Calibration): Map<string, number> => new Map(cal.assignments.map((a) => [a.employee, Number(a.proposedCategory.slice(1))] as const));

/** Rank order of the test: score desc, then employee id asc. */
const byRank = (rs: readonly Result[]): Result[] =>
  [...rs].sort((a, b) => new X(b.final.score).cmp(a.final.score) || (a.employee.id < b.employee.id ? -1 : a.employee.id > b.employee.id ? 1 : 0));

describe("calibrate", () => {
  it("bands and ties (docs/sources.md#methods): 2 places in the top band, three people share 91 (here 111) — the tie is reported and decided by employee id", () => {
    const rs = results([115, 111, 111, 111, 107, 105, 100, 98, 94, 90]);
    const cal = calibrate(rs, { curve: TOP20 });
    expect(cal.moves.map((m) => [m.employee, m.from, m.to, m.toBand, m.rank, m.score])).toEqual([
      ["E03", "top", "rest", "baik", 3, "111.00"],
      ["E04", "top", "rest", "baik", 4, "111.00"],
    ]);
    expect(cal.ties).toHaveLength(1);
    expect(cal.ties[0]).toMatchObject({
      above: "top",
      below: "rest",
      direction: "down",
      score: "111.00",
      employees: ["E02", "E03", "E04"],
      moved: ["E03", "E04"],
      kept: ["E02"],
      resolvedBy: "employeeId",
      tieBreak: null,
    });
    expect(cal.ties[0]?.message).toContain("no declared tie-break key separates them");
  });

  it("bands and ties (docs/sources.md#methods) option (a): a declared tie-break key (the unrounded score) decides the tie, which is still reported", () => {
    const rs = [115, "111.001", "111.003", "111.002", 107, 105, 100, 98, 94, 90].map((score, i) => result({ id: `E${String(i + 1).padStart(2, "0")}`, score }));
    expect(rs.slice(1, 4).map((r) => r.final.score)).toEqual(["111.00", "111.00", "111.00"]);
    const cal = calibrate(rs, { curve: TOP20, tieBreak: [{ by: "exactScore" }] });
    expect(cal.moves.map((m) => m.employee)).toEqual(["E04", "E02"]);
    expect(cal.ties[0]).toMatchObject({ employees: ["E03", "E04", "E02"], kept: ["E03"], moved: ["E04", "E02"], resolvedBy: "tieBreak", tieBreak: 0 });
  });

  it("SE MenPANRB 3/2023: a BP org unit of 10 — SB ≤ 1 and BP ≥ 6 reached with the fewest moves (6), each justified", () => {
    const rs = results([120, 115, 112, 111, 100, 95, 95, 80, 60, 40]);
    const cal = calibrate(rs, { curve: C.butuhPerbaikan });
    expect(cal.groups[0]?.before.map((c) => c.count)).toEqual([4, 3, 1, 1, 1]);
    expect(cal.groups[0]?.after.map((c) => c.count)).toEqual([1, 1, 6, 1, 1]);
    expect(cal.moved).toBe(6);
    expect(cal.moves.map((m) => `${m.employee}:${m.from}>${m.to}`)).toEqual([
      "E02:sangatBaik>baik",
      "E03:sangatBaik>butuhPerbaikan",
      "E04:sangatBaik>butuhPerbaikan",
      "E05:baik>butuhPerbaikan",
      "E06:baik>butuhPerbaikan",
      "E07:baik>butuhPerbaikan",
    ]);
    const e03 = cal.moves.find((m) => m.employee === "E03");
    expect(e03).toMatchObject({ rank: 3, score: "112.00", fromBand: "sangatBaik", toBand: "butuhPerbaikan", direction: "down", steps: 2 });
    expect(e03?.limits).toEqual([
      { kind: "category", id: "sangatBaik", bound: "max", count: 1 },
      { kind: "category", id: "butuhPerbaikan", bound: "min", count: 6 },
    ]);
    expect(e03?.reason).toBe("rank 3 of 10, score 112.00, sangatBaik → butuhPerbaikan: 'sangatBaik' had 4, at most 1 allowed; 'butuhPerbaikan' had 1, at least 6 required");
    expect(checkDistribution(cal.results, { curve: C.butuhPerbaikan }).ok).toBe(true);
    expect(cal.ties).toEqual([]); // E06 and E07 (95) both move: no cut between equal scores
  });

  it("applies the proposal to copies of the results: new band with its label, a 'calibrated' warning; others untouched", () => {
    const rs = deepFreeze(results([120, 115, 112, 111, 100, 95, 95, 80, 60, 40]));
    const cal = calibrate(rs, { curve: C.butuhPerbaikan });
    const e05 = cal.results[4];
    expect(e05?.final.band).toEqual({ id: "butuhPerbaikan", label: { id: "Butuh Perbaikan" } });
    expect(e05?.final.score).toBe("100.00");
    expect(e05?.warnings.at(-1)).toMatchObject({ code: "calibrated", at: "final.band" });
    expect(cal.results[0]).toBe(rs[0]);
    expect(rs[4]?.final.band?.id).toBe("baik");
    expect(calibrate(cal.results, { curve: C.butuhPerbaikan }).moved).toBe(0);
  });

  it("between equally small proposals prefers the lower ratings, or the higher with prefer: 'up' (Baik org: at least one BP and/or Kurang)", () => {
    const rs = results([120, 100, 100, 100, 100, 100, 95, 40, 40, 30]);
    const down = calibrate(rs, { curve: C.baik });
    expect(down.moves.map((m) => [m.employee, m.from, m.to, m.direction])).toEqual([["E07", "baik", "butuhPerbaikan", "down"]]);
    expect(down.moves[0]?.limits).toEqual([{ kind: "group", id: "butuhPerbaikanKurang", bound: "min", count: 1 }]);
    expect(down.moves[0]?.reason).toBe("rank 7 of 10, score 95.00, baik → butuhPerbaikan: group 'butuhPerbaikanKurang' had 0, at least 1 required");
    const up = calibrate(rs, { curve: C.baik, prefer: "up" });
    expect(up.moves.map((m) => [m.employee, m.from, m.to, m.direction])).toEqual([["E08", "sangatKurang", "kurang", "up"]]);
    expect(up.moves[0]?.reason).toContain("group 'butuhPerbaikanKurang' had 0, at least 1 required");
  });

  it("explains a cascade by the boundary it crosses: Sangat Baik overflows into a full Baik, whose lowest move on", () => {
    const curve = { id: "cascade", categories: [{ id: "sangatBaik", max: "0.2" }, { id: "baik", max: "0.5" }, { id: "butuhPerbaikan" }] };
    const cal = calibrate(results([130, 125, 120, 115, 105, 104, 103, 102, 101, 80]), { curve });
    expect(cal.moves.map((m) => `${m.employee}:${m.from}>${m.to}`)).toEqual(["E03:sangatBaik>baik", "E04:sangatBaik>baik", "E08:baik>butuhPerbaikan", "E09:baik>butuhPerbaikan"]);
    expect(cal.moves[2]?.reason).toBe(
      "rank 8 of 10, score 102.00, baik → butuhPerbaikan: at most 7 may be rated 'sangatBaik'…'baik' ('sangatBaik' at most 2, 'baik' at most 5); there were 9",
    );
    expect(cal.moves[2]?.limits).toEqual([
      { kind: "category", id: "sangatBaik", bound: "max", count: 2 },
      { kind: "category", id: "baik", bound: "max", count: 5 },
    ]);
  });

  it("calibrates an exact-share curve (GE 20/70/10, largest remainder (docs/sources.md#methods)): 17 employees → exactly 3 / 12 / 2", () => {
    const curve = {
      id: "vitality",
      categories: [
        { id: "top", bands: ["sangatBaik"], share: 20 },
        { id: "middle", bands: ["baik", "butuhPerbaikan"], share: 70 },
        { id: "bottom", bands: ["kurang", "sangatKurang"], share: 10 },
      ],
    };
    const scores = [130, 125, 121, 118, 112, 105, 104, 100, 99, 98, 97, 96, 95, 94, 93, 92, 91];
    const cal = calibrate(results(scores), { curve });
    expect(cal.groups[0]?.before.map((c) => c.count)).toEqual([5, 12, 0]);
    expect(cal.groups[0]?.after.map((c) => c.count)).toEqual([3, 12, 2]);
    expect(cal.moves.map((m) => [m.employee, m.to])).toEqual([
      ["E04", "middle"],
      ["E05", "middle"],
      ["E16", "bottom"],
      ["E17", "bottom"],
    ]);
  });

  it("calibrates each unit separately with by: 'unit'", () => {
    const rs = [
      ...[120, 118, 115].map((score, i) => result({ id: `A${i}`, score, unit: "A" })),
      ...[120, 100, 80].map((score, i) => result({ id: `B${i}`, score, unit: "B" })),
    ];
    const cal = calibrate(rs, { curve: C.istimewa, by: "unit" });
    expect(cal.groups.map((g) => [g.unit, g.moved, g.after.map((c) => c.count)])).toEqual([
      ["A", 1, [2, 1, 0, 0, 0]],
      ["B", 0, [1, 1, 1, 0, 0]],
    ]);
    expect(cal.moves.map((m) => [m.employee, m.unit, m.rank])).toEqual([["A2", "A", 3]]);
  });

  it("takes the category order from `order` (best → worst) when given", () => {
    const curve = { id: "rev", categories: [{ id: "low", bands: ["kurang"] }, { id: "high", bands: ["baik"], max: "0.5" }] };
    const cal = calibrate(results([100, 95, 60]), { curve, order: ["high", "low"] });
    expect(cal.moves.map((m) => [m.employee, m.from, m.to, m.direction])).toEqual([["E02", "high", "low", "down"]]);
  });

  it("rejects bad input with INVALID_INPUT and paths", () => {
    const r = result({ id: "x", score: 100 });
    expectKinerja(() => calibrate([], { curve: C.baik }), "INVALID_INPUT", "results");
    expectKinerja(() => calibrate([r, r], { curve: C.istimewa }), "INVALID_INPUT", "results[1].employee.id");
    expectKinerja(() => calibrate([{ ...r, final: { ...r.final, band: null } }], { curve: C.istimewa }), "INVALID_INPUT", "results[0].final.band");
    const partial = { id: "partial", categories: [{ id: "top", bands: ["sangatBaik"] }, { id: "low", bands: ["kurang"] }] };
    expectKinerja(() => calibrate([r], { curve: partial }), "INVALID_INPUT", "results[0].final.band.id");
    const err = expectKinerja(() => calibrate([r], { curve: C.kurang }), "INVALID_INPUT", "results");
    expect(err.message).toContain("cannot meet the curve");
    expectKinerja(() => calibrate([r], { curve: C.istimewa, order: ["sangatBaik", "nope"] }), "INVALID_INPUT", "order[1]");
    expectKinerja(() => calibrate([r], { curve: C.istimewa, order: ["sangatBaik"] }), "INVALID_INPUT", "order");
    expectKinerja(() => calibrate([r], { curve: C.istimewa, tieBreak: [{ by: "height" } as never] }), "INVALID_INPUT", "tieBreak[0].by");
    expectKinerja(
      () => calibrate([r], { curve: { id: "x", categories: [{ id: "a", bands: ["baik"] }, { id: "b", bands: ["baik"] }] } }),
      "INVALID_INPUT",
      "curve.categories[1].bands[0]",
    );
  });

  fcTest.prop([fc.array(coarseScoreArb, { minLength: 1, maxLength: 9 }), testCurveArb])(
    "moves exactly the fewest employees (then the fewest steps) of any monotone assignment that meets the curve — brute force",
    (scores, curve) => {
      const rs = results(scores);
      const ranked = byRank(rs);
      const input = ranked.map((r) => curve.categories.findIndex((bands) => bands.includes(r.final.band?.id ?? "")));
      let best: [number, number] | undefined;
      for (const counts of compositions(rs.length, curve.categories.length)) {
        if (!meets(curve, counts)) continue;
        const out = counts.flatMap((c, i) => new Array<number>(c).fill(i));
        const moves = out.filter((c, p) => c !== input[p]).length;
        const steps = out.reduce((a, c, p) => a + Math.abs(c - (input[p] ?? 0)), 0);
        if (!best || moves < best[0] || (moves === best[0] && steps < best[1])) best = [moves, steps];
      }
      let cal: Calibration;
      try {
        cal = calibrate(rs, { curve: curveJson(curve) });
      } catch (e) {
        expect(best).toBeUndefined();
        expect((e as { code?: string }).code).toBe("INVALID_INPUT");
        return;
      }
      expect(best).toBeDefined();
      expect([cal.moved, cal.groups[0]?.steps]).toEqual(best);
      expect(meets(curve, cal.groups[0]?.after.map((c) => c.count) ?? [])).toBe(true);
    },
  );

  fcTest.prop([fc.array(fc.oneof(coarseScoreArb, scoreArb), { minLength: 1, maxLength: 40 }), testCurveArb, shuffleKeysArb])(
    "meets the curve when feasible, never moves anyone past a higher score, is idempotent, independent of input order, and does not mutate",
    (scores, curve, keys) => {
      const rs = deepFreeze(results(scores));
      const json = deepFreeze(curveJson(curve));
      let cal: Calibration;
      try {
        cal = calibrate(rs, { curve: json });
      } catch {
        expect(checkDistribution(rs, { curve: json }).groups[0]?.feasible).toBe(false);
        return;
      }
      expect(checkDistribution(cal.results, { curve: json }).ok).toBe(true);
      // monotone: a higher score never ends in a worse category
      const out = outIndex(cal);
      const score = new Map(rs.map((r) => [r.employee.id, new X(r.final.score)]));
      for (const a of cal.assignments) {
        for (const b of cal.assignments) {
          if (score.get(a.employee)?.gt(score.get(b.employee) ?? 0)) expect(out.get(a.employee) ?? 0).toBeLessThanOrEqual(out.get(b.employee) ?? 0);
        }
      }
      // every move is justified, and moves = assignments that changed
      expect(cal.moves.length).toBe(cal.assignments.filter((a) => a.moved).length);
      for (const m of cal.moves) expect(m.reason).not.toBe("");
      // idempotent
      expect(calibrate(cal.results, { curve: json }).moved).toBe(0);
      // independent of input order
      const again = calibrate(shuffle(rs, keys), { curve: json });
      expect({ ...again, results: undefined }).toEqual({ ...cal, results: undefined });
      const byId = (list: readonly Result[]): Map<string, Result> => new Map(list.map((r) => [r.employee.id, r]));
      expect(byId(again.results)).toEqual(byId(cal.results));
      // plain JSON
      expect(JSON.parse(JSON.stringify({ ...cal, results: undefined }))).toEqual({ ...cal, results: undefined });
    },
  );

  fcTest.prop([fc.array(fc.tuple(coarseScoreArb, fc.constantFrom(...BANDS)), { minLength: 1, maxLength: 30 }), testCurveArb])(
    "with bands that do not follow the scores, creates no new rank inversion and still meets the curve",
    (rows, curve) => {
      const rs = rows.map(([score, band], i) => {
        const r = result({ id: `E${String(i).padStart(2, "0")}`, score });
        return { ...r, final: { ...r.final, band: { id: band, label: { id: band } } } };
      });
      const json = curveJson(curve);
      let cal: Calibration;
      try {
        cal = calibrate(rs, { curve: json });
      } catch {
        return;
      }
      expect(checkDistribution(cal.results, { curve: json }).ok).toBe(true);
      const ranked = cal.assignments; // rank order within the single group
      const idx = (id: string): number => Number(id.slice(1));
      for (let i = 0; i < ranked.length; i++) {
        for (let j = i + 1; j < ranked.length; j++) {
          const p = ranked[i];
          const q = ranked[j];
          if (!p || !q) continue;
          if (idx(p.category) <= idx(q.category)) expect(idx(p.proposedCategory)).toBeLessThanOrEqual(idx(q.proposedCategory));
        }
      }
    },
  );
});
