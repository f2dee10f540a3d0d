import * as z from "zod/mini";
import { KinerjaError } from "../errors/kinerjaError.js";
import { plainJsonIssue } from "../schema/plainJson.js";
import { fromZodIssues, safeParseGuarded } from "../schema/toKinerjaError.js";
import type { Result, TraceEntry } from "../schema/result.js";
import { FORMULAS, WORDS, pick, type Locale } from "./labels.js";
import { explainRules } from "./explainRules.js";

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** `id` (Indonesian, default) or `en`. */
  readonly locale?: Locale | undefined;
}

const OptionsSchema = z.optional(z.strictObject({ locale: z.optional(z.enum(["id", "en"])) }));
const Text = z.string();
const Nullable = z.nullable(z.string());
const LabelShape = z.looseObject({ id: Text, en: z.optional(Text) });
const Node = z.looseObject({ id: Text, label: LabelShape, status: Text, score: Nullable, weight: Text });
/** The parts of a result that `explain` reads, checked before rendering. */
const ResultShape = z.looseObject({
  kind: z.literal("kinerja.result"),
  scheme: z.looseObject({ id: Text, version: Nullable }),
  employee: z.looseObject({ id: Text, name: Nullable, unit: Nullable }),
  period: z.nullable(z.looseObject({ start: Text, end: Text })),
  resultsRating: z.optional(z.nullable(z.looseObject({ id: Text, label: LabelShape }))),
  final: z.looseObject({ score: Text, band: z.nullable(z.looseObject({ id: Text, label: LabelShape })) }),
  components: z.array(z.looseObject({ id: Text, weight: Text, score: Text })),
  rules: z.optional(z.nullable(z.looseObject({ fired: z.array(z.unknown()), notFired: z.array(z.unknown()), totals: z.looseObject({}) }))),
  additions: z.optional(z.array(z.looseObject({ id: Text, label: LabelShape, points: Text }))),
  perspectives: z.array(Node),
  objectives: z.array(z.extend(Node, { perspective: Text })),
  behaviour: z.optional(z.nullable(z.looseObject({
      score: Text,
      rating: z.nullable(z.looseObject({ id: Text, label: LabelShape })),
      competencies: z.array(
        z.looseObject({
          label: LabelShape,
          self: z.nullable(z.looseObject({ score: Text })),
          others: z.looseObject({ score: Nullable, percent: Nullable }),
          groups: z.array(z.looseObject({ status: Text, group: Text, subgroup: Nullable, n: z.number(), score: z.optional(Text) })),
        }),
      ),
      gaps: z.looseObject({ threshold: Text, blindSpots: z.array(Text), hiddenStrengths: z.array(Text) }),
    }))),
  indicators: z.array(
    z.extend(Node, {
      perspective: Text,
      objective: Nullable,
      unit: Nullable,
      actual: Nullable,
      target: Nullable,
      effectiveWeight: Text,
      contribution: Nullable,
    }),
  ),
  coverage: Text,
  warnings: z.array(z.looseObject({ code: Text, at: Text, message: z.looseObject({ id: Text, en: Text }) })),
  trace: z.array(
    z.looseObject({
      at: Text,
      formula: Text,
      value: Text,
      inputs: z.record(z.string(), Text),
      rounding: z.optional(z.looseObject({ places: z.number(), mode: Text, exact: Text })),
      clamp: z.optional(z.looseObject({ by: Text, unclamped: Text })),
    }),
  ),
});

/** An own entry of a label table (a key such as `toString` or `__proto__` is not an entry). */
const entry = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
const w = (key: string, locale: Locale): string => pick(entry(WORDS, key) ?? { id: key, en: key }, locale);

/** Renders a number in the locale's style: Indonesian uses a decimal comma. */
function num(value: string, locale: Locale): string {
  return locale === "id" ? value.replace(".", ",") : value;
}

function derivation(e: TraceEntry | undefined, locale: Locale): string {
  if (!e) return "";
  const template = entry(FORMULAS, e.formula);
  let text = template ? pick(template, locale) : e.formula;
  text = text.replace(/\{([A-Za-z.]+)\}/g, (_, k: string) => short(entry(e.inputs, k) ?? `{${k}}`, locale));
  const before = e.rounding ? e.rounding.exact : (e.clamp?.unclamped ?? e.value);
  let out = e.formula === "achievement" && !e.clamp && !e.rounding ? text : `${text} = ${short(before, locale)}`;
  if (e.clamp) out += ` → ${w(e.clamp.by, locale)} ${short(e.value, locale)}`;
  if (e.rounding) out += ` → ${w("rounded", locale)} (${e.rounding.places} ${w("places", locale)}, ${w(`mode.${e.rounding.mode}`, locale)}) ${num(e.value, locale)}`;
  return out;
}

/** Shortens an exact decimal for display (the trace keeps every digit). */
function short(value: string | null, locale: Locale): string {
  if (value === null) return "—";
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  const [i, f] = value.split(".");
  return num(f !== undefined && f.length > 4 ? `${i}.${f.slice(0, 4)}…` : value, locale);
}

/**
 * Renders a result as a readable derivation: every perspective, objective and indicator with its
 * numbers and formulas, the composition, the final score with its rounding, the band, and warnings.
 *
 * @param input - a result of `evaluate` (or its JSON round trip)
 * @param options - `{ locale: "id" | "en" }`, default Indonesian
 * @returns multi-line text
 * @throws `KinerjaError` `INVALID_INPUT` when `result` is not a kinerja result
 * @example
 * ```ts
 * console.log(explain(evaluate(plan, appraisal), { locale: "en" }));
 * ```
 */
export function explain(input: Result, options?: ExplainOptions | undefined): string {
  const o = safeParseGuarded(OptionsSchema, options);
  if (!o.success) throw new KinerjaError("INVALID_INPUT", "invalid explain options", fromZodIssues(o.error.issues, ["options"]));
  // Plain JSON first (no getter, cycle, hole, BigInt or non-finite number reaches the renderer), then the shape;
  // everything below reads the validated copy, never the caller's object.
  const notJson = plainJsonIssue(input, ["result"]);
  if (notJson) throw new KinerjaError("INVALID_INPUT", "not a kinerja result", [notJson]);
  const r = safeParseGuarded(ResultShape, input);
  if (!r.success) throw new KinerjaError("INVALID_INPUT", "not a kinerja result", fromZodIssues(r.error.issues, ["result"]));
  const result = r.data as unknown as Result;
  const locale: Locale = o.data?.locale ?? "id";
  const byAt = new Map(result.trace.map((e) => [e.at, e]));
  const lines: string[] = [];
  const emp = result.employee;
  lines.push(`${w("title", locale)} — ${w("employee", locale)}: ${emp.name ?? emp.id} (${emp.id})${emp.unit ? `, ${w("unit", locale)}: ${emp.unit}` : ""}`);
  lines.push(`${w("scheme", locale)}: ${result.scheme.id}${result.scheme.version ? ` v${result.scheme.version}` : ""}${result.period ? `; ${w("period", locale)}: ${result.period.start} – ${result.period.end}` : ""}`);
  lines.push("");
  result.perspectives.forEach((p) => {
    lines.push(`${w("perspective", locale)} ${pick(p.label, locale)}: ${w("score", locale)} ${short(p.score, locale)}, ${w("weight", locale)} ${short(p.weight, locale)}${p.status === "missing" ? ` (${w("missing", locale)})` : ""}`);
    const render = (indent: string, objectiveId: string | null): void => {
      result.indicators.forEach((ind, ii) => {
        if (ind.perspective !== p.id || ind.objective !== objectiveId) return;
        const head = `${indent}${w("indicator", locale)} ${pick(ind.label, locale)}${ind.unit ? ` [${ind.unit}]` : ""}`;
        if (ind.status !== "scored") {
          lines.push(`${head}: ${w(ind.status, locale)}`);
          return;
        }
        lines.push(`${head}: ${w("actual", locale)} ${short(ind.actual, locale)}${ind.target === null ? "" : `, ${w("target", locale)} ${short(ind.target, locale)}`}`);
        lines.push(`${indent}  ${w("achievement", locale)} = ${derivation(byAt.get(`indicators[${ii}].achievement`), locale)}`);
        lines.push(`${indent}  ${w("score", locale)} = ${derivation(byAt.get(`indicators[${ii}].score`), locale)}`);
        lines.push(`${indent}  ${w("weight", locale)} ${short(ind.weight, locale)}, ${w("effectiveWeight", locale)} ${short(ind.effectiveWeight, locale)}, ${w("contribution", locale)} ${short(ind.contribution, locale)}`);
      });
    };
    result.objectives.forEach((ob) => {
      if (ob.perspective !== p.id) return;
      lines.push(`  ${w("objective", locale)} ${pick(ob.label, locale)}: ${w("score", locale)} ${short(ob.score, locale)}, ${w("weight", locale)} ${short(ob.weight, locale)}${ob.status === "missing" ? ` (${w("missing", locale)})` : ""}`);
      render("    ", ob.id);
    });
    render("  ", null);
  });
  const b = result.behaviour;
  if (b) {
    lines.push("");
    lines.push(`${w("behaviour", locale)}: ${w("score", locale)} ${short(b.score, locale)} (0–100)${b.rating ? `, ${w("behaviourRating", locale)}: ${pick(b.rating.label, locale)}` : ""}`);
    b.competencies.forEach((comp) => {
      const others = comp.others.score === null ? "—" : `${short(comp.others.score, locale)} (${short(comp.others.percent, locale)}/100)`;
      const self = comp.self ? `, ${w("self", locale)} ${short(comp.self.score, locale)}` : "";
      lines.push(`  ${pick(comp.label, locale)}: ${w("others", locale)} ${others}${self}`);
      const groups = comp.groups.map((g) =>
        g.status === "shown"
          ? `${w(`group.${g.group}`, locale)}${g.subgroup ? `/${g.subgroup}` : ""} ${short(g.score, locale)} (n=${g.n})`
          : g.status === "suppressed"
            ? `${w(`group.${g.group}`, locale)}${g.subgroup ? `/${g.subgroup}` : ""} ${w("suppressed", locale)} (n=${g.n})`
            : `${w(`group.${g.group}`, locale)} —`,
      );
      lines.push(`    ${groups.join("; ")}`);
    });
    const gaps = b.gaps;
    if (gaps.blindSpots.length > 0) lines.push(`  ${w("blindSpots", locale)} (θ ${short(gaps.threshold, locale)}): ${gaps.blindSpots.join(", ")}`);
    if (gaps.hiddenStrengths.length > 0) lines.push(`  ${w("hiddenStrengths", locale)} (θ ${short(gaps.threshold, locale)}): ${gaps.hiddenStrengths.join(", ")}`);
  }
  lines.push("");
  lines.push(`${w("components", locale)}:`);
  result.components.forEach((comp) => {
    lines.push(`  ${w(comp.id, locale)}: ${w("score", locale)} ${short(comp.score, locale)} × ${w("weight", locale)} ${short(comp.weight, locale)}`);
  });
  if (result.additions && result.additions.length > 0) {
    lines.push(`${w("additions", locale)}: ${result.additions.map((x, i) => `${pick(x.label, locale)} ${derivation(byAt.get(`additions[${i}].points`), locale)}`).join("; ")}`);
  }
  lines.push(`${w("coverage", locale)}: ${short(result.coverage, locale)}`);
  lines.push(`${w("final", locale)}: ${derivation(byAt.get("final.score"), locale)}`);
  if (result.resultsRating) lines.push(`${w("resultsRating", locale)}: ${pick(result.resultsRating.label, locale)}`);
  if (result.final.band) lines.push(`${w("band", locale)}: ${pick(result.final.band.label, locale)}`);
  else if (result.warnings.some((x) => x.code === "no_band")) lines.push(`${w("band", locale)}: ${w("noBand", locale)}`);
  if (result.rules) {
    lines.push("");
    lines.push(`${w("rules", locale)}:`);
    for (const line of explainRules(result.rules, { locale })) lines.push(`  ${line}`);
  }
  if (result.warnings.length > 0) {
    lines.push("");
    lines.push(`${w("warnings", locale)}:`);
    for (const x of result.warnings) lines.push(`  - ${x.at}: ${x.message[locale]}`);
  }
  return lines.join("\n");
}
