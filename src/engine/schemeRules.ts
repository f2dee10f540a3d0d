import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { compileRules } from "../rules/compileRules.js";
import type { CompiledRules } from "../rules/compiledRules.js";
import { evaluateRules } from "../rules/evaluateRules.js";
import type { Appraisal } from "../schema/appraisal.js";
import { isDecimalText } from "../schema/primitives.js";
import type { BehaviourResult, IndicatorResult, NodeResult, TraceEntry } from "../schema/result.js";
import type { FactDeclaration, FactDeclarationInput, FactValue, HistoryEntry, RulesResult } from "../schema/rules.js";
import type { Scheme } from "../schema/scheme.js";

import { RATER_GROUPS as GROUPS, RATING_LEVELS } from "../concepts/vocabulary.js";

/**
 * @internal The facts the engine provides to a scheme's rules (docs/rules.md has the table): the final
 * score and band, component scores and ratings, every perspective, objective and indicator score, the
 * behaviour figures per competency and per rater group, coverage and days served.
 */
export function engineFacts(scheme: Scheme): FactDeclarationInput[] {
  const n = (id: string): FactDeclarationInput => ({ id, type: "number" });
  const levels = [...RATING_LEVELS];
  const out: FactDeclarationInput[] = [
    n("final.score"),
    { id: "final.band", type: "string", ...(scheme.bands ? { values: scheme.bands.table.map((b) => b.id) } : {}) },
    n("results.score"),
    { id: "results.rating", type: "string", values: levels },
    n("coverage"),
    n("daysServed"),
  ];
  for (const p of scheme.perspectives) out.push(n(`perspective.${p.id}.score`));
  for (const o of scheme.objectives) out.push(n(`objective.${o.id}.score`));
  for (const i of scheme.indicators) out.push(n(`indicator.${i.id}.score`), n(`indicator.${i.id}.achievement`));
  if (scheme.behaviour) {
    out.push(n("behaviour.score"), { id: "behaviour.rating", type: "string", values: levels });
    for (const c of scheme.behaviour.competencies) out.push(n(`behaviour.competency.${c.id}.score`));
    for (const g of GROUPS) out.push(n(`behaviour.group.${g}.score`));
  }
  return out;
}

/** @internal Compiles the scheme's rules against the engine's facts and the scheme's declared facts (INVALID_SCHEME). */
export function compileSchemeRules(scheme: Scheme): SchemeRules | undefined {
  if (!scheme.rules) return undefined;
  const engine = engineFacts(scheme);
  const reserved = new Set(engine.map((f) => f.id));
  const custom = scheme.facts ?? [];
  const clashes: KinerjaIssue[] = [];
  custom.forEach((f, i) => {
    if (reserved.has(f.id)) clashes.push(issue(["facts", i, "id"], "reserved_fact", `'${f.id}' is a fact the engine provides; choose another name`));
  });
  if (clashes.length > 0) throw new KinerjaError("INVALID_SCHEME", "the scheme declares facts the engine provides", clashes);
  return {
    compiled: compileRules({ policy: scheme.rules, facts: [...custom, ...engine], path: ["rules"], factsPath: ["facts"] }),
    declared: new Map(custom.map((d) => [d.id, d])),
  };
}

/** @internal The scheme's compiled rules and its custom fact declarations by name (built once per plan). */
export interface SchemeRules {
  readonly compiled: CompiledRules;
  readonly declared: ReadonlyMap<string, FactDeclaration>;
}

/** The parts of a result the rules read. */
export interface RuleInputs {
  readonly finalScore: string;
  readonly band: string | null;
  readonly resultsScore: string;
  readonly resultsRating: string | null;
  readonly coverage: string;
  readonly perspectives: readonly NodeResult[];
  readonly objectives: readonly NodeResult[];
  readonly indicators: readonly IndicatorResult[];
  readonly behaviour: BehaviourResult | null;
}

/** A rules result inside an evaluation result: its trace entries moved into the result's trace (under `rules.`). */
export type SchemeRulesResult = Omit<RulesResult, "trace">;

/**
 * @internal Evaluates the scheme's compiled rules on one result: builds the fact map (numbers as decimal
 * text, `null` where a figure does not exist), the history (the appraisal's, then the current period),
 * and returns the rules result with its trace entries re-rooted at `rules.`.
 */
export function applySchemeRules(
  rules: SchemeRules,
  scheme: Scheme,
  a: Appraisal,
  r: RuleInputs,
): { readonly rules: SchemeRulesResult; readonly trace: readonly TraceEntry[] } {
  const facts = new Map<string, FactValue>();
  facts.set("final.score", r.finalScore);
  facts.set("final.band", r.band);
  facts.set("results.score", r.resultsScore);
  facts.set("results.rating", r.resultsRating);
  facts.set("coverage", r.coverage);
  facts.set("daysServed", a.daysServed === undefined ? null : String(a.daysServed));
  scheme.perspectives.forEach((p, i) => facts.set(`perspective.${p.id}.score`, r.perspectives[i]?.score ?? null));
  scheme.objectives.forEach((o, i) => facts.set(`objective.${o.id}.score`, r.objectives[i]?.score ?? null));
  scheme.indicators.forEach((ind, i) => {
    facts.set(`indicator.${ind.id}.score`, r.indicators[i]?.score ?? null);
    facts.set(`indicator.${ind.id}.achievement`, r.indicators[i]?.achievement ?? null);
  });
  if (scheme.behaviour) {
    const b = r.behaviour;
    facts.set("behaviour.score", b?.score ?? null);
    facts.set("behaviour.rating", b?.rating?.id ?? null);
    scheme.behaviour.competencies.forEach((c, i) => facts.set(`behaviour.competency.${c.id}.score`, b?.competencies[i]?.others.score ?? null));
    for (const g of GROUPS) {
      const row = b?.overall.groups.find((x) => x.group === g && x.subgroup === null);
      facts.set(`behaviour.group.${g}.score`, row && row.status === "shown" ? row.mean : null);
    }
  }
  const declared = rules.declared;
  (a.facts ?? []).forEach((f, i) => {
    const d = declared.get(f.id);
    if (d === undefined) return; // facts only band conditions read
    const v = f.value;
    const ok = d.type === "boolean" ? typeof v === "boolean" : d.type === "number" ? typeof v === "number" || (typeof v === "string" && isDecimalText(v)) : typeof v === "string";
    if (!ok) throw new KinerjaError("INVALID_APPRAISAL", `fact '${f.id}' must be a ${d.type}`, [issue(["facts", i, "value"], "invalid_type", `the scheme declares '${f.id}' as ${d.type}`)]);
    facts.set(f.id, typeof v === "number" ? String(v) : v);
  });
  const current: HistoryEntry = { ...(a.period ? { period: a.period } : {}), band: r.band, score: r.finalScore };
  const history = [...(a.history ?? []), current];
  const result = evaluateRules({ rules: rules.compiled, facts, history });
  const { trace, ...rest } = result;
  const entries: TraceEntry[] = trace.map((e) => ({ ...e, at: `rules.${e.at}` }));
  // The other numbers of the rules result are inputs: rule constants and the values of facts.
  const covered = new Set(entries.map((e) => e.at));
  const walk = (v: unknown, at: string, rule: string, fact: string | undefined, key: string): void => {
    if (typeof v === "string") {
      if (NUMBER.test(v) && !covered.has(at)) {
        const source = key === "actual" ? (fact === undefined ? "appraisal.history" : `fact ${fact}`) : `scheme.rules (rule ${rule})`;
        entries.push({ at, formula: "input", value: v, inputs: {}, source });
      }
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${at}[${i}]`, rule, fact, key));
      return;
    }
    if (typeof v === "object" && v !== null) {
      const o = v as Record<string, unknown>;
      const ruleHere = typeof o["rule"] === "string" ? o["rule"] : rule;
      const factHere = typeof o["fact"] === "string" ? o["fact"] : fact;
      for (const k of Object.keys(o)) if (!TEXT_KEYS.has(k)) walk(o[k], `${at}.${k}`, ruleHere, factHere, k);
    }
  };
  walk(rest, "rules", "", undefined, "");
  return { rules: rest, trace: entries };
}

const NUMBER = /^-?\d+(\.\d+)?$/;
/** Keys whose values are names or labels, never numbers to trace. */
const TEXT_KEYS = new Set(["label", "id", "en", "rule", "fact", "history", "op", "kind", "type", "reason", "by", "group", "stackGroup", "level"]);

