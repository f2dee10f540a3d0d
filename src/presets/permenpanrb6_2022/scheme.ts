import * as z from "zod/mini";
import {
  DateSchema,
  DecimalInputSchema,
  IdSchema,
  IndicatorSchema,
  LabelSchema,
  MISSING_POLICIES,
  NAMED_SCALES,
  NonNegativeDecimalSchema,
  RATER_GROUPS,
  ObjectiveSchema,
  PerspectiveSchema,
  RoundingRuleSchema,
  parseInput,
  rational,
  type SchemeInput,
} from "../../index.js";
import { BERAKHLAK } from "./berakhlak.js";
import { PREDIKAT_BANDS, PREDIKAT_MATRIX } from "./predikat.js";

const Thresholds = z.strictObject({ meets: DecimalInputSchema, above: DecimalInputSchema }).check(z.refine((t) => rational(t.meets).lte(rational(t.above)), { message: "meets must not exceed above", path: ["above"] }));
const Weight = z.strictObject({ component: z.enum(["results", "behaviour"]), weight: NonNegativeDecimalSchema });

/** Input of {@link scheme6_2022}. */
export const Scheme6_2022InputSchema = z.strictObject({
  id: IdSchema,
  label: z.optional(LabelSchema),
  version: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  period: z.optional(z.strictObject({ start: DateSchema, end: DateSchema })),
  /** Perspectives of the hasil kerja (default: one, `hasilKerja`). */
  perspectives: z.optional(z.array(PerspectiveSchema).check(z.minLength(1), z.maxLength(50))),
  objectives: z.optional(z.array(ObjectiveSchema).check(z.maxLength(500))),
  /** The hasil-kerja indicators (any kinerja indicator); one without objective or perspective goes to the first perspective. */
  indicators: z.array(z.safeExtend(IndicatorSchema, { perspective: z.optional(IdSchema) })).check(z.minLength(1), z.maxLength(2000)),
  /** Rating Hasil Kerja thresholds on the results score (default meets 90, above 110; policy, see the page). */
  resultsRating: z._default(Thresholds, { meets: "90", above: "110" }),
  /** Rating Perilaku Kerja thresholds on the 0–100 behaviour score (default meets 50, above 75: a mean of 3 and 4 on 1–5). */
  behaviourRating: z._default(Thresholds, { meets: "50", above: "75" }),
  /** The BerAKHLAK rating scale (default `likert5`). */
  behaviourScale: z._default(z.enum(NAMED_SCALES), "likert5"),
  /** Rater groups with optional weights and anonymity minimums (default: all groups, pooled). */
  groups: z.optional(z.array(z.strictObject({ group: z.enum(RATER_GROUPS), subgroup: z.optional(IdSchema), weight: z.optional(NonNegativeDecimalSchema), minRaters: z.optional(z.int().check(z.gte(1), z.lte(1000))) })).check(z.maxLength(50))),
  minRaters: z.optional(z.int().check(z.gte(1), z.lte(1000))),
  /** The informative final score's composition (default 70/30; the predikat comes from the matrix). */
  composition: z.optional(z.array(Weight).check(z.minLength(1))),
  /** Used instead when peers and subordinates both rated (default 60/40); `null` for none. */
  compositionWithPeers: z.optional(z.nullable(z.array(Weight).check(z.minLength(1)))),
  missing: z.optional(z.strictObject({ policy: z.optional(z.enum(MISSING_POLICIES)), minCoverage: z.optional(NonNegativeDecimalSchema) })),
  rounding: z._default(z.strictObject({ component: z.optional(RoundingRuleSchema), final: z.optional(RoundingRuleSchema) }), {}),
});

/** Input of {@link scheme6_2022} as written in JSON. */
export type Scheme6_2022Input = z.input<typeof Scheme6_2022InputSchema>;

/**
 * A kinerja scheme for PermenPANRB 6/2022 (PermenPANRB 6/2022 Lampiran, docs/sources.md#permenpanrb-6-2022): your hasil-kerja indicators, the seven
 * BerAKHLAK values as the perilaku model (360°: atasan, rekan kerja, bawahan, …; anonymity minimums as the
 * engine's defaults), Rating Hasil Kerja and Rating Perilaku Kerja thresholds, the 3 × 3 predikat matrix
 * and the five predikat (Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang). The final
 * **predikat comes from the matrix**; the final score (70/30, or 60/40 with peers and subordinates) is
 * informative. Check a unit's predikat against {@link distributionCurve} with `checkDistribution`.
 *
 * No formula plugin is needed: `compile(scheme6_2022({...}))`.
 *
 * @param input - id, label, period, indicators (and optional perspectives/objectives), thresholds, raters
 * @returns the scheme JSON
 * @example
 * ```ts
 * const scheme = scheme6_2022({ id: "skp-2026", period: { start: "2026-01-01", end: "2026-12-31" },
 *   indicators: [{ id: "layanan", label: "Layanan selesai tepat waktu", target: 95, unit: "%" }] });
 * ```
 */
export function scheme6_2022(input: Scheme6_2022Input): SchemeInput {
  const v = parseInput(Scheme6_2022InputSchema, input, { what: "PermenPANRB 6/2022 scheme input" });
  const perspectives = v.perspectives ?? [{ id: "hasilKerja", label: { id: "Hasil kerja", en: "Work results" } }];
  const firstPerspective = (perspectives[0] as { id: string }).id;
  return {
    id: v.id,
    ...(v.version === undefined ? {} : { version: v.version }),
    label: v.label ?? { id: "Pengelolaan kinerja pegawai ASN (PermenPANRB 6/2022)", en: "ASN employee performance management (PermenPANRB 6/2022)" },
    ...(v.period === undefined ? {} : { period: v.period }),
    perspectives,
    objectives: v.objectives ?? [],
    indicators: v.indicators.map((ind) => (ind.objective === undefined && ind.perspective === undefined ? { ...ind, perspective: firstPerspective } : ind)),
    behaviour: {
      competencies: BERAKHLAK.map((b) => ({ id: b.id, label: { ...b.label } })),
      scale: v.behaviourScale,
      conversion: "linear",
      ...(v.groups === undefined ? {} : { groups: v.groups }),
      ...(v.minRaters === undefined ? {} : { minRaters: v.minRaters }),
      rating: v.behaviourRating,
    },
    resultsRating: v.resultsRating,
    matrix: { cells: PREDIKAT_MATRIX.map((c) => ({ ...c })) },
    composition: v.composition ?? [
      { component: "results", weight: "70" },
      { component: "behaviour", weight: "30" },
    ],
    ...(v.compositionWithPeers === null
      ? {}
      : {
          compositionWithPeers: v.compositionWithPeers ?? [
            { component: "results", weight: "60" },
            { component: "behaviour", weight: "40" },
          ],
        }),
    ...(v.missing === undefined ? {} : { missing: v.missing }),
    rounding: { ...(v.rounding.component ? { component: v.rounding.component } : {}), final: v.rounding.final ?? { places: 2, mode: "halfUp" } },
    bands: { classify: "rounded", table: PREDIKAT_BANDS.map((b) => ({ ...b })) },
  };
}
