import { AppraisalSchema, type Appraisal, type AppraisalInput } from "../schema/appraisal.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { COMPILED, type Plan } from "./plan.js";

/**
 * Validates an appraisal on its own (shape and values; the fit to a scheme is checked by `evaluate`).
 *
 * @param input - appraisal JSON
 * @returns the validated appraisal
 * @throws `KinerjaError` with code `INVALID_APPRAISAL` and issues with paths
 * @example
 * ```ts
 * const appraisal = parseAppraisal({ employee: { id: "199001012015011001" }, actuals: [{ indicator: "iku1", actual: 95 }] });
 * ```
 */
export function parseAppraisal(input: AppraisalInput | unknown): Appraisal {
  return parseWith(AppraisalSchema, input, "INVALID_APPRAISAL", "appraisal");
}

/** @internal Validates an appraisal with the plan's appraisal schema (compiled when the plan was given `validation`). */
export function parseAppraisalFor(plan: Plan, input: unknown): Appraisal {
  return parseWith(plan[COMPILED].appraisal, input, "INVALID_APPRAISAL", "appraisal");
}
