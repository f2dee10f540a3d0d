// docs/concepts.md, issue 7: the fast path (`evaluate` on a compiled plan: constant weight texts built once,
// precomputed effective weights, shared decimal texts) gives results identical to the reference path
// (`evaluateReference`: the same evaluation with those shortcuts off) — whole serialized results, or the same error —
// on at least 10 000 generated appraisals per run, biased towards rounding ties (x.xx5), band edges, the
// PP 46/2011 24 % efficiency edge and missing actuals (where the effective weights are recomputed).
import { readFileSync } from "node:fs";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { evaluateReference } from "../src/engine/evaluate.js";
import { compile, evaluate, type AppraisalInput, type FormulaPlugin, type Plan, type SchemeInput } from "../src/index.js";
import { RATERS, outcome, scaled } from "./helpers.js";

const agency = JSON.parse(readFileSync(new URL("../examples/data/agency-scheme.json", import.meta.url), "utf8")) as SchemeInput;

/** The PP 46/2011 waktu/biaya efficiency rule (PP 46/2011, Perka BKN 1/2013), exact, as a formula plugin. */
const D = Decimal.clone({ precision: 40 });
const efficiency: FormulaPlugin = {
  name: "test.pp46Efficiency",
  achievement: ({ actual, target }) => {
    const t = new D(target ?? "1");
    const eff = new D(100).minus(new D(actual).div(t).times(100));
    const base = new D("1.76").times(t).minus(actual).div(t).times(100);
    return { value: (eff.lte(24) ? base : new D(76).minus(base.minus(100))).toFixed(), inputs: { efficiency: eff.toFixed() } };
  },
};

const rounded: SchemeInput = {
  id: "rounded",
  perspectives: [
    { id: "a", label: "A", weight: 3 },
    { id: "b", label: "B", weight: 7 },
  ],
  objectives: [
    { id: "o1", perspective: "a", label: "O1", weight: 1 },
    { id: "o2", perspective: "a", label: "O2", weight: 2 },
  ],
  indicators: [
    { id: "i1", objective: "o1", label: "I1", target: 200, cap: 120 },
    { id: "i2", objective: "o1", label: "I2", target: 8, direction: "lower", method: { kind: "ratio", formula: "inverse" }, cap: 150 },
    { id: "i3", objective: "o2", label: "I3", target: 12, method: { kind: "formula", name: "test.pp46Efficiency" }, floor: 0 },
    { id: "i4", perspective: "b", label: "I4", target: 3, weight: 2 },
    { id: "i5", perspective: "b", label: "I5", range: { min: 30, max: 45 }, direction: "range", weight: 1 },
    { id: "i6", perspective: "b", label: "I6", target: 7, weight: 5, method: { kind: "steps", steps: [{ from: 0, score: 50 }, { from: 90.5, score: 100 }] } },
  ],
  missing: { policy: "renormalize" },
  rounding: {
    achievement: { places: 4, mode: "halfEven" },
    indicator: { places: 2, mode: "halfUp" },
    objective: { places: 2, mode: "down" },
    perspective: { places: 3, mode: "halfDown" },
    final: { places: 2, mode: "halfUp" },
  },
  bands: {
    classify: "exact",
    table: [
      { id: "buruk", label: "Buruk", max: "50.5" },
      { id: "kurang", label: "Kurang", min: "50.5", max: "60.5" },
      { id: "cukup", label: "Cukup", min: "60.5", max: "75.5" },
      { id: "baik", label: "Baik", min: "75.5", max: "90.5" },
      { id: "sangatBaik", label: "Sangat Baik", min: "90.5" },
    ],
  },
};
const zeroPolicy: SchemeInput = { ...rounded, id: "zero", missing: { policy: "zero" }, bands: { ...(rounded.bands as NonNullable<SchemeInput["bands"]>), classify: "rounded" } };

const plans: readonly Plan[] = [compile(agency), compile(rounded, { formulas: [efficiency] }), compile(zeroPolicy, { formulas: [efficiency] })];

/** An actual for a target: ties (x.xx5), band edges, the 24 % efficiency edge, plain values, zero, missing. */
const actualFor = (target: string | undefined): fc.Arbitrary<string | null> => {
  const t = new Decimal(target ?? "40");
  const at = (pct: string) => t.times(pct).div(100).toFixed();
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 40_000 }).map((n) => scaled(n, 2)) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 20_000 }).map((n) => scaled(n * 10 + 5, 3)) },
    { weight: 3, arbitrary: fc.constantFrom("50.5", "60.5", "75.5", "90.5", "100", "50.495", "90.505", "75.4999").map(at) },
    { weight: 2, arbitrary: fc.constantFrom("76", "75.99", "76.01", "24", "0").map(at) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
};


const appraisalFor = (plan: Plan): fc.Arbitrary<AppraisalInput> => {
  const inds = plan.scheme.indicators;
  const comps = plan.scheme.behaviour?.competencies ?? [];
  const actuals = fc.tuple(...inds.map((ind) => actualFor(ind.target ?? ind.range?.max)));
  const ratings = fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.constant("na" as const) }), {
    minLength: RATERS.length * comps.length,
    maxLength: RATERS.length * comps.length,
  });
  const dropPeers = fc.boolean();
  return fc.tuple(actuals, ratings, dropPeers).map(([as, rs, drop]) => ({
    employee: { id: "E" },
    actuals: inds.map((ind, i) => ({ indicator: ind.id, actual: as[i] ?? null })),
    ...(comps.length === 0
      ? {}
      : {
          ratings: RATERS.flatMap(([rater, group], ri) =>
            drop && group === "peer" && ri > 2 ? [] : comps.map((c, ci) => ({ rater, group, competency: c.id, value: rs[ri * comps.length + ci] ?? 3 })),
          ),
        }),
  }));
};


describe("fast path = reference path", () => {
  test("identical serialized results on 10 000 generated appraisals (ties, band edges, 24 % edge, missing data)", () => {
    let runs = 0;
    let errors = 0;
    const arb = fc.integer({ min: 0, max: plans.length - 1 }).chain((p) => appraisalFor(plans[p] as Plan).map((a) => ({ p, a })));
    fc.assert(
      fc.property(arb, ({ p, a }) => {
        const plan = plans[p] as Plan;
        const fast = outcome(() => evaluate(plan, a));
        const ref = outcome(() => evaluateReference(plan, a));
        runs++;
        if (fast.startsWith('{"error"')) errors++;
        expect(fast).toBe(ref);
      }),
      { numRuns: 10_000 },
    );
    expect(runs).toBeGreaterThanOrEqual(10_000);
    expect(errors).toBeLessThan(runs / 2); // most cases are scored, not rejected
  }, 300_000);

  test("the 24 % edge takes the ≤ branch exactly (waktu 9.12 of 12 months is efficiency 24 % → 100)", () => {
    const plan = plans[1] as Plan;
    const a: AppraisalInput = { employee: { id: "E" }, actuals: [{ indicator: "i3", actual: "9.12" }] };
    const r = evaluate(plan, a);
    expect(r.indicators[2]?.achievement).toBe("100.0000"); // achievement rounding: 4 places
    expect(JSON.stringify(r)).toBe(JSON.stringify(evaluateReference(plan, a)));
  });
});
