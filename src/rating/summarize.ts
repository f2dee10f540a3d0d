import * as z from "zod/mini";
import { Dec, ZERO, show, type Dec as D } from "../math/decimal.js";
import type { DecimalText } from "../schema/result.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { percentileIncAt } from "./statistics.js";
import { compareText, GroupBySchema, groupResults, readResults, type GroupBy, type Rated, type RatedInput } from "./ratedResults.js";

/** Options of {@link summarize}. */
export const SummarizeOptionsSchema = z.strictObject({
  /** Summarise each unit (`unit`) or everybody together (`none`, the default). */
  by: z._default(GroupBySchema, "none"),
});

/** Options of {@link summarize} as written in JSON. */
export interface SummarizeOptions {
  /** `none` (default): one summary of all results; `unit`: one per `employee.unit`. */
  readonly by?: GroupBy | undefined;
}

/** The percentiles of a group's final scores (PERCENTILE.INC definition). */
export interface Percentiles {
  /** 10th percentile. */
  readonly p10: DecimalText;
  /** 25th percentile (first quartile). */
  readonly p25: DecimalText;
  /** 50th percentile (the median). */
  readonly p50: DecimalText;
  /** 75th percentile (third quartile). */
  readonly p75: DecimalText;
  /** 90th percentile. */
  readonly p90: DecimalText;
}

/** One employee's standing in the group. */
export interface EmployeeStanding {
  /** Employee id. */
  readonly employee: string;
  /** Final score as written in the result. */
  readonly score: DecimalText;
  /** Band id, or null. */
  readonly band: string | null;
  /** Standard competition rank by final score ("1224": equal scores share the best rank). */
  readonly rank: number;
  /** `(below + equal / 2) / n`, in [0, 1]; `equal` counts the employee. Full precision. */
  readonly percentileRank: DecimalText;
  /** `(x − mean) / σ` with the population σ (÷ n); null when σ = 0. Full precision. */
  readonly z: DecimalText | null;
  /** `(x − mean) / s` with the sample s (÷ (n − 1)); null when n < 2 or s = 0. Full precision. */
  readonly zSample: DecimalText | null;
}

/** Head-count of one band in a group. */
export interface BandCount {
  /** Band id (null: results without a band). */
  readonly band: string | null;
  /** Number of results. */
  readonly count: number;
}

/** Statistics of one group's final scores. */
export interface ScoreSummary {
  /** The unit (null for `by: "none"` or for the results without a unit). */
  readonly unit: string | null;
  /** Number of results. */
  readonly count: number;
  /** Head-count per band, best band first (by the highest score in it; results without a band last). */
  readonly bands: readonly BandCount[];
  /** Arithmetic mean. */
  readonly mean: DecimalText;
  /** Median (= `percentiles.p50`). */
  readonly median: DecimalText;
  /** Lowest score. */
  readonly min: DecimalText;
  /** Highest score. */
  readonly max: DecimalText;
  /** Population standard deviation σ = √(Σ(x − mean)² / n). */
  readonly sd: DecimalText;
  /** Sample standard deviation s = √(Σ(x − mean)² / (n − 1)); null when n < 2. */
  readonly sampleSd: DecimalText | null;
  /** P10, P25, P50, P75, P90. */
  readonly percentiles: Percentiles;
  /** Every employee, best score first (equal scores by employee id). */
  readonly employees: readonly EmployeeStanding[];
}

/** Result of {@link summarize}. */
export interface Summary {
  /** How the results were grouped. */
  readonly by: GroupBy;
  /** One summary per group (units sorted by id; results without a unit last). */
  readonly groups: readonly ScoreSummary[];
}

const P = { p10: new Dec("0.1"), p25: new Dec("0.25"), p50: new Dec("0.5"), p75: new Dec("0.75"), p90: new Dec("0.9") };

function summarizeGroup(unit: string | null, members: readonly Rated[], levels: readonly D[]): ScoreSummary {
  const n = members.length;
  // Members bucketed by score level (equal scores, one bucket): the statistics run over the distinct
  // scores with their counts, so a million scores cost a few thousand decimal operations.
  const buckets = new Map<number, Rated[]>();
  for (const m of members) {
    const b = buckets.get(m.level);
    if (b) b.push(m);
    else buckets.set(m.level, [m]);
  }
  const present = [...buckets.keys()].sort((a, b) => a - b);
  const valueOf = (level: number): D => levels[level] ?? ZERO;
  const countOf = (level: number): number => buckets.get(level)?.length ?? 0;
  // Sums run over the distinct scores in ascending order, so that rounding at the 40th digit cannot depend on the input order.
  const mean = present.reduce((a, l) => a.plus(valueOf(l).times(countOf(l))), ZERO).div(n);
  const ss = present.reduce((a, l) => a.plus(valueOf(l).minus(mean).pow(2).times(countOf(l))), ZERO);
  const sd = ss.div(n).sqrt();
  const sampleSd = n < 2 ? null : ss.div(n - 1).sqrt();
  // The k-th smallest score (0-based), by binary search over the cumulative counts.
  const cumulative: number[] = [];
  for (const l of present) cumulative.push((cumulative[cumulative.length - 1] ?? 0) + countOf(l));
  const at = (k: number): D => {
    let lo = 0;
    let hi = present.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > k) hi = mid;
      else lo = mid + 1;
    }
    return valueOf(present[lo] ?? 0);
  };
  const percentiles = {
    p10: show(percentileIncAt(n, at, P.p10)),
    p25: show(percentileIncAt(n, at, P.p25)),
    p50: show(percentileIncAt(n, at, P.p50)),
    p75: show(percentileIncAt(n, at, P.p75)),
    p90: show(percentileIncAt(n, at, P.p90)),
  };
  const employees: EmployeeStanding[] = [];
  let i = 0;
  for (let j = present.length - 1; j >= 0; j--) {
    const level = present[j] ?? 0;
    const bucket = [...(buckets.get(level) ?? [])].sort((a, b) => compareText(a.employee, b.employee));
    const end = i + bucket.length;
    const x = valueOf(level);
    // A run of equal scores at positions i..end−1 (best first): i above it, n − end below it.
    const pr = show(new Dec(n - end).plus(new Dec(end - i).div(2)).div(n));
    const z = sd.isZero() ? null : show(x.minus(mean).div(sd));
    const zSample = sampleSd === null || sampleSd.isZero() ? null : show(x.minus(mean).div(sampleSd));
    for (const m of bucket) employees.push({ employee: m.employee, score: m.scoreText as DecimalText, band: m.band, rank: i + 1, percentileRank: pr, z, zSample });
    i = end;
  }
  const bandTop = new Map<string | null, { count: number; top: number }>();
  for (const m of members) {
    const b = bandTop.get(m.band);
    if (!b) bandTop.set(m.band, { count: 1, top: m.level });
    else {
      b.count += 1;
      if (m.level > b.top) b.top = m.level;
    }
  }
  const bands = [...bandTop.entries()]
    .sort(([a, x], [b, y]) => (a === null ? 1 : b === null ? -1 : y.top - x.top || compareText(a, b)))
    .map(([band, v]) => ({ band, count: v.count }));
  return {
    unit,
    count: n,
    bands,
    mean: show(mean),
    median: percentiles.p50,
    min: show(valueOf(present[0] ?? 0)),
    max: show(valueOf(present[present.length - 1] ?? 0)),
    sd: show(sd),
    sampleSd: sampleSd === null ? null : show(sampleSd),
    percentiles,
    employees,
  };
}

/**
 * Descriptive statistics of final scores, per unit or overall: count, count per band, mean, median,
 * min, max, population and sample standard deviation, percentiles, and every employee's rank,
 * percentile rank and z-scores.
 *
 * Definitions (percentile ranks (PERCENTRANK.INC, PERCENTILE.INC) and z-scores, docs/sources.md#methods):
 * - **percentiles** P10/P25/P50/P75/P90 by linear interpolation between the sorted scores, i.e. Excel
 *   `PERCENTILE.INC`: `h = (n − 1)·p`, `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])`; the median is P50;
 * - **percentile rank** `(below + equal/2) / n` as a fraction in [0, 1] (the employee counts as equal);
 *   [60, 70, 70, 80, 90] gives 70 the rank 0.4 (not PERCENTRANK.INC's 0.333);
 * - **z** with the population σ (÷ n), and `zSample` with the sample s (÷ (n − 1)); null when the
 *   deviation is 0 (or n < 2 for the sample).
 *
 * All numbers are decimal strings computed exactly where the value terminates, and otherwise to the
 * 40 significant digits of the decimal context (means, shares, square roots, z): nothing is rounded
 * to fewer places — round for display yourself. Invariant to the order of `results`.
 *
 * @param results - results of `evaluate` or scores of `score` (only `employee.id`, `employee.unit`, `final.score`
 *   and `final.band.id` are read; bands are optional here; employee ids must be unique)
 * @param options - `{ by? }`
 * @returns one summary per group
 * @throws `KinerjaError` `INVALID_INPUT` for an empty list, a malformed result, or duplicate employee ids
 * @example
 * ```ts
 * const { groups } = summarize(results, { by: "unit" });
 * groups.map((g) => [g.unit, g.mean, g.percentiles.p90]);
 * ```
 */
export function summarize(results: readonly RatedInput[], options: SummarizeOptions = {}): Summary {
  const opts = parseWith(SummarizeOptionsSchema, options, "INVALID_INPUT", "summary options");
  const { rated, levels } = readResults(results, "summary input", { uniqueIds: true });
  return { by: opts.by, groups: groupResults(rated, opts.by).map((g) => summarizeGroup(g.unit, g.members, levels)) };
}
