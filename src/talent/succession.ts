import * as z from "zod/mini";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { Dec, show } from "../math/decimal.js";
import { roundDec } from "../math/roundDec.js";
import { IdSchema, LabelSchema, NonNegativeDecimalSchema, RoundingRuleSchema } from "../schema/primitives.js";
import type { TraceEntry } from "../schema/result.js";
import type { Condition, ConditionTrace, FactDeclarationInput, FactValueInput } from "../schema/rules.js";
import { FactDeclarationSchema } from "../schema/rules.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { safeRecord } from "./internal/safeRecord.js";
import { compileCondition, holdsFor } from "./internal/conditionRule.js";
import { JPM_WEIGHT_GROUP, JpmCompetencySchema, jobPersonMatch, type JobPersonMatch } from "./jobPersonMatch.js";
import { PredikatHistorySchema, bandHistory } from "./predikat.js";
import { EMPLOYEE_PREDIKAT_RANK, type EmployeePredikat } from "../concepts/vocabulary.js";

/** A tie-break key of a succession ranking, applied in the declared order. */
export type SuccessionKey = "match" | "latestPredikat" | "monthsInGrade";

/** Facts every succession eligibility condition may use, besides the declared ones. */
export const SUCCESSION_FACTS: readonly FactDeclarationInput[] = Object.freeze([
  Object.freeze({ id: "jpm.percent", type: "number", label: { id: "JPM (%)", en: "Job person match (%)" } }),
  Object.freeze({ id: "jpm.category", type: "string", values: ["memenuhi", "masihMemenuhi", "kurangMemenuhi"], label: { id: "Kategori JPM", en: "JPM category" } }),
  Object.freeze({ id: "monthsInGrade", type: "number", label: { id: "Masa kerja dalam pangkat (bulan)", en: "Months in grade" } }),
] as FactDeclarationInput[]);

/** Input schema of {@link succession}. */
export const SuccessionInputSchema = z.strictObject({
    /** The review year (the newest year of the predikat history). */
    year: z.int().check(z.gte(1900), z.lte(2200)),
    /** The target position: its competency standard and JPM weights. */
    position: z.strictObject({
      id: IdSchema,
      label: z.optional(LabelSchema),
      competencies: z.array(z.strictObject({ id: IdSchema, label: z.optional(LabelSchema), group: z.enum(["technical", "managerial", "socioCultural"]), standard: JpmCompetencySchema.shape.standard })).check(z.minLength(1), z.maxLength(500)),
      weights: z.strictObject({ technical: NonNegativeDecimalSchema, managerialSocioCultural: NonNegativeDecimalSchema }),
      surplus: z._default(z.enum(["capAtStandard", "literal"]), "capAtStandard"),
    }),
    /** Eligibility: a rule-engine condition over `jpm.percent`, `jpm.category`, `monthsInGrade`, the declared facts and the predikat history (`band`). */
    eligibility: z.strictObject({ when: z.custom<Condition>((x) => x !== undefined, "give the eligibility condition"), facts: z._default(z.array(FactDeclarationSchema).check(z.maxLength(200)), []) }),
    /** The candidates (ids unique). */
    candidates: z.array(
        z.strictObject({
          id: z.string().check(z.minLength(1), z.maxLength(100)),
          name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
          /** Assessed level of every competency of the position. */
          assessed: safeRecord(IdSchema, NonNegativeDecimalSchema),
          /** Months in the current grade (pangkat). */
          monthsInGrade: z.int().check(z.gte(0), z.lte(1200)),
          predikat: PredikatHistorySchema,
          /** Values of the declared facts. */
          facts: z._default(safeRecord(z.string(), z.union([z.string().check(z.maxLength(200)), z.number(), z.boolean(), z.null()])), {}),
        }),
      ).check(z.maxLength(10_000)),
    /** How many reserves after the main candidate (default 2). */
    reserves: z._default(z.int().check(z.gte(0), z.lte(100)), 2),
    /** Tie-break keys after the match, in order (default latestPredikat then monthsInGrade); the id (NIP) decides last. */
    tieBreak: z._default(z.array(z.enum(["match", "latestPredikat", "monthsInGrade"])).check(z.maxLength(3)), ["match", "latestPredikat", "monthsInGrade"]),
    /** Rounding of the shown match (default 2 places half-up); ranking uses the exact value. */
    rounding: z._default(RoundingRuleSchema, { places: 2, mode: "halfUp" }),
  }).check(z.superRefine((v, ctx) => {
    const ids = new Set<string>();
    v.position.competencies.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: "custom", path: ["position", "competencies", i, "id"], message: `competency '${c.id}' is listed twice`, input: c.id, params: { kinerja: "duplicate_id" } });
      ids.add(c.id);
    });
    for (const g of ["technical", "managerialSocioCultural"] as const)
      if (new Dec(v.position.weights[g]).gt(0) && !v.position.competencies.some((c) => JPM_WEIGHT_GROUP[c.group] === g))
        ctx.addIssue({ code: "custom", path: ["position", "weights", g], message: `group ${g} has a weight but no competency`, input: v.position.weights[g], params: { kinerja: "empty_group" } });
    const seen = new Set<string>();
    v.candidates.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: "custom", path: ["candidates", i, "id"], message: `candidate '${c.id}' is listed twice`, input: c.id, params: { kinerja: "duplicate_id" } });
      seen.add(c.id);
    });
  }));

/** Input of {@link succession} as written in JSON. */
export type SuccessionInput = z.input<typeof SuccessionInputSchema>;

/** One candidate's assessment. */
export interface SuccessionCandidate {
  readonly id: string;
  readonly name: string | null;
  /** Whether the eligibility condition holds. */
  readonly eligible: boolean;
  /** The evaluated eligibility condition (every leaf with its value). */
  readonly condition: ConditionTrace;
  /** The JPM against the position. */
  readonly jpm: JobPersonMatch;
  /** The match score (the JPM percent, rounded) and exact. */
  readonly match: string;
  readonly matchExact: string;
  /** Predikat of the review year, or null. */
  readonly latestPredikat: EmployeePredikat | null;
  readonly monthsInGrade: number;
  /** Rank among the eligible (1 = main candidate), or null when not eligible. */
  readonly rank: number | null;
  /** `main`, `reserve`, `ranked` (eligible beyond the reserves) or `ineligible`. */
  readonly role: "main" | "reserve" | "ranked" | "ineligible";
  /** Match of the main candidate minus this one's, rounded like the match, or null when not eligible. */
  readonly gapToFirst: string | null;
  /** The same gap, exact. */
  readonly gapToFirstExact: string | null;
  /** The tie-break key that put this candidate below the one ranked just above (`id` when all keys tie), or null for the first. */
  readonly decidedBy: SuccessionKey | "id" | null;
  readonly trace: readonly TraceEntry[];
}

/** Result of {@link succession}. */
export interface Succession {
  readonly position: string;
  /** The main candidate's id, or null when nobody is eligible. */
  readonly main: string | null;
  /** The reserves' ids, in rank order. */
  readonly reserves: readonly string[];
  /** Eligible candidates in rank order, then the ineligible ones by id. */
  readonly candidates: readonly SuccessionCandidate[];
}

const cmpId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Succession for one target position (PermenPANRB 3/2020 manajemen talenta; the rekap suksesi of
 * agency talent systems): each candidate's eligibility by a declared rule-engine condition (rank,
 * predikat history, discipline, JPM …), a match score (the Job Person Match against the position's
 * competency standard), a ranking of the eligible by the match and the declared tie-breaks (the id
 * last, so the ranking is deterministic), the main candidate and the reserves, and each one's gap to the
 * first.
 *
 * @param input - `{ year, position, eligibility: { when, facts? }, candidates, reserves?, tieBreak?, rounding? }`
 * @returns the ranking with main candidate, reserves, gaps and each condition's trace
 * @throws `KinerjaError` `INVALID_INPUT` (paths into the input)
 * @example
 * ```ts
 * succession({ year: 2025, position, candidates,
 *   eligibility: { when: { all: [{ fact: "jpm.percent", op: "gte", value: 68 },
 *                                { history: "band", last: 2, op: "in", value: ["baik", "sangatBaik"] }] } } }).main;
 * ```
 */
export function succession(input: SuccessionInput): Succession {
  const v = parseWith(SuccessionInputSchema, input, "INVALID_INPUT", "succession input");
  const declared = [...SUCCESSION_FACTS, ...(v.eligibility.facts as FactDeclarationInput[])];
  const rules = compileCondition(v.eligibility.when, declared, ["eligibility", "when"], ["eligibility", "facts"]);
  const issues: KinerjaIssue[] = [];
  v.candidates.forEach((c, i) => {
    for (const comp of v.position.competencies) if (!Object.hasOwn(c.assessed, comp.id)) issues.push(issue(["candidates", i, "assessed", comp.id], "missing_level", `no assessed level for '${comp.id}'`));
    for (const k of Object.keys(c.assessed)) if (!v.position.competencies.some((p) => p.id === k)) issues.push(issue(["candidates", i, "assessed", k], "unknown_competency", `'${k}' is not a competency of the position`));
    for (const k of Object.keys(c.facts)) if (SUCCESSION_FACTS.some((f) => f.id === k)) issues.push(issue(["candidates", i, "facts", k], "reserved_fact", `'${k}' is computed, not given`));
  });
  if (issues.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid succession input", issues);

  const assessed = v.candidates.map((c, i) => {
    const jpm = jobPersonMatch({
      weights: v.position.weights,
      surplus: v.position.surplus,
      rounding: v.rounding,
      competencies: v.position.competencies.map((p) => ({ id: p.id, group: p.group, standard: p.standard, achieved: c.assessed[p.id] as string, ...(p.label === undefined ? {} : { label: p.label }) })),
    });
    const facts: Record<string, FactValueInput> = { ...c.facts, "jpm.percent": jpm.exact, "jpm.category": jpm.category.id, monthsInGrade: c.monthsInGrade };
    const { value, condition } = holdsFor(rules, facts, bandHistory(c.predikat, v.year), ["candidates", i]);
    const latest = c.predikat.find((y) => y.year === v.year)?.predikat ?? null;
    return { c, jpm, eligible: value, condition, latest, exact: new Dec(jpm.exact) };
  });
  type A = (typeof assessed)[number];
  const keyCmp: Record<SuccessionKey, (a: A, b: A) => number> = {
    match: (a, b) => b.exact.cmp(a.exact),
    latestPredikat: (a, b) => (b.latest === null ? 0 : EMPLOYEE_PREDIKAT_RANK[b.latest]) - (a.latest === null ? 0 : EMPLOYEE_PREDIKAT_RANK[a.latest]),
    monthsInGrade: (a, b) => b.c.monthsInGrade - a.c.monthsInGrade,
  };
  const keys: SuccessionKey[] = v.tieBreak.includes("match") ? v.tieBreak : ["match", ...v.tieBreak];
  const order = (a: A, b: A): number => {
    for (const k of keys) {
      const d = keyCmp[k](a, b);
      if (d !== 0) return d;
    }
    return cmpId(a.c.id, b.c.id);
  };
  const eligible = assessed.filter((a) => a.eligible).sort(order);
  const ineligible = assessed.filter((a) => !a.eligible).sort((a, b) => cmpId(a.c.id, b.c.id));
  const first = eligible[0];
  const out: SuccessionCandidate[] = [];
  eligible.forEach((a, r) => {
    const prev = r === 0 ? null : (eligible[r - 1] as A);
    const decidedBy = prev === null ? null : (keys.find((k) => keyCmp[k](prev, a) !== 0) ?? "id");
    const gap = (first as A).exact.minus(a.exact);
    out.push({
      id: a.c.id,
      name: a.c.name ?? null,
      eligible: true,
      condition: a.condition,
      jpm: a.jpm,
      match: a.jpm.percent,
      matchExact: a.jpm.exact,
      latestPredikat: a.latest,
      monthsInGrade: a.c.monthsInGrade,
      rank: r + 1,
      role: r === 0 ? "main" : r <= v.reserves ? "reserve" : "ranked",
      gapToFirst: show(roundDec(gap, v.rounding), v.rounding.places),
      gapToFirstExact: show(gap),
      decidedBy,
      trace: [
        { at: "match", formula: "jobPersonMatch", value: a.jpm.percent, inputs: { exact: a.jpm.exact }, source: "jpm.trace" },
        { at: "gapToFirstExact", formula: "difference", value: show(gap), inputs: { first: (first as A).jpm.exact, match: a.jpm.exact } },
        { at: "gapToFirst", formula: "round", value: show(roundDec(gap, v.rounding), v.rounding.places), inputs: { exact: show(gap) }, rounding: { places: v.rounding.places, mode: v.rounding.mode, exact: show(gap) } },
      ],
    });
  });
  for (const a of ineligible)
    out.push({
      id: a.c.id,
      name: a.c.name ?? null,
      eligible: false,
      condition: a.condition,
      jpm: a.jpm,
      match: a.jpm.percent,
      matchExact: a.jpm.exact,
      latestPredikat: a.latest,
      monthsInGrade: a.c.monthsInGrade,
      rank: null,
      role: "ineligible",
      gapToFirst: null,
      gapToFirstExact: null,
      decidedBy: null,
      trace: [{ at: "match", formula: "jobPersonMatch", value: a.jpm.percent, inputs: { exact: a.jpm.exact }, source: "jpm.trace" }],
    });
  return { position: v.position.id, main: first?.c.id ?? null, reserves: eligible.slice(1, 1 + v.reserves).map((a) => a.c.id), candidates: out };
}
