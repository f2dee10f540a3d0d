import { z } from "zod";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { Dec, type Dec as D } from "../math/decimal.js";
import { DecimalInputSchema, IdSchema } from "../schema/primitives.js";
import type { Result } from "../schema/result.js";
import { fromZodIssues } from "../schema/toKinerjaError.js";

/** How results are grouped: `unit` (by `result.employee.unit`) or `none` (all together). */
export const GroupBySchema = z.enum(["unit", "none"]);

/** How results are grouped: `unit` (by `result.employee.unit`; results without a unit form one group) or `none`. */
export type GroupBy = z.output<typeof GroupBySchema>;

const NodeScores = z.array(z.object({ id: z.string(), score: DecimalInputSchema.nullable().optional() })).max(100_000).optional();

/** The fields of a `Result` that the rating functions read (other fields are ignored here and kept in `raw`). */
const RatedResultSchema = z.object({
  employee: z.object({
    id: z.string().min(1).max(100),
    unit: z.string().min(1).max(200).nullable().optional(),
  }),
  final: z.object({
    score: DecimalInputSchema,
    band: z.object({ id: IdSchema }).nullable().optional(),
  }),
  components: NodeScores,
  perspectives: NodeScores,
  objectives: NodeScores,
  indicators: NodeScores,
});

/** @internal One result as the rating functions see it. */
export interface Rated {
  /** Position in the caller's array. */
  readonly index: number;
  readonly employee: string;
  readonly unit: string | null;
  readonly score: D;
  /** The final score as written in the result. */
  readonly scoreText: string;
  readonly band: string | null;
  /** The parsed fields (for tie-break keys). */
  readonly parsed: z.output<typeof RatedResultSchema>;
  /** The caller's object (never mutated). */
  readonly raw: Result;
}

/** @internal A group of results (a unit, or everybody). */
export interface RatedGroup {
  readonly unit: string | null;
  readonly members: readonly Rated[];
}

/**
 * @internal Validates the results a rating function reads. Paths start with `results`.
 * Options: require a band on every result; require unique employee ids.
 */
export function readResults(results: unknown, what: string, options: { readonly band?: boolean; readonly uniqueIds?: boolean } = {}): Rated[] {
  if (!Array.isArray(results)) throw new KinerjaError("INVALID_INPUT", `invalid ${what}`, [issue(["results"], "invalid_type", "must be an array of results")]);
  if (results.length === 0) throw new KinerjaError("INVALID_INPUT", `invalid ${what}`, [issue(["results"], "too_small", "at least one result is required")]);
  const problems: KinerjaIssue[] = [];
  const out: Rated[] = [];
  const seen = new Map<string, number>();
  results.forEach((raw: unknown, i) => {
    const r = RatedResultSchema.safeParse(raw);
    if (!r.success) {
      problems.push(...fromZodIssues(r.error.issues, ["results", i]));
      return;
    }
    const band = r.data.final.band?.id ?? null;
    if (options.band && band === null) {
      problems.push(issue(["results", i, "final", "band"], "missing_band", "the result has no band (its score lies outside every band, or the scheme has no band table)"));
    }
    const id = r.data.employee.id;
    if (options.uniqueIds) {
      const first = seen.get(id);
      if (first !== undefined) problems.push(issue(["results", i, "employee", "id"], "duplicate_id", `employee '${id}' also appears at results[${first}]`));
      else seen.set(id, i);
    }
    const written = (raw as { final: { score: unknown } }).final.score;
    const scoreText = typeof written === "string" ? written.trim() : r.data.final.score;
    out.push({ index: i, employee: id, unit: r.data.employee.unit ?? null, score: new Dec(r.data.final.score), scoreText, band, parsed: r.data, raw: raw as Result });
  });
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", `invalid ${what}`, problems);
  return out;
}

/** @internal Code-unit order of strings (locale-independent, so results do not depend on the runtime). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** @internal Groups results by unit (sorted by unit, the group without a unit last) or into one group. */
export function groupResults(rated: readonly Rated[], by: GroupBy): RatedGroup[] {
  if (by === "none") return [{ unit: null, members: rated }];
  const map = new Map<string | null, Rated[]>();
  for (const r of rated) {
    const list = map.get(r.unit);
    if (list) list.push(r);
    else map.set(r.unit, [r]);
  }
  return [...map.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : compareText(a, b)))
    .map(([unit, members]) => ({ unit, members }));
}

/** @internal The unrounded final score from the trace (`final.score` entry), or the final score. */
export function exactFinalScore(r: Rated): D {
  const raw: unknown = r.raw;
  const trace = typeof raw === "object" && raw !== null && Object.hasOwn(raw, "trace") ? (raw as { trace?: unknown }).trace : undefined;
  if (!Array.isArray(trace)) return r.score;
  for (const entry of trace as unknown[]) {
    if (typeof entry !== "object" || entry === null || !Object.hasOwn(entry, "at")) continue;
    const e = entry as { at?: unknown; rounding?: unknown };
    if (e.at !== "final.score") continue;
    const rounding = Object.hasOwn(e, "rounding") ? e.rounding : undefined;
    const exact = typeof rounding === "object" && rounding !== null && Object.hasOwn(rounding, "exact") ? (rounding as { exact?: unknown }).exact : undefined;
    const parsed = DecimalInputSchema.safeParse(exact);
    if (parsed.success) return new Dec(parsed.data);
  }
  return r.score;
}
