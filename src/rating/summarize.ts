import { z } from "zod";
import { Dec, ZERO, show, type Dec as D } from "../math/decimal.js";
import type { DecimalText, Result } from "../schema/result.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { percentileInc } from "./statistics.js";
import { compareText, GroupBySchema, groupResults, readResults, type GroupBy, type Rated } from "./ratedResults.js";

/** Options of {@link summarize}. */
export const SummarizeOptionsSchema = z.strictObject({
  /** Summarise each unit (`unit`) or everybody together (`none`, the default). */
  by: GroupBySchema.default("none"),
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

function summarizeGroup(unit: string | null, members: readonly Rated[]): ScoreSummary {
  const n = members.length;
  const scores = members.map((m) => m.score);
  const sorted = [...scores].sort((a, b) => a.cmp(b));
  // Sums run over the sorted scores, so that rounding at the 40th digit cannot depend on the input order.
  const mean = sorted.reduce((a, b) => a.plus(b), ZERO).div(n);
  const ss = sorted.reduce((a, x) => a.plus(x.minus(mean).pow(2)), ZERO);
  const sd = ss.div(n).sqrt();
  const sampleSd = n < 2 ? null : ss.div(n - 1).sqrt();
  const percentiles = {
    p10: show(percentileInc(sorted, P.p10)),
    p25: show(percentileInc(sorted, P.p25)),
    p50: show(percentileInc(sorted, P.p50)),
    p75: show(percentileInc(sorted, P.p75)),
    p90: show(percentileInc(sorted, P.p90)),
  };
  const byScore = [...members].sort((a, b) => b.score.cmp(a.score) || compareText(a.employee, b.employee));
  const employees: EmployeeStanding[] = [];
  for (let i = 0; i < n; ) {
    const first = byScore[i];
    if (!first) break;
    let end = i + 1;
    while (end < n && byScore[end]?.score.eq(first.score)) end++;
    // A run of equal scores at positions i..end−1 (best first): i above it, n − end below it.
    const pr = show(new Dec(n - end).plus(new Dec(end - i).div(2)).div(n));
    const z = sd.isZero() ? null : show(first.score.minus(mean).div(sd));
    const zSample = sampleSd === null || sampleSd.isZero() ? null : show(first.score.minus(mean).div(sampleSd));
    for (let j = i; j < end; j++) {
      const m = byScore[j];
      if (m) employees.push({ employee: m.employee, score: m.scoreText, band: m.band, rank: i + 1, percentileRank: pr, z, zSample });
    }
    i = end;
  }
  const bandTop = new Map<string | null, { count: number; top: D }>();
  for (const m of members) {
    const b = bandTop.get(m.band);
    if (!b) bandTop.set(m.band, { count: 1, top: m.score });
    else bandTop.set(m.band, { count: b.count + 1, top: m.score.gt(b.top) ? m.score : b.top });
  }
  const bands = [...bandTop.entries()]
    .sort(([a, x], [b, y]) => (a === null ? 1 : b === null ? -1 : y.top.cmp(x.top) || compareText(a, b)))
    .map(([band, v]) => ({ band, count: v.count }));
  return {
    unit,
    count: n,
    bands,
    mean: show(mean),
    median: percentiles.p50,
    min: show(sorted[0] ?? ZERO),
    max: show(sorted[n - 1] ?? ZERO),
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
 * @param results - results of `evaluate` (bands are optional here; employee ids must be unique)
 * @param options - `{ by? }`
 * @returns one summary per group
 * @throws `KinerjaError` `INVALID_INPUT` for an empty list, a malformed result, or duplicate employee ids
 * @example
 * ```ts
 * const { groups } = summarize(results, { by: "unit" });
 * groups.map((g) => [g.unit, g.mean, g.percentiles.p90]);
 * ```
 */
export function summarize(results: readonly Result[], options: SummarizeOptions = {}): Summary {
  const opts = parseWith(SummarizeOptionsSchema, options, "INVALID_INPUT", "summary options");
  const rated = readResults(results, "summary input", { uniqueIds: true });
  return { by: opts.by, groups: groupResults(rated, opts.by).map((g) => summarizeGroup(g.unit, g.members)) };
}
