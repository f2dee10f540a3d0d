import * as z from "zod/mini";
import type { Label } from "../schema/scheme.js";

/**
 * A level on a talent-matrix axis: `low`, `medium`, `high` — kinerja rendah / sedang / tinggi and
 * potensi rendah / menengah / tinggi (PermenPANRB 3/2020 on manajemen talenta ASN).
 */
export type TalentLevel = "low" | "medium" | "high";

/** The levels, lowest first. */
export const TALENT_LEVELS = ["low", "medium", "high"] as const satisfies readonly TalentLevel[];

/** Order of the levels, low = 1 … high = 3. */
export const TALENT_LEVEL_RANK: Readonly<Record<TalentLevel, number>> = Object.freeze({ low: 1, medium: 2, high: 3 });

/** Schema of a level. */
export const TalentLevelSchema = z.enum(TALENT_LEVELS);

/** Labels of the kinerja (performance) levels. */
export const PERFORMANCE_LEVEL_LABELS: Readonly<Record<TalentLevel, Label>> = Object.freeze({
  low: Object.freeze({ id: "Kinerja rendah", en: "Low performance" }),
  medium: Object.freeze({ id: "Kinerja sedang", en: "Medium performance" }),
  high: Object.freeze({ id: "Kinerja tinggi", en: "High performance" }),
});

/** Labels of the potensi (potential) levels. */
export const POTENTIAL_LEVEL_LABELS: Readonly<Record<TalentLevel, Label>> = Object.freeze({
  low: Object.freeze({ id: "Potensi rendah", en: "Low potential" }),
  medium: Object.freeze({ id: "Potensi menengah", en: "Medium potential" }),
  high: Object.freeze({ id: "Potensi tinggi", en: "High potential" }),
});
