import type { Label } from "../../index.js";

/** A SAKIP sub-component id: existence, quality, use. */
export type SakipSubComponentId = "keberadaan" | "kualitas" | "pemanfaatan";

/** A SAKIP component with its weight and the weights of its three sub-components (points of 100). */
export interface SakipComponent {
  readonly id: "perencanaan" | "pengukuran" | "pelaporan" | "evaluasiInternal";
  readonly label: Label;
  /** Bobot of the component (points of 100). */
  readonly weight: string;
  /** Bobot of each sub-component in points of 100 (20 % / 30 % / 50 % of the component). */
  readonly subComponents: Readonly<Record<SakipSubComponentId, string>>;
}

/** Labels of the sub-components. */
export const SAKIP_SUBCOMPONENT_LABELS: Readonly<Record<SakipSubComponentId, Label>> = Object.freeze({
  keberadaan: Object.freeze({ id: "Keberadaan", en: "Existence" }),
  kualitas: Object.freeze({ id: "Kualitas", en: "Quality" }),
  pemanfaatan: Object.freeze({ id: "Pemanfaatan", en: "Use" }),
});

const c = (id: SakipComponent["id"], label: Label, weight: string, k: string, q: string, p: string): SakipComponent =>
  Object.freeze({ id, label: Object.freeze(label), weight, subComponents: Object.freeze({ keberadaan: k, kualitas: q, pemanfaatan: p }) });

/**
 * The components of the SAKIP evaluation, PermenPANRB 88/2021 (PermenPANRB 88/2021, secondary, docs/sources.md#sakip-88-2021; t-SEMAR xlsx and
 * the Inspektorat Labuhanbatu guidebook): Perencanaan 30, Pengukuran 30, Pelaporan 15, Evaluasi
 * Akuntabilitas Kinerja Internal 25; each split keberadaan 20 % / kualitas 30 % / pemanfaatan 50 %.
 */
export const SAKIP_COMPONENTS: readonly SakipComponent[] = Object.freeze([
  c("perencanaan", { id: "Perencanaan Kinerja", en: "Performance planning" }, "30", "6", "9", "15"),
  c("pengukuran", { id: "Pengukuran Kinerja", en: "Performance measurement" }, "30", "6", "9", "15"),
  c("pelaporan", { id: "Pelaporan Kinerja", en: "Performance reporting" }, "15", "3", "4.5", "7.5"),
  c("evaluasiInternal", { id: "Evaluasi Akuntabilitas Kinerja Internal", en: "Internal performance-accountability evaluation" }, "25", "5", "7.5", "12.5"),
]);

/** An answer to one SAKIP criterion. */
export type SakipAnswer = "AA" | "A" | "BB" | "B" | "CC" | "C" | "D" | "E";

/** The value of each answer (PermenPANRB 88/2021, docs/sources.md#sakip-88-2021): AA 100, A 90, BB 80, B 70, CC 60, C 50, D 30, E 0. */
export const SAKIP_ANSWER_VALUES: Readonly<Record<SakipAnswer, string>> = Object.freeze({
  AA: "100",
  A: "90",
  BB: "80",
  B: "70",
  CC: "60",
  C: "50",
  D: "30",
  E: "0",
});
