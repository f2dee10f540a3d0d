import * as z from "zod/mini";
import { DecimalInputSchema, IdSchema, LabelSchema, NonNegativeDecimalSchema, parseInput, type SchemeInput } from "../../index.js";

type IndicatorInput = SchemeInput["indicators"][number];

/** Input of {@link ikmIndicator}. */
export const IkmIndicatorInputSchema = z.strictObject({
    id: z._default(IdSchema, "ikm"),
    label: z.optional(LabelSchema),
    /** The objective it measures (or give `perspective`). */
    objective: z.optional(IdSchema),
    perspective: z.optional(IdSchema),
    /** Target on the converted 25–100 scale (e.g. 88.31 for mutu A). */
    target: DecimalInputSchema,
    weight: z.optional(NonNegativeDecimalSchema),
    /** Highest score in points (default: no cap). */
    cap: z.optional(DecimalInputSchema),
  }).check(z.refine((v) => (v.objective === undefined) !== (v.perspective === undefined), { message: "give objective or perspective (one of them)", path: ["objective"] }));

/** Input of {@link ikmIndicator} as written in JSON. */
export type IkmIndicatorInput = z.input<typeof IkmIndicatorInputSchema>;

/**
 * A scheme indicator for the IKM (PermenPANRB 14/2017) as a customer/stakeholder KPI of a Balanced
 * Scorecard: higher is better, unit "indeks", achievement = converted IKM / target × 100. Its actual in an
 * appraisal is the converted 25–100 value, e.g. `ikm({...}).score`.
 *
 * @param input - `{ id?, label?, objective | perspective, target, weight?, cap? }`
 * @returns an indicator to put in a scheme's `indicators`
 * @example
 * ```ts
 * ikmIndicator({ objective: "satisfaction", target: 85, weight: 70, cap: 120 });
 * ```
 */
export function ikmIndicator(input: IkmIndicatorInput): IndicatorInput {
  const v = parseInput(IkmIndicatorInputSchema, input, { what: "IKM indicator input" });
  return {
    id: v.id,
    label: v.label ?? { id: "Indeks Kepuasan Masyarakat (IKM)", en: "Public satisfaction index (IKM)" },
    ...(v.objective === undefined ? {} : { objective: v.objective }),
    ...(v.perspective === undefined ? {} : { perspective: v.perspective }),
    unit: "indeks",
    direction: "higher",
    target: v.target,
    ...(v.weight === undefined ? {} : { weight: v.weight }),
    ...(v.cap === undefined ? {} : { cap: v.cap }),
  };
}
