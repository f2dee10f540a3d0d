// Shared inputs of the talent tests: a potential scheme with the four criteria and weights of a SIMATA
// briefing (kompetensi 40, potensi 25, kualifikasi 20, integritas 15 — secondary source, a summary of
// the briefing) and cut-offs 70 / 85 chosen for the tests.
import { talentAxisScheme, type PerformanceAxisInput, type SchemeInput } from "../../src/index.js";

export const POTENSI: SchemeInput = talentAxisScheme({
  id: "potensi",
  criteria: [
    { id: "kompetensi", label: "Kompetensi", weight: 40 },
    { id: "potensi", label: "Potensi", weight: 25 },
    { id: "kualifikasi", label: "Kualifikasi", weight: 20 },
    { id: "integritas", label: "Integritas", weight: 15 },
  ],
  cutoffs: { medium: 70, high: 85 },
});

/** Potential values that score exactly `v` (all four criteria equal). */
export const flatPotential = (v: number | string): Record<string, string> => ({ kompetensi: String(v), potensi: String(v), kualifikasi: String(v), integritas: String(v) });

/**
 * A performance axis of a Laravel PermenPANRB 3/2020 implementation: SKP = 60 % year N + 40 % year N−1,
 * predikat points SB 100, B 85, BP 65, K 45, SK 25, Tinggi ≥ 90, Sedang ≥ 75.
 */
export const WEIGHTED_YEARS: PerformanceAxisInput & { method: "weightedYears" } = {
  method: "weightedYears",
  yearWeights: [60, 40],
  points: { sangatBaik: 100, baik: 85, butuhPerbaikan: 65, kurang: 45, sangatKurang: 25 },
  cutoffs: { medium: 75, high: 90 },
};
