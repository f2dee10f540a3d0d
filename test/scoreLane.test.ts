// Issue 7, DESIGN §4/§8: `score` on its fast lane (floats with an error bound, decimals where a value
// demands them) gives exactly the fields of the reference decimal evaluation — the whole serialized
// Score, or the same error — on at least 10 000 generated appraisals per run, biased towards rounding
// ties (x.xx5), band and rating edges, steps thresholds, missing actuals, N/A answers and malformed input.
import { readFileSync } from "node:fs";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { evaluateReference } from "../src/engine/evaluate.js";
import { scoreWithLane } from "../src/engine/score.js";
import { scoreOf } from "../src/schema/score.js";
import { compile, evaluate, score, type AppraisalInput, type Plan, type SchemeInput } from "../src/index.js";
import { permenpanrb6_2022 } from "../src/presets/index.js";
import { RATERS, outcome, scaled } from "./helpers.js";
// @ts-expect-error -- plain JS module of the benchmark (no types)
import { benchAppraisal, benchScheme } from "../scripts/bench/workload.mjs";

const agency = JSON.parse(readFileSync(new URL("../examples/data/agency-scheme.json", import.meta.url), "utf8")) as SchemeInput;
const preset = permenpanrb6_2022.scheme({
  id: "preset",
  perspectives: agency.perspectives ?? [],
  objectives: agency.objectives ?? [],
  indicators: agency.indicators,
  missing: { minCoverage: "0.8" },
});

/** Every rounding site, every mode family, steps, inverse ratios, ranges and exact band classification. */
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
    { id: "i3", objective: "o2", label: "I3", target: 12, direction: "lower", floor: 0 },
    { id: "i4", perspective: "b", label: "I4", target: 3, weight: 2 },
    { id: "i5", perspective: "b", label: "I5", range: { min: 30, max: 45, decay: "min" }, direction: "range", weight: 1 },
    { id: "i6", perspective: "b", label: "I6", target: 7, weight: 5, method: { kind: "steps", steps: [{ from: 0, score: 50 }, { from: 90.5, score: 100 }] } },
  ],
  behaviour: {
    competencies: [{ id: "k1", label: "K1", weight: 2 }, { id: "k2", label: "K2" }, { id: "k3", label: "K3" }],
    scale: "likert5",
    combine: "equalGroup",
    rating: { meets: 50, above: "62.5" },
  },
  composition: [
    { component: "results", weight: 60 },
    { component: "behaviour", weight: 40 },
  ],
  compositionWithPeers: [
    { component: "results", weight: 70 },
    { component: "behaviour", weight: 30 },
  ],
  missing: { policy: "renormalize" },
  rounding: {
    achievement: { places: 4, mode: "halfEven" },
    indicator: { places: 2, mode: "halfUp" },
    objective: { places: 2, mode: "down" },
    perspective: { places: 3, mode: "halfDown" },
    component: { places: 2, mode: "ceil" },
    final: { places: 2, mode: "halfUp" },
  },
  resultsRating: { meets: 60, above: "90.5" },
  bands: {
    classify: "exact",
    table: [
      { id: "buruk", label: "Buruk", max: "50.5" },
      { id: "kurang", label: "Kurang", min: "50.5", max: "60.5" },
      { id: "cukup", label: "Cukup", min: "60.5", max: "75.5" },
      { id: "baik", label: "Baik", min: "75.5", max: "90.5", requires: [{ fact: "disiplin", equals: true }] },
      { id: "sangatBaik", label: "Sangat Baik", min: "90.5" },
    ],
  },
};
const zeroPolicy: SchemeInput = { ...rounded, id: "zero", missing: { policy: "zero" }, bands: { ...(rounded.bands as NonNullable<SchemeInput["bands"]>), classify: "rounded" } };
const weighted: SchemeInput = {
  ...rounded,
  id: "weighted",
  behaviour: {
    ...(rounded.behaviour as NonNullable<SchemeInput["behaviour"]>),
    combine: "weightedGroup",
    conversion: "proportional",
    groups: [
      { group: "supervisor", weight: "0.5" },
      { group: "peer", weight: "0.25", minRaters: 2 },
      { group: "subordinate", weight: "0.25" },
    ],
  },
  rounding: { final: { places: 0, mode: "down" } },
};

const P = [{ id: "p", label: "P" }];
const bench = benchScheme() as SchemeInput;
const plans: readonly Plan[] = [compile(bench), compile(agency), compile(preset), compile(rounded), compile(zeroPolicy), compile(weighted)];

/** An actual for a target: ties (x.xx5), band edges, step thresholds, plain values, zero, missing. */
const actualFor = (target: string | undefined): fc.Arbitrary<string | number | null> => {
  const t = new Decimal(target ?? "40");
  const at = (pct: string) => t.times(pct).div(100).toFixed();
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 40_000 }).map((n) => scaled(n, 2)) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 20_000 }).map((n) => scaled(n * 10 + 5, 3)) },
    { weight: 3, arbitrary: fc.constantFrom("50.5", "60.5", "75.5", "90.5", "100", "50.495", "90.505", "75.4999", "120", "150").map(at) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 300 }) },
    { weight: 1, arbitrary: fc.constantFrom<string | number | null>(null, 0, "0", "30", "45", 30, 45) },
  );
};


/** Ways to spoil an appraisal: each must give what the decimal path gives (usually its error). */
type Spoil = (a: Record<string, unknown>) => void;
const SPOILS: readonly Spoil[] = [
  (a) => (a["extra"] = 1),
  (a) => Object.defineProperty(a, "__proto__", { value: { polluted: true }, enumerable: true }),
  (a) => ((a["employee"] as Record<string, unknown>)["id"] = ""),
  (a) => ((a["actuals"] as Record<string, unknown>[])[0] = { indicator: "nope", actual: 1 }),
  (a) => ((a["actuals"] as Record<string, unknown>[]).push({ ...(a["actuals"] as Record<string, unknown>[])[0] })),
  (a) => (((a["actuals"] as Record<string, unknown>[])[0] as Record<string, unknown>)["actual"] = " 12"),
  (a) => (((a["actuals"] as Record<string, unknown>[])[0] as Record<string, unknown>)["actual"] = "1e2"),
  (a) => (((a["actuals"] as Record<string, unknown>[])[0] as Record<string, unknown>)["actual"] = "12.0000000000000001"),
  (a) => (((a["actuals"] as Record<string, unknown>[])[0] as Record<string, unknown>)["actual"] = Number.NaN),
  (a) => (((a["actuals"] as Record<string, unknown>[])[0] as Record<string, unknown>)["target"] = "0"),
  (a) => (((a["actuals"] as Record<string, unknown>[])[0] as Record<string, unknown>)["target"] = 7),
  (a) => (a["period"] = { start: "2026-02-30", end: "2026-12-31" }),
  (a) => (a["period"] = { start: "2026-07-01", end: "2026-06-30" }),
  (a) => (a["period"] = { start: "2026-01-01", end: "2026-06-30" }),
  (a) => (a["facts"] = [{ id: "disiplin", value: true }]),
  (a) => (a["facts"] = [{ id: "disiplin", value: false }, { id: "disiplin", value: true }]),
  (a) => (a["daysServed"] = -1),
  (a) => (a["history"] = []),
  (a) => (a["ratings"] = []),
  (a) => delete a["ratings"],
  (a) => rating(a, (r) => (r["value"] = 6)),
  (a) => rating(a, (r) => (r["value"] = "3.5")),
  (a) => rating(a, (r) => (r["value"] = "N/A")),
  (a) => rating(a, (r) => (r["value"] = " na")),
  (a) => rating(a, (r) => (r["group"] = "peer")),
  (a) => rating(a, (r) => (r["group"] = "toString")),
  (a) => rating(a, (r) => (r["competency"] = "unknown")),
  (a) => rating(a, (r) => (r["subgroup"] = "public")),
  (a) => rating(a, (r) => (r["rater"] = "p1")),
  (a) => rating(a, (r) => (r["rater"] = "diri2")),
];
function rating(a: Record<string, unknown>, f: (r: Record<string, unknown>) => void): void {
  const rs = a["ratings"] as Record<string, unknown>[] | undefined;
  if (rs && rs.length > 0) f(rs[Math.min(1, rs.length - 1)] as Record<string, unknown>);
}

const appraisalFor = (plan: Plan): fc.Arbitrary<AppraisalInput> => {
  const inds = plan.scheme.indicators;
  const comps = plan.scheme.behaviour?.competencies ?? [];
  const actuals = fc.tuple(...inds.map((ind) => actualFor(ind.target ?? ind.range?.max)));
  const ratings = fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.constantFrom<number | string | null>("na", null, "4") }), {
    minLength: RATERS.length * comps.length,
    maxLength: RATERS.length * comps.length,
  });
  const drop = fc.constantFrom("none", "peers", "subordinates");
  // One appraisal in five is spoiled.
  const spoil = fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: SPOILS.length - 1 }) });
  return fc.tuple(actuals, ratings, drop, spoil, fc.boolean()).map(([as, rs, d, sp, disiplin]) => {
    const a: Record<string, unknown> = {
      id: "A-1",
      employee: { id: "E", name: "Pegawai", unit: "Unit 1" },
      period: { start: "2026-01-01", end: "2026-12-31" },
      actuals: inds.map((ind, i) => ({ indicator: ind.id, actual: as[i] ?? null })),
      facts: [{ id: "disiplin", value: disiplin }],
    };
    if (comps.length > 0) {
      a["ratings"] = RATERS.flatMap(([rater, group], ri) =>
        (d === "peers" && group === "peer" && ri > 2) || (d === "subordinates" && group === "subordinate" && ri > 5)
          ? []
          : comps.map((c, ci) => ({ rater, group, competency: c.id, value: rs[ri * comps.length + ci] ?? 3 })),
      );
    }
    if (sp !== null) (SPOILS[sp] as Spoil)(a);
    return a as AppraisalInput;
  });
};


describe("score = the reference evaluation's fields", () => {
  test("every plan here has the fast lane", () => {
    expect(plans.map((p) => p.fastLane)).toEqual(plans.map(() => ({ available: true, reason: null })));
  });

  test("identical serialized scores (or errors) on 10 000 generated appraisals; both lanes exercised", () => {
    let runs = 0;
    let fast = 0;
    let errors = 0;
    const arb = fc.integer({ min: 0, max: plans.length - 1 }).chain((p) => appraisalFor(plans[p] as Plan).map((a) => ({ p, a })));
    fc.assert(
      fc.property(arb, ({ p, a }) => {
        const plan = plans[p] as Plan;
        const ref = outcome(() => scoreOf(evaluateReference(plan, a)));
        let lane = "decimal";
        const got = outcome(() => {
          const s = scoreWithLane(plan, a);
          lane = s.lane;
          return s.score;
        });
        runs++;
        if (lane === "fast") fast++;
        if (ref.startsWith('{"error"')) errors++;
        expect(got).toBe(ref);
      }),
      { numRuns: 10_000 },
    );
    expect(runs).toBeGreaterThanOrEqual(10_000);
    // Not vacuous: most appraisals take the fast lane, some fall back (ties, edges, bad input).
    expect(fast).toBeGreaterThan(runs / 2);
    expect(fast).toBeLessThan(runs);
    expect(errors).toBeGreaterThan(0);
  }, 300_000);

  test("the benchmark workload takes the fast lane for every employee, with the reference's scores", () => {
    const plan = plans[0] as Plan;
    for (let i = 0; i < 300; i++) {
      const a = benchAppraisal(i) as AppraisalInput;
      const s = scoreWithLane(plan, a);
      expect(s.lane).toBe("fast");
      expect(JSON.stringify(s.score)).toBe(JSON.stringify(scoreOf(evaluateReference(plan, a))));
    }
  });
});

describe("ties and edges go to the decimal lane", () => {
  const one = (weights: readonly [number, number], rounding: NonNullable<SchemeInput["rounding"]>["final"]): Plan =>
    compile({
      id: "tie",
      perspectives: P,
      indicators: [
        { id: "x", perspective: "p", label: "X", target: 100, weight: weights[0] },
        { id: "y", perspective: "p", label: "Y", target: 100, weight: weights[1] },
      ],
      rounding: { final: rounding },
      bands: { table: [{ id: "low", label: "Low", max: 80 }, { id: "high", label: "High", min: 80 }] },
    } as SchemeInput);

  test("an exact x.xx5 final score: (84.98 + 84.99) / 2 = 84.985 → 84.99 half-up, 84.98 half-even, by the decimal lane", () => {
    const a = { employee: { id: "E" }, actuals: [{ indicator: "x", actual: "84.98" }, { indicator: "y", actual: "84.99" }] };
    const up = scoreWithLane(one([1, 1], { places: 2, mode: "halfUp" }), a);
    expect(up.lane).toBe("decimal");
    expect(up.score.final.score).toBe("84.99");
    const even = scoreWithLane(one([1, 1], { places: 2, mode: "halfEven" }), a);
    expect(even.lane).toBe("decimal");
    expect(even.score.final.score).toBe("84.98");
  });

  test("a final score exactly on a whole unit under truncation (1/3 + 2/3 of 90 → 90) is exact, not 89", () => {
    const a = { employee: { id: "E" }, actuals: [{ indicator: "x", actual: "90" }, { indicator: "y", actual: "90" }] };
    const s = scoreWithLane(one([1, 2], { places: 0, mode: "down" }), a);
    expect(s.score.final.score).toBe("90");
    expect(s.score.final.score).toBe(evaluate(one([1, 2], { places: 0, mode: "down" }), a).final.score);
  });

  test("far from any edge the fast lane decides (84.9 and 85 → 84.95)", () => {
    const a = { employee: { id: "E" }, actuals: [{ indicator: "x", actual: "84.9" }, { indicator: "y", actual: 85 }] };
    const s = scoreWithLane(one([1, 1], { places: 2, mode: "halfUp" }), a);
    expect(s).toEqual({ lane: "fast", score: scoreOf(evaluate(one([1, 1], { places: 2, mode: "halfUp" }), a)) });
    expect(s.score.final).toEqual({ score: "84.95", band: { id: "high", label: { id: "High" } } });
  });
});

describe("plans without a fast lane say why, and score still answers", () => {
  test.each([
    [
      "median behaviour",
      {
        id: "s",
        perspectives: P,
        indicators: [{ id: "x", perspective: "p", label: "X", target: 10 }],
        behaviour: { competencies: [{ id: "k", label: "K" }], central: "median" },
        rounding: { final: { places: 2 } },
      },
      /median/,
    ],
    [
      "additions",
      { id: "s", perspectives: P, indicators: [{ id: "x", perspective: "p", label: "X", target: 10 }], additions: [{ id: "t", label: "T", fact: "tugas" }], rounding: { final: { places: 2 } } },
      /additions/,
    ],
    ["interpolation", { id: "s", perspectives: P, indicators: [{ id: "x", perspective: "p", label: "X", target: 10, method: { kind: "interpolate", baseline: 0 } }], rounding: { final: { places: 2 } } }, /interpolate/],
  ])("%s", (_name, scheme, reason) => {
    const plan = compile(scheme as SchemeInput);
    expect(plan.fastLane.available).toBe(false);
    expect(plan.fastLane.reason).toMatch(reason);
    const a = { employee: { id: "E" }, actuals: [{ indicator: "x", actual: 7 }] };
    expect(score(plan, a)).toEqual(scoreOf(evaluate(plan, a)));
  });

  test("score on a scheme compiles it, and bad input fails like evaluate", () => {
    const scheme = { id: "s", perspectives: P, indicators: [{ id: "x", perspective: "p", label: "X", target: 10 }], rounding: { final: { places: 2 } } } as SchemeInput;
    expect(score(scheme, { employee: { id: "E" }, actuals: [{ indicator: "x", actual: 7 }] }).final.score).toBe("70.00");
    expect(outcome(() => score(scheme, { employee: { id: "E" }, actuals: [{ indicator: "x", actual: "seven" }] }))).toBe(
      outcome(() => evaluate(scheme, { employee: { id: "E" }, actuals: [{ indicator: "x", actual: "seven" }] })),
    );
  });

  test("score never mutates its input", () => {
    const a = benchAppraisal(7) as AppraisalInput;
    const before = JSON.stringify(a);
    score(plans[0] as Plan, a);
    expect(JSON.stringify(a)).toBe(before);
  });
});
