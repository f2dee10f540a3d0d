import * as z from "zod/mini";
import { DecimalInputSchema, parseInput, rational, type Label, type Rational } from "../../index.js";

/** A SAKIP predikat band: `value > above` (exclusive lower bound) up to the next band's bound. */
export interface SakipBand {
  readonly id: "AA" | "A" | "BB" | "B" | "CC" | "C" | "D";
  readonly label: Label;
  /** Exclusive lower bound (null for D, which starts at 0 inclusive). */
  readonly above: string | null;
}

/**
 * The SAKIP predikat of PermenPANRB 88/2021 (PermenPANRB 88/2021, docs/sources.md#sakip-88-2021): AA > 90–100 Sangat Memuaskan;
 * A > 80–90 Memuaskan; BB > 70–80 Sangat Baik; B > 60–70 Baik; CC > 50–60 Cukup (Memadai); C > 30–50
 * Kurang; D 0–30 Sangat Kurang. **Lower bounds are exclusive**: exactly 90 is A, exactly 30 is D.
 * (kinerja's scheme bands are half-open `[min, max)`, the other way round, so the SAKIP score is
 * classified here, not by a scheme band table.) Ordered best first.
 */
export const SAKIP_BANDS: readonly SakipBand[] = Object.freeze([
  { id: "AA", label: { id: "Sangat Memuaskan", en: "Highly satisfactory" }, above: "90" },
  { id: "A", label: { id: "Memuaskan", en: "Satisfactory" }, above: "80" },
  { id: "BB", label: { id: "Sangat Baik", en: "Very good" }, above: "70" },
  { id: "B", label: { id: "Baik", en: "Good" }, above: "60" },
  { id: "CC", label: { id: "Cukup (Memadai)", en: "Adequate" }, above: "50" },
  { id: "C", label: { id: "Kurang", en: "Poor" }, above: "30" },
  { id: "D", label: { id: "Sangat Kurang", en: "Very poor" }, above: null },
].map((b) => Object.freeze({ ...b, label: Object.freeze(b.label) })) as SakipBand[]);

/** The band of a score (exclusive lower bounds). */
export function sakipBandOf(score: Rational): { id: SakipBand["id"]; label: Label } {
  for (const b of SAKIP_BANDS) if (b.above === null || score.gt(rational(b.above))) return { id: b.id, label: { ...b.label } };
  /* c8 ignore next */
  return { id: "D", label: { id: "Sangat Kurang", en: "Very poor" } };
}

const SakipPredikatInputSchema = z.strictObject({
  score: DecimalInputSchema.check(z.refine((v) => rational(v).gte(0) && rational(v).lte(100), "a SAKIP score lies between 0 and 100")),
});

/**
 * The SAKIP predikat (AA … D) of an evaluation score 0–100, with exclusive lower bounds ({@link SAKIP_BANDS}).
 *
 * @param input - `{ score }`
 * @returns the predikat id and label
 * @example
 * ```ts
 * sakipPredikat({ score: 90 }).id;      // "A"
 * sakipPredikat({ score: "90.01" }).id; // "AA"
 * ```
 */
export function sakipPredikat(input: { readonly score: number | string }): { id: SakipBand["id"]; label: Label } {
  const { score } = parseInput(SakipPredikatInputSchema, input, { what: "SAKIP predikat input" });
  return sakipBandOf(rational(score));
}
