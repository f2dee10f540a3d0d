// The vocabulary of kinerja: every enumerated concept (rater groups, rounding modes, indicator
// directions and methods, missing-data policies, 360° statistics, combinations, conversions,
// classifications, expectation levels) and every shared limit, defined once. Schemas, compile,
// evaluate, score, explain and the node readers import these; a registry keyed by one of these unions
// is a `Record<Union, …>`, so a new member does not compile until every registry has decided what to
// do with it. This module imports nothing.

/** A label in Indonesian (`id`) and English (`en`). */
export interface Bilingual {
  /** Indonesian. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/** The 360° rater groups, in the order results list them. */
export const RATER_GROUPS = ["self", "supervisor", "peer", "subordinate", "external"] as const;
/** A 360° rater group. */
export type RaterGroup = (typeof RATER_GROUPS)[number];
/** Labels of the rater groups. */
export const RATER_GROUP_LABELS: Readonly<Record<RaterGroup, Bilingual>> = {
  self: { id: "diri sendiri", en: "self" },
  supervisor: { id: "atasan", en: "supervisor" },
  peer: { id: "rekan kerja", en: "peers" },
  subordinate: { id: "bawahan", en: "subordinates" },
  external: { id: "pihak luar", en: "external" },
};
/** The groups exempt from the anonymity minimum unless a scheme says otherwise: supervisor and self. */
export const DEFAULT_EXEMPT_GROUPS: readonly RaterGroup[] = ["self", "supervisor"];
/** The default anonymity minimum of raters per non-exempt group. */
export const DEFAULT_MIN_RATERS = 3;

/**
 * The rounding modes a scheme can name.
 * - `halfUp` — ties away from zero (2.5 → 3, −2.5 → −3); the default, as PHP `number_format`.
 * - `halfEven` — ties to even (banker's rounding; 2.5 → 2).
 * - `halfDown` — ties towards zero.
 * - `down` — truncate towards zero (sources that print 266/3 as 88.66).
 * - `up` — away from zero (sources that print 274/3 as 91.34).
 * - `floor`, `ceil` — towards −∞ / +∞.
 */
export const ROUNDING_MODES = ["halfUp", "halfEven", "halfDown", "down", "up", "floor", "ceil"] as const;
/** A rounding mode. */
export type RoundingMode = (typeof ROUNDING_MODES)[number];
/** Labels of the rounding modes. */
export const ROUNDING_MODE_LABELS: Readonly<Record<RoundingMode, Bilingual>> = {
  halfUp: { id: "setengah ke atas", en: "half up" },
  halfEven: { id: "setengah ke genap", en: "half even" },
  halfDown: { id: "setengah ke bawah", en: "half down" },
  down: { id: "dipotong", en: "truncated" },
  up: { id: "ke atas", en: "up" },
  floor: { id: "ke bawah (lantai)", en: "floor" },
  ceil: { id: "ke atas (langit-langit)", en: "ceiling" },
};
/** The largest number of decimal places a rounding step may keep. */
export const MAX_ROUNDING_PLACES = 20;

/** Which way an indicator is better. */
export const DIRECTIONS = ["higher", "lower", "range", "binary"] as const;
/** An indicator direction. */
export type Direction = (typeof DIRECTIONS)[number];
/** Labels of the directions. */
export const DIRECTION_LABELS: Readonly<Record<Direction, Bilingual>> = {
  higher: { id: "makin tinggi makin baik", en: "higher is better" },
  lower: { id: "makin rendah makin baik", en: "lower is better" },
  range: { id: "dalam rentang", en: "within a range" },
  binary: { id: "tercapai / tidak", en: "met or not" },
};

/** How an indicator's achievement becomes its score. */
export const METHOD_KINDS = ["ratio", "interpolate", "curve", "steps", "formula"] as const;
/** An indicator method. */
export type MethodKind = (typeof METHOD_KINDS)[number];
/** Labels of the methods. */
export const METHOD_LABELS: Readonly<Record<MethodKind, Bilingual>> = {
  ratio: { id: "rasio terhadap target", en: "ratio to target" },
  interpolate: { id: "interpolasi baseline–target", en: "baseline–target interpolation" },
  curve: { id: "kurva ambang–target–regangan", en: "threshold–target–stretch curve" },
  steps: { id: "tangga nilai", en: "step bands" },
  formula: { id: "rumus plugin", en: "formula plugin" },
};

/** Lower-is-better ratio: reflected `2 − a/t` or inverse `t/a`. */
export const LOWER_FORMULAS = ["reflected", "inverse"] as const;
/** A lower-is-better formula. */
export type LowerFormula = (typeof LOWER_FORMULAS)[number];
/** Scoring above a range's maximum: `edge` (the max is the target) or `min` (distance over the min). */
export const RANGE_DECAYS = ["edge", "min"] as const;
/** A range decay. */
export type RangeDecay = (typeof RANGE_DECAYS)[number];
/** When a binary indicator is met: actual at least or at most the target. */
export const BINARY_PASSES = ["atLeast", "atMost"] as const;
/** A binary pass rule. */
export type BinaryPass = (typeof BINARY_PASSES)[number];
/** What a target of 0 means: an error, or a binary rule. */
export const ZERO_TARGET_RULES = ["error", "binary"] as const;
/** A zero-target rule. */
export type ZeroTargetRule = (typeof ZERO_TARGET_RULES)[number];

/** What a missing actual does: weights re-spread among present siblings, scored 0, or an error. */
export const MISSING_POLICIES = ["renormalize", "zero", "fail"] as const;
/** A missing-data policy. */
export type MissingPolicy = (typeof MISSING_POLICIES)[number];
/** Labels of the missing-data policies. */
export const MISSING_POLICY_LABELS: Readonly<Record<MissingPolicy, Bilingual>> = {
  renormalize: { id: "bobot dibagi ulang ke indikator yang ada", en: "weight re-spread over the present indicators" },
  zero: { id: "dinilai 0", en: "scored 0" },
  fail: { id: "penilaian ditolak", en: "the appraisal is refused" },
};

/** The 360° central statistic of a group's answers. */
export const CENTRAL_STATISTICS = ["mean", "median", "trimmed"] as const;
/** A 360° central statistic. */
export type CentralStatistic = (typeof CENTRAL_STATISTICS)[number];
/** How the groups other than self form the "others" figure. */
export const COMBINATIONS = ["pooled", "equalGroup", "weightedGroup"] as const;
/** A 360° combination. */
export type Combination = (typeof COMBINATIONS)[number];
/** How scale values become 0–100. */
export const CONVERSIONS = ["linear", "proportional"] as const;
/** A scale conversion. */
export type Conversion = (typeof CONVERSIONS)[number];
/** The named rating scales. */
export const NAMED_SCALES = ["likert4", "likert5", "likert7", "percent"] as const;
/** A named rating scale. */
export type NamedScale = (typeof NAMED_SCALES)[number];

/** How sibling weights are read: relative numbers normalised among siblings, or percentages that must sum to 100. */
export const WEIGHTING_MODES = ["relative", "percent"] as const;
/** A weighting mode. */
export type WeightingMode = (typeof WEIGHTING_MODES)[number];

/** Which final score bands classify: the rounded one (default) or the exact one. */
export const CLASSIFICATIONS = ["rounded", "exact"] as const;
/** A classification. */
export type Classification = (typeof CLASSIFICATIONS)[number];

/** The components a final composition weighs. */
export const COMPONENTS = ["results", "behaviour"] as const;
/** A component of the final composition. */
export type Component = (typeof COMPONENTS)[number];

/** The expectation levels of a categorical rating (PermenPANRB 6/2022: di bawah, sesuai, di atas ekspektasi). */
export const RATING_LEVELS = ["below", "meets", "above"] as const;
/** An expectation level. */
export type RatingLevel = (typeof RATING_LEVELS)[number];
/** Labels of the expectation levels (PermenPANRB 6/2022, Lampiran). */
export const RATING_LEVEL_LABELS = {
  below: { id: "Di bawah ekspektasi", en: "Below expectations" },
  meets: { id: "Sesuai ekspektasi", en: "Meets expectations" },
  above: { id: "Di atas ekspektasi", en: "Above expectations" },
} as const satisfies Readonly<Record<RatingLevel, Bilingual>>;

/**
 * The employee predikat of PermenPANRB 6/2022 (Lampiran, the predikat kinerja pegawai), best first —
 * the categories of every SE MenPANRB 3/2023 distribution curve and the five names PP 30/2019 used too.
 */
export const EMPLOYEE_PREDIKATS = ["sangatBaik", "baik", "butuhPerbaikan", "kurang", "sangatKurang"] as const;
/** An employee predikat (Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang). */
export type EmployeePredikat = (typeof EMPLOYEE_PREDIKATS)[number];
/** Labels of the employee predikat. */
export const EMPLOYEE_PREDIKAT_LABELS: Readonly<Record<EmployeePredikat, Bilingual>> = {
  sangatBaik: { id: "Sangat Baik", en: "Very good" },
  baik: { id: "Baik", en: "Good" },
  butuhPerbaikan: { id: "Butuh Perbaikan", en: "Needs improvement" },
  kurang: { id: "Kurang/Misconduct", en: "Poor/Misconduct" },
  sangatKurang: { id: "Sangat Kurang", en: "Very poor" },
};
/** The order of the employee predikat: worst = 1 … best = 5 (for comparisons, monotone checks and tie-breaks). */
export const EMPLOYEE_PREDIKAT_RANK: Readonly<Record<EmployeePredikat, number>> = { sangatKurang: 1, kurang: 2, butuhPerbaikan: 3, baik: 4, sangatBaik: 5 };

/** How an N/A answer may be spelled in a rating's `value` (besides `null`): `na` or `n/a`, any case, surrounding spaces ignored. */
export const NOT_APPLICABLE = /^\s*(na|n\/a)\s*$/i;

/**
 * True when an answer means "not applicable / unable to rate": `null` or the string `"na"`
 * (case-insensitive; `"n/a"` too). Such answers are excluded from every statistic and counted instead.
 *
 * @param answer - an answer as given
 * @example
 * ```ts
 * isNotApplicable("na"); // true
 * isNotApplicable(3); // false
 * ```
 */
export function isNotApplicable(answer: unknown): boolean {
  return answer === null || (typeof answer === "string" && NOT_APPLICABLE.test(answer));
}

/** Decimal text kinerja reads exactly: optional sign, digits with an optional point, an optional exponent of up to 3 digits. */
export const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?$/;

/** The pattern of every id: a letter, then letters, digits, `_`, `.`, `-`; at most 64 characters (so `__proto__` is never an id). */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/** The limits of kinerja's inputs, one constant each. */
export const LIMITS = {
  /** Decimal inputs are smaller than this in magnitude (10^15). */
  decimalMagnitude: "1e15",
  /** Characters of decimal text. */
  decimalText: 64,
  /** Characters of an employee id, an appraisal id, a rater id. */
  personId: 100,
  /** Characters of a name, unit or position. */
  name: 200,
  /** Characters of a label. */
  label: 300,
  /** Characters of a fact's text value. */
  factText: 200,
  /** Indicators in a scheme; actuals in an appraisal. */
  indicators: 2000,
  /** Facts in an appraisal. */
  facts: 200,
  /** Ratings in an appraisal. */
  ratings: 20000,
  /** Earlier periods in an appraisal's history. */
  history: 100,
  /** Days served. */
  daysServed: 100000,
  /** People `largestRemainder` apportions in one call. */
  apportionTotal: 1_000_000_000,
  /** Shares `largestRemainder` takes. */
  apportionShares: 1000,
} as const;
