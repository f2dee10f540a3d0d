import * as z from "zod/mini";
import {
  DateSchema,
  DecimalInputSchema,
  IdSchema,
  LabelSchema,
  NonNegativeDecimalSchema,
  RoundingRuleSchema,
} from "./primitives.js";
import { checkScheme } from "./checkScheme.js";
import { FactDeclarationSchema, RulePolicySchema } from "./rules.js";
import {
  BINARY_PASSES,
  CENTRAL_STATISTICS,
  CLASSIFICATIONS,
  COMBINATIONS,
  COMPONENTS,
  CONVERSIONS,
  DEFAULT_MIN_RATERS,
  DIRECTIONS,
  LIMITS,
  LOWER_FORMULAS,
  MISSING_POLICIES,
  NAMED_SCALES,
  RANGE_DECAYS,
  RATER_GROUPS,
  RATING_LEVELS,
  WEIGHTING_MODES,
  ZERO_TARGET_RULES,
} from "../concepts/vocabulary.js";

const Weight = z.optional(NonNegativeDecimalSchema);

/** A Balanced Scorecard perspective (or any top-level group of the scorecard). */
export const PerspectiveSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  weight: Weight,
});

/** A strategic objective (sasaran) inside a perspective. */
export const ObjectiveSchema = z.strictObject({
  id: IdSchema,
  perspective: IdSchema,
  label: LabelSchema,
  weight: Weight,
});

const Point = z.strictObject({ x: DecimalInputSchema, y: DecimalInputSchema });
const Step = z.strictObject({ from: DecimalInputSchema, score: DecimalInputSchema });

/**
 * How an indicator's achievement (percent of target, 100 = met) becomes its score:
 * - `ratio` — the score is the achievement (for `lower`: `formula` reflected `2 − a/t` or inverse `t/a`);
 * - `interpolate` — linear from `baseline` (0 %) to the target (100 %);
 * - `curve` — piecewise-linear through `points` (x = achievement %, y = score); below the first point `below` (default 0); above the last, its y;
 * - `steps` — step bands on the achievement: the score of the last step whose `from` ≤ achievement; below the first, `below` (default 0);
 * - `formula` — a named formula plugin computes the achievement (see `FormulaPlugin`; plugins are given to
 *   `compile(scheme, { formulas })`), with optional decimal `params`; the score is the achievement.
 */
export const MethodSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("ratio"), formula: z.optional(z.enum(LOWER_FORMULAS)) }),
  z.strictObject({ kind: z.literal("interpolate"), baseline: z.optional(DecimalInputSchema) }),
  z.strictObject({
    kind: z.literal("curve"),
    points: z.array(Point).check(z.minLength(2), z.maxLength(50)),
    below: z.optional(DecimalInputSchema),
    formula: z.optional(z.enum(LOWER_FORMULAS)),
  }),
  z.strictObject({
    kind: z.literal("steps"),
    steps: z.array(Step).check(z.minLength(1), z.maxLength(50)),
    below: z.optional(DecimalInputSchema),
    formula: z.optional(z.enum(LOWER_FORMULAS)),
  }),
  z.strictObject({
    kind: z.literal("formula"),
    name: z.string().check(z.regex(/^[a-zA-Z][\w.-]{0,99}$/, "a formula name starts with a letter and has letters, digits, '_', '.', '-'")),
    params: z.optional(z.record(IdSchema, DecimalInputSchema)),
  }),
]);

/** A KPI (indikator kinerja) with its direction, target, scoring method, cap and floor. */
export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  /** The objective it measures; give `objective` or `perspective`, not both. */
  objective: z.optional(IdSchema),
  /** The perspective it sits in directly (when it has no objective). */
  perspective: z.optional(IdSchema),
  unit: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  weight: Weight,
  direction: z._default(z.enum(DIRECTIONS), "higher"),
  target: z.optional(DecimalInputSchema),
  /**
   * For `direction: "range"`: 100 anywhere inside `[min, max]`. Below, `a/min × 100`. Above, by `decay`:
   * `edge` (default: the max is the target, `(2 − a/max) × 100`) or `min` (CAMMS goal post,
   * `(1 − (a − max)/min) × 100`, symmetric in distance).
   */
  range: z.optional(z.strictObject({ min: DecimalInputSchema, max: DecimalInputSchema, decay: z.optional(z.enum(RANGE_DECAYS)) })),
  /** For `direction: "binary"`: met when the actual is at least (default) or at most the target. */
  pass: z.optional(z.enum(BINARY_PASSES)),
  method: z._default(MethodSchema, { kind: "ratio" }),
  /** Highest score (in score points, e.g. 120). No cap unless given. */
  cap: z.optional(DecimalInputSchema),
  /** Lowest score (e.g. 0). No floor unless given. */
  floor: z.optional(DecimalInputSchema),
  /** `binary`: a target of 0 scores 100 when the actual meets it, else 0. Default `error`. */
  zeroTarget: z._default(z.enum(ZERO_TARGET_RULES), "error"),
});

/** A band of the final score, half-open `[min, max)`; omit `min` for −∞ and `max` for +∞. */
export const BandSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  min: z.optional(DecimalInputSchema),
  max: z.optional(DecimalInputSchema),
  /**
   * Extra conditions on appraisal facts (e.g. PP 30/2019: "Sangat Baik" needs a recorded innovation).
   * When one is not met, the employee gets the band below, with a `band_condition` warning.
   */
  requires: z.optional(z.array(z.strictObject({ fact: IdSchema, equals: z.union([z.boolean(), z.string().check(z.maxLength(200)), z.number()]) })).check(z.maxLength(20))),
});

const LEVEL = z.enum(RATING_LEVELS);

/**
 * A 3 × 3 matrix from the results rating (hasil kerja) and the behaviour rating (perilaku kerja) to a
 * band, as in PermenPANRB 6/2022. All nine cells must be given; each names a band of the band table.
 */
export const MatrixSchema = z.strictObject({
  cells: z.array(z.strictObject({ results: LEVEL, behaviour: LEVEL, band: IdSchema })).check(z.length(9)),
});

const GROUP = z.enum(RATER_GROUPS);

/**
 * The behaviour (perilaku kerja) model and its 360° configuration: competencies (e.g. the seven BerAKHLAK
 * values), the rating scale, rater groups with optional weights and anonymity minimums, how group scores
 * are formed and combined, the self–other gap threshold, and the categorical rating thresholds.
 * Defaults: at least 3 raters per group, supervisor and self exempt, self excluded from the others.
 */
export const BehaviourSchema = z.strictObject({
  competencies: z.array(z.strictObject({ id: IdSchema, label: LabelSchema, group: z.optional(z.string().check(z.minLength(1), z.maxLength(100))), weight: z.optional(NonNegativeDecimalSchema) })).check(z.minLength(1), z.maxLength(200)),
  /** `likert4`, `likert5` (default), `likert7`, `percent` (0–100), or `{ min, max, integer? }`. */
  scale: z._default(z.union([z.enum(NAMED_SCALES), z.strictObject({ min: DecimalInputSchema, max: DecimalInputSchema, integer: z.optional(z.boolean()) })]), "likert5"),
  /** Conversion of scale values to 0–100: `linear` (default) or `proportional`. */
  conversion: z._default(z.enum(CONVERSIONS), "linear"),
  groups: z.optional(z.array(z.strictObject({ group: GROUP, subgroup: z.optional(IdSchema), weight: z.optional(NonNegativeDecimalSchema), minRaters: z.optional(z.int().check(z.gte(1), z.lte(1000))) })).check(z.maxLength(50))),
  central: z._default(z.enum(CENTRAL_STATISTICS), "mean"),
  trim: z.optional(NonNegativeDecimalSchema),
  minRaters: z._default(z.int().check(z.gte(1), z.lte(1000)), DEFAULT_MIN_RATERS),
  exempt: z.optional(z.array(GROUP).check(z.maxLength(5))),
  includeSelf: z._default(z.boolean(), false),
  combine: z.optional(z.enum(COMBINATIONS)),
  /** Self–other gap threshold as a share of the scale's range (default 0.25: 1 point on 1–5), and list length. */
  gap: z.optional(z.strictObject({ thresholdShare: z.optional(NonNegativeDecimalSchema), top: z.optional(z.int().check(z.gte(0), z.lte(100))) })),
  /**
   * The categorical rating of behaviour (PermenPANRB 6/2022 style) from the behaviour score (0–100):
   * below `meets` → `below`, from `meets` → `meets`, from `above` → `above` (half-open).
   */
  rating: z.optional(z.strictObject({ meets: DecimalInputSchema, above: DecimalInputSchema })),
});

const STEP_NAMES = ["achievement", "indicator", "objective", "perspective", "component", "final"] as const;

/** Named rounding steps. Only `final` is rounded by default (2 places, half-up). */
export const RoundingPolicySchema = z._default(z.strictObject({
    achievement: z.optional(RoundingRuleSchema),
    indicator: z.optional(RoundingRuleSchema),
    objective: z.optional(RoundingRuleSchema),
    perspective: z.optional(RoundingRuleSchema),
    component: z.optional(RoundingRuleSchema),
    final: z._default(RoundingRuleSchema, { places: 2, mode: "halfUp" }),
  }), { final: { places: 2, mode: "halfUp" } });

/** The names of the rounding steps, in pipeline order. */
export const ROUNDING_STEPS: readonly (typeof STEP_NAMES)[number][] = STEP_NAMES;

const DEFAULT_PERSPECTIVES = [
  { id: "financial", label: { id: "Keuangan", en: "Financial" } },
  { id: "customer", label: { id: "Pelanggan", en: "Customer" } },
  { id: "internalProcess", label: { id: "Proses Bisnis Internal", en: "Internal process" } },
  { id: "learningGrowth", label: { id: "Pembelajaran dan Pertumbuhan", en: "Learning and growth" } },
];

/**
 * The scheme: the storable scoring configuration. Validated once by `parseScheme` / `compile`.
 * Perspectives default to the four Balanced Scorecard ones with equal weights.
 */
export const SchemeSchema = z.strictObject({
    id: IdSchema,
    version: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
    label: z.optional(LabelSchema),
    period: z.optional(z.strictObject({ start: DateSchema, end: DateSchema })),
    perspectives: z._default(z.array(PerspectiveSchema).check(z.minLength(1), z.maxLength(50)), DEFAULT_PERSPECTIVES),
    objectives: z._default(z.array(ObjectiveSchema).check(z.maxLength(500)), []),
    indicators: z.array(IndicatorSchema).check(z.minLength(1), z.maxLength(LIMITS.indicators)),
    /** `relative` (default): any non-negative numbers, normalised among siblings. `percent`: siblings must sum to 100 ± tolerance. */
    weighting: z._default(z.strictObject({ mode: z._default(z.enum(WEIGHTING_MODES), "relative"), tolerance: z._default(NonNegativeDecimalSchema, "0") }), { mode: "relative", tolerance: "0" }),
    behaviour: z.optional(BehaviourSchema),
    /**
     * The categorical rating of the results component (hasil kerja: below / meets / above expectations)
     * from the results score: below `meets` → `below`, from `meets` → `meets`, from `above` → `above`.
     */
    resultsRating: z.optional(z.strictObject({ meets: DecimalInputSchema, above: DecimalInputSchema })),
    /** The predikat matrix: when given, the final band comes from the results and behaviour ratings. */
    matrix: z.optional(MatrixSchema),
    /** How the final score is composed from components: `results` (the scorecard) and `behaviour` (360°). */
    composition: z._default(z.array(z.strictObject({ component: z.enum(COMPONENTS), weight: NonNegativeDecimalSchema })).check(z.minLength(1)), [{ component: "results", weight: "100" }]),
    /**
     * The composition used instead when both peers and subordinates were shown in the behaviour
     * aggregate (PP 30/2019: 70/30, or 60/40 when peers and subordinates rate).
     */
    compositionWithPeers: z.optional(z.array(z.strictObject({ component: z.enum(COMPONENTS), weight: NonNegativeDecimalSchema })).check(z.minLength(1))),
    missing: z._default(z.strictObject({
        /** `renormalize` (default): weights re-spread among present siblings; `zero`: a missing actual scores 0; `fail`: error. */
        policy: z._default(z.enum(MISSING_POLICIES), "renormalize"),
        /** Minimum share (0–1) of the scorecard's absolute weight that must be present. */
        minCoverage: z.optional(NonNegativeDecimalSchema),
      }), { policy: "renormalize" }),
    /**
     * Points added to the results component after its weighted mean (before the `component` rounding):
     * each reads the appraisal's numeric fact `fact` (missing → 0), capped at `max`. E.g. PP 46/2011
     * tugas tambahan and kreativitas, PermenPANRB 8/2021 kinerja tambahan (max 10).
     */
    additions: z.optional(z.array(z.strictObject({ id: IdSchema, label: LabelSchema, fact: IdSchema, max: z.optional(DecimalInputSchema) })).check(z.maxLength(20))),
    /** Custom facts the appraisal may carry for the rules (discipline level, attendance counts, …), with their types. */
    facts: z.optional(z.array(FactDeclarationSchema).check(z.maxLength(500))),
    /** Reward and sanction rules (see docs/rules.md), evaluated on every result. */
    rules: z.optional(RulePolicySchema),
    rounding: RoundingPolicySchema,
    bands: z.optional(z.strictObject({
        /** Classify the `rounded` final score (default) or the `exact` one. */
        classify: z._default(z.enum(CLASSIFICATIONS), "rounded"),
        table: z.array(BandSchema).check(z.minLength(1), z.maxLength(50)),
      })),
  }).check(z.superRefine(checkScheme));

/** A scheme as written in JSON (input of `parseScheme`, `compile`, `evaluate`). */
export type SchemeInput = z.input<typeof SchemeSchema>;
/** A validated, normalised scheme (defaults filled in, decimals as canonical strings). */
export type Scheme = z.output<typeof SchemeSchema>;
/** A validated indicator. */
export type Indicator = Scheme["indicators"][number];
/** A validated perspective. */
export type Perspective = Scheme["perspectives"][number];
/** A validated objective. */
export type Objective = Scheme["objectives"][number];
/** A validated band. */
export type Band = NonNullable<Scheme["bands"]>["table"][number];
/** The validated behaviour model. */
export type Behaviour = NonNullable<Scheme["behaviour"]>;
/** A label: Indonesian, optionally English. */
export type Label = z.output<typeof LabelSchema>;
