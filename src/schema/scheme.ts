import { z } from "zod";
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

const Weight = NonNegativeDecimalSchema.optional();

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
  z.strictObject({ kind: z.literal("ratio"), formula: z.enum(["reflected", "inverse"]).optional() }),
  z.strictObject({ kind: z.literal("interpolate"), baseline: DecimalInputSchema.optional() }),
  z.strictObject({
    kind: z.literal("curve"),
    points: z.array(Point).min(2).max(50),
    below: DecimalInputSchema.optional(),
    formula: z.enum(["reflected", "inverse"]).optional(),
  }),
  z.strictObject({
    kind: z.literal("steps"),
    steps: z.array(Step).min(1).max(50),
    below: DecimalInputSchema.optional(),
    formula: z.enum(["reflected", "inverse"]).optional(),
  }),
  z.strictObject({
    kind: z.literal("formula"),
    name: z.string().regex(/^[a-zA-Z][\w.-]{0,99}$/, "a formula name starts with a letter and has letters, digits, '_', '.', '-'"),
    params: z.record(IdSchema, DecimalInputSchema).optional(),
  }),
]);

/** A KPI (indikator kinerja) with its direction, target, scoring method, cap and floor. */
export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  /** The objective it measures; give `objective` or `perspective`, not both. */
  objective: IdSchema.optional(),
  /** The perspective it sits in directly (when it has no objective). */
  perspective: IdSchema.optional(),
  unit: z.string().min(1).max(40).optional(),
  weight: Weight,
  direction: z.enum(["higher", "lower", "range", "binary"]).default("higher"),
  target: DecimalInputSchema.optional(),
  /**
   * For `direction: "range"`: 100 anywhere inside `[min, max]`. Below, `a/min × 100`. Above, by `decay`:
   * `edge` (default: the max is the target, `(2 − a/max) × 100`) or `min` (CAMMS goal post,
   * `(1 − (a − max)/min) × 100`, symmetric in distance).
   */
  range: z.strictObject({ min: DecimalInputSchema, max: DecimalInputSchema, decay: z.enum(["edge", "min"]).optional() }).optional(),
  /** For `direction: "binary"`: met when the actual is at least (default) or at most the target. */
  pass: z.enum(["atLeast", "atMost"]).optional(),
  method: MethodSchema.default({ kind: "ratio" }),
  /** Highest score (in score points, e.g. 120). No cap unless given. */
  cap: DecimalInputSchema.optional(),
  /** Lowest score (e.g. 0). No floor unless given. */
  floor: DecimalInputSchema.optional(),
  /** `binary`: a target of 0 scores 100 when the actual meets it, else 0. Default `error`. */
  zeroTarget: z.enum(["error", "binary"]).default("error"),
});

/** A band of the final score, half-open `[min, max)`; omit `min` for −∞ and `max` for +∞. */
export const BandSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  min: DecimalInputSchema.optional(),
  max: DecimalInputSchema.optional(),
  /**
   * Extra conditions on appraisal facts (e.g. PP 30/2019: "Sangat Baik" needs a recorded innovation).
   * When one is not met, the employee gets the band below, with a `band_condition` warning.
   */
  requires: z.array(z.strictObject({ fact: IdSchema, equals: z.union([z.boolean(), z.string().max(200), z.number()]) })).max(20).optional(),
});

const LEVEL = z.enum(["below", "meets", "above"]);

/**
 * A 3 × 3 matrix from the results rating (hasil kerja) and the behaviour rating (perilaku kerja) to a
 * band, as in PermenPANRB 6/2022. All nine cells must be given; each names a band of the band table.
 */
export const MatrixSchema = z.strictObject({
  cells: z.array(z.strictObject({ results: LEVEL, behaviour: LEVEL, band: IdSchema })).length(9),
});

const GROUP = z.enum(["self", "supervisor", "peer", "subordinate", "external"]);

/**
 * The behaviour (perilaku kerja) model and its 360° configuration: competencies (e.g. the seven BerAKHLAK
 * values), the rating scale, rater groups with optional weights and anonymity minimums, how group scores
 * are formed and combined, the self–other gap threshold, and the categorical rating thresholds.
 * Defaults (see docs/concepts.md): minimum 3 raters per group, supervisor and self exempt, self excluded from others.
 */
export const BehaviourSchema = z.strictObject({
  competencies: z
    .array(z.strictObject({ id: IdSchema, label: LabelSchema, group: z.string().min(1).max(100).optional(), weight: NonNegativeDecimalSchema.optional() }))
    .min(1)
    .max(200),
  /** `likert4`, `likert5` (default), `likert7`, `percent` (0–100), or `{ min, max, integer? }`. */
  scale: z
    .union([z.enum(["likert4", "likert5", "likert7", "percent"]), z.strictObject({ min: DecimalInputSchema, max: DecimalInputSchema, integer: z.boolean().optional() })])
    .default("likert5"),
  /** Conversion of scale values to 0–100: `linear` (default) or `proportional`. */
  conversion: z.enum(["linear", "proportional"]).default("linear"),
  groups: z
    .array(z.strictObject({ group: GROUP, subgroup: IdSchema.optional(), weight: NonNegativeDecimalSchema.optional(), minRaters: z.int().min(1).max(1000).optional() }))
    .max(50)
    .optional(),
  central: z.enum(["mean", "median", "trimmed"]).default("mean"),
  trim: NonNegativeDecimalSchema.optional(),
  minRaters: z.int().min(1).max(1000).default(3),
  exempt: z.array(GROUP).max(5).optional(),
  includeSelf: z.boolean().default(false),
  combine: z.enum(["pooled", "equalGroup", "weightedGroup"]).optional(),
  /** Self–other gap threshold as a share of the scale's range (default 0.25: 1 point on 1–5), and list length. */
  gap: z.strictObject({ thresholdShare: NonNegativeDecimalSchema.optional(), top: z.int().min(0).max(100).optional() }).optional(),
  /**
   * The categorical rating of behaviour (PermenPANRB 6/2022 style) from the behaviour score (0–100):
   * below `meets` → `below`, from `meets` → `meets`, from `above` → `above` (half-open).
   */
  rating: z.strictObject({ meets: DecimalInputSchema, above: DecimalInputSchema }).optional(),
});

const STEP_NAMES = ["achievement", "indicator", "objective", "perspective", "component", "final"] as const;

/** Named rounding steps. Only `final` is rounded by default (2 places, half-up). */
export const RoundingPolicySchema = z
  .strictObject({
    achievement: RoundingRuleSchema.optional(),
    indicator: RoundingRuleSchema.optional(),
    objective: RoundingRuleSchema.optional(),
    perspective: RoundingRuleSchema.optional(),
    component: RoundingRuleSchema.optional(),
    final: RoundingRuleSchema.default({ places: 2, mode: "halfUp" }),
  })
  .default({ final: { places: 2, mode: "halfUp" } });

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
export const SchemeSchema = z
  .strictObject({
    id: IdSchema,
    version: z.string().min(1).max(40).optional(),
    label: LabelSchema.optional(),
    period: z.strictObject({ start: DateSchema, end: DateSchema }).optional(),
    perspectives: z.array(PerspectiveSchema).min(1).max(50).default(DEFAULT_PERSPECTIVES),
    objectives: z.array(ObjectiveSchema).max(500).default([]),
    indicators: z.array(IndicatorSchema).min(1).max(2000),
    /** `relative` (default): any non-negative numbers, normalised among siblings. `percent`: siblings must sum to 100 ± tolerance. */
    weighting: z
      .strictObject({ mode: z.enum(["relative", "percent"]).default("relative"), tolerance: NonNegativeDecimalSchema.default("0") })
      .default({ mode: "relative", tolerance: "0" }),
    behaviour: BehaviourSchema.optional(),
    /**
     * The categorical rating of the results component (hasil kerja: below / meets / above expectations)
     * from the results score: below `meets` → `below`, from `meets` → `meets`, from `above` → `above`.
     */
    resultsRating: z.strictObject({ meets: DecimalInputSchema, above: DecimalInputSchema }).optional(),
    /** The predikat matrix: when given, the final band comes from the results and behaviour ratings. */
    matrix: MatrixSchema.optional(),
    /** How the final score is composed from components: `results` (the scorecard) and `behaviour` (360°). */
    composition: z
      .array(z.strictObject({ component: z.enum(["results", "behaviour"]), weight: NonNegativeDecimalSchema }))
      .min(1)
      .default([{ component: "results", weight: "100" }]),
    /**
     * The composition used instead when both peers and subordinates were shown in the behaviour
     * aggregate (PP 30/2019: 70/30, or 60/40 when peers and subordinates rate).
     */
    compositionWithPeers: z
      .array(z.strictObject({ component: z.enum(["results", "behaviour"]), weight: NonNegativeDecimalSchema }))
      .min(1)
      .optional(),
    missing: z
      .strictObject({
        /** `renormalize` (default): weights re-spread among present siblings; `zero`: a missing actual scores 0; `fail`: error. */
        policy: z.enum(["renormalize", "zero", "fail"]).default("renormalize"),
        /** Minimum share (0–1) of the scorecard's absolute weight that must be present. */
        minCoverage: NonNegativeDecimalSchema.optional(),
      })
      .default({ policy: "renormalize" }),
    /**
     * Points added to the results component after its weighted mean (before the `component` rounding):
     * each reads the appraisal's numeric fact `fact` (missing → 0), capped at `max`. E.g. PP 46/2011
     * tugas tambahan and kreativitas, PermenPANRB 8/2021 kinerja tambahan (max 10).
     */
    additions: z
      .array(z.strictObject({ id: IdSchema, label: LabelSchema, fact: IdSchema, max: DecimalInputSchema.optional() }))
      .max(20)
      .optional(),
    /** Custom facts the appraisal may carry for the rules (discipline level, attendance counts, …), with their types. */
    facts: z.array(FactDeclarationSchema).max(500).optional(),
    /** Reward and sanction rules (see docs/rules.md), evaluated on every result. */
    rules: RulePolicySchema.optional(),
    rounding: RoundingPolicySchema,
    bands: z
      .strictObject({
        /** Classify the `rounded` final score (default) or the `exact` one. */
        classify: z.enum(["rounded", "exact"]).default("rounded"),
        table: z.array(BandSchema).min(1).max(50),
      })
      .optional(),
  })
  // Runs even when some fields are invalid (so every problem is reported at once); checkScheme reads
  // decimals defensively and skips checks whose inputs are themselves invalid.
  .superRefine(checkScheme);

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
