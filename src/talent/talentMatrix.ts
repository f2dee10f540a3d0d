import * as z from "zod/mini";
import { compile } from "../engine/compile.js";
import { evaluate } from "../engine/evaluate.js";
import { parseScheme } from "../engine/parseScheme.js";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { Dec } from "../math/decimal.js";
import { compileRules } from "../rules/compileRules.js";
import { evaluateRules } from "../rules/evaluateRules.js";
import { DecimalInputSchema, IdSchema, NonNegativeDecimalSchema, RoundingRuleSchema } from "../schema/primitives.js";
import type { Result, TraceEntry } from "../schema/result.js";
import type { ConditionTrace } from "../schema/rules.js";
import type { SchemeInput } from "../schema/scheme.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { safeRecord } from "./internal/safeRecord.js";
import { DEFAULT_TALENT_POOL, LevelPairSchema, NineBoxNumberingSchema, resolveNumbering, type LevelPair } from "./nineBox.js";
import { PREDIKAT_IDS, PredikatHistorySchema, PredikatSchema, predikatOf } from "./predikat.js";
import type { EmployeePredikat } from "../concepts/vocabulary.js";
import { talentAxisScheme } from "./talentAxisScheme.js";
import { TALENT_LEVEL_RANK, TalentLevelSchema, type TalentLevel } from "./talentLevel.js";

/** Default kinerja level of a predikat: Sangat Baik → high, Baik → medium, the others → low. */
export const DEFAULT_PREDIKAT_LEVELS: Readonly<Record<EmployeePredikat, TalentLevel>> = Object.freeze({
  sangatBaik: "high",
  baik: "medium",
  butuhPerbaikan: "low",
  kurang: "low",
  sangatKurang: "low",
});

const byPredikat = <T extends z.ZodMiniType>(t: T) =>
  z.strictObject({ sangatBaik: t, baik: t, butuhPerbaikan: t, kurang: t, sangatKurang: t });

/** Checks that a per-predikat map never goes down from a worse to a better predikat (so a better history never lowers a box). */
function monotone<T>(rank: (v: T) => Dec, what: string) {
  return (m: Record<EmployeePredikat, T>, ctx: z.core.$RefinementCtx): void => {
    for (let i = 1; i < PREDIKAT_IDS.length; i++) {
      const worse = PREDIKAT_IDS[i - 1] as EmployeePredikat;
      const better = PREDIKAT_IDS[i] as EmployeePredikat;
      if (rank(m[better]).lt(rank(m[worse])))
        ctx.addIssue({ code: "custom", path: [better], message: `${what} of ${better} is below that of ${worse}: a better predikat must never score lower`, input: m[better], params: { kinerja: "not_monotone" } });
    }
  };
}

/**
 * How the kinerja (performance) axis is read from the predikat history:
 * - `latestPredikat` (default): the level of the review year's predikat by `levels`
 *   (default {@link DEFAULT_PREDIKAT_LEVELS});
 * - `weightedYears`: a score from the last `yearWeights.length` years (weights newest first, e.g.
 *   `[60, 40]`), each year's predikat as `points`, scored by the engine as a talent-axis scheme with
 *   `cutoffs` for medium and high.
 */
export const PerformanceAxisSchema = z.discriminatedUnion("method", [
  z.strictObject({
    method: z.literal("latestPredikat"),
    levels: z._default(byPredikat(TalentLevelSchema).check(z.superRefine(monotone((l: TalentLevel) => new Dec(TALENT_LEVEL_RANK[l]), "the level"))), DEFAULT_PREDIKAT_LEVELS),
  }),
  z.strictObject({
    method: z.literal("weightedYears"),
    yearWeights: z.array(NonNegativeDecimalSchema).check(z.minLength(1), z.maxLength(10)),
    points: byPredikat(DecimalInputSchema).check(z.superRefine(monotone((p: string) => new Dec(p), "the points"))),
    cutoffs: z.strictObject({ medium: DecimalInputSchema, high: DecimalInputSchema }),
    rounding: z._default(RoundingRuleSchema, { places: 2, mode: "halfUp" }),
  }).check(z.refine((p) => new Dec(p.cutoffs.medium).lt(p.cutoffs.high), { path: ["cutoffs", "high"], message: "the high cut-off must be above the medium one" }), z.refine((p) => p.yearWeights.some((w) => new Dec(w).gt(0)), { path: ["yearWeights"], message: "at least one year needs a weight above 0" })),
]);

/** A performance-axis policy as written in JSON. */
export type PerformanceAxisInput = z.input<typeof PerformanceAxisSchema>;

/**
 * What a year without a predikat does: `blocked` (default — the employee is not placed, and the reason
 * is reported), `renormalize` (with `weightedYears`: the other years' weights are re-spread; flagged),
 * or `{ impute: predikat }` (the year counts as that predikat; flagged).
 */
export const MissingYearSchema = z.union([z.literal("blocked"), z.literal("renormalize"), z.strictObject({ impute: PredikatSchema })]);

/** One employee of {@link talentMatrix}. */
export const TalentEmployeeSchema = z.strictObject({
  /** Employee id (NIP). */
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** Name. */
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** The potential criteria values (0–100) by criterion id of the potential scheme; `null` when not assessed. */
  potential: safeRecord(IdSchema, z.nullable(DecimalInputSchema)),
  /** Predikat history (any order, each year once). */
  predikat: PredikatHistorySchema,
});

/** Input schema of {@link talentMatrix}. */
export const TalentMatrixInputSchema = z.strictObject({
    /** The review year: the newest year of the performance axis. */
    year: z.int().check(z.gte(1900), z.lte(2200)),
    /** The potential axis: a scheme whose bands are `low`, `medium`, `high` (e.g. from `talentAxisScheme`). */
    potential: z.strictObject({ scheme: z.custom<SchemeInput>((x) => typeof x === "object" && x !== null && !Array.isArray(x), "the potential scheme is an object") }),
    /** The performance axis policy (default `latestPredikat`). */
    performance: z._default(PerformanceAxisSchema, { method: "latestPredikat", levels: DEFAULT_PREDIKAT_LEVELS }),
    /** Missing-year policy (default `blocked`). */
    missingYear: z._default(MissingYearSchema, "blocked"),
    /** Box numbering (default `kemenpan`). */
    numbering: z._default(NineBoxNumberingSchema, "kemenpan"),
    /** The talent pool as level pairs (default {@link DEFAULT_TALENT_POOL}). */
    pool: z._default(z.array(LevelPairSchema).check(z.maxLength(9)), [...DEFAULT_TALENT_POOL]),
    /** The employees (ids unique). */
    employees: z.array(TalentEmployeeSchema).check(z.maxLength(100_000)),
  }).check(z.superRefine((v, ctx) => {
    if (v.performance.method === "latestPredikat" && v.missingYear === "renormalize")
      ctx.addIssue({ code: "custom", path: ["missingYear"], message: "renormalize needs the weightedYears performance axis", input: v.missingYear });
    const seen = new Set<string>();
    v.employees.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: "custom", path: ["employees", i, "id"], message: `employee '${e.id}' is listed twice`, input: e.id, params: { kinerja: "duplicate_id" } });
      seen.add(e.id);
    });
  }));

/** Input of {@link talentMatrix} as written in JSON. */
export type TalentMatrixInput = z.input<typeof TalentMatrixInputSchema>;

/** Why an employee was not placed. */
export interface TalentBlock {
  /** `missingYear`: a year of the performance window has no predikat; `missingPotential`: a potential criterion has no value; `outsideBands`: an axis score fell outside every band. */
  readonly reason: "missingYear" | "missingPotential" | "outsideBands";
  /** The axis. */
  readonly axis: "performance" | "potential";
  /** Message (English). */
  readonly message: string;
}

/** The performance axis of one employee. */
export interface PerformanceAxis {
  /** The policy used. */
  readonly method: "latestPredikat" | "weightedYears";
  /** The years read, newest first, each with the predikat used and whether it was imputed. */
  readonly years: readonly { readonly year: number; readonly predikat: EmployeePredikat | null; readonly imputed: boolean }[];
  /** The axis score (weightedYears only), else null. */
  readonly score: string | null;
  /** The level, or null when blocked. */
  readonly level: TalentLevel | null;
  /** The engine result of the axis scheme (weightedYears only): its trace explains the score. */
  readonly result: Result | null;
}

/** The potential axis of one employee. */
export interface PotentialAxis {
  /** The axis score, or null when blocked. */
  readonly score: string | null;
  /** The level, or null when blocked. */
  readonly level: TalentLevel | null;
  /** The engine result of the potential scheme (its trace explains the score), or null when blocked. */
  readonly result: Result | null;
}

/** One employee's placement. */
export interface TalentPlacement {
  readonly id: string;
  readonly name: string | null;
  /** `placed`, or `blocked` (see `blocks`). */
  readonly status: "placed" | "blocked";
  readonly blocks: readonly TalentBlock[];
  readonly performance: PerformanceAxis;
  readonly potential: PotentialAxis;
  /** The box number in the numbering, or null when blocked. */
  readonly box: number | null;
  /** Whether the (kinerja, potensi) pair is in the talent pool. */
  readonly inPool: boolean;
  /**
   * Sangat Baik in the review year and the year before (PP 30/2019: priority for the succession group and
   * for competency development), evaluated as a rule-engine history condition.
   */
  readonly priority: { readonly value: boolean; readonly condition: ConditionTrace };
  /** How the box and the axis scores were obtained. */
  readonly trace: readonly TraceEntry[];
}

/** Result of {@link talentMatrix}. */
export interface TalentMatrix {
  readonly year: number;
  /** The numbering id (e.g. `kemenpan`). */
  readonly numbering: string;
  /** The pool as level pairs. */
  readonly pool: readonly LevelPair[];
  /** Every employee, in input order. */
  readonly employees: readonly TalentPlacement[];
  /** Count of employees per box `"1"`…`"9"` and `blocked`. */
  readonly counts: Readonly<Record<string, number>>;
  /** Ids in the talent pool: highest box first, then by id. */
  readonly poolMembers: readonly string[];
}

const PRIORITY_RULES = compileRules({
  policy: {
    rules: [
      {
        id: "sangatBaikTwoYears",
        label: { id: "Sangat Baik dua tahun berturut-turut", en: "Very good two years running" },
        when: { history: "band", last: 2, op: "eq", value: "sangatBaik" },
        then: { kind: "reward", type: "recognition" },
      },
    ],
  },
  facts: [],
});

/** Checks the potential scheme: parses it (INVALID_INPUT at `potential.scheme…`) and requires bands low / medium / high. */
function potentialScheme(raw: unknown): { criteria: Set<string>; scheme: SchemeInput } {
  let parsed;
  try {
    parsed = parseScheme(raw as SchemeInput);
  } catch (e) {
    if (e instanceof KinerjaError) throw new KinerjaError("INVALID_INPUT", "invalid talentMatrix input: the potential scheme", e.issues.map((i) => issue(["potential", "scheme", ...i.path], i.code, i.message)));
    throw e;
  }
  const ids = (parsed.bands?.table ?? []).map((b) => b.id);
  const bad = ids.length === 0 || ids.some((id) => !TalentLevelSchema.safeParse(id).success);
  if (bad) throw new KinerjaError("INVALID_INPUT", "invalid talentMatrix input", [issue(["potential", "scheme", "bands"], "invalid_bands", "the potential scheme classifies into bands with the ids low, medium and high (see talentAxisScheme)")]);
  return { criteria: new Set(parsed.indicators.map((i) => i.id)), scheme: raw as SchemeInput };
}

/** A trace entry of an axis score: the engine's final score, with the criteria values as inputs. */
function axisEntry(at: string, result: Result): TraceEntry {
  const inputs: Record<string, string> = {};
  for (const ind of result.indicators) if (ind.actual !== null) inputs[ind.id] = ind.actual;
  return { at, formula: "talentAxisScheme", value: result.final.score, inputs, source: `${at.split(".")[0] ?? at}.result (scheme ${result.scheme.id})` };
}

/**
 * Places every employee of a unit in the 9-box talent matrix (PermenPANRB 3/2020, manajemen talenta
 * ASN): the kinerja axis from the predikat history by a declared policy, the potensi axis scored by the
 * engine over the agency's potential scheme, the box number in a named numbering (Kemenpan by default;
 * the pair of levels is always returned, since apps number the boxes differently), talent-pool
 * membership by level pairs, and the PP 30/2019 priority of "Sangat Baik two years running". A missing
 * year or potential value blocks the placement unless a policy says otherwise; every block is reported.
 *
 * @param input - `{ year, potential: { scheme }, employees, performance?, missingYear?, numbering?, pool? }`
 * @returns the placements, the count per box and the pool members
 * @throws `KinerjaError` `INVALID_INPUT` (paths into the input)
 * @example
 * ```ts
 * const m = talentMatrix({ year: 2025, potential: { scheme: potensi }, employees: [
 *   { id: "199001", potential: { kompetensi: 90, potensi: 85, kualifikasi: 80, integritas: 90 },
 *     predikat: [{ year: 2025, predikat: "baik" }] }] });
 * m.employees[0].box; // 7 (kinerja sedang × potensi tinggi, Kemenpan numbering)
 * ```
 */
export function talentMatrix(input: TalentMatrixInput): TalentMatrix {
  const v = parseWith(TalentMatrixInputSchema, input, "INVALID_INPUT", "talentMatrix input");
  const pot = potentialScheme(v.potential.scheme);
  const issues: KinerjaIssue[] = [];
  v.employees.forEach((e, i) => {
    for (const k of Object.keys(e.potential)) if (!pot.criteria.has(k)) issues.push(issue(["employees", i, "potential", k], "unknown_criterion", `'${k}' is not a criterion of the potential scheme`));
  });
  if (issues.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid talentMatrix input", issues);
  const potentialPlan = compile(pot.scheme);
  const numbering = resolveNumbering(v.numbering);
  const perf = v.performance;
  const windowYears = perf.method === "latestPredikat" ? [v.year] : perf.yearWeights.map((_, k) => v.year - k);
  const perfPlan =
    perf.method === "weightedYears"
      ? compile(
          talentAxisScheme({
            id: "kinerja",
            label: { id: "Sumbu kinerja", en: "Performance axis" },
            criteria: windowYears.map((y, k) => ({ id: `y${y}`, label: { id: `Predikat ${y}`, en: `Predikat ${y}` }, weight: perf.yearWeights[k] as string })),
            cutoffs: perf.cutoffs,
            missing: v.missingYear === "renormalize" ? "renormalize" : "fail",
            rounding: perf.rounding,
          }),
        )
      : null;
  const inPool = (p: LevelPair): boolean => v.pool.some((q) => q.performance === p.performance && q.potential === p.potential);

  const employees = v.employees.map((e): TalentPlacement => {
    const blocks: TalentBlock[] = [];
    const trace: TraceEntry[] = [];
    // Performance axis
    const years = windowYears.map((year) => {
      const p = predikatOf(e.predikat, year) ?? null;
      if (p === null && typeof v.missingYear === "object") return { year, predikat: v.missingYear.impute, imputed: true };
      return { year, predikat: p, imputed: false };
    });
    const missing = years.filter((y) => y.predikat === null);
    let performance: PerformanceAxis;
    if (missing.length > 0 && (v.missingYear === "blocked" || missing.length === years.length)) {
      blocks.push({ reason: "missingYear", axis: "performance", message: `no predikat for ${missing.map((y) => y.year).join(", ")}` });
      performance = { method: perf.method, years, score: null, level: null, result: null };
    } else if (perf.method === "latestPredikat") {
      const p = years[0]?.predikat as EmployeePredikat;
      performance = { method: perf.method, years, score: null, level: perf.levels[p], result: null };
    } else {
      const result = evaluate(perfPlan as NonNullable<typeof perfPlan>, {
        employee: { id: e.id },
        actuals: years.map((y) => ({ indicator: `y${y.year}`, actual: y.predikat === null ? null : perf.points[y.predikat] })),
      });
      const level = (result.final.band?.id ?? null) as TalentLevel | null;
      if (level === null) blocks.push({ reason: "outsideBands", axis: "performance", message: `performance score ${result.final.score} is outside every band` });
      trace.push(axisEntry("performance.score", result));
      performance = { method: perf.method, years, score: result.final.score, level, result };
    }
    // Potential axis
    let potential: PotentialAxis;
    const actuals = Object.entries(e.potential).map(([indicator, actual]) => ({ indicator, actual }));
    try {
      const result = evaluate(potentialPlan, { employee: { id: e.id }, actuals });
      const level = (result.final.band?.id ?? null) as TalentLevel | null;
      if (level === null) blocks.push({ reason: "outsideBands", axis: "potential", message: `potential score ${result.final.score} is outside every band` });
      trace.push(axisEntry("potential.score", result));
      potential = { score: result.final.score, level, result };
    } catch (err) {
      if (!(err instanceof KinerjaError) || (err.code !== "MISSING_ACTUAL" && err.code !== "INSUFFICIENT_COVERAGE")) throw err;
      blocks.push({ reason: "missingPotential", axis: "potential", message: err.issues.map((i) => i.message).join("; ") || err.message });
      potential = { score: null, level: null, result: null };
    }
    // Box, pool, priority
    const placed = blocks.length === 0 && performance.level !== null && potential.level !== null;
    const pair = placed ? { performance: performance.level as TalentLevel, potential: potential.level as TalentLevel } : null;
    const box = pair === null ? null : numbering.boxes[pair.performance][pair.potential];
    if (pair !== null && box !== null)
      trace.push({
        at: "box",
        formula: "nineBox",
        value: String(box),
        inputs: { performanceLevel: String(TALENT_LEVEL_RANK[pair.performance]), potentialLevel: String(TALENT_LEVEL_RANK[pair.potential]) },
        source: `numbering ${numbering.id}: kinerja ${pair.performance} × potensi ${pair.potential}`,
      });
    const history = [v.year - 1, v.year].map((y) => ({ band: predikatOf(e.predikat, y) ?? null }));
    const rules = evaluateRules({ rules: PRIORITY_RULES, facts: new Map(), history });
    const fired = rules.fired[0];
    const condition = (fired ?? rules.notFired[0])?.conditions as ConditionTrace;
    return {
      id: e.id,
      name: e.name ?? null,
      status: placed ? "placed" : "blocked",
      blocks,
      performance,
      potential,
      box,
      inPool: pair !== null && inPool(pair),
      priority: { value: fired !== undefined, condition },
      trace,
    };
  });

  const counts: Record<string, number> = { blocked: 0 };
  for (let b = 1; b <= 9; b++) counts[String(b)] = 0;
  for (const e of employees) {
    const key = e.box === null ? "blocked" : String(e.box);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  const poolMembers = employees
    .filter((e) => e.inPool)
    .sort((a, b) => (b.box ?? 0) - (a.box ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => e.id);
  return { year: v.year, numbering: numbering.id, pool: v.pool, employees, counts, poolMembers };
}

