// The warnings a result can carry, defined once: each code with its typed parameters (the subject it is
// about) and its Indonesian and English text built from those parameters, so both languages always carry
// the same facts. `evaluate`, `score` and `calibrate` build warnings only through `warning()`.
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
  /** Goal roll-up: a goal without supporting goals has no actual; it is left out of its parent's roll-up. */
  readonly missing_goal_actual: { readonly goal: string };
  /** Goal roll-up: some supporting goals have no progress and are left out. */
  readonly partial_rollup: { readonly goal: string; readonly missing: number; readonly of: number };
  /** Evaluation document: an indicator without a realisation. */
  readonly no_realisation: { readonly indicator: string };
  /** Evaluation document: a realisation without evidence (bukti dukung). */
  readonly no_evidence: { readonly indicator: string };
  /** Evaluation document: a feedback entry dated outside the period. */
  readonly feedback_outside_period: { readonly indicator: string; readonly date: string; readonly period: string; readonly start: string; readonly end: string };
  /** Evaluation document: a feedback entry that cites no evidence. */
  readonly feedback_without_evidence: { readonly indicator: string; readonly date: string };
  /** Evaluation document: no feedback entry in the period. */
  readonly period_without_feedback: { readonly period: string; readonly start: string; readonly end: string };
  /** Evaluation document: ratings given without any feedback entry. */
  readonly rating_without_feedback: Readonly<Record<string, never>>;
  /** Evaluation document: ratings given without any realisation. */
  readonly rating_without_realisation: Readonly<Record<string, never>>;
  /** Evaluation document: the result's band is not a PermenPANRB 6/2022 predikat. */
  readonly unknown_predikat: { readonly band: string };
  /** Complaints: a complaint received after the as-of date is not counted. */
  readonly after_as_of: { readonly complaint: string; readonly asOf: string };
  /** Pacing: no check-in on or before the as-of date. */
  readonly no_checkin: { readonly indicator: string; readonly asOf: string };
  /** Pacing: the realisation is behind (or at risk against) the plan by the as-of date. */
  readonly behind: { readonly indicator: string; readonly realisation: string; readonly expected: string; readonly asOf: string; readonly pace: string };
  /** Pacing: at risk of missing the plan. */
  readonly at_risk: { readonly indicator: string; readonly realisation: string; readonly expected: string; readonly asOf: string; readonly pace: string };
}

/** A warning code. */
export type WarningCode = keyof WarningParams;

/** The warning codes, in a fixed order. */
export const WARNING_CODES: readonly WarningCode[] = [
  "missing_actual",
  "unrated_competency",
  "no_band",
  "band_condition",
  "calibrated",
  "missing_goal_actual",
  "partial_rollup",
  "no_realisation",
  "no_evidence",
  "feedback_outside_period",
  "feedback_without_evidence",
  "period_without_feedback",
  "rating_without_feedback",
  "rating_without_realisation",
  "unknown_predikat",
  "after_as_of",
  "no_checkin",
  "behind",
  "at_risk",
];

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
  missing_goal_actual: (p) => ({ id: `sasaran '${p.goal}' tidak ada realisasinya; tidak ikut dihitung pada induknya`, en: `goal '${p.goal}' has no actual; it is left out of its parent's roll-up` }),
  partial_rollup: (p) => ({
    id: `sasaran '${p.goal}': ${p.missing} dari ${p.of} sasaran pendukung belum ada kemajuannya dan tidak ikut dihitung`,
    en: `goal '${p.goal}': ${p.missing} of ${p.of} supporting goals have no progress and are left out`,
  }),
  no_realisation: (p) => ({ id: `'${p.indicator}' belum ada realisasinya`, en: `'${p.indicator}' has no realisation` }),
  no_evidence: (p) => ({ id: `realisasi '${p.indicator}' tidak disertai bukti dukung`, en: `the realisation of '${p.indicator}' has no evidence (bukti dukung)` }),
  feedback_outside_period: (p) => ({
    id: `umpan balik tanggal ${p.date} pada '${p.indicator}' di luar ${p.period} (${p.start} – ${p.end})`,
    en: `feedback of ${p.date} on '${p.indicator}' lies outside ${p.period} (${p.start} – ${p.end})`,
  }),
  feedback_without_evidence: (p) => ({ id: `umpan balik tanggal ${p.date} pada '${p.indicator}' tidak merujuk bukti`, en: `feedback of ${p.date} on '${p.indicator}' cites no evidence` }),
  period_without_feedback: (p) => ({ id: `tidak ada umpan balik dalam ${p.period} (${p.start} – ${p.end})`, en: `no feedback entry in ${p.period} (${p.start} – ${p.end})` }),
  rating_without_feedback: () => ({ id: "rating diberikan tanpa satu pun umpan balik", en: "the ratings rest on no feedback entry" }),
  rating_without_realisation: () => ({ id: "rating diberikan tanpa satu pun realisasi", en: "the ratings rest on no realisation" }),
  unknown_predikat: (p) => ({ id: `predikat '${p.band}' bukan predikat PermenPANRB 6/2022`, en: `band '${p.band}' is not a PermenPANRB 6/2022 predikat` }),
  after_as_of: (p) => ({ id: `pengaduan '${p.complaint}' diterima setelah ${p.asOf} dan tidak dihitung`, en: `complaint '${p.complaint}' was received after ${p.asOf} and is not counted` }),
  no_checkin: (p) => ({ id: `belum ada check-in untuk '${p.indicator}' sampai ${p.asOf}`, en: `no check-in for '${p.indicator}' on or before ${p.asOf}` }),
  behind: (p) => ({
    id: `'${p.indicator}' tertinggal: ${p.realisation} dari ${p.expected} yang diharapkan per ${p.asOf} (laju ${p.pace} %)`,
    en: `'${p.indicator}' is behind: ${p.realisation} of ${p.expected} expected by ${p.asOf} (pace ${p.pace} %)`,
  }),
  at_risk: (p) => ({
    id: `'${p.indicator}' berisiko tidak tercapai: ${p.realisation} dari ${p.expected} yang diharapkan per ${p.asOf} (laju ${p.pace} %)`,
    en: `'${p.indicator}' is at risk: ${p.realisation} of ${p.expected} expected by ${p.asOf} (pace ${p.pace} %)`,
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
