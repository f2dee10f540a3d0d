import { RATER_GROUPS, RATER_GROUP_LABELS, ROUNDING_MODES, ROUNDING_MODE_LABELS } from "../concepts/vocabulary.js";

/** The locales `explain` can render. */
export type Locale = "id" | "en";

type Dict = Readonly<Record<string, { readonly id: string; readonly en: string }>>;

/** Words of the rendered explanation. */
export const WORDS: Dict = {
  title: { id: "Penilaian kinerja", en: "Performance appraisal" },
  employee: { id: "Pegawai", en: "Employee" },
  unit: { id: "Unit", en: "Unit" },
  scheme: { id: "Skema", en: "Scheme" },
  period: { id: "Periode", en: "Period" },
  final: { id: "Nilai akhir", en: "Final score" },
  band: { id: "Predikat", en: "Rating" },
  noBand: { id: "(tidak masuk predikat mana pun)", en: "(outside every band)" },
  perspective: { id: "Perspektif", en: "Perspective" },
  objective: { id: "Sasaran", en: "Objective" },
  indicator: { id: "Indikator", en: "Indicator" },
  actual: { id: "realisasi", en: "actual" },
  target: { id: "target", en: "target" },
  baseline: { id: "baseline", en: "baseline" },
  achievement: { id: "capaian", en: "achievement" },
  score: { id: "nilai", en: "score" },
  weight: { id: "bobot", en: "weight" },
  absoluteWeight: { id: "bobot absolut", en: "absolute weight" },
  effectiveWeight: { id: "bobot efektif", en: "effective weight" },
  contribution: { id: "kontribusi", en: "contribution" },
  missing: { id: "tidak ada data", en: "missing" },
  zeroed: { id: "tidak ada data, dinilai 0", en: "missing, scored 0" },
  coverage: { id: "Cakupan data", en: "Coverage" },
  components: { id: "Komposisi nilai akhir", en: "Composition of the final score" },
  additions: { id: "Poin tambahan pada hasil kerja", en: "Points added to the results" },
  rules: { id: "Aturan penghargaan dan sanksi", en: "Reward and sanction rules" },
  warnings: { id: "Peringatan", en: "Warnings" },
  rounded: { id: "dibulatkan", en: "rounded" },
  exact: { id: "nilai eksak", en: "exact" },
  cap: { id: "dibatasi maksimum", en: "capped" },
  floor: { id: "dibatasi minimum", en: "floored" },
  results: { id: "Hasil kerja (kartu kinerja)", en: "Results (scorecard)" },
  behaviour: { id: "Perilaku kerja (360°)", en: "Behaviour (360°)" },
  resultsRating: { id: "Rating hasil kerja", en: "Results rating" },
  behaviourRating: { id: "rating perilaku", en: "behaviour rating" },
  self: { id: "diri sendiri", en: "self" },
  others: { id: "penilai lain", en: "others" },
  suppressed: { id: "disembunyikan (terlalu sedikit penilai)", en: "suppressed (too few raters)" },
  blindSpots: { id: "Titik buta", en: "Blind spots" },
  hiddenStrengths: { id: "Kekuatan tersembunyi", en: "Hidden strengths" },
  ...Object.fromEntries(RATER_GROUPS.map((g) => [`group.${g}`, RATER_GROUP_LABELS[g]])),
  ...Object.fromEntries(ROUNDING_MODES.map((m) => [`mode.${m}`, ROUNDING_MODE_LABELS[m]])),
  places: { id: "desimal", en: "decimals" },
};

/** What each formula computes, as a template over its named inputs (`{name}`). */
export const FORMULAS: Dict = {
  input: { id: "data masukan", en: "input" },
  ratio: { id: "{actual} / {target} × 100", en: "{actual} / {target} × 100" },
  reflectedRatio: { id: "(2 − {actual} / {target}) × 100", en: "(2 − {actual} / {target}) × 100" },
  inverseRatio: { id: "{target} / {actual} × 100", en: "{target} / {actual} × 100" },
  inverseRatioAtCap: { id: "realisasi 0: nilai maksimum", en: "actual 0: the cap" },
  zeroTargetAtLeast: { id: "target 0: 100 jika realisasi ≥ 0, selain itu 0", en: "target 0: 100 if actual ≥ 0, else 0" },
  zeroTargetAtMost: { id: "target 0: 100 jika realisasi ≤ 0, selain itu 0", en: "target 0: 100 if actual ≤ 0, else 0" },
  binaryAtLeast: { id: "100 jika {actual} ≥ {target}, selain itu 0", en: "100 if {actual} ≥ {target}, else 0" },
  binaryAtMost: { id: "100 jika {actual} ≤ {target}, selain itu 0", en: "100 if {actual} ≤ {target}, else 0" },
  rangeInside: { id: "{actual} di dalam [{min}, {max}]: 100", en: "{actual} inside [{min}, {max}]: 100" },
  rangeBelow: { id: "{actual} / {min} × 100", en: "{actual} / {min} × 100" },
  rangeAbove: { id: "(2 − {actual} / {max}) × 100", en: "(2 − {actual} / {max}) × 100" },
  rangeAboveByMin: { id: "(1 − ({actual} − {max}) / {min}) × 100", en: "(1 − ({actual} − {max}) / {min}) × 100" },
  interpolate: { id: "({actual} − {baseline}) / ({target} − {baseline}) × 100", en: "({actual} − {baseline}) / ({target} − {baseline}) × 100" },
  achievement: { id: "capaian ({achievement})", en: "the achievement ({achievement})" },
  curve: { id: "interpolasi kurva antara ({x0}, {y0}) dan ({x1}, {y1}) pada {achievement}", en: "curve between ({x0}, {y0}) and ({x1}, {y1}) at {achievement}" },
  curveBelow: { id: "capaian {achievement} di bawah ambang {threshold}", en: "achievement {achievement} below the threshold {threshold}" },
  curveTop: { id: "capaian {achievement} ≥ {top}: nilai puncak kurva", en: "achievement {achievement} ≥ {top}: top of the curve" },
  steps: { id: "tangga: capaian {achievement} ≥ {from}", en: "step: achievement {achievement} ≥ {from}" },
  stepsBelow: { id: "capaian {achievement} di bawah tangga pertama", en: "achievement {achievement} below the first step" },
  weightShare: { id: "{weight} / {siblingsTotal}", en: "{weight} / {siblingsTotal}" },
  absoluteWeight: { id: "bobot induk × bobot", en: "parent's absolute weight × weight" },
  effectiveWeight: { id: "bobot absolut setelah normalisasi ulang data yang hilang", en: "absolute weight after re-normalising missing data" },
  weightedMean: { id: "rata-rata tertimbang dari yang ada", en: "weighted mean of the present parts" },
  contribution: { id: "{effectiveWeight} × {score}", en: "{effectiveWeight} × {score}" },
  coverage: { id: "jumlah bobot absolut indikator yang ada datanya", en: "sum of absolute weights of indicators with actuals" },
  composition: { id: "jumlah bobot × nilai komponen", en: "sum of weight × component score" },
  behaviourScore: { id: "nilai perilaku 0–100", en: "behaviour score 0–100" },
  competencyCoverage: { id: "{scoredWeight} / {totalWeight} (bobot kompetensi yang dinilai penilai lain)", en: "{scoredWeight} / {totalWeight} (weight of the competencies others scored)" },
  selfOtherGap: { id: "{self} − {others}", en: "{self} − {others}" },
  missingAsZero: { id: "tidak ada data: 0", en: "missing: 0" },
  weightedMeanPlusAdditions: { id: "rata-rata tertimbang + poin tambahan", en: "weighted mean + added points" },
  addition: { id: "poin dari fakta penilaian", en: "points from the appraisal's facts" },
};

/** Picks the label text for a locale (falls back to Indonesian). */
export function pick(label: { readonly id: string; readonly en?: string | undefined }, locale: Locale): string {
  return locale === "en" ? (label.en ?? label.id) : label.id;
}
