/**
 * PP 46/2011 + Perka BKN 1/2013: penilaian prestasi kerja PNS (PP 46/2011 and Perka BKN 1/2013 Lampiran, docs/sources.md#pp-46-2011).
 * @module
 */
import type { FormulaPlugin, Preset, PresetSource } from "../../index.js";
import { pp46Band, pp46Bands } from "./bands.js";
import { efficiencyFormula, efficiencyScore } from "./efficiency.js";
import { PERILAKU_ASPECTS } from "./perilaku.js";
import { KREATIVITAS_POINTS, kreativitasPoints, tugasTambahanPoints } from "./points.js";
import { skpAppraisal } from "./skpAppraisal.js";
import { skpScheme } from "./skpScheme.js";

export { pp46Band, pp46Bands, type Pp46BandPolicy } from "./bands.js";
export { efficiencyFormula, efficiencyScore, EfficiencyInputSchema, type EfficiencyInput, type EfficiencyScore } from "./efficiency.js";
export { PERILAKU_ASPECTS, type PerilakuAspect } from "./perilaku.js";
export { KREATIVITAS_POINTS, kreativitasPoints, tugasTambahanPoints, KreativitasInputSchema, TugasTambahanInputSchema, type KreativitasLevel, type Points } from "./points.js";
export { skpAppraisal, SkpAppraisalInputSchema, type SkpAppraisalInput } from "./skpAppraisal.js";
export { skpScheme, SkpSchemeInputSchema, SkpActivitySchema, type SkpSchemeInput } from "./skpScheme.js";

/** The formula plugins a PP 46/2011 scheme needs: `compile(scheme, { formulas: PP46_FORMULAS })`. */
export const PP46_FORMULAS: readonly FormulaPlugin[] = Object.freeze([efficiencyFormula]);

/** What the PP 46/2011 preset implements (docs/sources.md#pp-46-2011). */
const SOURCES: readonly PresetSource[] = Object.freeze(([
  { regulation: "PP 46/2011", provision: null, about: "SKP 60 % + perilaku kerja 40 %; yearly appraisal; the perilaku kerja aspects", url: null, confidence: "verified" },
  { regulation: "Perka BKN 1/2013", provision: "Lampiran", about: "SKP 60 % + perilaku kerja 40 %; the perilaku aspects and their mean", url: "http://pt.slideshare.net/syifaul123/perka-bkn-no01-th2013", confidence: "verified" },
  { regulation: "Perka BKN 1/2013", provision: "Lampiran (penghitungan nilai capaian SKP)", about: "kuantitas, kualitas, waktu and biaya scores with the 24 % efficiency rule", url: "https://scribd.com/document/354032278/242713082-rumus-skp-xls", confidence: "secondary" },
  { regulation: "Perka BKN 1/2013", provision: "Lampiran", about: "kualitas rubric; biaya left out without a budget; nilai capaian SKP as the mean with tugas tambahan and kreativitas points", url: "https://pdfcoke.com/documents/lampiran-edaran-penilaian-8o2npd08nwop", confidence: "secondary" },
  { regulation: "Perka BKN 1/2013", provision: "Lampiran", about: "bands 91 ke atas Sangat Baik … 50 ke bawah Buruk (the rule for values between integer edges is unconfirmed: a setting)", url: null, confidence: "verified" },
] satisfies PresetSource[]).map((s) => Object.freeze(s)));

/**
 * The PP 46/2011 preset in one object (a {@link Preset}).
 *
 * @example
 * ```ts
 * import { compile, evaluate } from "kinerja";
 * import { pp46_2011 } from "kinerja/presets";
 * const plan = compile(pp46_2011.skpScheme({ id: "skp", activities }), { formulas: pp46_2011.formulas });
 * const result = evaluate(plan, pp46_2011.skpAppraisal({ employee, activities: realisasi, perilaku }));
 * ```
 */
export const pp46_2011 = Object.freeze({
  /** The preset's id. */
  id: "pp46_2011",
  /** The preset's title. */
  title: Object.freeze({ id: "Penilaian prestasi kerja PNS (PP 46/2011, Perka BKN 1/2013)", en: "Civil servant work-performance appraisal (PP 46/2011)" }),
  /** The regulations it implements. */
  sources: SOURCES,
  /** See {@link skpScheme}. */
  scheme: skpScheme,
  /** See {@link skpScheme}. */
  skpScheme,
  /** See {@link skpAppraisal}. */
  skpAppraisal,
  /** See {@link efficiencyScore}. */
  efficiencyScore,
  /** See {@link efficiencyFormula}. */
  efficiencyFormula,
  /** See {@link PP46_FORMULAS}. */
  formulas: PP46_FORMULAS,
  /** See {@link pp46Bands}. */
  bands: pp46Bands,
  /** See {@link pp46Band}. */
  band: pp46Band,
  /** See {@link tugasTambahanPoints}. */
  tugasTambahanPoints,
  /** See {@link kreativitasPoints}. */
  kreativitasPoints,
  /** See {@link KREATIVITAS_POINTS}. */
  KREATIVITAS_POINTS,
  /** See {@link PERILAKU_ASPECTS}. */
  PERILAKU_ASPECTS,
  /** The standalone calculators. */
  calculators: Object.freeze({
    /** See {@link efficiencyScore}. */
    efficiencyScore,
    /** See {@link tugasTambahanPoints}. */
    tugasTambahanPoints,
    /** See {@link kreativitasPoints}. */
    kreativitasPoints,
    /** See {@link pp46Band}. */
    band: pp46Band,
  }),
  /** A sample input of each calculator. */
  examples: Object.freeze({
    efficiencyScore: { target: 12, actual: "9.12" },
    tugasTambahanPoints: { count: 4 },
    kreativitasPoints: { level: "instansi" },
    band: { value: "90.5" },
  }),
}) satisfies Preset;
