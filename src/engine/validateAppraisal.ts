import * as z from "zod/mini";
import { KinerjaError } from "../errors/kinerjaError.js";
import { AppraisalSchema, type Appraisal } from "../schema/appraisal.js";
import { parseWith, safeParseGuarded } from "../schema/toKinerjaError.js";
import { validationIssuesOfKinerja, validationIssuesOfZod, type Validation } from "../schema/validationIssue.js";
import { evaluate } from "./evaluate.js";
import { isPlan, type Plan } from "./plan.js";
import { notUnder, uniqueIssues } from "./validateScheme.js";
import { fitIssues } from "./stages.js";
import { bestEffort, UNREADABLE } from "../schema/bestEffort.js";

/** Options of {@link validateAppraisal}. */
export interface ValidateAppraisalOptions {
  /** The plan (from `compile`) the appraisal is for: it is then also checked against the scheme. */
  readonly plan?: Plan | undefined;
}

const OptionsSchema = z.optional(z.strictObject({ plan: z.optional(z.custom<Plan>(isPlan, "expected a plan from compile()")) }));

/**
 * Validates an appraisal for a form: never throws for a bad appraisal, and reports every problem of its
 * shape; given the `plan`, also whether it fits the scheme (unknown or repeated indicators and facts, a
 * period outside the scheme's, ratings off the scale, a fact of the wrong type, …). Unknown or repeated
 * indicators and facts and the period are checked on the readable parts of an appraisal whose shape is
 * not valid too, so one round shows them beside the shape issues; the other checks need a valid shape. Each issue has a code, a path, typed parameters and a message in Indonesian
 * and English.
 *
 * @param input - appraisal JSON (any value; it is checked)
 * @param options - `plan`: the compiled scheme to check the appraisal against
 * @returns `{ success: true, data }` with the normalised appraisal, or `{ success: false, issues }`
 * @throws `KinerjaError` `INVALID_INPUT` only for invalid options
 * @example
 * ```ts
 * const v = validateAppraisal(body, { plan });
 * if (!v.success) return reply.status(422).send(v.issues.map((i) => ({ field: i.at, message: i.message.id })));
 * ```
 */
export function validateAppraisal(input: unknown, options?: ValidateAppraisalOptions): Validation<Appraisal> {
  const opts = parseWith(OptionsSchema, options, "INVALID_INPUT", "validateAppraisal options");
  const parsed = safeParseGuarded(AppraisalSchema, input, { reportInput: true });
  if (!parsed.success) {
    const issues = validationIssuesOfZod(parsed.error.issues);
    if (opts?.plan !== undefined) {
      // How the readable parts fit the scheme (unknown or repeated indicators and facts, the period), so
      // that one round shows those problems too.
      const readable = bestEffort(AppraisalSchema, input);
      if (readable !== UNREADABLE && typeof readable === "object" && readable !== null) {
        for (const i of validationIssuesOfKinerja(notUnder(issues, fitIssues(opts.plan, readable)))) issues.push(i);
      }
    }
    return { success: false, issues: uniqueIssues(issues) };
  }
  if (opts?.plan !== undefined) {
    try {
      evaluate(opts.plan, parsed.data);
    } catch (e) {
      if (e instanceof KinerjaError && e.code !== "INVALID_INPUT" && e.code !== "PLUGIN_ERROR") {
        return { success: false, issues: uniqueIssues(validationIssuesOfKinerja(e.issues)) };
      }
      throw e;
    }
  }
  return { success: true, data: parsed.data };
}
