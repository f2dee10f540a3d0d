import * as z from "zod/mini";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { Dec, show, type Dec as D } from "../math/decimal.js";
import { IdSchema, isDecimalText } from "../schema/primitives.js";

/** How results are grouped: `unit` (by `result.employee.unit`) or `none` (all together). */
export const GroupBySchema = z.enum(["unit", "none"]);

/** How results are grouped: `unit` (by `result.employee.unit`; results without a unit form one group) or `none`. */
export type GroupBy = z.output<typeof GroupBySchema>;

/**
 * The fields of a result that `summarize` and `checkDistribution` read — the minimal structural subset
 * that both a `Result` of `evaluate` and a `Score` of `score` have. Nothing else of the object is read.
 */
export interface RatedInput {
  /** The employee: `id` (1–100 characters) and optionally `unit` (1–200 characters, or null). */
  readonly employee: { readonly id: string; readonly unit?: string | null | undefined };
  /** The final score (decimal text or a finite number, magnitude below 10^15) and band, if any (its label is read by `calibrate` only). */
  readonly final: {
    readonly score: string | number;
    readonly band?: { readonly id: string; readonly label?: string | { readonly id: string; readonly en?: string | undefined } | undefined } | null | undefined;
  };
}

/** @internal The most results one call of a rating function reads. */
export const MAX_RATED_RESULTS = 10_000_000;
/** @internal The most issues one rating error lists (the first ones, in input order). */
export const MAX_ISSUES = 100;
const SCORE_LIMIT = new Dec("1e15");

/** @internal One result as the rating functions see it. */
export interface Rated {
  /** Position in the caller's array. */
  readonly index: number;
  readonly employee: string;
  readonly unit: string | null;
  readonly score: D;
  /** The final score as written in the result (canonical decimal text when it was a number). */
  readonly scoreText: string;
  /** The rank of the score among the distinct scores of the call (0 = lowest): equal scores, equal levels (set once all are read). */
  level: number;
  readonly band: string | null;
  /** The caller's object (never mutated; read through own data properties only). */
  readonly raw: object;
}

/** @internal A group of results (a unit, or everybody). */
export interface RatedGroup {
  readonly unit: string | null;
  readonly members: readonly Rated[];
}

/** @internal The results of one call: each read once, and the distinct scores in ascending order. */
export interface RatedSet {
  readonly rated: readonly Rated[];
  /** Distinct final scores, ascending: `levels[r.level]` equals `r.score`. */
  readonly levels: readonly D[];
}

/** @internal An own data property of an object, or undefined (inherited keys and non-objects give undefined). */
export function ownValue(o: unknown, key: string): unknown {
  return typeof o === "object" && o !== null && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

/** @internal True for a non-array object. */
export function isRecord(v: unknown): v is object {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

interface ScoreEntry {
  readonly dec: D;
  readonly text: string;
  level: number;
}

/**
 * @internal A reader of decimal inputs with a cache per call: each distinct text or number is validated
 * and converted once (a batch of a million scores has a few thousand distinct values).
 * Returns an error message for an invalid value.
 */
export function decimalReader(): (value: unknown) => ScoreEntry | string {
  const cache = new Map<string | number, ScoreEntry>();
  return (value) => {
    if (typeof value !== "string" && typeof value !== "number") return "must be a decimal number such as 87.5 or \"87.5\"";
    const hit = cache.get(value);
    if (hit !== undefined) return hit;
    let entry: ScoreEntry;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) return "must be a finite number";
      const dec = new Dec(String(value));
      entry = { dec, text: show(dec), level: 0 };
    } else {
      const text = value.trim();
      if (text.length > 64 || !isDecimalText(text)) return "must be a decimal number such as 87.5 or \"87.5\"";
      entry = { dec: new Dec(text), text, level: 0 };
    }
    if (entry.dec.abs().gte(SCORE_LIMIT)) return "must be a finite number smaller than 10^15 in magnitude";
    cache.set(value, entry);
    return entry;
  };
}

/**
 * @internal Validates the results a rating function reads, once per call and by hand (no schema per
 * result): an array without holes of at most {@link MAX_RATED_RESULTS} objects, each read through own
 * data properties only (a getter that throws makes that result invalid, never the call crash). Paths
 * start with `results`; at most 100 issues are listed. Options: require a band on every result; require
 * unique employee ids.
 */
export function readResults(results: unknown, what: string, options: { readonly band?: boolean; readonly uniqueIds?: boolean } = {}): RatedSet {
  const fail = (problems: KinerjaIssue[]): never => {
    throw new KinerjaError("INVALID_INPUT", `invalid ${what}`, problems);
  };
  if (!Array.isArray(results)) return fail([issue(["results"], "invalid_type", "must be an array of results")]);
  const n = results.length;
  if (n === 0) return fail([issue(["results"], "too_small", "at least one result is required")]);
  if (n > MAX_RATED_RESULTS) return fail([issue(["results"], "too_big", `at most ${MAX_RATED_RESULTS} results are read in one call`)]);
  const problems: KinerjaIssue[] = [];
  const report = (p: KinerjaIssue): void => {
    if (problems.length < MAX_ISSUES) problems.push(p);
  };
  const decimal = decimalReader();
  const bandIds = new Set<string>();
  const seen = options.uniqueIds ? new Set<string>() : undefined;
  const distinct = new Set<ScoreEntry>();
  const rated: Rated[] = [];
  const entryOf: ScoreEntry[] = [];
  for (let i = 0; i < n; i++) {
    if (problems.length >= MAX_ISSUES) break;
    try {
      if (!Object.hasOwn(results, i)) {
        report(issue(["results", i], "invalid_type", "missing result (a hole in the array)"));
        continue;
      }
      const raw: unknown = results[i];
      if (!isRecord(raw)) {
        report(issue(["results", i], "invalid_type", "must be a result object"));
        continue;
      }
      const employee = ownValue(raw, "employee");
      const id = ownValue(employee, "id");
      const unitValue = ownValue(employee, "unit");
      const final = ownValue(raw, "final");
      const bandValue = ownValue(final, "band");
      const scoreValue = ownValue(final, "score");
      let ok = true;
      if (!isRecord(employee)) {
        report(issue(["results", i, "employee"], "invalid_type", "must be an object with the employee's id"));
        ok = false;
      } else {
        if (typeof id !== "string" || id.length < 1 || id.length > 100) {
          report(issue(["results", i, "employee", "id"], "invalid_type", "must be a string of 1 to 100 characters"));
          ok = false;
        }
        if (unitValue !== undefined && unitValue !== null && (typeof unitValue !== "string" || unitValue.length < 1 || unitValue.length > 200)) {
          report(issue(["results", i, "employee", "unit"], "invalid_type", "must be a string of 1 to 200 characters, or null"));
          ok = false;
        }
      }
      let entry: ScoreEntry | undefined;
      let band: string | null = null;
      if (!isRecord(final)) {
        report(issue(["results", i, "final"], "invalid_type", "must be an object with the final score"));
        ok = false;
      } else {
        const e = decimal(scoreValue);
        if (typeof e === "string") {
          report(issue(["results", i, "final", "score"], "invalid_type", e));
          ok = false;
        } else entry = e;
        if (bandValue !== undefined && bandValue !== null) {
          const bandId = ownValue(bandValue, "id");
          if (!isRecord(bandValue) || typeof bandId !== "string" || !(bandIds.has(bandId) || IdSchema.safeParse(bandId).success)) {
            report(issue(["results", i, "final", "band"], "invalid_type", "must be null or an object with a band id"));
            ok = false;
          } else {
            bandIds.add(bandId);
            band = bandId;
          }
        }
      }
      if (ok && options.band && band === null) {
        report(issue(["results", i, "final", "band"], "missing_band", "the result has no band (its score lies outside every band, or the scheme has no band table)"));
        ok = false;
      }
      if (!ok || entry === undefined || typeof id !== "string") continue;
      if (seen) {
        // One hash lookup per id (add, then see whether the set grew), not two (has, then add).
        const before = seen.size;
        seen.add(id);
        if (seen.size === before) {
          const first = rated.find((r) => r.employee === id)?.index ?? 0;
          report(issue(["results", i, "employee", "id"], "duplicate_id", `employee '${id}' also appears at results[${first}]`));
          continue;
        }
      }
      distinct.add(entry);
      rated.push({ index: i, employee: id, unit: typeof unitValue === "string" ? unitValue : null, score: entry.dec, scoreText: entry.text, level: 0, band, raw });
      entryOf.push(entry);
    } catch (e) {
      // A getter or proxy trap that throws: this result cannot be read.
      report(issue(["results", i], "unreadable", `the result cannot be read: ${e instanceof Error ? e.message : "a property access failed"}`));
    }
  }
  if (problems.length > 0) fail(problems);
  // Distinct values: sort the (few) distinct entries once, equal values share a level.
  const entries = [...distinct].sort((a, b) => a.dec.cmp(b.dec));
  const levels: D[] = [];
  for (const e of entries) {
    const last = levels[levels.length - 1];
    if (last === undefined || !last.eq(e.dec)) levels.push(e.dec);
    e.level = levels.length - 1;
  }
  for (let j = 0; j < rated.length; j++) (rated[j] as Rated).level = (entryOf[j] as ScoreEntry).level;
  return { rated, levels };
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
