import * as z from "zod/mini";
import { SE_MENPANRB_3_2023_CURVES, parseInput, type DistributionCurveInput, type OrganisationPredikat } from "../../index.js";

const DistributionCurveInputSchema = z.strictObject({ organisation: z.enum(["istimewa", "baik", "butuhPerbaikan", "kurang", "sangatKurang"]) });

/**
 * The SE MenPANRB 3/2023 distribution curve of employee predikat for the organisation's predikat
 * (SE MenPANRB 3/2023, secondary, docs/sources.md#se-menpanrb-3-2023); its category ids are the band ids of {@link scheme6_2022}, so it can be given
 * to `checkDistribution` / `calibrate` as it is. Quota rounding for small units is the caller's policy
 * (`distributionQuotas` defaults: floor for maxima, ceil for minima).
 *
 * @param input - `{ organisation }`: `istimewa`, `baik`, `butuhPerbaikan`, `kurang` or `sangatKurang`
 * @returns the curve
 * @example
 * ```ts
 * checkDistribution(results, { curve: distributionCurve({ organisation: "baik" }), by: "unit" });
 * ```
 */
export function distributionCurve(input: { readonly organisation: OrganisationPredikat }): DistributionCurveInput {
  const { organisation } = parseInput(DistributionCurveInputSchema, input, { what: "distribution curve input" });
  return SE_MENPANRB_3_2023_CURVES[organisation];
}
