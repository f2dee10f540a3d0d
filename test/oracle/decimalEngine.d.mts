// Types of the frozen decimal engine (see scripts/build-oracle.mjs): the public signatures of its day.
import type { Plan } from "../../src/engine/plan.js";
import type { Result } from "../../src/schema/result.js";

/** `compile` of the oracle's commit. */
export declare function compile(scheme: unknown, options?: { readonly formulas?: readonly unknown[] }): Plan;
/** `evaluate` of the oracle's commit. */
export declare function evaluate(schemeOrPlan: unknown, appraisal: unknown, options?: { readonly formulas?: readonly unknown[] }): Result;
