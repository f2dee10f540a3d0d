import { isWithinInterval, parseISO } from "date-fns";
import { KinerjaError, issue } from "../errors/kinerjaError.js";
import { CheckGoalsInputSchema, type CheckGoalsInput, type Goal } from "../schema/goal.js";
import { parseWith } from "../schema/toKinerjaError.js";

/** The SMART criteria, plus the cascade checks. */
export type GoalCheck = "specific" | "measurable" | "assignable" | "relevant" | "timeBound" | "aligned";

/** One finding about one goal: which check failed and why, in Indonesian and English. */
export interface GoalFinding {
  readonly goal: string;
  /** Path of the goal in the input, e.g. `goals[3]`. */
  readonly at: string;
  readonly check: GoalCheck;
  readonly message: { readonly id: string; readonly en: string };
}

/** Findings of {@link checkGoals}, and a tally per goal. */
export interface GoalReport {
  readonly findings: readonly GoalFinding[];
  /** Goals with no findings. */
  readonly passed: readonly string[];
  /** Goals checked. */
  readonly total: number;
}

const LEVEL_ABOVE: Readonly<Record<Goal["level"], Goal["level"] | null>> = { organisation: null, unit: "organisation", individual: "unit" };

/** UTC midnight of a validated `YYYY-MM-DD` date. */
const utc = (d: string): Date => parseISO(`${d}T00:00:00Z`);

/**
 * Checks goals against SMART and the cascade, reporting findings instead of throwing:
 * - **specific** — the statement has at least `minWords` words;
 * - **measurable** — at least one indicator, each with a target and a unit;
 * - **assignable** — an owner is named;
 * - **relevant** — linked to a scheme objective or to a parent goal;
 * - **time-bound** — a due date inside the period (UTC calendar dates, inclusive);
 * - **aligned** — a unit goal's parent is an organisation goal, an individual goal's parent a unit goal;
 *   the parent exists; no cycles.
 *
 * @param input - `{ goals, period, minWords? }`
 * @throws `KinerjaError` `INVALID_INPUT` for malformed input (wrong types, bad dates, duplicate ids, a period ending before it starts)
 * @example
 * ```ts
 * const report = checkGoals({ goals, period: { start: "2026-01-01", end: "2026-12-31" } });
 * report.findings.filter((f) => f.check === "measurable");
 * ```
 */
export function checkGoals(input: CheckGoalsInput): GoalReport {
  const { goals, period, minWords } = parseWith(CheckGoalsInputSchema, input, "INVALID_INPUT", "goals");
  const problems = [];
  if (period.start > period.end) problems.push(issue(["period", "end"], "invalid_period", "the period ends before it starts"));
  const byId = new Map<string, Goal>();
  goals.forEach((g, i) => {
    if (byId.has(g.id)) problems.push(issue(["goals", i, "id"], "duplicate_id", `duplicate goal id '${g.id}'`));
    byId.set(g.id, g);
  });
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid goals", problems);

  const findings: GoalFinding[] = [];
  const interval = { start: utc(period.start), end: utc(period.end) };
  goals.forEach((g, i) => {
    const add = (check: GoalCheck, id: string, en: string): void => {
      findings.push({ goal: g.id, at: `goals[${i}]`, check, message: { id, en } });
    };
    const words = g.statement.trim().split(/\s+/).filter((x) => x !== "").length;
    if (words < minWords) add("specific", `pernyataan sasaran terlalu umum (${words} kata, minimal ${minWords})`, `the statement is too vague (${words} words, at least ${minWords})`);
    if (g.indicators.length === 0) add("measurable", "tidak ada indikator", "no indicator");
    g.indicators.forEach((ind, j) => {
      if (ind.target === undefined) add("measurable", `indikator ${j + 1} tanpa target`, `indicator ${j + 1} has no target`);
      if (ind.unit === undefined) add("measurable", `indikator ${j + 1} tanpa satuan`, `indicator ${j + 1} has no unit`);
    });
    if (g.owner === undefined || g.owner.trim() === "") add("assignable", "tidak ada pemilik", "no owner");
    if (g.objective === undefined && g.parent === undefined) add("relevant", "tidak terkait sasaran organisasi atau sasaran atasan", "linked to neither an objective nor a parent goal");
    if (g.due === undefined) add("timeBound", "tidak ada tenggat", "no due date");
    else if (!isWithinInterval(utc(g.due), interval)) add("timeBound", `tenggat ${g.due} di luar periode`, `due date ${g.due} is outside the period`);

    const above = LEVEL_ABOVE[g.level];
    if (g.parent !== undefined) {
      const parent = byId.get(g.parent);
      if (!parent) add("aligned", `sasaran induk '${g.parent}' tidak ditemukan`, `parent goal '${g.parent}' not found`);
      else if (parent.level !== above) {
        add("aligned", `sasaran induk berlevel ${parent.level}, seharusnya ${above ?? "tidak ada"}`, `parent is a ${parent.level} goal; expected ${above ?? "none"}`);
      }
      const seen = new Set([g.id]);
      for (let p = parent; p?.parent !== undefined; p = byId.get(p.parent)) {
        if (seen.has(p.parent)) {
          add("aligned", "rantai sasaran induk berputar", "the chain of parent goals is a cycle");
          break;
        }
        seen.add(p.parent);
      }
    } else if (above !== null) {
      add("aligned", `sasaran ${g.level} tanpa sasaran induk`, `a ${g.level} goal without a parent goal`);
    }
  });
  const failed = new Set(findings.map((f) => f.goal));
  return { findings, passed: goals.filter((g) => !failed.has(g.id)).map((g) => g.id), total: goals.length };
}
