import { KinerjaError, issue } from "../../errors/kinerjaError.js";
import { compileRules } from "../../rules/compileRules.js";
import type { CompiledRules } from "../../rules/compiledRules.js";
import { evaluateRules } from "../../rules/evaluateRules.js";
import { DecimalInputSchema } from "../../schema/primitives.js";
import type { ConditionTrace, FactDeclarationInput, FactValue, FactValueInput, HistoryEntryInput } from "../../schema/rules.js";

/** A condition compiled as one rule of the rule engine (so it is validated, typed and traced like every rule). */
export function compileCondition(when: unknown, declarations: readonly FactDeclarationInput[], path: readonly (string | number)[], factsPath: readonly (string | number)[]): CompiledRules {
  try {
    return compileRules({ policy: { rules: [{ id: "condition", when: when as never, then: { kind: "reward", type: "promotionEligible" } }] }, facts: declarations, factsPath });
  } catch (e) {
    if (!(e instanceof KinerjaError)) throw e;
    // re-root the policy paths at the caller's `when`
    throw new KinerjaError("INVALID_INPUT", "invalid condition", e.issues.map((i) => issue(i.path[0] === "rules" ? [...path, ...i.path.slice(3)] : i.path, i.code, i.message)));
  }
}

/** Evaluates a compiled condition on one subject; fact errors are reported under `path` (e.g. `candidates[2].facts.x`). */
export function holdsFor(rules: CompiledRules, facts: Readonly<Record<string, FactValueInput>>, history: readonly HistoryEntryInput[], path: readonly (string | number)[]): { value: boolean; condition: ConditionTrace } {
  const map = new Map<string, FactValue>();
  for (const [k, v] of Object.entries(facts)) {
    if (typeof v === "number") {
      const r = DecimalInputSchema.safeParse(v);
      if (!r.success) throw new KinerjaError("INVALID_INPUT", "invalid fact", [issue([...path, "facts", k], "invalid_fact", "not a finite decimal")]);
      map.set(k, r.data);
    } else map.set(k, v);
  }
  try {
    const r = evaluateRules({ rules, facts: map, history });
    const rule = r.fired[0] ?? r.notFired[0];
    return { value: r.fired.length > 0, condition: rule?.conditions as ConditionTrace };
  } catch (e) {
    if (!(e instanceof KinerjaError)) throw e;
    throw new KinerjaError("INVALID_INPUT", "invalid facts", e.issues.map((i) => issue([...path, ...i.path], i.code, i.message)));
  }
}
