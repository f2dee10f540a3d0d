// The engine's stages (actuals, indicators, roll-up, coverage, additions, behaviour, composition,
// classification, band conditions) and both assemblers (`evaluate`'s Result with its trace, `score`'s
// Score) on fixed cases that each take one branch, against the frozen 40-digit decimal evaluation
// (test/oracle/decimalEngine.mjs, an independent implementation). The cases use values whose decimal
// expansions mostly end within 40 digits; the others are compared to 30 significant digits. Errors must
// have the same code and paths. `evaluate`'s reference path must give the same result byte for byte.
import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import { compile, evaluate, score, type AppraisalInput, type Result, type SchemeInput } from "../src/index.js";
import { evaluateReference } from "../src/engine/evaluate.js";
import { scoreOf } from "../src/schema/score.js";
import { isKinerjaError } from "../src/errors/kinerjaError.js";
import * as oracle from "./oracle/decimalEngine.mjs";

/** The outcome of a call: the result, or the error's code and the paths and codes of its issues. */
function outcomeOf(f: () => unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(f()));
  } catch (e) {
    if (!isKinerjaError(e)) throw e;
    return { error: e.code, issues: e.issues.map((i) => `${i.at}:${i.code}`) };
  }
}

const LONG = /^-?\d+\.\d{25,}$/;
/**
 * The outcome with every decimal text of 25 or more decimals cut to 30 significant digits: where a
 * value does not terminate (a mean of three), the oracle's 40-digit arithmetic differs from the exact
 * value in its last digits.
 */
function cut(x: unknown): unknown {
  if (typeof x === "string") return LONG.test(x) ? new Decimal(x).toSignificantDigits(30).toFixed() : x;
  if (Array.isArray(x)) return x.map(cut);
  if (typeof x === "object" && x !== null) return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, cut(v)]));
  return x;
}

/** evaluate and score (on the scheme and on its plan) agree with the oracle's result. */
function agree(scheme: SchemeInput, a: AppraisalInput, withScore = true): unknown {
  const want = outcomeOf(() => oracle.evaluate(oracle.compile(scheme), a));
  const got = outcomeOf(() => evaluate(scheme, a));
  expect(cut(got)).toEqual(cut(want));
  expect(outcomeOf(() => evaluate(compile(scheme), a))).toEqual(got);
  // The reference path (no prebuilt texts, no shared texts) gives the same result byte for byte.
  expect(JSON.stringify(outcomeOf(() => evaluateReference(scheme, a)))).toBe(JSON.stringify(got));
  if (!withScore) return got;
  // score gives exactly the Score fields of evaluate's result (same code or error).
  const wantScore = codeOf(got) === null ? JSON.parse(JSON.stringify(scoreOf(got as Result))) : got;
  expect(outcomeOf(() => score(scheme, a))).toEqual(wantScore);
  expect(outcomeOf(() => score(compile(scheme), a))).toEqual(wantScore);
  return got;
}

/** The error code of an outcome, or null for a result. */
const codeOf = (o: unknown): string | null => (typeof o === "object" && o !== null && "error" in o ? String(o.error) : null);
/** The band id and warning codes of a result. */
const bandOf = (o: unknown): string | null | undefined => (o as Result).final.band?.id ?? null;
const warningsOf = (o: unknown): readonly string[] => (o as Result).warnings.map((w) => w.code);

const P2 = [
  { id: "a", label: "A", weight: 3 },
  { id: "b", label: "B", weight: 1 },
];
/** Two perspectives, an objective, four indicators of several directions. */
const base: SchemeInput = {
  id: "base",
  version: "2026.1",
  period: { start: "2026-01-01", end: "2026-12-31" },
  perspectives: P2,
  objectives: [{ id: "o1", perspective: "a", label: "O1", weight: 1 }, { id: "o2", perspective: "a", label: "O2", weight: 3 }],
  indicators: [
    { id: "i1", objective: "o1", label: "I1", target: 200, cap: 120 },
    { id: "i2", objective: "o2", label: "I2", target: 8, direction: "lower", floor: 10 },
    { id: "i3", perspective: "b", label: "I3", target: 4, weight: 3 },
    { id: "i4", perspective: "b", label: "I4", target: 10, weight: 1, method: { kind: "interpolate", baseline: 2 } },
  ],
  rounding: { indicator: { places: 2, mode: "halfUp" }, final: { places: 2, mode: "halfUp" } },
  bands: {
    table: [
      { id: "low", label: "Low", max: 60 },
      { id: "mid", label: "Mid", min: 60, max: 90, requires: [{ fact: "disiplin", equals: true }] },
      { id: "high", label: "High", min: 90, requires: [{ fact: "disiplin", equals: true }, { fact: "integritas", equals: "ok" }] },
    ],
  },
};
const full = (actuals: readonly (number | string | null)[], extra: Partial<AppraisalInput> = {}): AppraisalInput => ({
  id: "A-1",
  employee: { id: "E1", name: "Pegawai", unit: "Unit 1", position: "Analis" },
  actuals: actuals.map((v, i) => ({ indicator: `i${i + 1}`, actual: v })),
  ...extra,
});

describe("roll-up, coverage and classification", () => {
  test("every indicator present: weighted means, the plan's effective weights, a band", () => {
    const r = agree(base, full([190, 6, 3, 8], { facts: [{ id: "disiplin", value: true }] })) as { final: { band: { id: string } } };
    expect(r.final.band.id).toBe("mid");
  });
  test("a missing actual under renormalize: present siblings share the weight, coverage below 1, a warning", () => {
    expect(warningsOf(agree(base, full([190, null, 3, 8]))).filter((w) => w === "missing_actual")).toEqual(["missing_actual"]);
    const r = agree(base, full([190, 6, null, null], { facts: [{ id: "disiplin", value: true }] })) as Result;
    expect(warningsOf(r).filter((w) => w === "missing_actual")).toEqual(["missing_actual", "missing_actual"]);
    // Perspective b has no actual: the results are perspective a's score alone, and coverage is a's weight share 3/4.
    expect(r.coverage).toBe("0.75");
    expect(r.perspectives.map((p) => p.status)).toEqual(["scored", "missing"]);
  });
  test("an indicator left out of the actuals is missing at `actuals`", () => {
    const r = agree(base, { employee: { id: "E1" }, actuals: [{ indicator: "i1", actual: 100 }, { indicator: "i3", actual: 4 }] }) as Result;
    expect(r.warnings.filter((w) => w.code === "missing_actual").map((w) => w.at)).toEqual(["actuals", "actuals"]);
  });
  test("missing as zero: the indicator scores 0 and is listed as zeroed", () => {
    const r = agree({ ...base, missing: { policy: "zero" } }, full([190, null, 3, null])) as Result;
    expect(r.indicators.map((i) => [i.status, i.score])).toEqual([["scored", "95.00"], ["zeroed", "0"], ["scored", "75.00"], ["zeroed", "0"]]);
  });
  test("missing under fail, below minCoverage, and with no actual at all are errors", () => {
    expect(codeOf(agree({ ...base, missing: { policy: "fail" } }, full([190, null, 3, 8])))).toBe("MISSING_ACTUAL");
    // i3 carries 3/4 of perspective b (1/4): coverage 1 − 3/16 = 0.8125 passes 0.8; i4 alone: 1 − 1/16.
    expect(codeOf(agree({ ...base, missing: { minCoverage: "0.8" } }, full([190, 6, null, 8])))).toBeNull();
    expect(codeOf(agree({ ...base, missing: { minCoverage: "0.9" } }, full([190, 6, null, 8])))).toBe("INSUFFICIENT_COVERAGE");
    expect(codeOf(agree({ ...base, missing: { minCoverage: "0.8125" } }, full([190, 6, null, 8])))).toBeNull();
    expect(codeOf(agree({ ...base, missing: { minCoverage: "0.8" } }, full([190, 6, 3, null])))).toBeNull();
    expect(codeOf(agree({ ...base, missing: { minCoverage: "0.8" } }, full([null, null, 3, 8])))).toBe("INSUFFICIENT_COVERAGE");
    expect(codeOf(agree(base, full([null, null, null, null])))).toBe("INSUFFICIENT_COVERAGE");
  });
  test("band conditions: unmet ones move the band down one step at a time, met ones keep it", () => {
    const high = [200, 4, 5, 12];
    expect(bandOf(agree(base, full(high, { facts: [{ id: "disiplin", value: true }, { id: "integritas", value: "ok" }] })))).toBe("high");
    expect(bandOf(agree(base, full(high, { facts: [{ id: "disiplin", value: true }, { id: "integritas", value: "no" }] })))).toBe("mid");
    expect(bandOf(agree(base, full(high, { facts: [{ id: "disiplin", value: "yes" }, { id: "integritas", value: "ok" }] })))).toBe("low");
    const none = agree(base, full(high));
    expect([bandOf(none), warningsOf(none)]).toEqual(["low", ["band_condition", "band_condition"]]);
  });
  test("a score in no band is a warning and no band; exact and rounded classification", () => {
    const two: SchemeInput = {
      id: "two",
      perspectives: [{ id: "p", label: "P" }],
      indicators: [{ id: "i1", perspective: "p", label: "I1", target: 100 }, { id: "i2", perspective: "p", label: "I2", target: 100 }],
      rounding: { final: { places: 0, mode: "halfUp" } },
      bands: { classify: "exact", table: [{ id: "low", label: "Low", min: 40, max: 80 }, { id: "high", label: "High", min: 80, max: 100 }] },
    };
    const rounded: SchemeInput = { ...two, bands: { ...(two.bands as NonNullable<SchemeInput["bands"]>), classify: "rounded" } };
    const pair = (x: number, y: number): AppraisalInput => ({ employee: { id: "E" }, actuals: [{ indicator: "i1", actual: x }, { indicator: "i2", actual: y }] });
    // (79 + 80) / 2 = 79.5: below 80 exactly, 80 once rounded half-up to whole units.
    const exact = agree(two, pair(79, 80)) as Result;
    const byRounded = agree(rounded, pair(79, 80)) as Result;
    expect([exact.final.score, exact.final.band?.id, byRounded.final.score, byRounded.final.band?.id]).toEqual(["80", "low", "80", "high"]);
    for (const [x, y] of [[100, 120], [10, 20]] as const) {
      const none = agree(two, pair(x, y)) as Result;
      expect(none.final.band).toBeNull();
      expect(none.warnings.map((w) => w.code)).toEqual(["no_band"]);
    }
  });
  test("band conditions on the lowest band, and a score in no band of a table with conditions", () => {
    const guarded: SchemeInput = {
      ...base,
      bands: { table: [{ id: "low", label: "Low", min: 50, max: 90, requires: [{ fact: "disiplin", equals: true }] }, { id: "high", label: "High", min: 90 }] },
    };
    // An unmet condition on the lowest band leaves no band at all.
    const fell = agree(guarded, full([100, 8, 3, 6]));
    expect([bandOf(fell), warningsOf(fell)]).toEqual([null, ["band_condition"]]);
    expect(bandOf(agree(guarded, full([100, 8, 3, 6], { facts: [{ id: "disiplin", value: true }] })))).toBe("low");
    // 10/200 → 5, 40 vs 8 lower-is-better → floor 10, 0.4 of 4 → 10, (2 − 2)/8 → 0: far below 50, in no band.
    const none = agree(guarded, full([10, 40, "0.4", 2]));
    expect([bandOf(none), warningsOf(none)]).toEqual([null, ["no_band"]]);
  });
  test("individual targets and baselines override the scheme's and are traced to the appraisal", () => {
    agree(base, {
      employee: { id: "E1" },
      actuals: [
        { indicator: "i1", actual: 90, target: 100 },
        { indicator: "i2", actual: 6 },
        { indicator: "i3", actual: 3 },
        { indicator: "i4", actual: 8, target: 12, baseline: 4 },
      ],
    });
  });
});

describe("the appraisal against the scheme", () => {
  test("unknown and repeated indicators, repeated facts, a reversed period and one outside the scheme's", () => {
    agree(base, { employee: { id: "E1" }, actuals: [{ indicator: "nope", actual: 1 }] });
    agree(base, { employee: { id: "E1" }, actuals: [{ indicator: "i1", actual: 1 }, { indicator: "i1", actual: 2 }] });
    agree(base, full([1, 2, 3, 4], { facts: [{ id: "x", value: 1 }, { id: "x", value: 2 }] }));
    agree(base, full([1, 2, 3, 4], { period: { start: "2026-07-01", end: "2026-06-30" } }));
    agree(base, full([1, 2, 3, 4], { period: { start: "2025-12-31", end: "2026-06-30" } }));
    agree(base, full([1, 2, 3, 4], { period: { start: "2026-01-01", end: "2027-01-01" } }));
    agree(base, full([1, 2, 3, 4], { period: { start: "2026-01-01", end: "2026-06-30" } }));
  });
  test("a scheme without a period and version: the appraisal's period, or none", () => {
    const { period: _p, version: _v, ...bare } = base;
    agree(bare, full([1, 2, 3, 4], { period: { start: "2026-01-01", end: "2026-06-30" } }));
    agree(bare, { employee: { id: "E1" }, actuals: [{ indicator: "i1", actual: 1 }] });
  });
});

describe("additions", () => {
  const added: SchemeInput = {
    ...base,
    additions: [
      { id: "tugas", label: "Tugas", fact: "tugas", max: 3 },
      { id: "kreativitas", label: "Kreativitas", fact: "kreativitas" },
    ],
  };
  test("points from numbers and decimal text, capped, absent as 0", () => {
    agree(added, full([190, 6, 3, 8], { facts: [{ id: "tugas", value: 5 }, { id: "kreativitas", value: "1.5" }] }));
    agree(added, full([190, 6, 3, 8], { facts: [{ id: "tugas", value: "3" }] }));
    agree(added, full([190, 6, 3, 8], { facts: [{ id: "kreativitas", value: 2 }, { id: "tugas", value: "2.5" }] }));
    agree(added, full([190, 6, 3, 8]));
  });
  test("a fact that is not a number is an error at its value", () => {
    agree(added, full([190, 6, 3, 8], { facts: [{ id: "x", value: 1 }, { id: "kreativitas", value: true }] }));
    agree(added, full([190, 6, 3, 8], { facts: [{ id: "tugas", value: "many" }] }));
  });
});

describe("behaviour and composition", () => {
  type Rating = NonNullable<AppraisalInput["ratings"]>[number];
  const withBehaviour: SchemeInput = {
    ...base,
    behaviour: {
      competencies: [{ id: "k1", label: "K1", weight: 3 }, { id: "k2", label: "K2" }],
      rating: { meets: 50, above: 75 },
    },
    resultsRating: { meets: 80, above: 110 },
    composition: [{ component: "results", weight: 70 }, { component: "behaviour", weight: 30 }],
    compositionWithPeers: [{ component: "results", weight: 60 }, { component: "behaviour", weight: 40 }],
  };
  const rate = (rater: string, group: Rating["group"], k1: number, k2: number): Rating[] => [
    { rater, group, competency: "k1", value: k1 },
    { rater, group, competency: "k2", value: k2 },
  ];
  const supervisorOnly = [...rate("m", "supervisor", 4, 3)];
  const threeSixty = [...supervisorOnly, ...rate("p1", "peer", 5, 3), ...rate("p2", "peer", 3, 3), ...rate("p3", "peer", 4, 4), ...rate("s1", "subordinate", 3, 2), ...rate("s2", "subordinate", 4, 4), ...rate("s3", "subordinate", 5, 5)];
  test("the supervisor alone: the plain composition; with peers and subordinates: the composition with peers", () => {
    const alone = agree(withBehaviour, full([190, 6, 3, 8], { ratings: supervisorOnly })) as Result;
    expect(alone.components.map((c) => c.weight)).toEqual(["0.7", "0.3"]);
    const all = agree(withBehaviour, full([190, 6, 3, 8], { ratings: threeSixty })) as Result;
    expect(all.components.map((c) => c.weight)).toEqual(["0.6", "0.4"]);
    expect(all.resultsRating?.id).toBe("meets");
  });
  test("a composition with behaviour needs ratings; ratings are scored when given even if not composed", () => {
    expect(codeOf(agree(withBehaviour, full([190, 6, 3, 8])))).toBe("INVALID_APPRAISAL");
    const { composition: _c, compositionWithPeers: _w, ...resultsOnly } = withBehaviour;
    const r = agree(resultsOnly, full([190, 6, 3, 8], { ratings: supervisorOnly })) as Result;
    expect(r.components.map((c) => c.id)).toEqual(["results"]);
    expect(r.behaviour).not.toBeNull();
    expect((agree(resultsOnly, full([190, 6, 3, 8])) as Result).behaviour).toBeNull();
  });
  test("self ratings and gaps, N/A answers, an unrated competency, suppressed groups, invalid ratings", () => {
    const self = rate("self", "self", 5, 1);
    const withSelf = agree(withBehaviour, full([190, 6, 3, 8], { ratings: [...threeSixty, ...self] })) as Result;
    expect(withSelf.behaviour?.gaps.items.length).toBe(2);
    const gapped: SchemeInput = { ...withBehaviour, behaviour: { ...(withBehaviour.behaviour as NonNullable<SchemeInput["behaviour"]>), gap: { thresholdShare: "0.1", top: 1 } } };
    agree(gapped, full([190, 6, 3, 8], { ratings: [...threeSixty, ...self] }));
    const na = threeSixty.map((r) => (r.competency === "k2" && r.group !== "supervisor" ? { ...r, value: "N/A" } : r));
    agree(withBehaviour, full([190, 6, 3, 8], { ratings: na }));
    // k2 rated by nobody but the rater's self: left out of the score, with a warning.
    const unrated = agree(withBehaviour, full([190, 6, 3, 8], { ratings: [...rate("m", "supervisor", 4, 3).slice(0, 1), ...self] })) as Result;
    expect(unrated.warnings.map((w) => w.code)).toContain("unrated_competency");
    expect(unrated.behaviour?.coverage).toBe("0.75");
    // Two peers (below the anonymity minimum of 3) and no supervisor: no behaviour score at all.
    expect(codeOf(agree(withBehaviour, full([190, 6, 3, 8], { ratings: [...rate("p1", "peer", 4, 4), ...rate("p2", "peer", 3, 3)] })))).toBe("INSUFFICIENT_COVERAGE");
    expect(codeOf(agree(withBehaviour, full([190, 6, 3, 8], { ratings: [{ rater: "m", group: "supervisor", competency: "nope", value: 3 }] })))).toBe("INVALID_APPRAISAL");
    expect(codeOf(agree(withBehaviour, full([190, 6, 3, 8], { ratings: [] })))).toBe("INVALID_APPRAISAL");
  });
  test("behaviour ratings at their edges: 2 → 25 below, 3 → 50 meets, 4 → 75 above", () => {
    const levels = [2, 3, 4].map((v) => (agree(withBehaviour, full([190, 6, 3, 8], { ratings: rate("m", "supervisor", v, v) })) as Result).behaviour?.rating?.id);
    expect(levels).toEqual(["below", "meets", "above"]);
  });
  test("results ratings at their edges: below, meets, above", () => {
    const one: SchemeInput = { ...withBehaviour, perspectives: [{ id: "p", label: "P" }], objectives: [], indicators: [{ id: "k", perspective: "p", label: "K", target: 100 }] };
    const levels = [79, 80, 109, 110].map((x) => (agree(one, { employee: { id: "E" }, actuals: [{ indicator: "k", actual: x }], ratings: supervisorOnly }) as Result).resultsRating?.id);
    expect(levels).toEqual(["below", "meets", "meets", "above"]);
  });
  test("the predikat matrix decides the band; its band conditions still apply", () => {
    const LEVELS = ["below", "meets", "above"] as const;
    const RANKED = ["low", "mid", "high"] as const;
    const matrix: SchemeInput = {
      ...withBehaviour,
      perspectives: [{ id: "p", label: "P" }],
      objectives: [],
      indicators: [{ id: "k", perspective: "p", label: "K", target: 100 }],
      // The band is the lower of the two levels' ranks: a table independent of the scores.
      matrix: { cells: LEVELS.flatMap((results, i) => LEVELS.map((behaviour, j) => ({ results, behaviour, band: RANKED[Math.min(i, j)] as string }))) },
      bands: { table: [{ id: "low", label: "Low", max: 60 }, { id: "mid", label: "Mid", min: 60, max: 90 }, { id: "high", label: "High", min: 90, requires: [{ fact: "ok", equals: true }] }] },
    };
    const at = (actual: number, value: number, ok: boolean) =>
      bandOf(agree(matrix, { employee: { id: "E" }, actuals: [{ indicator: "k", actual }], ratings: [{ rater: "m", group: "supervisor", competency: "k1", value }, { rater: "m", group: "supervisor", competency: "k2", value }], facts: [{ id: "ok", value: ok }] }));
    // Behaviour 1–5 → (v − 1)/4 × 100: 2 → 25 (below), 3 → 50 (meets), 5 → 100 (above).
    expect([at(120, 5, true), at(120, 3, true), at(90, 5, true), at(50, 5, true), at(120, 2, true), at(120, 5, false)]).toEqual(["high", "mid", "mid", "low", "low", "mid"]);
  });
});

describe("a scheme's rules read the assembled result", () => {
  const ruled: SchemeInput = {
    ...base,
    facts: [{ id: "allowance", type: "number" }, { id: "absent", type: "number" }],
    rules: {
      allowance: { fact: "allowance" },
      rules: [
        { id: "pip", label: "PIP", when: { history: "band", last: 2, op: "in", value: ["low"] }, then: { kind: "development", type: "improvementPlan", days: 90 } },
        { id: "bonus", label: "Bonus", when: { all: [{ fact: "final.band", op: "eq", value: "mid" }, { fact: "objective.o1.score", op: "gte", value: 95 }, { fact: "results.score", op: "gt", value: 100 }] }, then: { kind: "reward", type: "bonusPercent", percent: 5 } },
        { id: "absent", label: "Absent", when: { fact: "absent", op: "gt", value: 0 }, then: { kind: "sanction", type: "allowanceDeduction", percent: "2.5", per: "absent" } },
        { id: "thin", label: "Thin", when: { fact: "coverage", op: "lt", value: 1 }, then: { kind: "development", type: "coaching" } },
      ],
    },
  };
  test("engine facts, declared facts and history decide which rules fire; the deduction is traced", () => {
    const facts = (absent: number) => [{ id: "allowance", value: 4_000_000 }, { id: "absent", value: absent }, { id: "disiplin", value: true }];
    const good = agree(ruled, full([190, 6, 3, 8], { facts: facts(2) })) as Result;
    expect(good.rules?.fired.map((f) => f.rule).sort()).toEqual(["absent", "bonus"]);
    // 2 × 2.5 % of Rp 4,000,000.
    expect(good.rules?.totals.allowance?.deduction).toBe("200000");
    const poor = agree(ruled, full([20, null, 1, 2], { facts: facts(0), history: [{ band: "low" }] })) as Result;
    expect(poor.rules?.fired.map((f) => f.rule).sort()).toEqual(["pip", "thin"]);
    // A declared fact of the wrong type, or one a rule uses that is missing: score refuses it as evaluate does.
    expect(codeOf(agree(ruled, full([190, 6, 3, 8], { facts: [{ id: "allowance", value: "many" }, { id: "absent", value: 0 }] })))).toBe("INVALID_APPRAISAL");
    expect(codeOf(agree(ruled, full([190, 6, 3, 8], { facts: [{ id: "allowance", value: 4_000_000 }] })))).toBe("INVALID_APPRAISAL");
  });
});
