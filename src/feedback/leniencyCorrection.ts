import * as z from "zod/mini";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { rational, R0 as ZERO, maxOf as max, minOf as min, showRational as show, type Rational as D } from "../math/rational.js";
import { IdSchema } from "../schema/primitives.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { meanOf } from "./internal/stats.js";
import { RatingAnswerSchema, RatingScaleSchema, offScale, type RatingAnswer, type RatingScaleInput } from "./scales.js";

/** One rating in a batch: who rated whom (on which competency) and the answer. */
export interface LeniencyRatingInput {
  /** The rater's identifier. */
  readonly rater: string;
  /** The ratee's identifier. */
  readonly ratee: string;
  /** The competency (optional; a rater rates each ratee at most once per competency). */
  readonly competency?: string | undefined;
  /** The answer; `null` or `"na"` for not applicable (passed through uncorrected). */
  readonly value: RatingAnswer;
}

/** Input of {@link leniencyCorrection}. */
export interface LeniencyCorrectionInput {
  /** The ratings of a batch (many raters × many ratees). */
  readonly ratings: readonly LeniencyRatingInput[];
  /** Fewest distinct ratees a rater must have rated to be corrected (default 5). */
  readonly minRatees?: number | undefined;
  /** The rating scale (default `likert5`); answers are validated against it. */
  readonly scale?: RatingScaleInput | undefined;
  /** Clamp corrected values to the scale (default `true`); a clamped rating is marked. */
  readonly clamp?: boolean | undefined;
}

/** One rater's leniency record. */
export interface RaterLeniency {
  /** The rater's identifier. */
  readonly rater: string;
  /** Answers with a value. */
  readonly n: number;
  /** Distinct ratees with a value from this rater. */
  readonly ratees: number;
  /** The rater's own mean `μ_j` (null when every answer was N/A). */
  readonly mean: string | null;
  /** Whether the rater was corrected (at least `minRatees` distinct ratees). */
  readonly applied: boolean;
  /** The shift added to each of the rater's answers, `μ − μ_j` ("0" when not applied). */
  readonly shift: string;
}

/** One rating after correction, in input order. */
export interface CorrectedRating {
  /** The rater's identifier. */
  readonly rater: string;
  /** The ratee's identifier. */
  readonly ratee: string;
  /** The competency, or null. */
  readonly competency: string | null;
  /** The answer as given (canonical decimal text), or null for N/A. */
  readonly value: string | null;
  /** `value + shift` (clamped to the scale when `clamp`), or null for N/A. */
  readonly corrected: string | null;
  /** Whether clamping changed the corrected value. */
  readonly clamped: boolean;
}

/** Result of {@link leniencyCorrection}. */
export interface LeniencyCorrection {
  /** The grand mean `μ` of every answer in the batch (null when all were N/A). */
  readonly grandMean: string | null;
  /** The minimum number of distinct ratees used. */
  readonly minRatees: number;
  /** One record per rater, sorted by rater id. */
  readonly raters: readonly RaterLeniency[];
  /** The ratings, in input order, with their corrected values. */
  readonly ratings: readonly CorrectedRating[];
}

const InputSchema = z.strictObject({
  ratings: z.array(
      z.strictObject({
        rater: z.string().check(z.minLength(1), z.maxLength(200)),
        ratee: z.string().check(z.minLength(1), z.maxLength(200)),
        competency: z.optional(IdSchema),
        value: RatingAnswerSchema,
      }),
    ).check(z.minLength(1, "there must be at least one rating"), z.maxLength(10_000_000)),
  minRatees: z._default(z.int().check(z.gte(1), z.lte(1_000_000)), 5),
  scale: z.prefault(RatingScaleSchema, "likert5"),
  clamp: z._default(z.boolean(), true),
});

/**
 * Corrects rater leniency or severity in a batch by mean-centring (rater mean-centring (Scullen, Mount & Goff 2000), docs/sources.md#methods): each answer of a
 * rater j becomes `x' = x − μ_j + μ`, with `μ_j` the rater's mean over all their answers and `μ` the
 * grand mean of every answer in the batch. Only raters with at least `minRatees` distinct ratees
 * (default 5) are corrected; the others keep their answers (shift 0). N/A answers are excluded from the
 * means and passed through. By default corrected values are clamped to the scale.
 *
 * When every rater rates every ratee (a balanced design) the correction leaves each ratee's mean
 * unchanged; it matters for unbalanced designs. It also removes true differences when raters see
 * non-random ratees (a strong team rated by one manager) — it is an option, never a default of scoring.
 *
 * @param input - `{ ratings, minRatees?, scale?, clamp? }`
 * @returns the grand mean, one record per rater (mean, shift, applied) and the corrected ratings in input order
 * @throws `KinerjaError` `INVALID_INPUT` for no ratings (`ratings`), an answer off the scale
 *   (`ratings[4].value`), or the same rater rating the same ratee (and competency) twice (`ratings[4].ratee`)
 * @example
 * ```ts
 * const r = leniencyCorrection({ ratings, minRatees: 4 });
 * r.ratings.find((x) => x.ratee === "X")?.corrected; // "4.75" (4 from a rater whose mean is 3.0, grand mean 3.75)
 * ```
 */
export function leniencyCorrection(input: LeniencyCorrectionInput): LeniencyCorrection {
  const p = parseWith(InputSchema, input, "INVALID_INPUT", "ratings to correct");
  const problems: KinerjaIssue[] = [];
  const seen = new Map<string, number>();
  const byRater = new Map<string, { values: D[]; ratees: Set<string> }>();
  const values = p.ratings.map((r, i): D | null => {
    const key = JSON.stringify([r.rater, r.ratee, r.competency ?? null]);
    const before = seen.get(key);
    if (before !== undefined) {
      problems.push(issue(["ratings", i, "ratee"], "duplicate_rating", `the rater already rated this ratee${r.competency === undefined ? "" : ` on '${r.competency}'`} at ratings[${before}]`));
    } else seen.set(key, i);
    let rec = byRater.get(r.rater);
    if (rec === undefined) {
      rec = { values: [], ratees: new Set() };
      byRater.set(r.rater, rec);
    }
    if (r.value === null) return null;
    const x = rational(r.value);
    const off = offScale(x, p.scale);
    if (off !== null) problems.push(issue(["ratings", i, "value"], "off_scale", off));
    rec.values.push(x);
    rec.ratees.add(r.ratee);
    return x;
  });
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid ratings to correct", problems);

  const all = values.filter((v): v is D => v !== null);
  const grand = all.length === 0 ? null : meanOf(all).value;
  const shifts = new Map<string, D>();
  const raters = [...byRater.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([rater, rec]): RaterLeniency => {
      const mean = rec.values.length === 0 ? null : meanOf(rec.values).value;
      const applied = grand !== null && mean !== null && rec.ratees.size >= p.minRatees;
      const shift = applied ? grand.minus(mean) : ZERO;
      shifts.set(rater, shift);
      return { rater, n: rec.values.length, ratees: rec.ratees.size, mean: mean === null ? null : show(mean), applied, shift: show(shift) };
    });
  const lo = rational(p.scale.min);
  const hi = rational(p.scale.max);
  const ratings = p.ratings.map((r, i): CorrectedRating => {
    const x = values[i] ?? null;
    const base = { rater: r.rater, ratee: r.ratee, competency: r.competency ?? null, value: r.value };
    if (x === null) return { ...base, corrected: null, clamped: false };
    const raw = x.plus(shifts.get(r.rater) ?? ZERO);
    const corrected = p.clamp ? max(lo, min(hi, raw)) : raw;
    return { ...base, corrected: show(corrected), clamped: !corrected.eq(raw) };
  });
  return { grandMean: grand === null ? null : show(grand), minRatees: p.minRatees, raters, ratings };
}
