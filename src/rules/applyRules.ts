import * as z from "zod/mini";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import {
  FactNameSchema,
  type FactDeclarationInput,
  type FactValue,
  type FactValueInput,
  type HistoryEntryInput,
  type RulePolicyInput,
  type RulesResult,
} from "../schema/rules.js";
import { fromZodIssues, parseWith, safeParseGuarded } from "../schema/toKinerjaError.js";
import { compileRules } from "./compileRules.js";
import { evaluateRules } from "./evaluateRules.js";

/** Input of {@link applyRules}. */
export interface ApplyRulesInput {
  /** The rule policy. */
  readonly policy: RulePolicyInput;
  /** The facts: `{ "final.score": "57.25", … }` or `[{ id, value }, …]`; numbers may be JSON numbers or decimal text. */
  readonly facts: Readonly<Record<string, FactValueInput>> | readonly { readonly id: string; readonly value: FactValueInput }[];
  /** The declarations of the facts rules may use (and that `facts` may give). */
  readonly declarations: readonly FactDeclarationInput[];
  /** Earlier periods, oldest first, the current period last (for history leaves). */
  readonly history?: readonly HistoryEntryInput[] | undefined;
}

const Value = z.union([z.string().check(z.maxLength(200)), z.number(), z.boolean(), z.null()]);
const FactsSchema = z.union([z.record(FactNameSchema, Value), z.array(z.strictObject({ id: FactNameSchema, value: Value })).check(z.maxLength(100_000))]);
const InputSchema = z.strictObject({ policy: z.unknown(), facts: z.unknown(), declarations: z.unknown(), history: z.optional(z.unknown()) });

/**
 * Compiles a rule policy and evaluates it on one set of facts in one call, for rules run outside
 * `evaluate` (e.g. an allowance cut from attendance counts). Everything is validated: the policy and
 * declarations (`INVALID_SCHEME` at `policy…` / `declarations[i]…`), the facts (`INVALID_APPRAISAL`
 * at `facts.<name>`: an undeclared, missing or mistyped fact is an error) and the history.
 *
 * @param input - `{ policy, facts, declarations, history? }`
 * @returns the rules result (see `evaluateRules`)
 * @throws `KinerjaError` `INVALID_SCHEME`, `INVALID_APPRAISAL` or `INVALID_INPUT`
 * @example
 * ```ts
 * const r = applyRules({
 *   policy: { rules: [{ id: "absent", when: { fact: "absent", op: "gt", value: 0 },
 *     then: { kind: "sanction", type: "allowanceDeduction", percent: 5, per: "absent" } }] },
 *   declarations: [{ id: "absent" }],
 *   facts: { absent: 1 },
 * });
 * r.totals.allowanceDeduction.capped; // "5"
 * ```
 */
export function applyRules(input: ApplyRulesInput): RulesResult {
  const raw = parseWith(InputSchema, input, "INVALID_INPUT", "applyRules input");
  const compiled = compileRules({ policy: raw.policy as RulePolicyInput, facts: raw.declarations as FactDeclarationInput[], path: ["policy"], factsPath: ["declarations"] });

  // zod drops a "__proto__" key of a record silently: every own key is checked here first
  if (typeof raw.facts === "object" && raw.facts !== null && !Array.isArray(raw.facts)) {
    const badKeys = Object.keys(raw.facts).filter((k) => !FactNameSchema.safeParse(k).success);
    if (badKeys.length > 0) throw new KinerjaError("INVALID_APPRAISAL", "invalid facts", badKeys.map((k) => issue(["facts", k], "invalid_key", `'${k}' is not a fact name`)));
  }
  const parsed = safeParseGuarded(FactsSchema, raw.facts);
  if (!parsed.success) throw new KinerjaError("INVALID_APPRAISAL", "invalid facts", fromZodIssues(parsed.error.issues, ["facts"]));
  const entries: [string, FactValueInput, (string | number)[]][] = Array.isArray(parsed.data)
    ? parsed.data.map((f, i) => [f.id, f.value, ["facts", i]])
    : Object.entries(parsed.data).map(([k, v]) => [k, v, ["facts", k]]);

  const declared = new Map<string, string>();
  for (const d of raw.declarations as { id: string; type?: string }[]) declared.set(d.id, d.type ?? "number");
  const issues: KinerjaIssue[] = [];
  const facts = new Map<string, FactValue>();
  for (const [id, value, path] of entries) {
    if (!declared.has(id)) issues.push(issue(path, "unknown_fact", `fact '${id}' is not declared`));
    else if (facts.has(id)) issues.push(issue(path, "duplicate_id", `fact '${id}' is given twice`));
    // numbers of number facts become decimal text (checked by evaluateRules); other types must match as given
    else facts.set(id, typeof value === "number" && declared.get(id) === "number" ? String(value) : (value as FactValue));
  }
  if (issues.length > 0) throw new KinerjaError("INVALID_APPRAISAL", "invalid facts", issues);
  return evaluateRules({ rules: compiled, facts, history: raw.history as HistoryEntryInput[] | undefined });
}
