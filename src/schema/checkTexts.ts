// The messages of kinerja's consistency checks of a scheme (cross-references, weights, bands, indicators), each written once with its typed
// parameters: the checks build their issues through checkIssue() (code and English), and issueTexts.ts reads
// the Indonesian of a reported message back from the same templates (the English and the Indonesian tables
// have the same keys; the Indonesian one is only bundled where validation messages are shown).

/**
 * @internal The parameters of kinerja's consistency checks of a scheme, by message key: what each
 * message names.
 */
export interface CheckParams {
  /** An id given to two items of one list. */
  readonly duplicate_id: { readonly id: string };
  /** A perspective id that the scheme does not declare. */
  readonly unknown_perspective: { readonly id: string };
  /** An objective id that the scheme does not declare. */
  readonly unknown_objective: { readonly id: string };
  /** A band id that the band table does not have. */
  readonly unknown_band: { readonly id: string };
  /** A perspective without objectives or indicators. */
  readonly empty_perspective: { readonly id: string };
  /** An objective without indicators. */
  readonly empty_objective: { readonly id: string };
  /** A composition component listed twice. */
  readonly duplicate_component: { readonly id: string };
  /** The period ends before it starts. */
  readonly period_order: Readonly<Record<string, never>>;
  /** An indicator gives both or neither of objective and perspective. */
  readonly objective_or_perspective: Readonly<Record<string, never>>;
  /** A behaviour component without a behaviour model. */
  readonly behaviour_model_missing: Readonly<Record<string, never>>;
  /** A rating threshold 'above' not greater than 'meets'. */
  readonly above_not_above_meets: Readonly<Record<string, never>>;
  /** A minimum coverage above 1. */
  readonly min_coverage_share: Readonly<Record<string, never>>;
  /** A matrix without the rating thresholds it reads (`field`). */
  readonly matrix_needs_rating: { readonly field: string };
  /** A matrix cell given twice (`cell`: results/behaviour). */
  readonly duplicate_cell: { readonly cell: string };
  /** A matrix cell that is missing. */
  readonly missing_cell: { readonly results: string; readonly behaviour: string };
  /** A weight missing in percent mode. */
  readonly missing_weight: Readonly<Record<string, never>>;
  /** Sibling weights that do not add up to 100 within the tolerance. */
  readonly weights_sum: { readonly sum: string; readonly tolerance: string };
  /** Sibling weights that are all zero. */
  readonly weights_zero: Readonly<Record<string, never>>;
  /** A reflection formula on an indicator that is not lower-is-better. */
  readonly formula_lower_only: Readonly<Record<string, never>>;
  /** A range indicator without its range. */
  readonly range_missing: Readonly<Record<string, never>>;
  /** A range whose max is below its min. */
  readonly range_inverted: Readonly<Record<string, never>>;
  /** A range min that is not positive. */
  readonly range_min_positive: Readonly<Record<string, never>>;
  /** A range indicator with a target. */
  readonly range_with_target: Readonly<Record<string, never>>;
  /** Interpolation on a range indicator. */
  readonly interpolate_direction: Readonly<Record<string, never>>;
  /** A range on an indicator whose direction is not range. */
  readonly range_direction: Readonly<Record<string, never>>;
  /** A pass value on an indicator that is not binary. */
  readonly pass_binary_only: Readonly<Record<string, never>>;
  /** A formula plugin on a range or binary indicator. */
  readonly formula_plugin_direction: Readonly<Record<string, never>>;
  /** A binary indicator with a method other than ratio. */
  readonly binary_ratio: Readonly<Record<string, never>>;
  /** An interpolation baseline equal to the target. */
  readonly baseline_equals_target: Readonly<Record<string, never>>;
  /** A higher-is-better target below its baseline. */
  readonly higher_target_below_baseline: Readonly<Record<string, never>>;
  /** A lower-is-better target above its baseline. */
  readonly lower_target_above_baseline: Readonly<Record<string, never>>;
  /** Interpolation points or steps that do not increase. */
  readonly not_increasing: Readonly<Record<string, never>>;
  /** A cap below the floor. */
  readonly cap_below_floor: Readonly<Record<string, never>>;
  /** A target of 0 that cannot be divided by. */
  readonly zero_target: Readonly<Record<string, never>>;
  /** A band whose max is not above its min. */
  readonly band_inverted: Readonly<Record<string, never>>;
  /** A band other than the first without a min. */
  readonly band_open_below: Readonly<Record<string, never>>;
  /** A band other than the last without a max. */
  readonly band_open_above: Readonly<Record<string, never>>;
  /** A gap between two bands (`max` of the lower, `min` of the upper). */
  readonly band_gap: { readonly max: string; readonly min: string };
  /** A band that overlaps the band below (`max` of the band below). */
  readonly band_overlap: { readonly max: string };
}

/** @internal A message key of {@link CheckParams}. */
export type CheckKey = keyof CheckParams;

/** A message of the catalogue: its issue code and its English text, `{name}` standing for a parameter. */
interface CheckText {
  readonly code: string;
  readonly en: string;
}

/**
 * @internal The consistency-check messages in English, each written once with its issue code: the checks
 * build their issues from it ({@link checkIssue}), and the Indonesian of a reported message is read back
 * from its template (`translate` in issueTexts.ts).
 */
export const CHECK_TEXTS: { readonly [K in CheckKey]: CheckText } = {
  duplicate_id: { code: "duplicate_id", en: "duplicate id '{id}'" },
  unknown_perspective: { code: "unknown_reference", en: "unknown perspective '{id}'" },
  unknown_objective: { code: "unknown_reference", en: "unknown objective '{id}'" },
  unknown_band: { code: "unknown_reference", en: "unknown band '{id}'" },
  empty_perspective: { code: "empty_node", en: "perspective '{id}' has no objectives or indicators" },
  empty_objective: { code: "empty_node", en: "objective '{id}' has no indicators" },
  duplicate_component: { code: "duplicate_id", en: "component '{id}' listed twice" },
  period_order: { code: "invalid_scheme", en: "the period ends before it starts" },
  objective_or_perspective: { code: "invalid_scheme", en: "give exactly one of 'objective' or 'perspective'" },
  behaviour_model_missing: { code: "unknown_reference", en: "the behaviour component needs a 'behaviour' model in the scheme" },
  above_not_above_meets: { code: "invalid_scheme", en: "'above' must be greater than 'meets'" },
  min_coverage_share: { code: "invalid_scheme", en: "minimum coverage is a share between 0 and 1" },
  matrix_needs_rating: { code: "missing_rating", en: "a matrix needs '{field}' thresholds" },
  duplicate_cell: { code: "duplicate_cell", en: "cell {cell} is given twice" },
  missing_cell: { code: "incomplete_matrix", en: "the matrix has no cell for results '{results}' × behaviour '{behaviour}'" },
  missing_weight: { code: "missing_weight", en: "a weight is required when weighting.mode is 'percent'" },
  weights_sum: { code: "weights_sum", en: "sibling weights sum to {sum}, not 100 (tolerance {tolerance})" },
  weights_zero: { code: "weights_sum", en: "sibling weights are all zero" },
  formula_lower_only: { code: "invalid_scheme", en: "'formula' applies to lower-is-better indicators only" },
  range_missing: { code: "invalid_scheme", en: "a range indicator needs 'range' { min, max }" },
  range_inverted: { code: "invalid_scheme", en: "range max is below range min" },
  range_min_positive: { code: "invalid_scheme", en: "range min must be positive (the decay outside the range divides by it)" },
  range_with_target: { code: "invalid_scheme", en: "a range indicator uses 'range', not 'target'" },
  interpolate_direction: { code: "invalid_scheme", en: "interpolation needs a higher- or lower-is-better indicator" },
  range_direction: { code: "invalid_scheme", en: "'range' applies to direction 'range' only" },
  pass_binary_only: { code: "invalid_scheme", en: "'pass' applies to binary indicators only" },
  formula_plugin_direction: { code: "invalid_scheme", en: "a formula plugin computes the achievement itself; use direction 'higher' or 'lower'" },
  binary_ratio: { code: "invalid_scheme", en: "a binary indicator scores 0 or 100; use method 'ratio'" },
  baseline_equals_target: { code: "invalid_scheme", en: "baseline equals target (division by zero)" },
  higher_target_below_baseline: { code: "invalid_scheme", en: "a higher-is-better target must be above its baseline" },
  lower_target_above_baseline: { code: "invalid_scheme", en: "a lower-is-better target must be below its baseline" },
  not_increasing: { code: "invalid_scheme", en: "must be strictly increasing" },
  cap_below_floor: { code: "invalid_scheme", en: "cap is below floor" },
  zero_target: { code: "zero_target", en: "a target of 0 has no ratio; set zeroTarget: 'binary' or use interpolation" },
  band_inverted: { code: "invalid_scheme", en: "band max must be above its min" },
  band_open_below: { code: "invalid_scheme", en: "only the first band may be open below" },
  band_open_above: { code: "invalid_scheme", en: "only the last band may be open above" },
  band_gap: { code: "band_gap", en: "gap between {max} and {min} (bands are half-open [min, max) in ascending order)" },
  band_overlap: { code: "band_overlap", en: "overlaps the band below (its max is {max})" },
};

/**
 * @internal The Indonesian of each consistency-check message (same keys and parameters as
 * {@link CHECK_TEXTS}). A table of its own, so that an app's bundler leaves it out of a bundle that only
 * evaluates (its messages are English); the validation functions read it.
 */
export const CHECK_TEXTS_ID: { readonly [K in CheckKey]: string } = {
  duplicate_id: "id '{id}' dipakai lebih dari sekali",
  unknown_perspective: "perspektif '{id}' tidak ada dalam skema",
  unknown_objective: "sasaran '{id}' tidak ada dalam skema",
  unknown_band: "predikat '{id}' tidak ada dalam tabel predikat",
  empty_perspective: "perspektif '{id}' tidak memiliki sasaran atau indikator",
  empty_objective: "sasaran '{id}' tidak memiliki indikator",
  duplicate_component: "komponen '{id}' tercantum dua kali",
  period_order: "periode berakhir sebelum dimulai",
  objective_or_perspective: "isi tepat satu dari 'objective' atau 'perspective'",
  behaviour_model_missing: "komponen perilaku memerlukan model 'behaviour' dalam skema",
  above_not_above_meets: "'above' harus lebih besar daripada 'meets'",
  min_coverage_share: "cakupan minimum adalah proporsi antara 0 dan 1",
  matrix_needs_rating: "matriks memerlukan ambang '{field}'",
  duplicate_cell: "sel {cell} diberikan dua kali",
  missing_cell: "matriks tidak memiliki sel untuk hasil kerja '{results}' × perilaku '{behaviour}'",
  missing_weight: "bobot wajib diisi bila weighting.mode bernilai 'percent'",
  weights_sum: "jumlah bobot yang setingkat {sum}, bukan 100 (toleransi {tolerance})",
  weights_zero: "semua bobot yang setingkat bernilai nol",
  formula_lower_only: "'formula' hanya berlaku untuk indikator makin rendah makin baik",
  range_missing: "indikator rentang memerlukan 'range' { min, max }",
  range_inverted: "batas atas rentang di bawah batas bawahnya",
  range_min_positive: "batas bawah rentang harus positif (penurunan di luar rentang dibagi dengannya)",
  range_with_target: "indikator rentang memakai 'range', bukan 'target'",
  interpolate_direction: "interpolasi memerlukan indikator makin tinggi atau makin rendah makin baik",
  range_direction: "'range' hanya berlaku untuk direction 'range'",
  pass_binary_only: "'pass' hanya berlaku untuk indikator biner",
  formula_plugin_direction: "plugin formula menghitung capaiannya sendiri; gunakan direction 'higher' atau 'lower'",
  binary_ratio: "indikator biner bernilai 0 atau 100; gunakan metode 'ratio'",
  baseline_equals_target: "baseline sama dengan target (pembagian dengan nol)",
  higher_target_below_baseline: "target indikator makin tinggi makin baik harus di atas baseline-nya",
  lower_target_above_baseline: "target indikator makin rendah makin baik harus di bawah baseline-nya",
  not_increasing: "harus naik (setiap nilai lebih besar daripada sebelumnya)",
  cap_below_floor: "batas atas (cap) di bawah batas bawah (floor)",
  zero_target: "target 0 tidak dapat dibagi; isi zeroTarget: 'binary' atau gunakan interpolasi",
  band_inverted: "batas atas predikat harus di atas batas bawahnya",
  band_open_below: "hanya predikat pertama yang boleh tanpa batas bawah",
  band_open_above: "hanya predikat terakhir yang boleh tanpa batas atas",
  band_gap: "ada celah antara {max} dan {min} (predikat berupa selang setengah terbuka [min, max) berurutan naik)",
  band_overlap: "tumpang tindih dengan predikat di bawahnya (batas atasnya {max})",
};

const fill = (template: string, params: Readonly<Record<string, string>>): string => template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? `{${k}}`);

/** @internal The issue code and the English message of a consistency check, built from its parameters. */
export function checkIssue<K extends CheckKey>(key: K, params: CheckParams[K]): { readonly code: string; readonly en: string } {
  const t: CheckText = CHECK_TEXTS[key];
  return { code: t.code, en: fill(t.en, params as Readonly<Record<string, string>>) };
}

/** @internal The issue code and the English and Indonesian message of a consistency check, built from its parameters. */
export function checkMessage<K extends CheckKey>(key: K, params: CheckParams[K]): { readonly code: string; readonly en: string; readonly id: string } {
  return { ...checkIssue(key, params), id: fill(CHECK_TEXTS_ID[key], params as Readonly<Record<string, string>>) };
}
