import * as z from "zod/mini";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { rational, R1 as ONE, R0 as ZERO, divide as div, showRational as show, type Rational as D } from "../math/rational.js";
import { IdSchema } from "../schema/primitives.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { sqrtText } from "../math/sqrt.js";
import { meanOf, scaledSumOfSquares, sumOf } from "./internal/stats.js";
import { RatingAnswerSchema, RatingScaleSchema, offScale, type RatingAnswer, type RatingScaleInput } from "./scales.js";

/** One rater's answer to one competency, for within-group agreement. */
export interface AgreementRatingInput {
  /** The rater's identifier (never copied into the result). */
  readonly rater: string;
  /** The competency (item). */
  readonly competency: string;
  /** The answer; `null` or `"na"` for not applicable. */
  readonly value: RatingAnswer;
}

/** Input of {@link agreement}: the answers of one group of raters, a batch matrix, or both. */
export interface AgreementInput {
  /** Answers of one rater group about one ratee (e.g. the others who were shown), per competency: for SD and rwg. */
  readonly ratings?: readonly AgreementRatingInput[] | undefined;
  /** A batch matrix, targets (rows) × raters (columns), complete: for the intraclass correlations. */
  readonly matrix?: readonly (readonly RatingAnswer[])[] | undefined;
  /** The rating scale (default `likert5`); every answer is validated against it. */
  readonly scale?: RatingScaleInput | undefined;
  /** Number of response options `A` for rwg (default: the scale's, e.g. 5 on `likert5`; none on a continuous scale, so rwg is null). */
  readonly responseOptions?: number | undefined;
  /** Fewest answers on a competency for its statistics to be reported (default 3, the anonymity minimum); below it they are withheld. */
  readonly minRaters?: number | undefined;
}

/** Dispersion and agreement on one competency. */
export interface CompetencyAgreement {
  /** The competency. */
  readonly competency: string;
  /** Answers with a value. */
  readonly n: number;
  /** N/A answers. */
  readonly na: number;
  /** True when `n` is below `minRaters`, so every statistic below is null. */
  readonly withheld: boolean;
  /** Mean of the answers. */
  readonly mean: string | null;
  /** Population standard deviation `√(Σ(x − x̄)² / n)`. */
  readonly populationSd: string | null;
  /** Sample variance `s² = Σ(x − x̄)² / (n − 1)` (n ≥ 2). */
  readonly sampleVariance: string | null;
  /** Sample standard deviation `s` (n ≥ 2). */
  readonly sampleSd: string | null;
  /** `rwg = 1 − s² / σ²_EU`, truncated to [0, 1] (n ≥ 2 and a known number of response options). */
  readonly rwg: string | null;
}

/** Multi-item agreement rwg(J) over the competencies with a sample variance. */
export interface RwgJ {
  /** Number of items J. */
  readonly items: number;
  /** Mean of the items' sample variances `s̄²`. */
  readonly meanVariance: string | null;
  /** `J(1 − s̄²/σ²_EU) / [J(1 − s̄²/σ²_EU) + s̄²/σ²_EU]`, 0 when `s̄² > σ²_EU`; null without items or response options. */
  readonly value: string | null;
}

/**
 * Intraclass correlations of a complete targets × raters matrix (Shrout & Fleiss 1979), with the
 * two-way ANOVA mean squares. A value is null where its denominator is 0 (no variance); negative
 * values are reported as computed ("no reliability"), never clamped.
 */
export interface IccStatistics {
  /** Targets (rows), n. */
  readonly targets: number;
  /** Raters (columns), k. */
  readonly raters: number;
  /** Mean square between targets. */
  readonly msr: string;
  /** Mean square between raters. */
  readonly msc: string;
  /** Residual mean square. */
  readonly mse: string;
  /** Mean square within targets, `(SSC + SSE) / (n(k − 1))`. */
  readonly msw: string;
  /** ICC(1,1) — one-way random, single rater: `(MSR − MSW) / (MSR + (k − 1)MSW)`. */
  readonly icc1_1: string | null;
  /** ICC(2,1) — two-way random, absolute agreement, single rater: `(MSR − MSE) / (MSR + (k − 1)MSE + k(MSC − MSE)/n)`. */
  readonly icc2_1: string | null;
  /** ICC(3,1) — two-way mixed, consistency, single rater: `(MSR − MSE) / (MSR + (k − 1)MSE)`. */
  readonly icc3_1: string | null;
  /** ICC(1,k) — the mean of k raters: `(MSR − MSW) / MSR`. */
  readonly icc1_k: string | null;
  /** ICC(2,k): `(MSR − MSE) / (MSR + (MSC − MSE)/n)`. */
  readonly icc2_k: string | null;
  /** ICC(3,k): `(MSR − MSE) / MSR`. */
  readonly icc3_k: string | null;
}

/** Why the intraclass correlations were not computed. */
export interface IccUnavailable {
  /** `no_matrix` (none given), `incomplete` (a missing cell or a short row), `too_small` (fewer than 2 targets or 2 raters). */
  readonly code: "no_matrix" | "incomplete" | "too_small";
  /** Human-readable reason (English). */
  readonly message: string;
}

/** Result of {@link agreement}: reported-only statistics (they never change a score). */
export interface AgreementReport {
  /** Number of response options `A` used for rwg, or null. */
  readonly responseOptions: number | null;
  /** Variance of the uniform null `σ²_EU = (A² − 1)/12`, or null. */
  readonly nullVariance: string | null;
  /** The withholding minimum used. */
  readonly minRaters: number;
  /** Per competency, sorted by id. */
  readonly competencies: readonly CompetencyAgreement[];
  /** Multi-item rwg(J). */
  readonly rwgJ: RwgJ;
  /** The intraclass correlations, or null (see `iccReason`). */
  readonly icc: IccStatistics | null;
  /** Why `icc` is null, or null when it was computed. */
  readonly iccReason: IccUnavailable | null;
}

const InputSchema = z.strictObject({
  ratings: z.optional(z.array(z.strictObject({ rater: z.string().check(z.minLength(1), z.maxLength(200)), competency: IdSchema, value: RatingAnswerSchema })).check(z.maxLength(10_000_000))),
  matrix: z.optional(z.array(z.array(RatingAnswerSchema).check(z.maxLength(100_000))).check(z.maxLength(1_000_000))),
  scale: z.prefault(RatingScaleSchema, "likert5"),
  responseOptions: z.optional(z.int().check(z.gte(2), z.lte(1_000_000))),
  minRaters: z._default(z.int().check(z.gte(1), z.lte(1000)), 3),
});

const TWELVE = rational(12);

/** Truncates a value to [0, 1]. */
const unit = (x: D): D => (x.isNegative() ? ZERO : x.gt(ONE) ? ONE : x);

/**
 * Agreement and reliability statistics for 360° ratings (rwg/rwg(j) (James, Demaree & Wolf 1984) and ICC (Shrout & Fleiss 1979), docs/sources.md#methods), reported only:
 *
 * - from `ratings` (one group of raters about one ratee), per competency: n, N/A count, mean,
 *   population and sample SD, and `rwg = 1 − s²/σ²_EU` with the uniform null `σ²_EU = (A² − 1)/12`
 *   (sample variance; truncated to [0, 1]); and over competencies rwg(J) (James, Demaree & Wolf 1984).
 *   A competency with fewer than `minRaters` answers (default 3) is withheld: its statistics are null.
 *   Pass only answers of groups that were shown, so that nothing of a suppressed group is disclosed.
 * - from `matrix` (targets × raters, complete): ICC(1,1), ICC(2,1), ICC(3,1), ICC(1,k), ICC(2,k),
 *   ICC(3,k) (Shrout & Fleiss 1979) with the mean squares. An incomplete matrix (a null / `"na"` cell
 *   or a short row) or one with fewer than 2 targets or raters gives `icc: null` and `iccReason`.
 *
 * The ANOVA sums are computed from exact numerators; only the final divisions (and square roots) round,
 * at 40 significant digits.
 *
 * @param input - `{ ratings?, matrix?, scale?, responseOptions?, minRaters? }`
 * @returns a plain-JSON {@link AgreementReport}
 * @throws `KinerjaError` `INVALID_INPUT` for an answer off the scale (`ratings[3].value`, `matrix[2][1]`), the
 *   same rater answering a competency twice (`ratings[3].rater`), or neither `ratings` nor `matrix`
 * @example
 * ```ts
 * const r = agreement({ ratings: [4, 4, 5, 3, 4].map((value, i) => ({ rater: `p${i}`, competency: "c", value })) });
 * r.competencies[0]?.rwg; // "0.75"
 * agreement({ matrix: [[3, 4, 5], [2, 2, 4], [3, 4, 4], [4, 5, 5]] }).icc?.icc3_1; // "0.71…"
 * ```
 */
export function agreement(input: AgreementInput): AgreementReport {
  const p = parseWith(InputSchema, input, "INVALID_INPUT", "agreement input");
  const problems: KinerjaIssue[] = [];
  if (p.ratings === undefined && p.matrix === undefined) problems.push(issue([], "missing_input", "give `ratings`, `matrix` or both"));

  const byCompetency = new Map<string, { values: D[]; na: number }>();
  const seen = new Map<string, number>();
  (p.ratings ?? []).forEach((r, i) => {
    const key = JSON.stringify([r.rater, r.competency]);
    const before = seen.get(key);
    if (before !== undefined) problems.push(issue(["ratings", i, "rater"], "duplicate_rating", `the rater already rated '${r.competency}' at ratings[${before}]`));
    else seen.set(key, i);
    let rec = byCompetency.get(r.competency);
    if (rec === undefined) {
      rec = { values: [], na: 0 };
      byCompetency.set(r.competency, rec);
    }
    if (r.value === null) {
      rec.na += 1;
      return;
    }
    const x = rational(r.value);
    const off = offScale(x, p.scale);
    if (off !== null) problems.push(issue(["ratings", i, "value"], "off_scale", off));
    rec.values.push(x);
  });
  const matrix = (p.matrix ?? []).map((row, i) =>
    row.map((cell, j) => {
      if (cell === null) return null;
      const x = rational(cell);
      const off = offScale(x, p.scale);
      if (off !== null) problems.push(issue(["matrix", i, j], "off_scale", off));
      return x;
    }),
  );
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid agreement input", problems);

  const points = p.responseOptions ?? p.scale.points;
  const nullVariance = points === null ? null : rational(points).times(points).minus(1).div(TWELVE);

  const variances: D[] = [];
  const competencies = [...byCompetency.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([competency, rec]): CompetencyAgreement => {
      const n = rec.values.length;
      const withheld = n < p.minRaters;
      const none = { mean: null, populationSd: null, sampleVariance: null, sampleSd: null, rwg: null };
      if (withheld || n === 0) return { competency, n, na: rec.na, withheld, ...none };
      const nss = scaledSumOfSquares(rec.values);
      const popVar = div(nss, rational(n * n));
      const sampleVar = n >= 2 ? div(nss, rational(n * (n - 1))) : null;
      if (sampleVar !== null) variances.push(sampleVar);
      const rwg = sampleVar === null || nullVariance === null ? null : unit(ONE.minus(sampleVar.div(nullVariance)));
      return {
        competency,
        n,
        na: rec.na,
        withheld,
        mean: show(meanOf(rec.values).value),
        populationSd: sqrtText(popVar),
        sampleVariance: sampleVar === null ? null : show(sampleVar),
        sampleSd: sampleVar === null ? null : sqrtText(sampleVar),
        rwg: rwg === null ? null : show(rwg),
      };
    });

  const items = variances.length;
  const meanVariance = items === 0 ? null : div(sumOf(variances), rational(items));
  let rwgJ: D | null = null;
  if (meanVariance !== null && nullVariance !== null) {
    const ratio = meanVariance.div(nullVariance);
    if (ratio.gt(ONE)) rwgJ = ZERO;
    else {
      const agree = rational(items).times(ONE.minus(ratio));
      rwgJ = unit(agree.div(agree.plus(ratio)));
    }
  }

  const { icc, iccReason } = intraclass(p.matrix === undefined ? null : matrix);
  return {
    responseOptions: points,
    nullVariance: nullVariance === null ? null : show(nullVariance),
    minRaters: p.minRaters,
    competencies,
    rwgJ: { items, meanVariance: meanVariance === null ? null : show(meanVariance), value: rwgJ === null ? null : show(rwgJ) },
    icc,
    iccReason,
  };
}

/** The six Shrout–Fleiss ICCs of a validated matrix, or the reason they cannot be computed. */
function intraclass(matrix: readonly (readonly (D | null)[])[] | null): { icc: IccStatistics | null; iccReason: IccUnavailable | null } {
  if (matrix === null) return { icc: null, iccReason: { code: "no_matrix", message: "no matrix was given" } };
  const n = matrix.length;
  const k = matrix[0]?.length ?? 0;
  if (n < 2 || k < 2) {
    return { icc: null, iccReason: { code: "too_small", message: `needs at least 2 targets and 2 raters (got ${n} × ${k})` } };
  }
  for (let i = 0; i < n; i++) {
    const row = matrix[i] ?? [];
    if (row.length !== k) {
      return { icc: null, iccReason: { code: "incomplete", message: `row ${i} has ${row.length} ratings, expected ${k}: the design is not complete` } };
    }
    const j = row.indexOf(null);
    if (j >= 0) return { icc: null, iccReason: { code: "incomplete", message: `cell [${i}][${j}] is missing: the design is not complete` } };
  }
  const cells = matrix as readonly (readonly D[])[];
  const N = rational(n * k);
  const nD = rational(n);
  const kD = rational(k);
  const all = cells.flat();
  const T = sumOf(all);
  const T2 = T.times(T);
  const sumSq = sumOf(all.map((x) => x.times(x)));
  const rowSums = cells.map((row) => sumOf(row));
  const colSums = Array.from({ length: k }, (_, j) => sumOf(cells.map((row) => row[j] ?? ZERO)));
  // N × the sums of squares, exact: total, between targets (rows), between raters (columns), residual.
  const A = N.times(sumSq).minus(T2);
  const B = nD.times(sumOf(rowSums.map((r) => r.times(r)))).minus(T2);
  const C = kD.times(sumOf(colSums.map((c) => c.times(c)))).minus(T2);
  const E = A.minus(B).minus(C);
  const n1 = nD.minus(1);
  const k1 = kD.minus(1);
  // The mean squares times X = N·n·(n − 1)·(k − 1), all exact (the ICCs are ratios, so X cancels).
  const msr = B.times(k1).times(nD);
  const msc = C.times(n1).times(nD);
  const mse = E.times(nD);
  const msw = C.plus(E).times(n1);
  const ratio = (num: D, den: D): string | null => (den.isZero() ? null : show(num.div(den)));
  const X = N.times(nD).times(n1).times(k1);
  return {
    icc: {
      targets: n,
      raters: k,
      msr: show(msr.div(X)),
      msc: show(msc.div(X)),
      mse: show(mse.div(X)),
      msw: show(msw.div(X)),
      icc1_1: ratio(msr.minus(msw), msr.plus(k1.times(msw))),
      icc2_1: ratio(nD.times(msr.minus(mse)), nD.times(msr).plus(nD.times(k1).times(mse)).plus(kD.times(msc.minus(mse)))),
      icc3_1: ratio(msr.minus(mse), msr.plus(k1.times(mse))),
      icc1_k: ratio(msr.minus(msw), msr),
      icc2_k: ratio(nD.times(msr.minus(mse)), nD.times(msr).plus(msc).minus(mse)),
      icc3_k: ratio(msr.minus(mse), msr),
    },
    iccReason: null,
  };
}
