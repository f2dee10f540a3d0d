import * as z from "zod/mini";
import { KinerjaError, isPlan, type Plan, type Result, type Score } from "../index.js";
import { issue } from "../errors/kinerjaError.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { errorJson, type BatchErrorJson } from "./batchError.js";

/** Who an error row is about, when the record was readable that far. */
export interface ErrorEmployee {
  readonly id?: string | undefined;
  readonly name?: string | undefined;
  readonly unit?: string | undefined;
  readonly appraisalId?: string | undefined;
}

/**
 * Turns results and errors into output text: one line (NDJSON) or row (CSV) each, always ending in `\n`.
 * Made by {@link createResultFormatter}.
 */
export interface ResultFormatter {
  /** The output format. */
  readonly format: "ndjson" | "csv";
  /** Text to write before the first record: the CSV header row, or `""` for NDJSON. */
  readonly header: string;
  /**
   * The line of one result.
   * @param line - the input line the record started on
   * @param result - the result of `evaluate`
   */
  result(line: number, result: Result): string;
  /**
   * The line of one {@link Score} (output with `detail: "score"`).
   * @param line - the input line the record started on
   * @param score - the score of `score`
   */
  score(line: number, score: Score): string;
  /**
   * The line of one failed record.
   * @param line - the input line the record started on
   * @param error - its `KinerjaError` (or the JSON form of one)
   * @param employee - who it was about, if known (CSV rows show it)
   */
  error(line: number, error: KinerjaError | BatchErrorJson, employee?: ErrorEmployee | undefined): string;
}

/** Options of {@link createResultFormatter}. */
export interface ResultFormatterOptions {
  /** `"ndjson"` (default) or `"csv"`. */
  readonly format?: "ndjson" | "csv" | undefined;
  /** The plan the results come from; required for CSV (its columns are the plan's components, perspectives and indicators). */
  readonly plan?: Plan | undefined;
  /** Keep each result's `trace` in NDJSON output (default true); `false` drops it (results are much smaller). */
  readonly trace?: boolean | undefined;
  /** What is written per employee: `"result"` (default, the full result of `evaluate`) or `"score"` (the {@link Score} of `score`); sets the CSV columns. */
  readonly detail?: "result" | "score" | undefined;
}

const OptionsSchema = z.strictObject({
  format: z._default(z.enum(["ndjson", "csv"]), "ndjson"),
  plan: z.optional(z.custom<Plan>(isPlan, "expected a plan from compile()")),
  trace: z._default(z.boolean(), true),
  detail: z._default(z.enum(["result", "score"]), "result"),
});

/** @internal Quotes a CSV field when it holds a comma, quote, line break or edge whitespace (RFC 4180). */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV row; every cell must be text (a result's numbers are decimal text: a number there means it is not a result). */
const row = (cells: readonly unknown[]): string =>
  `${cells
    .map((c) => {
      if (typeof c !== "string") throw new KinerjaError("INVALID_INPUT", "a CSV cell must be text (scores are decimal text)", [issue([], "invalid_type", `got ${typeof c}`)]);
      return csvField(c);
    })
    .join(",")}\n`;

/**
 * Creates the formatter of batch output. NDJSON: a result is written as its JSON (without `trace` when
 * `trace: false`), an error as `{"ok":false,"line":n,"error":{"code","message","issues"}}`. CSV: one row
 * per employee with the columns `line, appraisal.id, employee.id, employee.name, employee.unit,
 * final.score, final.band, component.<id>…, perspective.<id>…, indicator.<id>…, warnings, error.code,
 * error.message` (scores as decimal text, empty when missing).
 *
 * @param options - `format`, `plan` (required for CSV), `trace`
 * @returns the formatter
 * @throws `KinerjaError` `INVALID_INPUT` for bad options or CSV without a plan
 * @example
 * ```ts
 * const f = createResultFormatter({ format: "csv", plan });
 * out.write(f.header);
 * out.write(f.result(1, evaluate(plan, appraisal)));
 * ```
 */
export function createResultFormatter(options: ResultFormatterOptions): ResultFormatter {
  const o = parseWith(OptionsSchema, options, "INVALID_INPUT", "formatter options");
  if (o.format === "ndjson") {
    const keepTrace = o.trace;
    return {
      format: "ndjson",
      header: "",
      result: (_line, result) => {
        if (keepTrace) return `${JSON.stringify(result)}\n`;
        const { trace: _trace, ...rest } = result;
        return `${JSON.stringify(rest)}\n`;
      },
      score: (_line, s) => `${JSON.stringify(s)}\n`,
      error: (line, error) => `${JSON.stringify({ ok: false, line, error: errorJson(error) })}\n`,
    };
  }
  const plan = o.plan;
  if (plan === undefined) {
    throw new KinerjaError("INVALID_INPUT", "CSV output needs the plan (its columns come from the scheme)", [issue(["plan"], "invalid_type", "expected a plan from compile()")]);
  }
  const scheme = plan.scheme;
  if (o.detail === "score") return scoreCsv();
  const components = [...new Set([...scheme.composition, ...(scheme.compositionWithPeers ?? [])].map((c) => c.component))];
  const perspectives = scheme.perspectives.map((p) => p.id);
  const indicators = scheme.indicators.map((i) => i.id);
  const header = row([
    "line",
    "appraisal.id",
    "employee.id",
    "employee.name",
    "employee.unit",
    "final.score",
    "final.band",
    ...components.map((id) => `component.${id}`),
    ...perspectives.map((id) => `perspective.${id}`),
    ...indicators.map((id) => `indicator.${id}`),
    "warnings",
    "error.code",
    "error.message",
  ]);
  const blanks = (n: number): string[] => new Array<string>(n).fill("");
  const notAScore = (): never => {
    throw new KinerjaError("INVALID_INPUT", "this CSV formatter writes results; create it with detail: \"score\" for scores", [issue(["detail"], "invalid_value", "expected detail: score")]);
  };
  const width = components.length + perspectives.length + indicators.length;
  return {
    format: "csv",
    header,
    result: (line, r) => {
      const comp = new Map(r.components.map((c) => [c.id, c.score]));
      const persp = new Map(r.perspectives.map((p) => [p.id, p.score]));
      const ind = new Map(r.indicators.map((i) => [i.id, i.score]));
      return row([
        String(line),
        r.appraisal.id ?? "",
        r.employee.id,
        r.employee.name ?? "",
        r.employee.unit ?? "",
        r.final.score,
        r.final.band?.id ?? "",
        ...components.map((id) => comp.get(id) ?? ""),
        ...perspectives.map((id) => persp.get(id) ?? ""),
        ...indicators.map((id) => ind.get(id) ?? ""),
        String(r.warnings.length),
        "",
        "",
      ]);
    },
    score: notAScore,
    error: (line, error, employee) =>
      row([
        String(line),
        employee?.appraisalId ?? "",
        employee?.id ?? "",
        employee?.name ?? "",
        employee?.unit ?? "",
        "",
        "",
        ...blanks(width),
        "",
        error.code,
        errorJson(error).message,
      ]),
  };
}

/** CSV of scores: `line, appraisal.id, employee.id, employee.name, employee.unit, final.score, final.band, resultsRating, behaviourRating, warnings, error.code, error.message`. */
function scoreCsv(): ResultFormatter {
  return {
    format: "csv",
    header: row(["line", "appraisal.id", "employee.id", "employee.name", "employee.unit", "final.score", "final.band", "resultsRating", "behaviourRating", "warnings", "error.code", "error.message"]),
    result: () => {
      throw new KinerjaError("INVALID_INPUT", "this CSV formatter writes scores; create it with detail: \"result\" for results", [issue(["detail"], "invalid_value", "expected detail: result")]);
    },
    score: (line, s) =>
      row([
        String(line),
        s.appraisal.id ?? "",
        s.employee.id,
        s.employee.name ?? "",
        s.employee.unit ?? "",
        s.final.score,
        s.final.band?.id ?? "",
        s.resultsRating?.id ?? "",
        s.behaviourRating?.id ?? "",
        String(s.warnings.length),
        "",
        "",
      ]),
    error: (line, error, employee) =>
      row([String(line), employee?.appraisalId ?? "", employee?.id ?? "", employee?.name ?? "", employee?.unit ?? "", "", "", "", "", "", error.code, errorJson(error).message]),
  };
}
