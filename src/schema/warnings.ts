// The warnings a result can carry, defined once: each code with its typed parameters (the subject it is
// about) and its Indonesian and English text built from those parameters, so both languages always carry
// the same facts. `evaluate`, `score`'s fast lane and `calibrate` build warnings only through `warning()`.
import type { Bilingual } from "../concepts/vocabulary.js";

/** A value a band condition compares (an appraisal fact). */
export type FactScalar = boolean | string | number;

/** The parameters of each warning code: what the warning is about. */
export interface WarningParams {
  /** An indicator without an actual: its weight was re-spread (`renormalize`) or it scored 0 (`zero`). */
  readonly missing_actual: { readonly indicator: string; readonly policy: "renormalize" | "zero" };
  /** A behaviour competency that no rater group other than self could score (no ratings, only N/A, or every group below its anonymity minimum): it is left out of the behaviour score, which then rests on fewer competencies. */
  readonly unrated_competency: { readonly competency: string };
  /** The final score lies outside every band of the table. */
  readonly no_band: { readonly score: string };
  /** A band's extra condition on an appraisal fact was not met, so the band below applies. */
  readonly band_condition: { readonly band: string; readonly fact: string; readonly expected: FactScalar; readonly got: FactScalar | null };
  /** `calibrate` moved the result to another category of the distribution curve. */
  readonly calibrated: { readonly curve: string; readonly from: string; readonly to: string; readonly band: string | null; readonly proposed: string };
}

/** A warning code. */
export type WarningCode = keyof WarningParams;

/** The warning codes, in a fixed order. */
export const WARNING_CODES: readonly WarningCode[] = ["missing_actual", "unrated_competency", "no_band", "band_condition", "calibrated"];

/**
 * A warning: nothing failed, but the user should know (e.g. a missing actual was re-normalised away).
 * `params` names the subject (indicator, competency, band, fact, …); `message` says the same in
 * Indonesian (`id`) and English (`en`).
 */
export type ResultWarning = {
  readonly [K in WarningCode]: {
    /** Stable warning code. */
    readonly code: K;
    /** Path into the appraisal or the result. */
    readonly at: string;
    /** What the warning is about, typed by its code. */
    readonly params: WarningParams[K];
    /** The warning in Indonesian and English, built from `params`. */
    readonly message: Bilingual;
  };
}[WarningCode];

const shown = (v: FactScalar | null): string => (v === null ? "—" : JSON.stringify(v));

const TEXTS: { readonly [K in WarningCode]: (p: WarningParams[K]) => Bilingual } = {
  missing_actual: (p) =>
    p.policy === "zero"
      ? { id: `indikator '${p.indicator}' tidak ada realisasinya; dinilai 0 (kebijakan 'zero')`, en: `no actual for indicator '${p.indicator}'; scored 0 (policy 'zero')` }
      : {
          id: `indikator '${p.indicator}' tidak ada realisasinya; bobotnya dibagi ulang ke indikator yang ada`,
          en: `no actual for indicator '${p.indicator}'; its weight was re-spread over the present indicators`,
        },
  unrated_competency: (p) => ({
    id: `kompetensi '${p.competency}' tidak dapat dinilai oleh penilai selain diri sendiri (tidak ada jawaban, semuanya N/A, atau kelompok di bawah batas anonimitas); nilai perilaku dihitung tanpa kompetensi ini`,
    en: `competency '${p.competency}' could not be scored by raters other than self (no answers, only N/A, or groups below the anonymity minimum); the behaviour score leaves it out`,
  }),
  no_band: (p) => ({ id: `nilai akhir ${p.score} tidak masuk predikat mana pun`, en: `the final score ${p.score} lies outside every band` }),
  band_condition: (p) => ({
    id: `predikat '${p.band}' mensyaratkan fakta '${p.fact}' = ${shown(p.expected)} (diberikan: ${shown(p.got)}); berlaku predikat di bawahnya`,
    en: `band '${p.band}' requires fact '${p.fact}' = ${shown(p.expected)} (given: ${shown(p.got)}); the band below applies`,
  }),
  calibrated: (p) => ({
    id: `kalibrasi ke kurva '${p.curve}' memindahkan hasil ini dari '${p.from}' ke '${p.to}' (predikat '${p.band ?? ""}' → '${p.proposed}')`,
    en: `calibration to curve '${p.curve}' moved this result from '${p.from}' to '${p.to}' (band '${p.band ?? ""}' → '${p.proposed}')`,
  }),
};

/**
 * @internal Builds a warning of `code` at `at` with its parameters and its id/en message (the one place
 * where warning texts are written).
 */
export function warning<K extends WarningCode>(code: K, at: string, params: WarningParams[K]): ResultWarning {
  const text = (TEXTS[code] as (p: WarningParams[K]) => Bilingual)(params);
  return { code, at, params, message: text } as ResultWarning;
}
