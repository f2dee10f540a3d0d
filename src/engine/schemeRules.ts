import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { compileRules } from "../rules/compileRules.js";
import type { CompiledRules } from "../rules/compiledRules.js";
import { checkGivenFacts, evaluateRulesRead, type ReadFact } from "../rules/evaluateRules.js";
import { rational, type Rational } from "../math/rational.js";
import type { Appraisal } from "../schema/appraisal.js";
import { isDecimalText } from "../schema/primitives.js";
import type { TraceEntry } from "../schema/result.js";
import type { FactDeclaration, FactDeclarationInput, FactType, FactValue, RulesResult } from "../schema/rules.js";
import type { Scheme } from "../schema/scheme.js";

import { RATER_GROUPS as GROUPS, RATING_LEVELS, type RaterGroup } from "../concepts/vocabulary.js";

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
    engine: reserved,
  };
}

/** @internal The scheme's compiled rules and its custom fact declarations by name (built once per plan). */
export interface SchemeRules {
  readonly compiled: CompiledRules;
  readonly declared: ReadonlyMap<string, FactDeclaration>;
  /** The names of the facts the engine provides. */
  readonly engine: ReadonlySet<string>;
}

/** Whether an appraisal's fact value fits its declared type (a date's format is checked when the rules read it). */
const FITS: Readonly<Record<FactType, (v: unknown) => boolean>> = {
  boolean: (v) => typeof v === "boolean",
  number: (v) => typeof v === "number" || (typeof v === "string" && isDecimalText(v)),
  string: (v) => typeof v === "string",
  date: (v) => typeof v === "string",
};

/**
 * @internal The appraisal's facts the scheme's rules read, checked against their declarations (type,
 * values, presence of every used fact): `INVALID_APPRAISAL` naming the fact. Run by the stages for
 * `evaluate` and `score` alike, so both refuse the same appraisals.
 */
export function ruleFacts(rules: SchemeRules, a: Appraisal): Map<string, FactValue> {
  const facts = new Map<string, FactValue>();
  (a.facts ?? []).forEach((f, i) => {
    const d = rules.declared.get(f.id);
    if (d === undefined) return; // facts only band conditions read
    const v = f.value;
    if (!FITS[d.type](v)) throw new KinerjaError("INVALID_APPRAISAL", `fact '${f.id}' must be a ${d.type}`, [issue(["facts", i, "value"], "invalid_type", `the scheme declares '${f.id}' as ${d.type}`)]);
    facts.set(f.id, typeof v === "number" ? String(v) : v);
  });
  checkGivenFacts(rules.compiled, facts, rules.engine);
  return facts;
}

/** A figure the rules read: its exact value (what conditions compare) and the text the result shows. */
export interface Figure {
  readonly value: Rational;
  readonly shown: string;
}

/** The figures of an evaluation the rules read, as exact values beside their texts (scheme order; null where none). */
export interface RuleInputs {
  readonly final: Figure;
  readonly band: string | null;
  readonly results: Figure;
  readonly resultsRating: string | null;
  readonly coverage: Figure;
  readonly perspectives: readonly (Figure | null)[];
  readonly objectives: readonly (Figure | null)[];
  readonly indicators: readonly { readonly score: Figure | null; readonly achievement: Figure | null }[];
  readonly behaviour: {
    readonly score: Figure;
    readonly rating: string | null;
    readonly competencies: readonly (Figure | null)[];
    readonly groups: ReadonlyMap<RaterGroup, Figure>;
  } | null;
}

/** A rules result inside an evaluation result: its trace entries moved into the result's trace (under `rules.`). */
export type SchemeRulesResult = Omit<RulesResult, "trace">;

/**
 * @internal Evaluates the scheme's compiled rules on one evaluation: the engine's facts are its exact
 * values (a figure that does not exist is `null`), the appraisal's own facts those {@link ruleFacts} read, the
 * history is the appraisal's with the current period last; returns the rules result with its trace
 * entries re-rooted at `rules.`.
 */
export function applySchemeRules(
  rules: SchemeRules,
  scheme: Scheme,
  a: Appraisal,
  r: RuleInputs,
  facts: ReadonlyMap<string, FactValue>,
): { readonly rules: SchemeRulesResult; readonly trace: readonly TraceEntry[] } {
  const read = new Map<string, ReadFact>();
  const figure = (name: string, f: Figure | null | undefined): void => {
    read.set(name, f === null || f === undefined ? NONE : f);
  };
  const text = (name: string, v: string | null): void => {
    read.set(name, { value: v, shown: v });
  };
  figure("final.score", r.final);
  text("final.band", r.band);
  figure("results.score", r.results);
  text("results.rating", r.resultsRating);
  figure("coverage", r.coverage);
  figure("daysServed", a.daysServed === undefined ? null : { value: rational(a.daysServed), shown: String(a.daysServed) });
  scheme.perspectives.forEach((p, i) => figure(`perspective.${p.id}.score`, r.perspectives[i]));
  scheme.objectives.forEach((o, i) => figure(`objective.${o.id}.score`, r.objectives[i]));
  scheme.indicators.forEach((ind, i) => {
    figure(`indicator.${ind.id}.score`, r.indicators[i]?.score);
    figure(`indicator.${ind.id}.achievement`, r.indicators[i]?.achievement);
  });
  if (scheme.behaviour) {
    const b = r.behaviour;
    figure("behaviour.score", b?.score);
    text("behaviour.rating", b?.rating ?? null);
    scheme.behaviour.competencies.forEach((c, i) => figure(`behaviour.competency.${c.id}.score`, b?.competencies[i]));
    for (const g of GROUPS) figure(`behaviour.group.${g}.score`, b?.groups.get(g));
  }
  const result = evaluateRulesRead(rules.compiled, read, facts, a.history, { band: { value: r.band, shown: r.band }, score: r.final });
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
/** The value of an engine figure that does not exist. */
const NONE: ReadFact = { value: null, shown: null };
/** Keys whose values are names or labels, never numbers to trace. */
const TEXT_KEYS = new Set(["label", "id", "en", "rule", "fact", "history", "op", "kind", "type", "reason", "by", "group", "stackGroup", "level"]);

