import * as z from "zod/mini";
import { COMBINATIONS } from "../concepts/vocabulary.js";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { rational, showRational as show, type Rational as D } from "../math/rational.js";
import { DecimalInputSchema, IdSchema } from "../schema/primitives.js";
import { parseWith } from "../schema/toKinerjaError.js";
import type { FeedbackAggregate, OthersCombination } from "./aggregateFeedback.js";
import { RatingScaleSchema, type RatingScale, type RatingScaleInput } from "./scales.js";

/** One competency's self and others scores, on the rating scale. */
export interface GapItemInput {
  /** The competency's id. */
  readonly competency: string;
  /** The self score, or null when there is none. */
  readonly self: number | string | null;
  /** The others score, or null when there is none. */
  readonly others: number | string | null;
}

/** Options of {@link selfOtherGap} shared by both input forms. */
export interface SelfOtherGapOptions {
  /** θ in scale points, greater than 0 (e.g. 1.0); give this or `thresholdShare`, not both. */
  readonly threshold?: number | string | undefined;
  /** θ as a share of the scale's range `max − min`, greater than 0 (default 0.25: 1.0 point on 1–5). */
  readonly thresholdShare?: number | string | undefined;
  /** Length of the blind-spot and hidden-strength lists (default 5). */
  readonly top?: number | undefined;
}

/** {@link selfOtherGap} on plain scores. */
export interface SelfOtherGapValuesInput extends SelfOtherGapOptions {
  /** Self and others score per competency. */
  readonly competencies: readonly GapItemInput[];
  /** The rating scale of the scores (default `likert5`). */
  readonly scale?: RatingScaleInput | undefined;
}

/** {@link selfOtherGap} on the result of `aggregateFeedback`. */
export interface SelfOtherGapFeedbackInput extends SelfOtherGapOptions {
  /** A result of `aggregateFeedback` (its scale and per-competency self and others are used). */
  readonly feedback: FeedbackAggregate;
  /** Which others figure to compare with (default `pooled`; `score` is the aggregate's chosen figure). */
  readonly others?: OthersCombination | "score" | undefined;
}

/** Input of {@link selfOtherGap}: plain scores, or an aggregate. */
export type SelfOtherGapInput = SelfOtherGapValuesInput | SelfOtherGapFeedbackInput;

export type { GapKind, GapItem } from "../schema/feedback.js";
import type { GapItem, GapKind } from "../schema/feedback.js";

/** Result of {@link selfOtherGap}. */
export interface SelfOtherGapReport {
  /** θ in scale points. */
  readonly threshold: string;
  /** One item per competency, in input order. */
  readonly items: readonly GapItem[];
  /** The competencies that are blind spots, largest gap first (at most `top`; ties by id). */
  readonly blindSpots: readonly string[];
  /** The competencies that are hidden strengths, most negative gap first (at most `top`; ties by id). */
  readonly hiddenStrengths: readonly string[];
}

/** @internal How many blind spots and hidden strengths are listed unless the caller says otherwise. */
export const GAP_TOP = 5;

/**
 * The two input forms of {@link selfOtherGap}, built on its first call: the engine's behaviour stage uses
 * `gapReport` of this module without them, so a bundle of `evaluate` leaves them out.
 */
function buildSchemas() {
  const Positive = DecimalInputSchema.check(z.refine((v) => rational(v).gt(0), "must be greater than 0"));
  const OptionFields = {
    threshold: z.optional(Positive),
    thresholdShare: z.optional(Positive),
    top: z._default(z.int().check(z.gte(0), z.lte(10_000)), GAP_TOP),
  };

  const ValuesSchema = z.strictObject({
    competencies: z.array(z.strictObject({ competency: IdSchema, self: z.nullable(DecimalInputSchema), others: z.nullable(DecimalInputSchema) })).check(z.maxLength(10_000)),
    scale: z.prefault(RatingScaleSchema, "likert5"),
    ...OptionFields,
  });

  const Nullable = z.nullable(DecimalInputSchema);
  const FeedbackSchema = z.strictObject({
    feedback: z.object({
      settings: z.object({ scale: z.object({ min: DecimalInputSchema, max: DecimalInputSchema }) }),
      competencies: z.array(
          z.object({
            competency: IdSchema,
            self: z.nullable(z.object({ score: DecimalInputSchema })),
            others: z.object({ pooled: Nullable, equalGroup: Nullable, weightedGroup: Nullable, score: Nullable }),
          }),
        ).check(z.maxLength(10_000)),
    }),
    others: z._default(z.enum([...COMBINATIONS, "score"]), "pooled"),
    ...OptionFields,
  });
  return { values: ValuesSchema, feedback: FeedbackSchema };
}
let schemas: ReturnType<typeof buildSchemas> | undefined;
const inputSchemas = (): ReturnType<typeof buildSchemas> => (schemas ??= buildSchemas());

const DEFAULT_SHARE = "0.25";

interface Row {
  readonly competency: string;
  readonly self: string | null;
  readonly others: string | null;
  /** Paths of the row's fields in the input (for errors). */
  readonly at: Readonly<Record<"competency" | "self" | "others", readonly (string | number)[]>>;
}

/**
 * Self–other gaps per competency (self–other gap analysis of 360° tools, docs/sources.md#methods): `gap = self − others`; a **blind spot** when
 * `gap ≥ θ`, a **hidden strength** when `−gap ≥ θ`. θ is scale-relative: by default a quarter of the
 * scale's range (1.0 point on 1–5, 1.5 on 1–7), or given in points (`threshold`) or as a share of the
 * range (`thresholdShare`). Primalogik's rule "a third of the number of points" is `threshold: 5/3` on
 * 1–5. Also the top-N (default 5) of each list.
 *
 * Give either plain scores (`{ competencies: [{ competency, self, others }], scale }`) or a result
 * of `aggregateFeedback` (`{ feedback, others: "pooled" }` — pooled others by default).
 *
 * @param input - plain scores or `{ feedback }`, with `threshold` / `thresholdShare` / `top`
 * @returns the gap of every competency, its reading, and the blind-spot and hidden-strength lists
 * @throws `KinerjaError` `INVALID_INPUT` for a score off the scale (`competencies[2].self`), both
 *   `threshold` and `thresholdShare`, or duplicate competencies
 * @example
 * ```ts
 * const r = selfOtherGap({ competencies: [{ competency: "integrity", self: 4.5, others: 3.375 }] });
 * r.items[0]?.gap; // "1.125"
 * r.blindSpots; // ["integrity"] (θ = 1.0 on likert5)
 * ```
 */
export function selfOtherGap(input: SelfOtherGapInput): SelfOtherGapReport {
  const fromFeedback = typeof input === "object" && input !== null && Object.prototype.hasOwnProperty.call(input, "feedback");
  let scale: Pick<RatingScale, "min" | "max">;
  let rows: Row[];
  let options: { readonly threshold?: string | undefined; readonly thresholdShare?: string | undefined; readonly top: number };
  if (fromFeedback) {
    const p = parseWith(inputSchemas().feedback, input, "INVALID_INPUT", "self-other gap input");
    scale = p.feedback.settings.scale;
    rows = p.feedback.competencies.map((c, i) => ({
      competency: c.competency,
      self: c.self?.score ?? null,
      others: c.others[p.others],
      at: {
        competency: ["feedback", "competencies", i, "competency"],
        self: ["feedback", "competencies", i, "self", "score"],
        others: ["feedback", "competencies", i, "others", p.others],
      },
    }));
    options = p;
  } else {
    const p = parseWith(inputSchemas().values, input, "INVALID_INPUT", "self-other gap input");
    scale = p.scale;
    rows = p.competencies.map((c, i) => ({
      ...c,
      at: { competency: ["competencies", i, "competency"], self: ["competencies", i, "self"], others: ["competencies", i, "others"] },
    }));
    options = p;
  }

  const problems: KinerjaIssue[] = [];
  const lo = rational(scale.min);
  const hi = rational(scale.max);
  if (options.threshold !== undefined && options.thresholdShare !== undefined) {
    problems.push(issue(["thresholdShare"], "conflicting_options", "give threshold or thresholdShare, not both"));
  }
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.competency)) problems.push(issue(r.at.competency, "duplicate_id", `duplicate competency '${r.competency}'`));
    seen.add(r.competency);
    for (const key of ["self", "others"] as const) {
      const v = r[key];
      if (v !== null && (rational(v).lt(lo) || rational(v).gt(hi))) problems.push(issue(r.at[key], "off_scale", `must be from ${scale.min} to ${scale.max}`));
    }
  }
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid self-other gap input", problems);
  return gapReport(rows, scale, options);
}

/**
 * @internal The gaps of validated rows (scores on the scale, competencies unique): the engine calls it
 * with the aggregate it has just built, without validating that aggregate again.
 */
export function gapReport(
  rows: readonly { readonly competency: string; readonly self: string | null; readonly others: string | null }[],
  scale: { readonly min: string; readonly max: string },
  options: { readonly threshold?: string | undefined; readonly thresholdShare?: string | undefined; readonly top: number },
): SelfOtherGapReport {
  const lo = rational(scale.min);
  const hi = rational(scale.max);
  const theta = options.threshold !== undefined ? rational(options.threshold) : hi.minus(lo).times(options.thresholdShare ?? DEFAULT_SHARE);
  const gaps: (D | null)[] = [];
  const items = rows.map((r): GapItem => {
    const gap = r.self === null || r.others === null ? null : rational(r.self).minus(r.others);
    gaps.push(gap);
    const kind: GapKind | null = gap === null ? null : gap.gte(theta) ? "blindSpot" : gap.neg().gte(theta) ? "hiddenStrength" : "aligned";
    return {
      competency: r.competency,
      self: r.self === null ? null : show(rational(r.self)),
      others: r.others === null ? null : show(rational(r.others)),
      gap: gap === null ? null : show(gap),
      kind,
    };
  });
  const ranked = (kind: GapKind, sign: 1 | -1): string[] =>
    items
      .map((it, i) => ({ it, gap: gaps[i] as D }))
      .filter(({ it }) => it.kind === kind)
      .sort((a, b) => sign * b.gap.comparedTo(a.gap) || (a.it.competency < b.it.competency ? -1 : a.it.competency > b.it.competency ? 1 : 0))
      .slice(0, options.top)
      .map(({ it }) => it.competency);
  return { threshold: show(theta), items, blindSpots: ranked("blindSpot", 1), hiddenStrengths: ranked("hiddenStrength", -1) };
}
