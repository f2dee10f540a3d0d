import type { KinerjaErrorCode } from "kinerja";
import type { Text } from "./i18n.js";

/** Each kinerja error code in words. */
export const ERROR_WORDS: Record<KinerjaErrorCode, Text> = {
  INVALID_SCHEME: { id: "skema tidak valid", en: "invalid scheme" },
  INVALID_APPRAISAL: { id: "data pegawai tidak sesuai skema", en: "the appraisal does not fit the scheme" },
  INVALID_INPUT: { id: "input tidak valid", en: "invalid input" },
  ZERO_TARGET: { id: "target bernilai 0", en: "a target of 0" },
  DIVISION_BY_ZERO: { id: "pembagian dengan nol", en: "division by zero" },
  MISSING_ACTUAL: { id: "realisasi tidak ada (kebijakan skema: gagal)", en: "an actual is missing (the scheme's policy: fail)" },
  INSUFFICIENT_COVERAGE: { id: "data realisasi kurang dari cakupan minimum skema", en: "less data than the scheme's minimum coverage" },
  PLUGIN_ERROR: { id: "rumus tambahan gagal", en: "a formula plugin failed" },
};

/** Result warning codes in words (others are shown by their code). */
const WARNING_WORDS: Readonly<Record<string, Text>> = {
  missing_actual: { id: "realisasi tidak ada, bobot dinormalisasi ulang", en: "actual missing, weights re-normalised" },
  no_band: { id: "nilai di luar semua predikat", en: "score outside every band" },
  band_condition: { id: "syarat predikat tidak terpenuhi", en: "a band condition was not met" },
  no_matrix: { id: "predikat tidak dari matriks (rating tidak lengkap)", en: "predikat not from the matrix (a rating is missing)" },
  incomplete: { id: "penilaian perilaku tidak lengkap", en: "behaviour ratings incomplete" },
  too_small: { id: "kelompok penilai terlalu kecil, disembunyikan", en: "rater group too small, suppressed" },
};

/** A warning code in words. */
export function warningWords(code: string): Text {
  return Object.hasOwn(WARNING_WORDS, code) ? (WARNING_WORDS[code] as Text) : { id: code, en: code };
}
