import type { Rational } from "../math/rational.js";
import type { RoundingRule } from "../math/round.js";
import type { FactType, Operator, Outcome, TraceValue } from "../schema/rules.js";

const BRAND = Symbol.for("kinerja.CompiledRules");

/**
 * Rules compiled by `compileRules`: validated against the declared facts, with decimals pre-parsed
 * and groups resolved. Opaque and frozen; pass it to `evaluateRules` as often as needed.
 */
export interface CompiledRules {
  /** Marks a compiled rule set (the contents are private). */
  readonly kind: "kinerja.compiledRules";
}

/** A compiled comparison value: a decimal for number facts, text for strings and dates, a boolean, or null. */
export type Operand = Rational | string | boolean | null;

/** A compiled comparison: operator, pre-parsed operands and how to show them. */
export interface Test {
  readonly op: Operator;
  readonly type: FactType;
  readonly operands: readonly Operand[];
  readonly shown: TraceValue | readonly TraceValue[];
}

/** A compiled condition node. */
export type Node =
  | { readonly k: "all"; readonly children: readonly Node[] }
  | { readonly k: "any"; readonly children: readonly Node[] }
  | { readonly k: "not"; readonly child: Node }
  | { readonly k: "fact"; readonly fact: string; readonly test: Test }
  | { readonly k: "history"; readonly field: "band" | "score"; readonly last: number; readonly atLeast: number; readonly test: Test };

/** A compiled outcome: the validated outcome with its percent or amount pre-parsed. */
export interface CompiledOutcome {
  readonly outcome: Outcome;
  readonly value: Rational | null;
}

/** A compiled rule. */
export interface CompiledRule {
  readonly id: string;
  readonly label: { readonly id: string; readonly en?: string } | null;
  readonly priority: number;
  readonly when: Node;
  readonly outcomes: readonly CompiledOutcome[];
  readonly group: string | null;
  readonly stackGroup: string | null;
}

/** What a used fact must look like at evaluation time. */
export interface FactCheck {
  readonly type: FactType;
  readonly values: ReadonlySet<string> | null;
}

/** The private contents of {@link CompiledRules}. */
export interface RulesPlan extends CompiledRules {
  readonly rules: readonly CompiledRule[];
  readonly facts: ReadonlyMap<string, FactCheck>;
  readonly usesHistory: boolean;
  readonly stackCaps: ReadonlyMap<string, Rational | null>;
  readonly cap: Rational;
  readonly bonusCap: Rational | null;
  readonly allowance: { readonly fact: string; readonly rounding: RoundingRule | null } | null;
}

/** Brands and freezes a plan. */
export function seal(plan: Omit<RulesPlan, "kind">): RulesPlan {
  const out = { kind: "kinerja.compiledRules" as const, ...plan };
  Object.defineProperty(out, BRAND, { value: true, enumerable: false });
  return Object.freeze(out);
}

/** True when `value` was made by `compileRules`. */
export function isCompiledRules(value: unknown): value is CompiledRules {
  return typeof value === "object" && value !== null && Object.hasOwn(value, BRAND) && (value as Record<symbol, unknown>)[BRAND] === true;
}
