import * as z from "zod/mini";
import type { RoundingRule } from "../math/round.js";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { R100, Rational, rational } from "../math/rational.js";
import { DateSchema, DecimalInputSchema } from "../schema/primitives.js";
import {
  FactDeclarationSchema,
  RulePolicySchema,
  type Condition,
  type FactDeclaration,
  type FactDeclarationInput,
  type FactType,
  type Operator,
  type Outcome,
  type RulePolicy,
  type RulePolicyInput,
  type ScalarInput,
  type TraceValue,
} from "../schema/rules.js";
import { fromZodIssues, parseWith, safeParseGuarded } from "../schema/toKinerjaError.js";
import { seal, type CompiledOutcome, type CompiledRule, type CompiledRules, type FactCheck, type Node, type Operand, type Test } from "./compiledRules.js";

type Path = readonly (string | number)[];

/** Options of {@link compileRules}. */
export interface CompileRulesOptions {
  /** The rule policy (the scheme's `rules` field), as JSON or already validated. */
  readonly policy: RulePolicyInput | RulePolicy;
  /** The facts rules may use: those the engine provides and the scheme's custom declarations. */
  readonly facts: readonly FactDeclarationInput[];
  /** Prefix of the paths in errors about the policy, e.g. `["rules"]` (default: none). */
  readonly path?: readonly (string | number)[] | undefined;
  /** Prefix of the paths in errors about the declarations (default `["facts"]`). */
  readonly factsPath?: readonly (string | number)[] | undefined;
}

const PathSchema = z.array(z.union([z.string().check(z.maxLength(200)), z.int().check(z.gte(0))])).check(z.maxLength(20));
const OptionsSchema = z.strictObject({ policy: z.unknown(), facts: z.unknown(), path: z.optional(PathSchema), factsPath: z.optional(PathSchema) });

/** Operators each fact type allows. */
const ALLOWED: Readonly<Record<FactType, readonly Operator[]>> = {
  number: ["eq", "ne", "lt", "lte", "gt", "gte", "in", "notIn", "between"],
  date: ["eq", "ne", "lt", "lte", "gt", "gte", "in", "notIn", "between"],
  string: ["eq", "ne", "in", "notIn"],
  boolean: ["eq", "ne"],
};

/** The name of a JSON value's kind, for messages. */
function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "string" ? `the string "${v}"` : `${typeof v} ${String(v)}`;
}

/** Compiles one operand for a fact type, or reports an issue and returns undefined. */
function operand(v: ScalarInput, type: FactType, values: ReadonlySet<string> | null, path: Path, what: string, issues: KinerjaIssue[]): [Operand, TraceValue] | undefined {
  switch (type) {
    case "number": {
      if (typeof v === "number" || typeof v === "string") {
        const r = DecimalInputSchema.safeParse(v);
        if (r.success) return [rational(r.data), r.data];
      }
      issues.push(issue(path, "type_mismatch", `${what} is a number: compare it with a number or a decimal string, not ${kindOf(v)}`));
      return undefined;
    }
    case "date": {
      if (typeof v === "string" && DateSchema.safeParse(v).success) return [v, v];
      issues.push(issue(path, "type_mismatch", `${what} is a date: compare it with a date YYYY-MM-DD, not ${kindOf(v)}`));
      return undefined;
    }
    case "boolean": {
      if (typeof v === "boolean") return [v, v];
      issues.push(issue(path, "type_mismatch", `${what} is a boolean: compare it with true or false, not ${kindOf(v)}`));
      return undefined;
    }
    case "string": {
      if (typeof v !== "string") {
        issues.push(issue(path, "type_mismatch", `${what} is a string: compare it with a string, not ${kindOf(v)}`));
        return undefined;
      }
      if (values !== null && !values.has(v)) {
        issues.push(issue(path, "unknown_value", `"${v}" is not a value of ${what} (${[...values].join(", ")})`));
        return undefined;
      }
      return [v, v];
    }
  }
}

/** Orders two operands of one type (decimals numerically, dates by text). */
export function compareOperands(a: Operand, b: Operand): number {
  if (a instanceof Rational && b instanceof Rational) return a.cmp(b);
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Compiles `op value` for a fact type, reporting type errors at `path` (the leaf). */
function compileTest(
  op: Operator,
  value: ScalarInput | readonly ScalarInput[],
  type: FactType,
  values: ReadonlySet<string> | null,
  path: Path,
  what: string,
  issues: KinerjaIssue[],
): Test | undefined {
  if (!ALLOWED[type].includes(op)) {
    issues.push(issue([...path, "op"], "invalid_operator", `${what} is a ${type}: '${op}' does not apply (use ${ALLOWED[type].join(", ")})`));
    return undefined;
  }
  const vpath = [...path, "value"];
  const before = issues.length;
  if (op === "in" || op === "notIn" || op === "between") {
    if (!Array.isArray(value)) {
      issues.push(issue(vpath, "invalid_value", op === "between" ? "'between' takes a list [lo, hi] (both inclusive)" : `'${op}' takes a list of values`));
      return undefined;
    }
    const list = value as readonly ScalarInput[];
    if (op === "between" && list.length !== 2) {
      issues.push(issue(vpath, "invalid_value", "'between' takes exactly two values [lo, hi] (both inclusive)"));
      return undefined;
    }
    if (list.length === 0) {
      issues.push(issue(vpath, "invalid_value", `'${op}' takes a non-empty list`));
      return undefined;
    }
    const compiled = list.map((v, i) => (v === null ? (issues.push(issue([...vpath, i], "invalid_value", `null cannot be in the list of '${op}' (use eq null)`)), undefined) : operand(v, type, values, [...vpath, i], what, issues)));
    if (issues.length > before) return undefined;
    const pairs = compiled as [Operand, TraceValue][];
    if (op === "between" && compareOperands(pairs[0]![0], pairs[1]![0]) > 0) {
      issues.push(issue(vpath, "invalid_value", `'between' needs lo ≤ hi, got [${String(pairs[0]![1])}, ${String(pairs[1]![1])}]`));
      return undefined;
    }
    return { op, type, operands: pairs.map((p) => p[0]), shown: pairs.map((p) => p[1]) };
  }
  if (Array.isArray(value)) {
    issues.push(issue(vpath, "invalid_value", `'${op}' compares with one value, not a list (use 'in' for a list)`));
    return undefined;
  }
  const scalar = value as ScalarInput;
  if (scalar === null) {
    if (op === "eq" || op === "ne") return { op, type, operands: [null], shown: null };
    issues.push(issue(vpath, "invalid_value", `'${op}' cannot compare with null (only eq and ne can)`));
    return undefined;
  }
  const c = operand(scalar, type, values, vpath, what, issues);
  if (c === undefined) return undefined;
  return { op, type, operands: [c[0]], shown: c[1] };
}

interface Context {
  readonly decls: ReadonlyMap<string, FactDeclaration>;
  readonly used: Map<string, FactCheck>;
  readonly issues: KinerjaIssue[];
  readonly bandValues: ReadonlySet<string> | null;
  usesHistory: boolean;
}

/** Compiles a condition tree (already shape-validated). */
function compileNode(c: Condition, path: Path, ctx: Context): Node | undefined {
  if ("all" in c) {
    const children = c.all.map((x, i) => compileNode(x, [...path, "all", i], ctx));
    return children.every((x) => x !== undefined) ? { k: "all", children: children as Node[] } : undefined;
  }
  if ("any" in c) {
    const children = c.any.map((x, i) => compileNode(x, [...path, "any", i], ctx));
    return children.every((x) => x !== undefined) ? { k: "any", children: children as Node[] } : undefined;
  }
  if ("not" in c) {
    const child = compileNode(c.not, [...path, "not"], ctx);
    return child === undefined ? undefined : { k: "not", child };
  }
  if ("fact" in c) {
    const d = ctx.decls.get(c.fact);
    if (d === undefined) {
      ctx.issues.push(issue([...path, "fact"], "unknown_fact", `unknown fact '${c.fact}': declare it in the scheme's facts (rules may only use declared facts)`));
      return undefined;
    }
    const values = d.values === undefined ? null : new Set(d.values);
    ctx.used.set(c.fact, { type: d.type, values });
    const test = compileTest(c.op, c.value, d.type, values, path, `fact '${c.fact}'`, ctx.issues);
    return test === undefined ? undefined : { k: "fact", fact: c.fact, test };
  }
  ctx.usesHistory = true;
  const type: FactType = c.history === "band" ? "string" : "number";
  const test = compileTest(c.op, c.value, type, c.history === "band" ? ctx.bandValues : null, path, `history ${c.history}`, ctx.issues);
  return test === undefined ? undefined : { k: "history", field: c.history, last: c.last, atLeast: c.atLeast ?? c.last, test };
}

/** Compiles the outcomes of a rule, checking `per` facts. */
function compileOutcomes(then: Outcome | readonly Outcome[], path: Path, ctx: Context): CompiledOutcome[] {
  const list = Array.isArray(then) ? (then as readonly Outcome[]) : [then as Outcome];
  return list.map((o, i) => {
    const at = Array.isArray(then) ? [...path, i] : path;
    if (o.type === "allowanceDeduction" && o.per !== undefined) {
      const d = ctx.decls.get(o.per);
      if (d === undefined) ctx.issues.push(issue([...at, "per"], "unknown_fact", `unknown fact '${o.per}': declare it in the scheme's facts`));
      else if (d.type !== "number") ctx.issues.push(issue([...at, "per"], "type_mismatch", `'per' needs a number fact (a count), but '${o.per}' is a ${d.type}`));
      else ctx.used.set(o.per, { type: "number", values: null });
    }
    const value = o.type === "allowanceDeduction" || o.type === "bonusPercent" ? rational(o.percent) : o.type === "bonusAmount" ? rational(o.amount) : null;
    return { outcome: o, value };
  });
}

/**
 * Compiles a rule policy against the declared facts: validates its shape, checks that every fact a
 * rule uses is declared and that operators and values fit the fact's type, resolves the groups
 * (a rule in two exclusive groups, or two rules of one exclusive group with the same priority, are
 * errors) and pre-parses every decimal. The result is frozen and opaque; evaluate it with
 * `evaluateRules` as often as needed.
 *
 * @param options - `{ policy, facts, path?, factsPath? }`; `path` prefixes error paths (the engine passes `["rules"]`)
 * @returns the compiled rules
 * @throws `KinerjaError` `INVALID_SCHEME` with one issue per problem, e.g. at `rules.rules[2].when.all[1].fact` (`unknown_fact`)
 * @example
 * ```ts
 * const compiled = compileRules({
 *   policy: { rules: [{ id: "low", when: { fact: "final.score", op: "lt", value: 60 }, then: { kind: "development", type: "coaching" } }] },
 *   facts: [{ id: "final.score", type: "number" }],
 * });
 * ```
 */
export function compileRules(options: CompileRulesOptions): CompiledRules {
  const opts = parseWith(OptionsSchema, options, "INVALID_INPUT", "compileRules options");
  const prefix = opts.path ?? [];
  const factsPrefix = opts.factsPath ?? ["facts"];

  const p = safeParseGuarded(RulePolicySchema, opts.policy);
  const f = safeParseGuarded(z.array(FactDeclarationSchema).check(z.maxLength(100_000)), opts.facts);
  const shapeIssues = [...(p.success ? [] : fromZodIssues(p.error.issues, prefix)), ...(f.success ? [] : fromZodIssues(f.error.issues, factsPrefix))];
  if (!p.success || !f.success) throw new KinerjaError("INVALID_SCHEME", "invalid rules", shapeIssues);
  const policy = p.data;

  const issues: KinerjaIssue[] = [];
  const decls = new Map<string, FactDeclaration>();
  f.data.forEach((d, i) => {
    if (decls.has(d.id)) issues.push(issue([...factsPrefix, i, "id"], "duplicate_id", `fact '${d.id}' is declared twice`));
    else decls.set(d.id, d);
  });
  const band = decls.get("final.band");
  const ctx: Context = { decls, used: new Map(), issues, bandValues: band?.values === undefined ? null : new Set(band.values), usesHistory: false };

  // rules
  const ruleIndex = new Map<string, number>();
  policy.rules.forEach((r, i) => {
    if (ruleIndex.has(r.id)) issues.push(issue([...prefix, "rules", i, "id"], "duplicate_id", `rule '${r.id}' is defined twice`));
    else ruleIndex.set(r.id, i);
  });

  // groups
  const exclusiveOf = new Map<string, string>();
  const stackOf = new Map<string, string>();
  const stackCaps = new Map<string, Rational | null>();
  const groupIds = new Set<string>();
  (policy.groups ?? []).forEach((g, gi) => {
    const gpath = [...prefix, "groups", gi];
    if (groupIds.has(g.id)) issues.push(issue([...gpath, "id"], "duplicate_id", `group '${g.id}' is defined twice`));
    groupIds.add(g.id);
    if (g.mode === "stack") stackCaps.set(g.id, g.cap === undefined ? null : rational(g.cap));
    const seen = new Set<string>();
    g.rules.forEach((id, j) => {
      const at = [...gpath, "rules", j];
      if (!ruleIndex.has(id)) {
        issues.push(issue(at, "unknown_reference", `group '${g.id}' lists unknown rule '${id}'`));
        return;
      }
      if (seen.has(id)) {
        issues.push(issue(at, "duplicate_id", `group '${g.id}' lists rule '${id}' twice`));
        return;
      }
      seen.add(id);
      const owner = g.mode === "exclusive" ? exclusiveOf : stackOf;
      const other = owner.get(id);
      if (other !== undefined) {
        issues.push(issue(at, "overlapping_groups", `rule '${id}' is already in ${g.mode} group '${other}': a rule may be in at most one ${g.mode} group`));
        return;
      }
      owner.set(id, g.id);
    });
  });

  // priorities within exclusive groups must differ (first match by priority must be unambiguous)
  const byGroupPriority = new Map<string, string>();
  policy.rules.forEach((r, i) => {
    const g = exclusiveOf.get(r.id);
    if (g === undefined || ruleIndex.get(r.id) !== i) return;
    const key = `${g}\u0000${r.priority}`;
    const other = byGroupPriority.get(key);
    if (other !== undefined) {
      issues.push(issue([...prefix, "rules", i, "priority"], "ambiguous_priority", `rules '${other}' and '${r.id}' of exclusive group '${g}' both have priority ${r.priority}: give them different priorities (the highest matching one wins)`));
    } else byGroupPriority.set(key, r.id);
  });

  const rules: CompiledRule[] = [];
  policy.rules.forEach((r, i) => {
    const path = [...prefix, "rules", i];
    const when = compileNode(r.when, [...path, "when"], ctx);
    const outcomes = compileOutcomes(r.then, [...path, "then"], ctx);
    if (when === undefined) return;
    rules.push({ id: r.id, label: r.label ?? null, priority: r.priority, when, outcomes, group: exclusiveOf.get(r.id) ?? null, stackGroup: stackOf.get(r.id) ?? null });
  });

  let allowance: { fact: string; rounding: RoundingRule | null } | null = null;
  if (policy.allowance !== undefined) {
    const d = decls.get(policy.allowance.fact);
    const at = [...prefix, "allowance", "fact"];
    if (d === undefined) issues.push(issue(at, "unknown_fact", `unknown fact '${policy.allowance.fact}': declare the allowance fact in the scheme's facts`));
    else if (d.type !== "number") issues.push(issue(at, "type_mismatch", `the allowance fact '${policy.allowance.fact}' must be a number, not a ${d.type}`));
    else ctx.used.set(policy.allowance.fact, { type: "number", values: null });
    allowance = { fact: policy.allowance.fact, rounding: policy.allowance.rounding ?? null };
  }

  if (issues.length > 0) throw new KinerjaError("INVALID_SCHEME", "invalid rules", issues);
  rules.sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const capText = policy.caps?.allowanceDeduction;
  const bonusCap = policy.caps?.bonusPercent;
  return seal({
    rules: Object.freeze(rules),
    facts: ctx.used,
    usesHistory: ctx.usesHistory,
    stackCaps,
    cap: capText === undefined ? R100 : rational(capText),
    bonusCap: bonusCap === undefined ? null : rational(bonusCap),
    allowance,
  });
}
