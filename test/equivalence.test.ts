// One engine, checked two ways on generated input:
// - `score` gives exactly the fields of `evaluate` (the whole serialized Score, or the same error): they
//   run the same stages, so this guards the assemblers;
// - `evaluate` on exact rationals gives the results of the 40-digit decimal evaluation it replaced (the
//   frozen oracle, test/oracle/decimalEngine.mjs), with every text equal except the last digits of a
//   40-digit cut, where the rational is the exact one (docs/concepts.md, "Exact numbers").
// Schemes are drawn from generators over the registries (every direction, method, lower formula, range
// decay, pass, zero-target rule, rounding mode, missing policy, central statistic, combination,
// conversion, scale, classification, the presets' formula plugins, additions, band conditions), plus
// the fixed plans below; appraisals are biased towards rounding ties, band and rating edges, steps
// thresholds, missing actuals, N/A answers and malformed input.
import { readFileSync } from "node:fs";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { evaluateReference } from "../src/engine/evaluate.js";
import { scoreOf } from "../src/schema/score.js";
import { compile, compiledValidation, evaluate, score, type AppraisalInput, type FormulaPlugin, type Plan, type Result, type SchemeInput } from "../src/index.js";
import { efficiencyFormula, ikiFormula, ikiSpecialFormula, permenpanrb6_2022 } from "../src/presets/index.js";
import {
  BINARY_PASSES,
  CENTRAL_STATISTICS,
  CLASSIFICATIONS,
  COMBINATIONS,
  CONVERSIONS,
  DIRECTIONS,
  LOWER_FORMULAS,
  METHOD_KINDS,
  MISSING_POLICIES,
  NAMED_SCALES,
  RANGE_DECAYS,
  ROUNDING_MODES,
  ZERO_TARGET_RULES,
} from "../src/concepts/vocabulary.js";
import * as oracle from "./oracle/decimalEngine.mjs";
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


const FORMULAS: readonly FormulaPlugin[] = [efficiencyFormula, ikiFormula, ikiSpecialFormula];
const pick = <T,>(xs: readonly T[]) => fc.constantFrom(...xs);
const dec = (min: number, max: number, places: number) => fc.integer({ min: min * 10 ** places, max: max * 10 ** places }).map((n) => scaled(n, places));
const rule = fc.record({ places: fc.integer({ min: 0, max: 4 }), mode: pick(ROUNDING_MODES) });
const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** An indicator drawn over the registries: direction, method (with the presets' plugins), lower formula, decay, pass, zero-target rule, cap, floor. */
const indicatorArb = (id: string, where: Record<string, string>): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .record({
      direction: pick(DIRECTIONS),
      method: pick(METHOD_KINDS),
      formula: pick(LOWER_FORMULAS),
      decay: pick(RANGE_DECAYS),
      pass: pick(BINARY_PASSES),
      zeroTarget: pick(ZERO_TARGET_RULES),
      target: fc.oneof({ weight: 8, arbitrary: dec(1, 500, 2) }, { weight: 1, arbitrary: fc.constantFrom("0", "-20") }),
      baseline: dec(0, 50, 1),
      lo: dec(10, 40, 0),
      width: dec(1, 30, 0),
      curve: fc.uniqueArray(fc.integer({ min: 0, max: 150 }), { minLength: 2, maxLength: 4 }).map((xs) => xs.sort((a, b) => a - b)),
      plugin: pick(FORMULAS.map((f) => f.name)),
      cap: maybe(fc.constantFrom("100", "110", "120", "150")),
      floor: maybe(fc.constantFrom("0", "20")),
      weight: maybe(dec(0, 5, 1)),
      below: maybe(dec(0, 40, 0)),
      seedKeep: fc.integer({ min: 0, max: 7 }),
    })
    .map((r0) => {
      // Combinations the scheme check refuses are kept rare (one in eight stays, to compare the errors).
      const strict = r0.seedKeep !== 0;
      const kind = strict && r0.direction === "binary" ? "ratio" : r0.method;
      const direction = strict && (kind === "formula" || kind === "interpolate") && (r0.direction === "range" || r0.direction === "binary") ? "higher" : r0.direction;
      const r = { ...r0, method: kind, direction, target: strict && kind === "interpolate" && r0.target === "-20" ? "20" : r0.target };
      const range = r.direction === "range" ? { min: r.lo, max: String(Number(r.lo) + Number(r.width)), decay: r.decay } : undefined;
      const lowerFormula = r.direction === "lower" ? r.formula : undefined;
      const method =
        r.method === "ratio"
          ? defined({ kind: "ratio", formula: lowerFormula })
          : r.method === "interpolate"
            ? { kind: "interpolate", baseline: r.direction === "lower" ? String(Number(r.target) + Number(r.baseline) + 1) : String(Math.min(Number(r.baseline), Number(r.target) - 1)) }
            : r.method === "curve"
              ? defined({ kind: "curve", points: r.curve.map((x, i) => ({ x, y: Math.min(120, x + i * 5) })), below: r.below, formula: lowerFormula })
              : r.method === "steps"
                ? defined({ kind: "steps", steps: r.curve.map((x, i) => ({ from: x, score: 40 + i * 20 })), below: r.below, formula: lowerFormula })
                : { kind: "formula", name: r.plugin };
      return defined({
        id,
        label: id.toUpperCase(),
        ...where,
        direction: r.direction,
        target: r.direction === "range" ? undefined : r.target,
        range,
        pass: r.direction === "binary" ? r.pass : undefined,
        method,
        cap: r.cap ?? (r.direction === "lower" && r.formula === "inverse" ? "150" : undefined),
        floor: r.floor,
        zeroTarget: r.zeroTarget,
        weight: r.weight,
      });
    });

/** A scheme drawn over the registries. */
const schemeArb: fc.Arbitrary<SchemeInput> = fc
  .record({
    perspectives: fc.integer({ min: 1, max: 3 }),
    objectives: fc.integer({ min: 0, max: 2 }),
    indicators: fc.integer({ min: 1, max: 5 }),
    pWeights: fc.array(dec(0, 5, 1), { minLength: 3, maxLength: 3 }),
    seed: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 8, maxLength: 8 }),
    rounding: fc.record({ achievement: maybe(rule), indicator: maybe(rule), objective: maybe(rule), perspective: maybe(rule), component: maybe(rule), final: maybe(rule) }),
    missing: fc.record({ policy: pick(MISSING_POLICIES), minCoverage: maybe(fc.constantFrom("0.5", "0.8", "1")) }),
    behaviour: maybe(
      fc.record({
        scale: pick(NAMED_SCALES.filter((s) => s !== "percent")),
        central: pick(CENTRAL_STATISTICS),
        combine: pick(COMBINATIONS),
        conversion: pick(CONVERSIONS),
        includeSelf: fc.boolean(),
        minRaters: fc.integer({ min: 1, max: 3 }),
        rating: maybe(fc.constantFrom({ meets: 50, above: 75 }, { meets: "62.5", above: "87.5" })),
        weights: fc.array(dec(0, 3, 1), { minLength: 3, maxLength: 3 }),
        withPeers: fc.boolean(),
      }),
    ),
    classify: pick(CLASSIFICATIONS),
    edges: fc.uniqueArray(fc.constantFrom("50", "60.5", "75", "76", "90", "90.5", "110"), { minLength: 1, maxLength: 4 }).map((xs) => xs.sort((a, b) => Number(a) - Number(b))),
    requires: fc.boolean(),
    additions: fc.boolean(),
    resultsRating: maybe(fc.constantFrom({ meets: 60, above: "90.5" }, { meets: 90, above: 110 })),
  })
  .chain((s) => {
    const ps = Array.from({ length: s.perspectives }, (_, i) => ({ id: `p${i}`, label: `P${i}`, weight: s.pWeights[i] }));
    const os = Array.from({ length: s.objectives }, (_, i) => ({ id: `o${i}`, perspective: `p${(s.seed[i] ?? 0) % s.perspectives}`, label: `O${i}` }));
    const where = (i: number): Record<string, string> => {
      const k = (s.seed[i % 8] ?? 0) + i;
      return os.length > 0 && k % 2 === 0 ? { objective: `o${k % os.length}` } : { perspective: `p${k % s.perspectives}` };
    };
    // Every objective and every perspective gets at least one indicator (the first ones), the rest land anywhere.
    const first = [...os.map((o) => ({ objective: o.id })), ...ps.map((p) => ({ perspective: p.id }))];
    const places = Array.from({ length: s.indicators + first.length }, (_, i) => first[i] ?? where(i));
    return fc.tuple(...places.map((w, i) => indicatorArb(`i${i}`, w))).map((inds) => {
      const scheme: Record<string, unknown> = {
        id: "gen",
        perspectives: ps,
        objectives: os,
        indicators: inds,
        rounding: defined(s.rounding),
        missing: defined(s.missing),
        bands: {
          classify: s.classify,
          table: [
            { id: "b0", label: "B0", max: s.edges[0] },
            ...s.edges.map((e, i) => defined({ id: `b${i + 1}`, label: `B${i + 1}`, min: e, max: s.edges[i + 1], requires: s.requires && i === s.edges.length - 1 ? [{ fact: "disiplin", equals: true }] : undefined })),
          ],
        },
      };
      if (s.resultsRating) scheme["resultsRating"] = s.resultsRating;
      if (s.additions) scheme["additions"] = [{ id: "tambahan", label: "Tugas tambahan", fact: "tambahan", max: 3 }];
      if (s.behaviour) {
        const b = s.behaviour;
        scheme["behaviour"] = defined({
          competencies: [{ id: "k1", label: "K1", weight: 2 }, { id: "k2", label: "K2" }, { id: "k3", label: "K3" }],
          scale: b.scale,
          central: b.central,
          trim: b.central === "trimmed" ? "0.4" : undefined,
          combine: b.combine,
          conversion: b.conversion,
          includeSelf: b.includeSelf,
          minRaters: b.minRaters,
          rating: b.rating,
          groups: b.combine === "weightedGroup" ? [{ group: "supervisor", weight: b.weights[0] }, { group: "peer", weight: b.weights[1] }, { group: "subordinate", weight: b.weights[2] }] : undefined,
        });
        scheme["composition"] = [{ component: "results", weight: 60 }, { component: "behaviour", weight: 40 }];
        if (b.withPeers) scheme["compositionWithPeers"] = [{ component: "results", weight: 70 }, { component: "behaviour", weight: 30 }];
      }
      return scheme as unknown as SchemeInput;
    });
  });

/** An appraisal for a scheme drawn at random (ratings on the scheme's scale, facts for conditions and additions). */
const generatedAppraisal = (scheme: SchemeInput): fc.Arbitrary<AppraisalInput> => {
  const inds = scheme.indicators;
  const top = { likert4: 4, likert5: 5, likert7: 7 }[String(scheme.behaviour?.scale ?? "likert5")] ?? 5;
  const comps = scheme.behaviour?.competencies ?? [];
  return fc
    .record({
      actuals: fc.tuple(...inds.map((ind) => actualFor(String(ind.target ?? ind.range?.max ?? "40")))),
      ratings: fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: top }) }, { weight: 1, arbitrary: fc.constant<number | string>("na") }), {
        minLength: RATERS.length * 3,
        maxLength: RATERS.length * 3,
      }),
      drop: fc.constantFrom("none", "peers", "subordinates"),
      disiplin: fc.boolean(),
      tambahan: fc.constantFrom(0, 1, "2.5", 4),
    })
    .map(({ actuals, ratings, drop, disiplin, tambahan }) => {
      const a: Record<string, unknown> = {
        employee: { id: "E" },
        actuals: inds.map((ind, i) => ({ indicator: ind.id, actual: actuals[i] ?? null })),
        facts: [{ id: "disiplin", value: disiplin }, { id: "tambahan", value: tambahan }],
      };
      if (comps.length > 0) {
        a["ratings"] = RATERS.flatMap(([rater, group], ri) =>
          (drop === "peers" && group === "peer" && ri > 2) || (drop === "subordinates" && group === "subordinate" && ri > 5)
            ? []
            : comps.map((c, ci) => ({ rater, group, competency: c.id, value: ratings[ri * 3 + ci] ?? 3 })),
        );
      }
      return a as AppraisalInput;
    });
};

// Texts equal, or two cuts of the same value to 40 significant digits that agree to 30 (a difference of a
// sum of 40-digit cuts can lose leading digits to cancellation).
const LONG = /^-?\d+\.?\d*$/;
const significantDigits = (t: string) => t.replace(/^-?[0.]*/, "").replace(".", "").length;
let lastDigitDifferences = 0;
function sameNumbers(got: unknown, want: unknown, at = ""): void {
  if (typeof got === "string" && typeof want === "string" && got !== want && LONG.test(got) && LONG.test(want) && Math.max(significantDigits(got), significantDigits(want)) >= 30) {
    const g = new Decimal(got);
    const w = new Decimal(want);
    const unit = new Decimal(10).pow(w.abs().log(10).floor().minus(30));
    expect(g.minus(w).abs().lte(unit), `${at}: ${got} vs ${want}`).toBe(true);
    lastDigitDifferences++;
    return;
  }
  if (Array.isArray(got) && Array.isArray(want)) {
    expect(got.length, at).toBe(want.length);
    got.forEach((x, i) => sameNumbers(x, want[i], `${at}[${i}]`));
    return;
  }
  if (typeof got === "object" && got !== null && typeof want === "object" && want !== null) {
    expect(Object.keys(got), at).toEqual(Object.keys(want));
    for (const k of Object.keys(got)) sameNumbers((got as Record<string, unknown>)[k], (want as Record<string, unknown>)[k], `${at}.${k}`);
    return;
  }
  expect(got, at).toEqual(want);
}

const outcomeOf = (f: () => unknown): unknown => JSON.parse(outcome(f));
/** zod's compiled appraisal validation (compile's `validation` option), checked against the schema's own on every appraisal. */
const VALIDATION = compiledValidation();

let cutWrong = 0;
/**
 * `evaluate`'s result against the 40-digit oracle. Where a decision differs, the 40-digit cut must have
 * moved an exact value off its edge (e.g. a behaviour score of exactly 62.5 computed as 62.5000…08 and
 * rounded up by `ceil` to 62.51, or exactly 50 computed as 49.999…9 and rated below expectations).
 */
function agreeWithOracle(got: unknown, a: AppraisalInput, plan40: Plan): void {
  const want = outcomeOf(() => oracle.evaluate(plan40, a));
  try {
    sameNumbers(got, want);
  } catch (e) {
    // Accepted only where the 40-digit cut visibly moved an exact value off its edge: some number is a
    // short decimal exactly (a tie, a grid point, a band edge, a threshold) in the exact result and a
    // 40-digit text next to it in the oracle's.
    const exactTexts = (r: unknown): Map<string, string> => {
      const m = new Map<string, string>();
      for (const t of (r as { trace?: readonly { at: string; value: string; rounding?: { exact: string } }[] }).trace ?? []) {
        m.set(t.at, t.value);
        if (t.rounding) m.set(`${t.at}#exact`, t.rounding.exact);
      }
      return m;
    };
    const mine = exactTexts(got);
    const theirs = exactTexts(want);
    const offEdge = [...mine].some(([at, v]) => {
      const w = theirs.get(at);
      if (w === undefined || w === v || !LONG.test(v) || !LONG.test(w) || significantDigits(v) > 20 || significantDigits(w) < 38) return false;
      return new Decimal(v).minus(w).abs().lte(new Decimal(10).pow(new Decimal(w).abs().log(10).floor().minus(36)));
    });
    // …or two gaps that are exactly equal (their order is then by id) differ in the oracle's last digits.
    const gaps = (r: unknown) => ((r as { behaviour?: { gaps?: { items?: readonly { competency: string; gap: string | null }[] } } | null }).behaviour?.gaps?.items ?? []);
    const theirGap = new Map(gaps(want).map((g) => [g.competency, g.gap]));
    const mineGaps = gaps(got).filter((g) => g.gap !== null);
    const tieBroken = mineGaps.some((g, i) => mineGaps.some((h, j) => j > i && new Decimal(g.gap as string).abs().eq(new Decimal(h.gap as string).abs()) && theirGap.get(g.competency) !== theirGap.get(h.competency)));
    if (!offEdge && !tieBroken) throw e;
    cutWrong++;
  }
}

describe("one engine: score = evaluate, evaluate = the 40-digit oracle", () => {
  test("schemes drawn over the registries: compile agrees with the oracle's, and on ≥ 10 000 appraisals score = evaluate's fields (with either validation) and evaluate = the oracle", () => {
    let runs = 0;
    let scored = 0;
    let errors = 0;
    const seen = { methods: new Set<string>(), directions: new Set<string>(), modes: new Set<string>(), central: new Set<string>() };
    const arb = schemeArb.chain((scheme) => fc.tuple(fc.constant(scheme), fc.array(generatedAppraisal(scheme), { minLength: 6, maxLength: 6 })));
    fc.assert(
      fc.property(arb, ([scheme, appraisals]) => {
        const plan = outcomeOf(() => compile(scheme, { formulas: FORMULAS }));
        const oraclePlan = outcomeOf(() => oracle.compile(scheme, { formulas: FORMULAS }));
        const planError = (plan as { error?: string }).error;
        expect(planError).toBe((oraclePlan as { error?: string }).error);
        if (planError !== undefined) {
          expect(plan).toEqual(oraclePlan);
          return;
        }
        const p = compile(scheme, { formulas: FORMULAS });
        const op = oracle.compile(scheme, { formulas: FORMULAS });
        const pc = compile(scheme, { formulas: FORMULAS, validation: VALIDATION });
        for (const ind of p.scheme.indicators) {
          seen.methods.add(ind.method.kind);
          seen.directions.add(ind.direction);
        }
        for (const r of Object.values(p.scheme.rounding)) if (r) seen.modes.add(r.mode);
        if (p.scheme.behaviour) seen.central.add(p.scheme.behaviour.central);
        for (const a of appraisals) {
          runs++;
          const got = outcome(() => evaluate(p, a));
          if (got.startsWith('{"error"')) errors++;
          else scored++;
          agreeWithOracle(JSON.parse(got), a, op);
          const parsed = JSON.parse(got) as Result | { error: string };
          const scored1 = outcome(() => score(p, a));
          expect(scored1).toBe("error" in parsed ? got : JSON.stringify(scoreOf(parsed)));
          // The same outcome, errors included, with the appraisal validated by zod's compiled validator.
          expect(outcome(() => score(pc, a))).toBe(scored1);
        }
      }),
      { numRuns: 2_600 },
    );
    expect(runs).toBeGreaterThanOrEqual(10_000);
    // Not vacuous: most appraisals score, some fail; every registry member was drawn.
    expect(scored).toBeGreaterThan(runs / 3);
    expect(errors).toBeGreaterThan(0);
    expect([...seen.methods].sort()).toEqual([...METHOD_KINDS].sort());
    expect([...seen.directions].sort()).toEqual([...DIRECTIONS].sort());
    expect([...seen.modes].sort()).toEqual([...ROUNDING_MODES].sort());
    expect([...seen.central].sort()).toEqual([...CENTRAL_STATISTICS].sort());
    console.info(`equivalence: ${runs} appraisals, ${scored} scored, ${errors} errors, ${lastDigitDifferences} texts differing in the last digits of a 40-digit cut, ${cutWrong} appraisals where the 40-digit cut moved an exact value off its edge`);
  }, 600_000);

  test("the fixed plans (bench, demo agency, 6/2022 preset, every rounding site, zero policy, weighted groups): score = evaluate, evaluate = oracle", () => {
    const oraclePlans = [bench, agency, preset, rounded, zeroPolicy, weighted].map((s) => oracle.compile(s));
    const arb = fc.integer({ min: 0, max: plans.length - 1 }).chain((p) => appraisalFor(plans[p] as Plan).map((a) => ({ p, a })));
    fc.assert(
      fc.property(arb, ({ p, a }) => {
        const plan = plans[p] as Plan;
        agreeWithOracle(outcomeOf(() => evaluate(plan, a)), a, oraclePlans[p] as Plan);
        expect(outcome(() => score(plan, a))).toBe(outcome(() => scoreOf(evaluateReference(plan, a))));
      }),
      { numRuns: 1_000 },
    );
  }, 300_000);

  test("the benchmark workload: score = evaluate = the oracle", () => {
    const plan = plans[0] as Plan;
    const op = oracle.compile(bench);
    for (let i = 0; i < 300; i++) {
      const a = benchAppraisal(i) as AppraisalInput;
      expect(JSON.stringify(score(plan, a))).toBe(JSON.stringify(scoreOf(evaluate(plan, a))));
      sameNumbers(JSON.parse(JSON.stringify(evaluate(plan, a))), JSON.parse(JSON.stringify(oracle.evaluate(op, a))));
    }
  });
});

describe("ties and edges are decided exactly", () => {
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

  test("an exact x.xx5 final score: (84.98 + 84.99) / 2 = 84.985 → 84.99 half-up, 84.98 half-even", () => {
    const a = { employee: { id: "E" }, actuals: [{ indicator: "x", actual: "84.98" }, { indicator: "y", actual: "84.99" }] };
    expect(score(one([1, 1], { places: 2, mode: "halfUp" }), a).final.score).toBe("84.99");
    expect(score(one([1, 1], { places: 2, mode: "halfEven" }), a).final.score).toBe("84.98");
  });

  test("a final score exactly on a whole unit under truncation (1/3 + 2/3 of 90 → 90) is exact, not 89", () => {
    const a = { employee: { id: "E" }, actuals: [{ indicator: "x", actual: "90" }, { indicator: "y", actual: "90" }] };
    const s = score(one([1, 2], { places: 0, mode: "down" }), a);
    expect(s.final.score).toBe("90");
    expect(s.final.score).toBe(evaluate(one([1, 2], { places: 0, mode: "down" }), a).final.score);
  });

  test("an actual beyond 40 digits decides its rounding exactly: 84.985 + 10⁻⁴⁰ rounds half-down to 84.99", () => {
    // 40 significant digits would cut 84.9850…01 (44 digits) to 84.985, a tie that half-down takes to 84.98.
    const plan = one([1, 0], { places: 2, mode: "halfDown" });
    const a = { employee: { id: "E" }, actuals: [{ indicator: "x", actual: `84.985${"0".repeat(37)}1` }, { indicator: "y", actual: 1 }] };
    expect(score(plan, a).final.score).toBe("84.99");
    expect(evaluate(plan, a).final.score).toBe("84.99");
    expect(oracle.evaluate(oracle.compile({ ...plan.scheme }), a).final.score).toBe("84.98"); // the 40-digit cut, wrong
  });
});

describe("score on a scheme", () => {
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
