import * as z from "zod/mini";
import { warning } from "../schema/warnings.js";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import type { Dec as D } from "../math/decimal.js";
import type { RoundingMode } from "../math/round.js";
import { IdSchema, LabelSchema } from "../schema/primitives.js";
import { plainJsonIssue } from "../schema/plainJson.js";
import type { DecimalText, Result, ResultWarning } from "../schema/result.js";
import type { Label } from "../schema/scheme.js";
import { parseWith } from "../schema/toKinerjaError.js";
import {
  bindingLimits,
  buildSystem,
  closure,
  compileCurve,
  conflictMessages,
  DistributionCurveSchema,
  exactCounts,
  findConflict,
  QuotaRoundingSchema,
  type Closure,
  type CompiledCurve,
  type DistributionCurveInput,
  type Edge,
  type QuotaRoundingInput,
  type System,
} from "./distributionCurve.js";
import { curveOfOrganisation, oneCurveSource, OrganisationPredikatSchema, type OrganisationPredikat } from "./seMenpanrbCurves.js";
import { compareText, decimalReader, MAX_ISSUES, groupResults, GroupBySchema, isRecord, ownValue, readResults, type GroupBy, type Rated, type RatedInput } from "./ratedResults.js";

/**
 * A tie-break key for ranking employees with equal final scores (applied in the order given;
 * the employee id, ascending, is always the last key so that the ranking is total):
 * - `{ by: "exactScore" }` — the unrounded final score (from the result's trace), higher first;
 * - `{ by: "component" | "perspective" | "objective" | "indicator", id }` — that node's score, higher first
 *   (a missing or null score ranks last);
 * - `{ by: "employee" }` — the employee id, ascending (code-unit order).
 *
 * `order` reverses the direction (`asc` / `desc`).
 */
export const TieBreakKeySchema = z.discriminatedUnion("by", [
  z.strictObject({ by: z.literal("exactScore"), order: z._default(z.enum(["asc", "desc"]), "desc") }),
  z.strictObject({ by: z.enum(["component", "perspective", "objective", "indicator"]), id: z.string().check(z.minLength(1), z.maxLength(100)), order: z._default(z.enum(["asc", "desc"]), "desc") }),
  z.strictObject({ by: z.literal("employee"), order: z._default(z.enum(["asc", "desc"]), "asc") }),
]);

/** Options of {@link calibrate}. */
export const CalibrateOptionsSchema = z.strictObject({
  /** The distribution curve to satisfy (or give `organisationPredikat`). */
  curve: z.optional(DistributionCurveSchema),
  /** The organisation's predikat: selects its SE MenPANRB 3/2023 curve (instead of `curve`). */
  organisationPredikat: z.optional(OrganisationPredikatSchema),
  /** Category ids from best to worst; default: the curve's order. */
  order: z.optional(z.array(IdSchema).check(z.maxLength(20))),
  /** Tie-break keys after the final score (the employee id ascending is always last). */
  tieBreak: z._default(z.array(TieBreakKeySchema).check(z.maxLength(20)), []),
  /** Calibrate each unit separately (`unit`) or everybody as one organisation (`none`, the default). */
  by: z._default(GroupBySchema, "none"),
  /** How shares become head-counts (default: ceil for minima, floor for maxima). */
  rounding: QuotaRoundingSchema,
  /** When two proposals move equally many employees equally far: rate lower (`down`, the default) or higher (`up`). */
  prefer: z._default(z.enum(["down", "up"]), "down"),
  /** The scheme's band table (e.g. `plan.scheme.bands.table`): moved results take their band label from it. */
  bands: z.optional(z.array(z.looseObject({ id: IdSchema, label: LabelSchema })).check(z.maxLength(50))),
}).check(z.superRefine(oneCurveSource));

/** A tie-break key as written in JSON. */
export type TieBreakKey = z.input<typeof TieBreakKeySchema>;

/** Options of {@link calibrate} as written in JSON. */
export interface CalibrateOptions {
  /** The distribution curve to satisfy (categories best → worst); or give `organisationPredikat`. */
  readonly curve?: DistributionCurveInput | undefined;
  /** The organisation's predikat, which selects its curve of `SE_MENPANRB_3_2023_CURVES` (give this or `curve`). */
  readonly organisationPredikat?: OrganisationPredikat | undefined;
  /** Category ids from best to worst; default: the curve's order. */
  readonly order?: readonly string[] | undefined;
  /** The scheme's band table (e.g. `plan.scheme.bands.table`): moved results take their band label from it. */
  readonly bands?: readonly { readonly id: string; readonly label: string | { readonly id: string; readonly en?: string | undefined } }[] | undefined;
  /** Tie-break keys after the final score; the employee id (ascending) is always the last key. */
  readonly tieBreak?: readonly TieBreakKey[] | undefined;
  /** `none` (default): all results are one organisation; `unit`: each `employee.unit` is calibrated separately. */
  readonly by?: GroupBy | undefined;
  /** How shares become head-counts (default `{ min: "ceil", max: "floor" }`). */
  readonly rounding?: QuotaRoundingInput | undefined;
  /** Direction preferred between equally small proposals (default `down`). */
  readonly prefer?: "down" | "up" | undefined;
}

/** A limit of the curve that made a move necessary. */
export interface LimitRef {
  /** `category` or `group`. */
  readonly kind: "category" | "group";
  /** Id of the category or group. */
  readonly id: string;
  /** Which side of the limit binds. */
  readonly bound: "min" | "max";
  /** The head-count of that bound for this unit. */
  readonly count: number;
}

/** One proposed move, with its justification. */
export interface CalibrationMove {
  /** Employee id. */
  readonly employee: string;
  /** The employee's unit (null without one). */
  readonly unit: string | null;
  /** Rank in the calibrated group (1 = best: final score, then the tie-break keys, then employee id). */
  readonly rank: number;
  /** Final score as written in the result. */
  readonly score: DecimalText;
  /** Category before. */
  readonly from: string;
  /** Proposed category. */
  readonly to: string;
  /** Band before (`result.final.band.id`). */
  readonly fromBand: string;
  /** Proposed band: the first band of the proposed category. */
  readonly toBand: string;
  /** `down` (a worse category) or `up`. */
  readonly direction: "down" | "up";
  /** How many categories the employee moves. */
  readonly steps: number;
  /** Why, in English: the limit that forced the move at each category boundary crossed. */
  readonly reason: string;
  /** The limits behind the move (empty when the move only makes room for the others with the fewest moves). */
  readonly limits: readonly LimitRef[];
}

/** Employees with equal final scores on both sides of a quota boundary. */
export interface CalibrationTie {
  /** The unit (null for `by: "none"` or without a unit). */
  readonly unit: string | null;
  /** The category above the boundary. */
  readonly above: string;
  /** The category below the boundary. */
  readonly below: string;
  /** Direction of the moves across the boundary. */
  readonly direction: "down" | "up";
  /** The shared final score. */
  readonly score: DecimalText;
  /** Every employee of the category being cut with that score, best-ranked first. */
  readonly employees: readonly string[];
  /** Those moved across the boundary. */
  readonly moved: readonly string[];
  /** Those left where they were. */
  readonly kept: readonly string[];
  /** `tieBreak` when a declared key separated the last kept and the first moved, else `employeeId` (no key declared, or all equal). */
  readonly resolvedBy: "tieBreak" | "employeeId";
  /** Index in `tieBreak` of the deciding key, or null. */
  readonly tieBreak: number | null;
  /** Human-readable description (English). */
  readonly message: string;
}

/** Head-count of one category. */
export interface CategoryCount {
  /** Category id. */
  readonly category: string;
  /** Number of employees. */
  readonly count: number;
}

/** Before and after of one calibrated group. */
export interface CalibrationGroup {
  /** The unit (null for `by: "none"` or for the results without a unit). */
  readonly unit: string | null;
  /** Number of employees. */
  readonly size: number;
  /** Counts per category before, best → worst. */
  readonly before: readonly CategoryCount[];
  /** Counts per category after, best → worst (they satisfy the curve). */
  readonly after: readonly CategoryCount[];
  /** Employees moved. */
  readonly moved: number;
  /** Category steps moved in total (an employee moved two categories counts two). */
  readonly steps: number;
}

/** Every employee's place before and after. */
export interface CalibrationAssignment {
  /** Employee id. */
  readonly employee: string;
  /** The unit (null without one). */
  readonly unit: string | null;
  /** Rank in the group (1 = best). */
  readonly rank: number;
  /** Final score. */
  readonly score: DecimalText;
  /** Category before. */
  readonly category: string;
  /** Band before. */
  readonly band: string;
  /** Proposed category. */
  readonly proposedCategory: string;
  /** Proposed band (unchanged unless moved). */
  readonly proposedBand: string;
  /** True when the category changes. */
  readonly moved: boolean;
}

/** A node score read by a tie-break key: `{ id, score }` of `components`, `perspectives`, `objectives` or `indicators`. */
export interface NodeScoreInput {
  /** The node's id. */
  readonly id: string;
  /** Its score (decimal text or a finite number), or null when it has none. */
  readonly score?: string | number | null | undefined;
}

/**
 * The fields of a result that {@link calibrate} reads: those of every rating function, the node scores
 * and the trace for the tie-break keys that name them, and the warnings it extends on a moved result.
 * A `Result` of `evaluate` and a `Score` of `score` both qualify.
 */
export interface CalibrationInput extends RatedInput {
  /** Component scores (tie-break key `component`). */
  readonly components?: readonly NodeScoreInput[] | undefined;
  /** Perspective scores (tie-break key `perspective`). */
  readonly perspectives?: readonly NodeScoreInput[] | undefined;
  /** Objective scores (tie-break key `objective`). */
  readonly objectives?: readonly NodeScoreInput[] | undefined;
  /** Indicator scores (tie-break key `indicator`). */
  readonly indicators?: readonly NodeScoreInput[] | undefined;
  /** The trace (tie-break key `exactScore` reads its `final.score` entry). */
  readonly trace?: readonly unknown[] | undefined;
  /** Warnings; a moved result's copy gets a `calibrated` warning appended. */
  readonly warnings?: readonly unknown[] | undefined;
}

/** The proposal of {@link calibrate}. */
export interface Calibration<T extends CalibrationInput = Result> {
  /** Id of the curve. */
  readonly curve: string;
  /** How the results were grouped. */
  readonly by: GroupBy;
  /** Quota rounding used. */
  readonly rounding: { readonly min: RoundingMode; readonly max: RoundingMode };
  /** Total employees moved. */
  readonly moved: number;
  /** Per group: counts before and after. */
  readonly groups: readonly CalibrationGroup[];
  /** The moves, by group then rank. */
  readonly moves: readonly CalibrationMove[];
  /** Ties at quota boundaries, resolved by the tie-break keys and reported here. */
  readonly ties: readonly CalibrationTie[];
  /** Every employee, by group then rank. */
  readonly assignments: readonly CalibrationAssignment[];
  /**
   * The results with the proposal applied, in the caller's order: copies whose `final.band` is the
   * proposed band and whose `warnings` end with a `calibrated` warning (a moved result must be plain JSON:
   * it is checked before it is copied); unmoved results are the caller's own objects, returned as they are.
   */
  readonly results: readonly T[];
}

// ---------------------------------------------------------------------------------------------

type TieValue = string | D | null;
type Key = z.output<typeof TieBreakKeySchema>;

const NODE_LISTS = { component: "components", perspective: "perspectives", objective: "objectives", indicator: "indicators" } as const;

/** A tie-break key's value for one result, read through own data properties; a malformed value is an issue. */
function keyValue(r: Rated, key: Key, decimal: ReturnType<typeof decimalReader>, report: (p: KinerjaIssue) => void): TieValue {
  if (key.by === "employee") return r.employee;
  if (key.by === "exactScore") return exactFinalScore(r, decimal);
  const field = NODE_LISTS[key.by];
  const list = ownValue(r.raw, field);
  if (list === undefined) return null;
  if (!Array.isArray(list)) {
    report(issue(["results", r.index, field], "invalid_type", "must be an array of { id, score }"));
    return null;
  }
  for (let j = 0; j < list.length; j++) {
    const node: unknown = Object.hasOwn(list, j) ? list[j] : undefined;
    if (!isRecord(node) || ownValue(node, "id") !== key.id) continue;
    const score = ownValue(node, "score");
    if (score === undefined || score === null) return null;
    const e = decimal(score);
    if (typeof e !== "string") return e.dec;
    report(issue(["results", r.index, field, j, "score"], "invalid_type", e));
    return null;
  }
  return null;
}

/** The unrounded final score from the trace (`final.score` entry's `rounding.exact`), or the final score. */
function exactFinalScore(r: Rated, decimal: ReturnType<typeof decimalReader>): D {
  const trace = ownValue(r.raw, "trace");
  if (!Array.isArray(trace)) return r.score;
  for (let j = 0; j < trace.length; j++) {
    const entry: unknown = Object.hasOwn(trace, j) ? trace[j] : undefined;
    if (ownValue(entry, "at") !== "final.score") continue;
    const e = decimal(ownValue(ownValue(entry, "rounding"), "exact"));
    if (typeof e !== "string") return e.dec;
  }
  return r.score;
}

/** Compares two key values; "better" first (negative when `a` ranks above `b`). Null ranks last. */
function compareValue(a: TieValue, b: TieValue, order: "asc" | "desc"): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const c = typeof a === "string" ? compareText(a, b as string) : a.cmp(b as D);
  return order === "asc" ? c : -c;
}

interface Ranked {
  readonly r: Rated;
  /** `r.employee`, kept here so that the ranking's comparisons read it without a second object. */
  readonly employee: string;
  readonly keys: readonly TieValue[];
  rank: number;
  readonly from: number;
  cur: number;
  /** The boundaries crossed (empty, shared, until the employee moves). */
  crossed: readonly number[];
}

/** Ranking: score desc, declared keys, employee id asc. Returns the index of the deciding key (−1: score, keys.length: employee id). */
function decide(a: Ranked, b: Ranked, keys: readonly Key[]): { readonly c: number; readonly by: number } {
  const s = b.r.level - a.r.level;
  if (s !== 0) return { c: s, by: -1 };
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!key) continue;
    const c = compareValue(a.keys[i] ?? null, b.keys[i] ?? null, key.order);
    if (c !== 0) return { c, by: i };
  }
  return { c: compareText(a.r.employee, b.r.employee), by: keys.length };
}

/** The ranking of two results with equal final scores (negative when `a` ranks above `b`): the declared keys, then the employee id. */
function compareEqualScores(a: Ranked, b: Ranked, keys: readonly Key[]): number {
  for (let i = 0; i < keys.length; i++) {
    const c = compareValue(a.keys[i] ?? null, b.keys[i] ?? null, keys[i]?.order ?? "desc");
    if (c !== 0) return c;
  }
  return compareText(a.employee, b.employee);
}

const NO_KEYS: readonly TieValue[] = Object.freeze([]);
const NO_CROSSINGS: readonly number[] = Object.freeze([]);

/**
 * Ranks a group (best first) and numbers it: members bucketed by score level (highest first), each
 * bucket sorted by the tie-break keys and the employee id (the order of {@link decide}), with
 * comparisons only between equal scores.
 */
function rankGroup(members: readonly Rated[], keys: readonly Key[], make: (r: Rated) => Ranked): Ranked[] {
  const buckets = new Map<number, Ranked[]>();
  for (const r of members) {
    const x = make(r);
    const b = buckets.get(r.level);
    if (b) b.push(x);
    else buckets.set(r.level, [x]);
  }
  const ranked: Ranked[] = [];
  // Within a bucket every score is equal; without declared keys the order is the employee id alone.
  const within = keys.length === 0 ? (x: Ranked, y: Ranked): number => compareText(x.employee, y.employee) : (x: Ranked, y: Ranked): number => compareEqualScores(x, y, keys);
  for (const level of [...buckets.keys()].sort((a, b) => b - a)) {
    const bucket = buckets.get(level) ?? [];
    if (bucket.length > 1) bucket.sort(within);
    for (const x of bucket) {
      x.rank = ranked.length + 1;
      ranked.push(x);
    }
  }
  return ranked;
}

// --- target counts: the fewest moves, exactly -------------------------------------------------

type Cost = readonly [number, number, number];
const less = (a: Cost, b: Cost): boolean => a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];

/**
 * Target cumulative counts B[0..K] (B[k] = employees in the k best categories) that satisfy the
 * system and, for a ranking in which the categories are monotone, move the fewest employees; then
 * the fewest category steps; then rate lower (`down`) or higher (`up`).
 *
 * Moved employees of a monotone assignment are the union of the intervals between A[k] and B[k];
 * as both sequences are non-decreasing, that union is Σ_k |I_k \ I_{k−1}|, a sum of terms over
 * consecutive pairs. The cost is piecewise linear in B with breakpoints on hyperplanes
 * B[k] = A[j] and B[k] = B[k−1], and the limits are difference constraints; every vertex of that
 * arrangement is integral and each coordinate is an anchor (A[j], 0 or size) plus a sum of limit
 * constants along a path. The candidates are generated that way (clipped to each B[k]'s feasible
 * range), and a dynamic programme over k — keeping the open ends of group limits in its state —
 * finds the exact optimum among them.
 */
function targetCumulative(system: System, clo: Closure, a: readonly number[], prefer: "down" | "up"): number[] {
  const k = system.k;
  const n = system.size;
  const lo = (i: number): number => -(clo.d[i]?.[0] ?? 0);
  const hi = (i: number): number => clo.d[0]?.[i] ?? 0;
  const sets: Set<number>[] = Array.from({ length: k + 1 }, () => new Set<number>());
  const add = (i: number, v: number): boolean => {
    const s = sets[i];
    if (!s || v < lo(i) || v > hi(i) || s.has(v)) return false;
    s.add(v);
    return true;
  };
  add(0, 0);
  add(k, n);
  for (let i = 1; i < k; i++) for (const j of [i - 1, i, i + 1]) add(i, a[j] ?? 0);
  // Hyperplanes: the stated limits (trivial bounds such as "at most size" are implied by the
  // zero-count hyperplanes B[k] = B[k−1], which are added for every category).
  const links: { u: number; v: number; w: number }[] = system.edges.filter((e) => e.source !== undefined).map((e) => ({ u: e.u, v: e.v, w: e.weight }));
  for (let i = 1; i <= k; i++) links.push({ u: i - 1, v: i, w: 0 });
  for (let round = 0; round <= k; round++) {
    let grew = false;
    for (const l of links) {
      for (const x of [...(sets[l.u] ?? [])]) grew = add(l.v, x + l.w) || grew;
      for (const y of [...(sets[l.v] ?? [])]) grew = add(l.u, y - l.w) || grew;
    }
    if (!grew) break;
  }
  const candidates = sets.map((s) => [...s].sort((x, y) => x - y));

  // Constraints by their larger endpoint: B[v] − B[u] ≤ w with max(u, v) = t.
  const byEnd: { other: number; sign: 1 | -1; w: number }[][] = Array.from({ length: k + 1 }, () => []);
  let reach = new Array<number>(k + 1).fill(0); // furthest node each node is linked to
  for (const e of system.edges) {
    const t = Math.max(e.u, e.v);
    const s = Math.min(e.u, e.v);
    byEnd[t]?.push({ other: s, sign: e.v === t ? 1 : -1, w: e.weight });
    reach[s] = Math.max(reach[s] ?? 0, t);
  }
  reach = reach.map((r, i) => Math.max(r, i + 1));

  interface Entry {
    readonly values: ReadonlyMap<number, number>;
    readonly cost: Cost;
    readonly parent: Entry | undefined;
    readonly value: number;
  }
  let states = new Map<string, Entry>([["", { values: new Map([[0, 0]]), cost: [0, 0, 0], parent: undefined, value: 0 }]]);
  for (let t = 1; t <= k; t++) {
    const next = new Map<string, Entry>();
    const keep = [...Array(t + 1).keys()].filter((s) => s >= 1 && (reach[s] ?? 0) > t);
    for (const st of states.values()) {
      const prev = st.values.get(t - 1) ?? 0;
      for (const y of candidates[t] ?? []) {
        let ok = true;
        for (const c of byEnd[t] ?? []) {
          const x = c.other === t ? y : (st.values.get(c.other) ?? 0);
          if (c.sign === 1 ? y - x > c.w : x - y > c.w) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        let cost: Cost = st.cost;
        if (t < k) {
          const at = a[t] ?? 0;
          const hiPrev = Math.max(a[t - 1] ?? 0, prev);
          const moves = Math.max(at, y) - Math.max(Math.min(at, y), hiPrev);
          cost = [cost[0] + Math.max(0, moves), cost[1] + Math.abs(y - at), cost[2] + (prefer === "down" ? y : -y)];
        }
        const values = new Map<number, number>([[0, 0]]);
        for (const s of keep) values.set(s, s === t ? y : (st.values.get(s) ?? 0));
        const key = keep.map((s) => values.get(s)).join(",");
        const old = next.get(key);
        if (!old || less(cost, old.cost)) next.set(key, { values, cost, parent: st, value: y });
      }
    }
    states = next;
  }
  let best: Entry | undefined;
  for (const e of states.values()) if (!best || less(e.cost, best.cost)) best = e;
  const b = new Array<number>(k + 1).fill(0);
  for (let t = k, e = best; t >= 1 && e; t--, e = e.parent) b[t] = e.value;
  return b;
}

// --- the proposal -----------------------------------------------------------------------------

const span = (curve: CompiledCurve, from: number, to: number): string => {
  const a = curve.categories[from]?.id ?? "";
  const b = curve.categories[to]?.id ?? "";
  return from === to ? `'${a}'` : `'${a}'…'${b}'`;
};

function limitRefs(edges: readonly Edge[]): LimitRef[] {
  const out: LimitRef[] = [];
  for (const e of edges) {
    if (!e.source) continue;
    const { limit, bound } = e.source;
    out.push({ kind: limit.limit.kind, id: limit.limit.id, bound, count: bound === "min" ? limit.range.min : limit.range.max });
  }
  return out;
}

function describe(refs: readonly LimitRef[]): string {
  return refs.map((r) => `${r.kind === "group" ? "group " : ""}'${r.id}' ${r.bound === "min" ? "at least" : "at most"} ${r.count}`).join(", ");
}

/**
 * Proposes the fewest band changes that make a set of results satisfy a distribution curve
 * (calibration to the SE MenPANRB 3/2023 curves, or any forced or limited distribution), with an
 * audit record for every move.
 *
 * **Ranking.** Within each group (`by`), employees are ranked by final score (exact decimal
 * comparison, higher first), then by the declared `tieBreak` keys, then by employee id ascending —
 * a total order, so the proposal does not depend on the order of `results`.
 *
 * **Categories.** `result.final.band.id` maps each result to a curve category (`bands`), ordered best
 * → worst (`order`, default the curve's order).
 *
 * **Target counts.** The head-count limits of each group come from `distributionQuotas` rules
 * (ceil for minima, floor for maxima by default). Among all count vectors that satisfy them, the
 * one that moves the fewest employees is chosen exactly (then the fewest category steps, then the
 * lower ratings unless `prefer: "up"`), computed on a monotone ranking (as results from one band
 * table are).
 *
 * **Who moves.** Counts are moved across each category boundary as needed: downward moves take the
 * lowest-ranked employees of the category above, upward moves the highest-ranked of the category
 * below (cascading across several boundaries when needed). So no employee is ever moved past an
 * employee with a higher score (no new rank inversions), and the result is monotone when the input
 * is. Employees with equal scores on both sides of a cut are reported in `ties` and resolved by the
 * tie-break keys (finally by employee id), never silently.
 *
 * **Idempotent.** Results that already satisfy the curve are not moved; calibrating `results` of the
 * output again moves nobody.
 *
 * @param results - results of `evaluate` or scores of `score` (each must have a band mapped to a category; employee
 *   ids unique; a result that is moved must be plain JSON, as the output copies it)
 * @param options - `{ curve, order?, tieBreak?, by?, rounding?, prefer? }`; `organisationPredikat` instead of `curve`
 *   selects the SE MenPANRB 3/2023 curve of that organisation predikat
 * @returns the proposal: moves with reasons, ties, counts before/after, every assignment, and the adjusted results
 * @throws `KinerjaError` `INVALID_INPUT` for an empty list, a result without a band or with a band no category
 *   covers, duplicate employee ids, a malformed curve, or a group whose size cannot meet the curve
 * @example
 * ```ts
 * const proposal = calibrate(results, { curve: SE_MENPANRB_3_2023_CURVES.baik, tieBreak: [{ by: "exactScore" }] });
 * ```
 */
export function calibrate<T extends CalibrationInput = Result>(results: readonly T[], options: CalibrateOptions): Calibration<T> {
  const opts = parseWith(CalibrateOptionsSchema, options, "INVALID_INPUT", "calibration options");
  const curve = compileCurve(opts.curve ?? curveOfOrganisation(opts.organisationPredikat ?? "baik"), opts.order, ["curve"]);
  const { rated } = readResults(results, "calibration input", { band: true, uniqueIds: true });
  const problems: KinerjaIssue[] = [];
  const report = (p: KinerjaIssue): void => {
    if (problems.length < MAX_ISSUES) problems.push(p);
  };
  for (const r of rated) {
    if (r.band !== null && !curve.bandToCategory.has(r.band)) {
      report(issue(["results", r.index, "final", "band", "id"], "unknown_band", `band '${r.band}' is not in any category of curve '${curve.id}'`));
    }
  }
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid calibration input", problems);

  const keys = opts.tieBreak;
  const decimal = decimalReader();
  const k = curve.categories.length;
  const categoryId = (i: number): string => curve.categories[i]?.id ?? "";
  const firstBand = (i: number): string => curve.categories[i]?.bands[0] ?? categoryId(i);

  const groups: CalibrationGroup[] = [];
  const moves: CalibrationMove[] = [];
  const ties: CalibrationTie[] = [];
  const assignments: CalibrationAssignment[] = [];
  const proposed = new Map<number, { band: string; from: string; to: string }>();

  for (const group of groupResults(rated, opts.by)) {
    const size = group.members.length;
    const ranked = rankGroup(group.members, keys, (r) => {
      const from = curve.bandToCategory.get(r.band ?? "") ?? 0;
      return { r, employee: r.employee, keys: keys.length === 0 ? NO_KEYS : keys.map((key) => keyValue(r, key, decimal, report)), rank: 0, from, cur: from, crossed: NO_CROSSINGS };
    });
    if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid calibration input", problems);

    const apportionment = exactCounts(curve, size);
    const system = buildSystem(curve, size, opts.rounding, apportionment?.counts);
    const conflict = findConflict(system);
    if (conflict) {
      problems.push(
        issue(["results"], "infeasible_curve", `${group.unit === null ? "the results" : `unit '${group.unit}'`} (${size} employee${size === 1 ? "" : "s"}) cannot meet the curve: ${conflictMessages(system, conflict, opts.rounding).join("; ")}`),
      );
      continue;
    }
    const clo = closure(system);
    const counts = new Array<number>(k).fill(0);
    for (const x of ranked) counts[x.from] = (counts[x.from] ?? 0) + 1;
    const a = [0];
    for (let i = 0; i < k; i++) a.push((a[i] ?? 0) + (counts[i] ?? 0));
    const b = targetCumulative(system, clo, a, opts.prefer);

    // Realise the flows across each boundary: members per category in rank order (needed only when something flows).
    const members: Ranked[][] = Array.from({ length: k }, () => []);
    if (b.some((v, i) => v !== a[i])) for (const x of ranked) members[x.from]?.push(x);
    const merge = (into: readonly Ranked[], add: readonly Ranked[]): Ranked[] => {
      // Both are in rank order: a linear merge.
      const out: Ranked[] = [];
      let i = 0;
      let j = 0;
      while (i < into.length || j < add.length) {
        const x = into[i];
        const y = add[j];
        if (y === undefined || (x !== undefined && x.rank < y.rank)) {
          out.push(x as Ranked);
          i++;
        } else {
          out.push(y);
          j++;
        }
      }
      return out;
    };
    const reasons = new Map<number, { text: string; refs: LimitRef[] }>();
    const boundaryReason = (t: number, down: boolean): void => {
      const at = a[t] ?? 0;
      const target = b[t] ?? 0;
      const above = span(curve, 0, t - 1);
      const below = span(curve, t, k - 1);
      const lo = -(clo.d[t]?.[0] ?? 0);
      const hi = clo.d[0]?.[t] ?? 0;
      if (down && at > hi) {
        const refs = limitRefs(bindingLimits(clo, 0, t));
        reasons.set(t, { text: `at most ${hi} may be rated ${above} (${describe(refs) || "the curve"}); there were ${at}`, refs });
      } else if (!down && at < lo) {
        const refs = limitRefs(bindingLimits(clo, t, 0));
        reasons.set(t, { text: `at most ${size - lo} may be rated ${below} (${describe(refs) || "the curve"}); there were ${size - at}`, refs });
      } else {
        reasons.set(t, {
          text: `${Math.abs(target - at)} moved ${down ? "down" : "up"} across '${categoryId(t - 1)}' / '${categoryId(t)}' so that all limits hold with the fewest moves`,
          refs: [],
        });
      }
    };
    const cut = (t: number, set: readonly Ranked[], moved: readonly Ranked[], kept: readonly Ranked[], down: boolean): void => {
      const lastKept = down ? kept[kept.length - 1] : kept[0];
      const firstMoved = down ? moved[0] : moved[moved.length - 1];
      if (!lastKept || !firstMoved || lastKept.r.level !== firstMoved.r.level) return;
      const tied = set.filter((x) => x.r.level === firstMoved.r.level);
      const movedSet = new Set(moved);
      const d = down ? decide(lastKept, firstMoved, keys) : decide(firstMoved, lastKept, keys);
      const byKey = d.by >= 0 && d.by < keys.length;
      const movedIds = tied.filter((x) => movedSet.has(x)).map((x) => x.r.employee);
      const keptIds = tied.filter((x) => !movedSet.has(x)).map((x) => x.r.employee);
      ties.push({
        unit: group.unit,
        above: categoryId(t - 1),
        below: categoryId(t),
        direction: down ? "down" : "up",
        score: firstMoved.r.scoreText,
        employees: tied.map((x) => x.r.employee),
        moved: movedIds,
        kept: keptIds,
        resolvedBy: byKey ? "tieBreak" : "employeeId",
        tieBreak: byKey ? d.by : null,
        message: `${tied.length} employees share the score ${firstMoved.r.scoreText} at the boundary '${categoryId(t - 1)}' / '${categoryId(t)}': ${movedIds.join(", ")} moved ${down ? "down" : "up"}, ${keptIds.join(", ")} kept; decided by ${byKey ? `tie-break key ${d.by} (${keys[d.by]?.by ?? ""})` : "employee id (no declared tie-break key separates them)"}`,
      });
    };
    for (let t = 1; t < k; t++) {
      const flow = (b[t] ?? 0) - (a[t] ?? 0);
      if (flow >= 0) continue;
      const set = members[t - 1] ?? [];
      const kept = set.slice(0, set.length + flow);
      const moved = set.slice(set.length + flow);
      cut(t, set, moved, kept, true);
      boundaryReason(t, true);
      for (const x of moved) {
        x.cur = t;
        x.crossed = [...x.crossed, t];
      }
      members[t - 1] = kept;
      members[t] = merge(members[t] ?? [], moved);
    }
    for (let t = k - 1; t >= 1; t--) {
      const flow = (b[t] ?? 0) - (a[t] ?? 0);
      if (flow <= 0) continue;
      const set = members[t] ?? [];
      const moved = set.slice(0, flow);
      const kept = set.slice(flow);
      cut(t, set, moved, kept, false);
      boundaryReason(t, false);
      for (const x of moved) {
        x.cur = t - 1;
        x.crossed = [...x.crossed, t];
      }
      members[t] = kept;
      members[t - 1] = merge(members[t - 1] ?? [], moved);
    }

    // Limits the group breaks before calibration: a move that leaves an over-full limit or enters an under-full one is explained by it.
    const broken: { readonly from: number; readonly to: number; readonly ref: LimitRef; readonly text: string }[] = [];
    for (const s of [...system.categories, ...system.groups]) {
      const l = s.limit;
      const count = counts.slice(l.from, l.to + 1).reduce((x, y) => x + y, 0);
      const name = `${l.kind === "group" ? "group " : ""}'${l.id}'`;
      if (count > s.range.max) broken.push({ from: l.from, to: l.to, ref: { kind: l.kind, id: l.id, bound: "max", count: s.range.max }, text: `${name} had ${count}, at most ${s.range.max} allowed` });
      if (count < s.range.min) broken.push({ from: l.from, to: l.to, ref: { kind: l.kind, id: l.id, bound: "min", count: s.range.min }, text: `${name} had ${count}, at least ${s.range.min} required` });
    }
    const inside = (b: (typeof broken)[number], i: number): boolean => i >= b.from && i <= b.to;

    const after = new Array<number>(k).fill(0);
    let moved = 0;
    let steps = 0;
    for (const x of ranked) {
      after[x.cur] = (after[x.cur] ?? 0) + 1;
      const isMoved = x.cur !== x.from;
      const band = x.r.band ?? "";
      const toBand = isMoved ? firstBand(x.cur) : band;
      assignments.push({
        employee: x.r.employee,
        unit: x.r.unit,
        rank: x.rank,
        score: x.r.scoreText,
        category: categoryId(x.from),
        band,
        proposedCategory: categoryId(x.cur),
        proposedBand: toBand,
        moved: isMoved,
      });
      if (!isMoved) continue;
      moved++;
      steps += Math.abs(x.cur - x.from);
      const direct = broken.filter((b) => (b.ref.bound === "max" ? inside(b, x.from) && !inside(b, x.cur) : inside(b, x.cur) && !inside(b, x.from)));
      const parts = direct.length > 0 ? direct : x.crossed.map((t) => reasons.get(t) ?? { text: "", refs: [] });
      const refs: LimitRef[] = [];
      const found = direct.length > 0 ? direct.map((b) => b.ref) : parts.flatMap((p) => ("refs" in p ? p.refs : []));
      for (const ref of found) if (!refs.some((q) => q.kind === ref.kind && q.id === ref.id && q.bound === ref.bound)) refs.push(ref);
      moves.push({
        employee: x.r.employee,
        unit: x.r.unit,
        rank: x.rank,
        score: x.r.scoreText,
        from: categoryId(x.from),
        to: categoryId(x.cur),
        fromBand: band,
        toBand,
        direction: x.cur > x.from ? "down" : "up",
        steps: Math.abs(x.cur - x.from),
        reason: `rank ${x.rank} of ${size}, score ${x.r.scoreText}, ${categoryId(x.from)} → ${categoryId(x.cur)}: ${parts.map((p) => p.text).join(direct.length > 0 ? "; " : "; then ")}`,
        limits: refs,
      });
      proposed.set(x.r.index, { band: toBand, from: categoryId(x.from), to: categoryId(x.cur) });
    }
    groups.push({
      unit: group.unit,
      size,
      before: counts.map((count, i) => ({ category: categoryId(i), count })),
      after: after.map((count, i) => ({ category: categoryId(i), count })),
      moved,
      steps,
    });
  }
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid calibration input: the curve cannot be met", problems);
  // A moved result is copied into the output: it must be plain JSON (no NaN, BigInt, cycle, hole, getter).
  for (const r of rated) {
    if (!proposed.has(r.index)) continue;
    const notJson = plainJsonIssue(r.raw, ["results", r.index]);
    if (notJson) report(notJson);
  }
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid calibration input: a result to copy is not plain JSON", problems);

  return {
    curve: curve.id,
    by: opts.by,
    rounding: { min: opts.rounding.min, max: opts.rounding.max },
    moved: moves.length,
    groups,
    moves,
    ties,
    assignments,
    results: applyProposal(rated, proposed, curve, opts.bands) as T[],
  };
}

/** A band label read from a result: `{ id, en? }` built from own string properties, or undefined when malformed. */
function labelOf(band: unknown): Label | undefined {
  const label = ownValue(band, "label");
  if (typeof label === "string") return label.length > 0 ? { id: label } : undefined;
  const id = ownValue(label, "id");
  const en = ownValue(label, "en");
  if (typeof id !== "string" || id.length === 0) return undefined;
  return typeof en === "string" && en.length > 0 ? { id, en } : { id };
}

/** Copies the moved results with their proposed band and a `calibrated` warning (unmoved results are returned as they are). */
function applyProposal(
  rated: readonly Rated[],
  proposed: ReadonlyMap<number, { band: string; from: string; to: string }>,
  curve: CompiledCurve,
  schemeBands: readonly { readonly id: string; readonly label: Label }[] | undefined,
): object[] {
  // A band's label: from the scheme's band table when given, else from the result with that band and the
  // smallest employee id (order-independent), else the category's.
  const fromScheme = new Map((schemeBands ?? []).map((b) => [b.id, b.label]));
  const wanted = new Set([...proposed.values()].map((p) => p.band).filter((b) => !fromScheme.has(b)));
  const labels = new Map<string, { employee: string; label: Label }>();
  for (const r of rated) {
    if (r.band === null || !wanted.has(r.band)) continue;
    const label = labelOf(ownValue(ownValue(r.raw, "final"), "band"));
    if (label === undefined) continue;
    const known = labels.get(r.band);
    if (!known || compareText(r.employee, known.employee) < 0) labels.set(r.band, { employee: r.employee, label });
  }
  return rated.map((r) => {
    const p = proposed.get(r.index);
    if (!p) return r.raw;
    const category = curve.categories[curve.categoryIndex.get(p.to) ?? 0];
    const label: Label = fromScheme.get(p.band) ?? labels.get(p.band)?.label ?? category?.label ?? { id: p.band };
    const moved: ResultWarning = warning("calibrated", "final.band", { curve: curve.id, from: p.from, to: p.to, band: r.band ?? null, proposed: p.band });
    const final = ownValue(r.raw, "final") as object;
    const warnings = ownValue(r.raw, "warnings");
    return {
      ...r.raw,
      final: { ...final, band: { id: p.band, label } },
      warnings: [...(Array.isArray(warnings) ? (warnings as unknown[]) : []), moved],
    };
  });
}
