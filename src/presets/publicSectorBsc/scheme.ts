import * as z from "zod/mini";
import {
  CLASSIFICATIONS,
  MISSING_POLICIES,
  WEIGHTING_MODES,
  BandSchema,
  DateSchema,
  DecimalInputSchema,
  IdSchema,
  IndicatorSchema,
  LabelSchema,
  NonNegativeDecimalSchema,
  ObjectiveSchema,
  RoundingRuleSchema,
  publicSectorPerspectives,
  parseInput,
  type SchemeInput,
} from "../../index.js";
import { ikmIndicator } from "../ikm14_2017/ikmIndicator.js";

/** Input of {@link publicSectorBscScheme}. */
export const PublicSectorBscInputSchema = z.strictObject({
  id: IdSchema,
  label: z.optional(LabelSchema),
  version: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  period: z.optional(z.strictObject({ start: DateSchema, end: DateSchema })),
  /** Perspective weights (relative); default stakeholder 40, internalProcess 30, learningGrowth 15, budget 15. */
  weights: z._default(z.strictObject({ stakeholder: NonNegativeDecimalSchema, internalProcess: NonNegativeDecimalSchema, learningGrowth: NonNegativeDecimalSchema, budget: NonNegativeDecimalSchema }), { stakeholder: "40", internalProcess: "30", learningGrowth: "15", budget: "15" }),
  /** Strategic objectives (sasaran strategis) in the four perspectives. */
  objectives: z._default(z.array(ObjectiveSchema).check(z.maxLength(500)), []),
  /** The IKU (indikator kinerja utama), each with its `weight`, under an objective or a perspective. */
  iku: z.array(IndicatorSchema).check(z.minLength(1), z.maxLength(2000)),
  /** The IKM (PermenPANRB 14/2017, converted 25–100) as a stakeholder KPI; leave out for none. */
  ikm: z.optional(z.strictObject({
      id: z._default(IdSchema, "ikm"),
      target: DecimalInputSchema,
      weight: z.optional(NonNegativeDecimalSchema),
      objective: z.optional(IdSchema),
      cap: z.optional(DecimalInputSchema),
    })),
  /** Weights must sum to 100 per sibling group (`percent`) or are relative (default). */
  weighting: z._default(z.enum(WEIGHTING_MODES), "relative"),
  missing: z.optional(z.strictObject({ policy: z.optional(z.enum(MISSING_POLICIES)), minCoverage: z.optional(NonNegativeDecimalSchema) })),
  rounding: z._default(z.strictObject({ final: z.optional(RoundingRuleSchema) }), {}),
  /** A band table for the final score (default none). */
  bands: z.optional(z.strictObject({ classify: z.optional(z.enum(CLASSIFICATIONS)), table: z.array(BandSchema).check(z.minLength(1), z.maxLength(50)) })),
});

/** Input of {@link publicSectorBscScheme} as written in JSON. */
export type PublicSectorBscInput = z.input<typeof PublicSectorBscInputSchema>;

/**
 * A ready public-sector Balanced Scorecard scheme (Niven; FreeBalance; the agency sample of kinerja):
 * four perspectives — Pemangku Kepentingan dan Masyarakat (stakeholders and community, on top), Proses
 * Bisnis Internal, Pembelajaran dan Pertumbuhan, Anggaran (the budget as an enabler) — weighted 40/30/15/15
 * by default, your weighted IKU, and the IKM (PermenPANRB 14/2017, 25–100) as a stakeholder indicator.
 *
 * @param input - id, period, weights, objectives, IKU, IKM target
 * @returns the scheme JSON
 * @example
 * ```ts
 * publicSectorBscScheme({ id: "renstra-2026",
 *   iku: [{ id: "onTime", perspective: "internalProcess", label: "Layanan tepat waktu", target: 95, weight: 1 }],
 *   ikm: { target: "88.31" } });
 * ```
 */
export function publicSectorBscScheme(input: PublicSectorBscInput): SchemeInput {
  const v = parseInput(PublicSectorBscInputSchema, input, { what: "public-sector BSC scheme input" });
  const perspectives = publicSectorPerspectives().map((p) => ({ ...p, weight: v.weights[p.id as keyof typeof v.weights] }));
  const indicators: SchemeInput["indicators"] = [...v.iku];
  if (v.ikm) {
    indicators.push(
      ikmIndicator({
        id: v.ikm.id,
        target: v.ikm.target,
        ...(v.ikm.objective === undefined ? { perspective: "stakeholder" } : { objective: v.ikm.objective }),
        ...(v.ikm.weight === undefined ? {} : { weight: v.ikm.weight }),
        ...(v.ikm.cap === undefined ? {} : { cap: v.ikm.cap }),
      }),
    );
  }
  return {
    id: v.id,
    ...(v.version === undefined ? {} : { version: v.version }),
    label: v.label ?? { id: "Balanced Scorecard sektor publik", en: "Public-sector Balanced Scorecard" },
    ...(v.period === undefined ? {} : { period: v.period }),
    perspectives,
    objectives: v.objectives,
    indicators,
    weighting: v.weighting === "percent" ? { mode: "percent", tolerance: "0.01" } : { mode: "relative" },
    ...(v.missing === undefined ? {} : { missing: v.missing }),
    rounding: { final: v.rounding.final ?? { places: 2, mode: "halfUp" } },
    ...(v.bands === undefined ? {} : { bands: v.bands }),
  };
}
