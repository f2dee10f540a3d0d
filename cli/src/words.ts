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
  IO_ERROR: { id: "berkas tidak dapat dibaca atau ditulis", en: "a file could not be read or written" },
  BATCH_ABORTED: { id: "proses dihentikan", en: "the run was stopped" },
  WORKER_FAILED: { id: "proses pembantu (worker) gagal", en: "a worker thread failed" },
};
