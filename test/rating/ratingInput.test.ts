// The rating functions read Scores as well as Results, validate what they read by hand (own data
// properties only, no holes, finite decimals) and output only what they built.
import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { calibrate } from "../../src/rating/calibrate.js";
import { checkDistribution } from "../../src/rating/checkDistribution.js";
import { SE_MENPANRB_3_2023_CURVES as C } from "../../src/rating/seMenpanrbCurves.js";
import { summarize } from "../../src/rating/summarize.js";
import type { Score } from "../../src/schema/score.js";
import { coarseScoreArb, expectKinerja, PLAN, result, results } from "./helpers.js";

const appraisal = (id: string, actual: string, unit?: string) => ({
  employee: unit === undefined ? { id } : { id, unit },
  actuals: [{ indicator: "skp", actual }],
});

describe("rating functions read Scores and Results alike", () => {
  fcTest.prop([fc.array(fc.tuple(coarseScoreArb, fc.constantFrom("U1", "U2")), { minLength: 20, maxLength: 40 })])(
    "summarize, checkDistribution and calibrate give the same answer for score() as for evaluate() of the same appraisals",
    (rows) => {
      const as = rows.map(([s, u], i) => appraisal(`E${i}`, s, u));
      const scores: Score[] = as.map((a) => score(PLAN, a));
      const full = as.map((a) => evaluate(PLAN, a));
      expect(summarize(scores, { by: "unit" })).toEqual(summarize(full, { by: "unit" }));
      expect(checkDistribution(scores, { curve: C.baik })).toEqual(checkDistribution(full, { curve: C.baik }));
      const a = calibrate(scores, { curve: C.kurang });
      const b = calibrate(full, { curve: C.kurang });
      expect({ ...a, results: [] }).toEqual({ ...b, results: [] });
      // A moved Score keeps its own shape (no trace appears) and gains the calibrated warning.
      a.results.forEach((r, i) => {
        expect(r.final.band).toEqual(b.results[i]?.final.band);
        expect(Object.hasOwn(r, "trace")).toBe(false);
      });
    },
  );

  it("reads only employee.id / unit and final.score / band: a minimal object is enough", () => {
    const s = summarize([
      { employee: { id: "a" }, final: { score: "70" } },
      { employee: { id: "b" }, final: { score: 90 } },
    ]);
    // mean (70 + 90) / 2 = 80; the number 90 is read as the decimal 90
    expect(s.groups[0]?.mean).toBe("80");
    expect(s.groups[0]?.employees.map((e) => [e.employee, e.score])).toEqual([
      ["b", "90"],
      ["a", "70"],
    ]);
  });
});

describe("rating functions validate what they read", () => {
  const fns = {
    summarize: (xs: unknown) => summarize(xs as never),
    checkDistribution: (xs: unknown) => checkDistribution(xs as never, { curve: C.baik }),
    calibrate: (xs: unknown) => calibrate(xs as never, { curve: C.baik }),
  };
  const good = result({ id: "x", score: 95 });

  for (const [name, fn] of Object.entries(fns)) {
    it(`${name}: holes, non-objects, inherited fields, non-finite and unreadable values are INVALID_INPUT with a path`, () => {
      // Issue 17: summarize(new Array(4)) gave a mean "NaN"; checkDistribution of holes said ok: true.
      expectKinerja(() => fn(new Array(4)), "INVALID_INPUT", "results[0]");
      expectKinerja(() => fn([good, , good]), "INVALID_INPUT", "results[1]"); // eslint-disable-line no-sparse-arrays
      expectKinerja(() => fn([good, 42]), "INVALID_INPUT", "results[1]");
      expectKinerja(() => fn([good, null]), "INVALID_INPUT", "results[1]");
      // employee and final reached only through the prototype are not read
      const inherited = Object.create({ employee: { id: "y" }, final: { score: "90", band: { id: "baik" } } }) as object;
      expectKinerja(() => fn([good, inherited]), "INVALID_INPUT", "results[1].employee");
      const protoKey = JSON.parse('{"employee":{"__proto__":{"id":"z"}},"final":{"score":"90","band":{"id":"baik"}}}') as unknown;
      expectKinerja(() => fn([good, protoKey]), "INVALID_INPUT", "results[1].employee.id");
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, "1e400", "x", 10n, "1e15"]) {
        expectKinerja(() => fn([good, { ...good, employee: { id: "w" }, final: { ...good.final, score: bad } }]), "INVALID_INPUT", "results[1].final.score");
      }
      const getter = { ...good, employee: { id: "g" } };
      Object.defineProperty(getter, "final", { enumerable: true, get: () => { throw new Error("boom"); } });
      expectKinerja(() => fn([good, getter]), "INVALID_INPUT", "results[1]");
      expectKinerja(() => fn({ length: 1, 0: good }), "INVALID_INPUT", "results");
    });
  }

  it("lists at most 100 issues however many results are bad", () => {
    const err = expectKinerja(() => summarize(new Array(100_000) as never), "INVALID_INPUT", "results[0]");
    expect(err.issues.length).toBe(100);
  });

  it("calibrate copies only plain JSON: a moved result with a BigInt or NaN in its trace is INVALID_INPUT", () => {
    // Issue 17: NaN or BigInt in a trace came back out, and JSON.stringify of the output threw.
    const rs = results([100, 100, 100, 100, 100, 100, 100, 100, 100, 100]);
    const plain = calibrate(rs, { curve: C.kurang });
    const moved = plain.moves.map((m) => Number(m.employee.slice(1)) - 1);
    expect(moved.length).toBeGreaterThan(0);
    const i = moved[0] ?? 0;
    for (const bad of [10n, Number.NaN]) {
      const poisoned = rs.map((r, j) => (j === i ? { ...r, trace: [...r.trace, { at: "x", value: bad }] } : r));
      expectKinerja(() => calibrate(poisoned as never, { curve: C.kurang }), "INVALID_INPUT", `results[${i}].trace[${rs[i]?.trace.length ?? 0}].value`);
    }
    expect(() => JSON.stringify(plain)).not.toThrow();
  });

  it("calibrate reads tie-break node scores through own properties and rejects a malformed one with its path", () => {
    const rs = results([100, 100]);
    const bad = [rs[0], { ...rs[1], indicators: [{ id: "skp", score: "abc" }] }];
    expectKinerja(() => calibrate(bad as never, { curve: C.baik, tieBreak: [{ by: "indicator", id: "skp" }] }), "INVALID_INPUT", "results[1].indicators[0].score");
  });
});
