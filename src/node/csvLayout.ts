import { KinerjaError, type KinerjaIssue } from "../index.js";
import { issue } from "../errors/kinerjaError.js";
import { RATER_GROUPS, type AppraisalInput, type RaterGroup } from "../index.js";

type Group = RaterGroup;
const GROUPS: ReadonlySet<string> = new Set(RATER_GROUPS);
const EMPLOYEE_KEYS = ["id", "name", "unit", "position"] as const;

/** @internal What one CSV column holds. */
type Column =
  | { readonly kind: "appraisalId" }
  | { readonly kind: "employee"; readonly key: (typeof EMPLOYEE_KEYS)[number] }
  | { readonly kind: "period"; readonly key: "start" | "end" }
  | { readonly kind: "actual" | "target" | "baseline"; readonly slot: number }
  | { readonly kind: "fact"; readonly id: string }
  | { readonly kind: "rating"; readonly group: Group; readonly subgroup: string | undefined; readonly rater: string; readonly competency: string }
  | { readonly kind: "ignore" };

/**
 * @internal The compiled wide CSV layout of appraisals (see docs/batch.md): one column per employee
 * field, period end, indicator actual / target / baseline, fact and rating.
 */
export interface CsvLayout {
  readonly columns: readonly Column[];
  /** Indicator ids in the order of their first column. */
  readonly indicators: readonly string[];
}

/**
 * @internal Reads the header row of an appraisal CSV. Unknown or repeated columns are an
 * `INVALID_INPUT` error with one issue per column (path `["header", index]`), unless `ignoreUnknown`.
 */
export function csvLayout(header: readonly string[], ignoreUnknown: boolean): CsvLayout {
  const problems: KinerjaIssue[] = [];
  const seen = new Set<string>();
  const slots = new Map<string, number>();
  const slotOf = (id: string): number => {
    let s = slots.get(id);
    if (s === undefined) {
      s = slots.size;
      slots.set(id, s);
    }
    return s;
  };
  const columns = header.map((rawName, i): Column => {
    const name = rawName.trim();
    if (seen.has(name)) problems.push(issue(["header", i], "duplicate_column", `column '${name}' appears twice`));
    seen.add(name);
    const dot = name.indexOf(".");
    const head = dot === -1 ? name : name.slice(0, dot);
    const rest = dot === -1 ? "" : name.slice(dot + 1);
    if (name === "id" || name === "appraisal.id") return { kind: "appraisalId" };
    if (head === "employee" && (EMPLOYEE_KEYS as readonly string[]).includes(rest)) return { kind: "employee", key: rest as (typeof EMPLOYEE_KEYS)[number] };
    if (head === "period" && (rest === "start" || rest === "end")) return { kind: "period", key: rest };
    if ((head === "actual" || head === "target" || head === "baseline") && rest !== "") return { kind: head, slot: slotOf(rest) };
    if (head === "fact" && rest !== "") return { kind: "fact", id: rest };
    if (head === "rating") {
      // rating.<group>[:<subgroup>].<rater>.<competency>; the rater may contain dots, the competency may not.
      const first = rest.indexOf(".");
      const last = rest.lastIndexOf(".");
      if (first > 0 && last > first + 1 && last < rest.length - 1) {
        const groupPart = rest.slice(0, first);
        const colon = groupPart.indexOf(":");
        const group = colon === -1 ? groupPart : groupPart.slice(0, colon);
        const subgroup = colon === -1 ? undefined : groupPart.slice(colon + 1);
        if (GROUPS.has(group) && subgroup !== "") {
          return { kind: "rating", group: group as Group, subgroup, rater: rest.slice(first + 1, last), competency: rest.slice(last + 1) };
        }
      }
      problems.push(issue(["header", i], "invalid_column", `column '${name}': expected rating.<group>[:<subgroup>].<rater>.<competency> with group self, supervisor, peer, subordinate or external`));
      return { kind: "ignore" };
    }
    if (!ignoreUnknown) problems.push(issue(["header", i], "unknown_column", `unknown column '${name}'`));
    return { kind: "ignore" };
  });
  if (!columns.some((c) => c.kind === "employee" && c.key === "id")) problems.push(issue(["header"], "missing_column", "the header has no 'employee.id' column"));
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid CSV header", problems);
  return { columns, indicators: [...slots.keys()] };
}

const NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;

/** A fact cell: `true` / `false` are booleans, a plain decimal number is a number, anything else text. */
function factValue(text: string): boolean | number | string {
  if (text === "true") return true;
  if (text === "false") return false;
  return NUMBER.test(text) ? Number(text) : text;
}

/**
 * @internal Builds the appraisal JSON of one CSV record (fields already matched to the header's width).
 * Cells are trimmed, except the employee's name, unit and position; empty (or blank) cells are absent
 * values: an empty actual is a missing actual; an indicator with no cell filled is left out. Validation is left to `evaluate`, which reports problems at appraisal paths.
 */
export function appraisalFromCsv(layout: CsvLayout, fields: readonly string[]): AppraisalInput {
  const employee: Record<string, string> = {};
  const period: Record<string, string> = {};
  const actual: (string | undefined)[] = [];
  const target: (string | undefined)[] = [];
  const baseline: (string | undefined)[] = [];
  const facts: { id: string; value: boolean | number | string }[] = [];
  const ratings: NonNullable<AppraisalInput["ratings"]>[number][] = [];
  let id: string | undefined;
  layout.columns.forEach((col, i) => {
    const raw = fields[i] ?? "";
    const text = raw.trim();
    if (text === "") return;
    switch (col.kind) {
      case "appraisalId":
        id = text;
        break;
      case "employee":
        // Names keep their spaces (quote them in the file); the id is trimmed like every other cell.
        employee[col.key] = col.key === "id" ? text : raw;
        break;
      case "period":
        period[col.key] = text;
        break;
      case "actual":
        actual[col.slot] = text;
        break;
      case "target":
        target[col.slot] = text;
        break;
      case "baseline":
        baseline[col.slot] = text;
        break;
      case "fact":
        facts.push({ id: col.id, value: factValue(text) });
        break;
      case "rating":
        ratings.push({
          rater: col.rater,
          group: col.group,
          ...(col.subgroup === undefined ? {} : { subgroup: col.subgroup }),
          competency: col.competency,
          value: text,
        });
        break;
      case "ignore":
        break;
    }
  });
  const actuals: AppraisalInput["actuals"] = [];
  layout.indicators.forEach((indicator, s) => {
    const a = actual[s];
    const t = target[s];
    const b = baseline[s];
    if (a === undefined && t === undefined && b === undefined) return;
    actuals.push({ indicator, actual: a ?? null, ...(t === undefined ? {} : { target: t }), ...(b === undefined ? {} : { baseline: b }) });
  });
  const hasPeriod = period["start"] !== undefined || period["end"] !== undefined;
  return {
    ...(id === undefined ? {} : { id }),
    employee: employee as AppraisalInput["employee"],
    ...(hasPeriod ? { period: period as NonNullable<AppraisalInput["period"]> } : {}),
    actuals,
    ...(facts.length > 0 ? { facts } : {}),
    ...(ratings.length > 0 ? { ratings } : {}),
  };
}
