import * as z from "zod/mini";
import { KinerjaError, issue } from "../errors/kinerjaError.js";
import { unreachable } from "../errors/unreachable.js";
import { plainJsonIssue } from "../schema/plainJson.js";
import { OperatorSchema } from "../schema/rules.js";
import { fromZodIssues, safeParseGuarded } from "../schema/toKinerjaError.js";
import type { ConditionTrace, FiredRule, NotFiredRule, RuleOutcome, RulesResult, TraceValue } from "../schema/rules.js";
import { pick, type Locale } from "./labels.js";

type Dict = Readonly<Record<string, { readonly id: string; readonly en: string }>>;

/** Words of the rules explanation. */
const RULE_WORDS: Dict = {
  true: { id: "benar", en: "true" },
  false: { id: "salah", en: "false" },
  and: { id: "dan", en: "and" },
  or: { id: "atau", en: "or" },
  not: { id: "bukan", en: "not" },
  band: { id: "predikat", en: "band" },
  score: { id: "nilai", en: "score" },
  lastPeriods: { id: "{n} periode terakhir", en: "of the last {n} periods" },
  atLeastOf: { id: "sedikitnya {k} dari {n} periode terakhir", en: "at least {k} of the last {n} periods" },
  matched: { id: "cocok", en: "matched" },
  preempted: { id: "didahului oleh {by} (grup eksklusif {group})", en: "pre-empted by {by} (exclusive group {group})" },
  bonusPercent: { id: "bonus {percent} %", en: "bonus {percent} %" },
  bonusAmount: { id: "bonus {amount}", en: "bonus {amount}" },
  recognition: { id: "penghargaan", en: "recognition" },
  promotionEligible: { id: "memenuhi syarat promosi", en: "eligible for promotion" },
  allowanceDeduction: { id: "potongan tunjangan {percent} %", en: "allowance deduction {percent} %" },
  perCount: { id: "{rate} % × {count} ({per})", en: "{rate} % × {count} ({per})" },
  months: { id: "selama {n} bulan", en: "for {n} months" },
  days: { id: "{n} hari", en: "{n} days" },
  warning: { id: "hukuman disiplin: {level}", en: "disciplinary warning: {level}" },
  demotion: { id: "penurunan jabatan", en: "demotion" },
  positionRelease: { id: "pembebasan dari jabatan", en: "release from position" },
  dismissal: { id: "pemberhentian", en: "dismissal" },
  training: { id: "pelatihan", en: "training" },
  coaching: { id: "pembimbingan (coaching)", en: "coaching" },
  improvementPlan: { id: "rencana perbaikan kinerja", en: "performance improvement plan" },
  totalDeduction: { id: "Potongan tunjangan: {capped} % (jumlah {uncapped} %, batas {cap} %)", en: "Allowance deduction: {capped} % (sum {uncapped} %, cap {cap} %)" },
  groupDeduction: { id: "grup {group}: {capped} % (jumlah {uncapped} %{cap})", en: "group {group}: {capped} % (sum {uncapped} %{cap})" },
  groupCap: { id: ", batas {cap} %", en: ", cap {cap} %" },
  longest: { id: "terlama {n} bulan", en: "longest {n} months" },
  allowance: { id: "Tunjangan {base} − potongan {deduction} = dibayar {paid}", en: "Allowance {base} − deduction {deduction} = paid {paid}" },
  totalBonus: { id: "Bonus: {capped} % (jumlah {uncapped} %{cap})", en: "Bonus: {capped} % (sum {uncapped} %{cap})" },
  totalAmount: { id: "Bonus (nominal): {amount}", en: "Bonus (amount): {amount}" },
  none: { id: "Tidak ada aturan yang berlaku.", en: "No rule fired." },
};

const OPS: Readonly<Record<string, string>> = { eq: "=", ne: "≠", lt: "<", lte: "≤", gt: ">", gte: "≥", in: "∈", notIn: "∉", between: "∈" };

const NUMBER = /^-?\d+(\.\d+)?$/;

/** A word of the table, with `{name}` placeholders filled. */
function say(key: string, locale: Locale, fill: Readonly<Record<string, string>> = {}): string {
  const w = own(RULE_WORDS, key);
  const text = w === undefined ? key : pick(w, locale);
  return text.replace(/\{(\w+)\}/g, (_, k: string) => own(fill, k) ?? `{${k}}`);
}

/** A number in the locale's style (Indonesian: decimal comma); other text as is. */
function num(value: string, locale: Locale): string {
  return locale === "id" && NUMBER.test(value) ? value.replace(".", ",") : value;
}

function shown(v: TraceValue, locale: Locale): string {
  return v === null ? "null" : typeof v === "boolean" ? String(v) : num(v, locale);
}

function valueText(op: string, value: TraceValue | readonly TraceValue[], locale: Locale): string {
  if (!Array.isArray(value)) return shown(value as TraceValue, locale);
  const items = (value as readonly TraceValue[]).map((v) => shown(v, locale));
  return op === "between" ? `[${items.join(locale === "id" ? "; " : ", ")}]` : `{${items.join(", ")}}`;
}

/** Renders a condition trace as one phrase. */
function condition(c: ConditionTrace, locale: Locale, nested: boolean): string {
  const wrap = (s: string): string => (nested ? `(${s})` : s);
  if ("all" in c) return c.all.length === 1 ? condition(c.all[0] as ConditionTrace, locale, nested) : wrap(c.all.map((x) => condition(x, locale, true)).join(` ${say("and", locale)} `));
  if ("any" in c) return c.any.length === 1 ? condition(c.any[0] as ConditionTrace, locale, nested) : wrap(c.any.map((x) => condition(x, locale, true)).join(` ${say("or", locale)} `));
  if ("not" in c) return `${say("not", locale)} (${condition(c.not, locale, false)})`;
  const verdict = say(c.result ? "true" : "false", locale);
  const rhs = `${own(OPS, c.op) ?? c.op} ${valueText(c.op, c.value, locale)}`;
  if ("fact" in c) return `${c.fact} ${rhs} ${verdict} (${shown(c.actual, locale)})`;
  const what = say(c.history, locale);
  const span = c.atLeast === c.last ? say("lastPeriods", locale, { n: String(c.last) }) : say("atLeastOf", locale, { k: String(c.atLeast), n: String(c.last) });
  const values = `[${c.actual.map((v) => shown(v, locale)).join(", ")}]`;
  const tail = c.atLeast === c.last ? "" : ` ${c.matched} ${say("matched", locale)}`;
  return `${what} ${span} ${rhs} → ${values}${tail} ${verdict}`;
}

/** Renders one outcome. */
function outcome(o: RuleOutcome, locale: Locale): string {
  let text: string;
  switch (o.type) {
    case "bonusPercent":
      text = say("bonusPercent", locale, { percent: num(o.percent, locale) });
      break;
    case "bonusAmount":
      text = say("bonusAmount", locale, { amount: num(o.amount, locale) });
      break;
    case "allowanceDeduction":
      text = say("allowanceDeduction", locale, { percent: num(o.percent, locale) });
      if (o.per !== null && o.count !== null) text += ` = ${say("perCount", locale, { rate: num(o.rate, locale), count: num(o.count, locale), per: o.per })}`;
      if (o.months !== null) text += ` ${say("months", locale, { n: String(o.months) })}`;
      break;
    case "warning":
      text = say("warning", locale, { level: o.level });
      break;
    case "demotion":
    case "positionRelease":
      text = say(o.type, locale) + (o.months === null ? "" : ` ${say("months", locale, { n: String(o.months) })}`);
      break;
    case "training":
    case "coaching":
    case "improvementPlan":
      text = say(o.type, locale) + (o.days === null ? "" : ` (${say("days", locale, { n: String(o.days) })})`);
      break;
    case "dismissal":
    case "promotionEligible":
    case "recognition":
      text = say(o.type, locale);
      break;
    default:
      return unreachable(o);
  }
  return o.label === null ? text : `${text} — ${pick(o.label, locale)}`;
}

function head(r: FiredRule | NotFiredRule, mark: string, locale: Locale): string {
  return `${mark} ${r.rule}${r.label === null ? "" : ` (${pick(r.label, locale)})`}`;
}

// The parts of a rules result that explainRules reads, checked (the whole tree) before rendering.
const Text = z.string().check(z.maxLength(10_000));
const Num = z.string().check(z.maxLength(100));
const Label = z.nullable(z.looseObject({ id: Text, en: z.optional(Text) }));
const Value = z.union([Text, z.boolean(), z.null()]);
const Compared = z.union([Value, z.array(Value).check(z.maxLength(10_000))]);
const Count = z.int().check(z.gte(0), z.lte(1_000_000));
const ConditionShape: z.ZodMiniType<ConditionTrace> = z.lazy(() =>
  z.union([
    z.looseObject({ all: z.array(ConditionShape).check(z.minLength(1), z.maxLength(10_000)), result: z.boolean() }),
    z.looseObject({ any: z.array(ConditionShape).check(z.minLength(1), z.maxLength(10_000)), result: z.boolean() }),
    z.looseObject({ not: ConditionShape, result: z.boolean() }),
    z.looseObject({ fact: Text, op: OperatorSchema, value: Compared, actual: Value, result: z.boolean() }),
    z.looseObject({ history: z.enum(["band", "score"]), last: Count, atLeast: Count, op: OperatorSchema, value: Compared, actual: z.array(Value).check(z.maxLength(10_000)), matched: Count, result: z.boolean() }),
  ]),
) as z.ZodMiniType<ConditionTrace>;
const base = { rule: Text, label: Label };
const Months = z.nullable(z.int().check(z.gte(0), z.lte(10_000)));
const OutcomeShape = z.discriminatedUnion("type", [
  z.looseObject({ ...base, kind: z.literal("reward"), type: z.literal("bonusPercent"), percent: Num }),
  z.looseObject({ ...base, kind: z.literal("reward"), type: z.literal("bonusAmount"), amount: Num }),
  z.looseObject({ ...base, kind: z.literal("reward"), type: z.enum(["recognition", "promotionEligible"]) }),
  z.looseObject({ ...base, kind: z.literal("sanction"), type: z.literal("allowanceDeduction"), percent: Num, rate: Num, per: z.nullable(Text), count: z.nullable(Num), months: Months }),
  z.looseObject({ ...base, kind: z.literal("sanction"), type: z.literal("warning"), level: Text }),
  z.looseObject({ ...base, kind: z.literal("sanction"), type: z.enum(["demotion", "positionRelease"]), months: Months }),
  z.looseObject({ ...base, kind: z.literal("sanction"), type: z.literal("dismissal") }),
  z.looseObject({ ...base, kind: z.literal("development"), type: z.enum(["training", "coaching", "improvementPlan"]), days: Months }),
]);
const RuleHead = { rule: Text, label: Label, priority: z.number(), group: z.nullable(Text), stackGroup: z.nullable(Text), conditions: ConditionShape };
const Capped = { uncapped: Num, capped: Num, cap: z.nullable(Num) };
const RulesResultShape = z.looseObject({
  fired: z.array(z.looseObject({ ...RuleHead, outcomes: z.array(OutcomeShape).check(z.maxLength(10_000)) })).check(z.maxLength(10_000)),
  notFired: z.array(z.looseObject({ ...RuleHead, reason: z.enum(["conditionsFalse", "preempted"]), by: z.optional(Text) })).check(z.maxLength(10_000)),
  totals: z.looseObject({
    allowanceDeduction: z.looseObject({ ...Capped, cap: Num, afterGroupCaps: Num, months: Months, groups: z.array(z.looseObject({ ...Capped, group: Text })).check(z.maxLength(10_000)) }),
    allowance: z.nullable(z.looseObject({ base: Num, percent: Num, deduction: Num, paid: Num })),
    bonusPercent: z.looseObject(Capped),
    bonusAmount: Num,
  }),
});

/** An own entry of a table (a key such as `toString` or `__proto__` is not an entry). */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Renders a rules result as text lines in Indonesian or English: each fired rule (✔) with the
 * condition values that decided it and its outcomes, each rule that did not fire (✘) with the
 * values that failed or the rule that pre-empted it, and the totals (allowance deduction with its
 * caps, the paid allowance, bonuses).
 *
 * @param input - a result of `evaluateRules` or `applyRules` (or its JSON round trip)
 * @param options - `{ locale: "id" | "en" }` (default Indonesian)
 * @returns the lines
 * @throws `KinerjaError` `INVALID_INPUT` when `result` is not a rules result or the locale is unknown
 * @example
 * ```ts
 * explainRules(result, "en");
 * // ["✔ pip (Improvement plan): band of the last 2 periods ∈ {kurang, sangatKurang} → [kurang, kurang] true", "  → performance improvement plan (90 days)", …]
 * ```
 */
export function explainRules(input: RulesResult | Omit<RulesResult, "trace">, options?: { readonly locale?: Locale | undefined } | undefined): string[] {
  const notJson = plainJsonIssue(input, ["result"]);
  if (notJson) throw new KinerjaError("INVALID_INPUT", "not a rules result", [notJson]);
  const parsed = safeParseGuarded(RulesResultShape, input);
  if (!parsed.success) throw new KinerjaError("INVALID_INPUT", "not a rules result", fromZodIssues(parsed.error.issues, ["result"]));
  // Everything below reads the validated copy.
  const result = parsed.data as unknown as RulesResult;
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new KinerjaError("INVALID_INPUT", "invalid options", [issue(["options"], "invalid_type", "expected { locale }")]);
  }
  let locale: unknown;
  try {
    locale = Object.hasOwn(options ?? {}, "locale") ? (options?.locale ?? "id") : "id";
  } catch (e) {
    throw new KinerjaError("INVALID_INPUT", "invalid options", [issue(["options", "locale"], "unreadable", `cannot be read: ${e instanceof Error ? e.message : "a property access failed"}`)]);
  }
  if (locale !== "id" && locale !== "en") throw new KinerjaError("INVALID_INPUT", "unknown locale", [issue(["options", "locale"], "invalid_value", "locale must be 'id' or 'en'")]);
  const lines: string[] = [];
  if (result.fired.length === 0) lines.push(say("none", locale));
  for (const r of result.fired) {
    lines.push(`${head(r, "✔", locale)}: ${condition(r.conditions, locale, false)}`);
    for (const o of r.outcomes) lines.push(`  → ${outcome(o, locale)}`);
  }
  for (const r of result.notFired) {
    const why = r.reason === "preempted" ? say("preempted", locale, { by: r.by ?? "?", group: r.group ?? "?" }) : condition(r.conditions, locale, false);
    lines.push(`${head(r, "✘", locale)}: ${why}`);
  }
  const t = result.totals;
  const d = t.allowanceDeduction;
  if (d.uncapped !== "0" || t.allowance !== null) {
    const longest = d.months === null ? "" : `, ${say("longest", locale, { n: String(d.months) })}`;
    lines.push(say("totalDeduction", locale, { capped: num(d.capped, locale), uncapped: num(d.uncapped, locale), cap: num(d.cap, locale) }) + longest);
    for (const g of d.groups) {
      const cap = g.cap === null ? "" : say("groupCap", locale, { cap: num(g.cap, locale) });
      lines.push(`  ${say("groupDeduction", locale, { group: g.group, capped: num(g.capped, locale), uncapped: num(g.uncapped, locale), cap })}`);
    }
  }
  if (t.allowance !== null) lines.push(say("allowance", locale, { base: num(t.allowance.base, locale), deduction: num(t.allowance.deduction, locale), paid: num(t.allowance.paid, locale) }));
  if (t.bonusPercent.uncapped !== "0") {
    const cap = t.bonusPercent.cap === null ? "" : say("groupCap", locale, { cap: num(t.bonusPercent.cap, locale) });
    lines.push(say("totalBonus", locale, { capped: num(t.bonusPercent.capped, locale), uncapped: num(t.bonusPercent.uncapped, locale), cap }));
  }
  if (t.bonusAmount !== "0") lines.push(say("totalAmount", locale, { amount: num(t.bonusAmount, locale) }));
  return lines;
}
