import { evaluate, isKinerjaError, score, type AppraisalInput, type Plan } from "../index.js";
import { errorJson, jsonError, type BatchErrorJson } from "./batchError.js";
import { parseJsonExact } from "./parseJsonExact.js";
import type { ErrorEmployee, ResultFormatter } from "./createResultFormatter.js";
import { appraisalFromCsv, type CsvLayout } from "./csvLayout.js";
import type { RawRecord } from "./rawRecords.js";

/** @internal The output of one scored chunk: one text per record, counts, and where `onError: "throw"` stopped it. */
export interface ChunkOutput {
  /** The output line (or CSV row) of each record, in input order. */
  readonly texts: readonly string[];
  /** The input line of each record. */
  readonly lines: readonly number[];
  /** The duplicate key of each scored record (see {@link appraisalKey}), null for an error. */
  readonly keys: readonly (string | null)[];
  /** Who each record is about (for an error row that replaces a duplicate). */
  readonly employees: readonly ErrorEmployee[];
  readonly ok: number;
  readonly failed: number;
  readonly stop?: { readonly line: number; readonly error: BatchErrorJson };
}

/**
 * @internal What makes two appraisals of one batch the same: the appraisal's `id` when it has one, else the
 * employee's id with the period (when given).
 */
export function appraisalKey(appraisal: unknown): string | null {
  const id = text(own(appraisal, "id"));
  if (id !== undefined) return `appraisal ${id}`;
  const employee = text(own(own(appraisal, "employee"), "id"));
  if (employee === undefined) return null;
  const period = own(appraisal, "period");
  const start = text(own(period, "start"));
  const end = text(own(period, "end"));
  return start === undefined && end === undefined ? `employee ${employee}` : `employee ${employee} ${start ?? ""}..${end ?? ""}`;
}

/** @internal What a chunk scorer needs: the plan, the CSV layout (CSV input), the formatter and the error mode. */
export interface ChunkScorerSettings {
  readonly plan: Plan;
  readonly layout: CsvLayout | undefined;
  readonly formatter: ResultFormatter;
  readonly onError: "report" | "throw";
  /** `"result"`: `evaluate` each record; `"score"`: `score` it. */
  readonly detail: "result" | "score";
}

const own = (o: unknown, key: string): unknown =>
  typeof o === "object" && o !== null && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** @internal Who a (possibly invalid) appraisal is about, read from own properties only. */
export function employeeOf(appraisal: unknown): ErrorEmployee {
  const e = own(appraisal, "employee");
  return { appraisalId: text(own(appraisal, "id")), id: text(own(e, "id")), name: text(own(e, "name")), unit: text(own(e, "unit")) };
}

/**
 * @internal Scores raw records one by one and formats each as one output line: the same function runs
 * in the main thread and in the workers, so the output is byte-identical either way.
 */
export function scoreChunk(settings: ChunkScorerSettings, records: readonly RawRecord[]): ChunkOutput {
  const { plan, layout, formatter, onError, detail } = settings;
  const texts: string[] = [];
  const lines: number[] = [];
  const keys: (string | null)[] = [];
  const employees: ErrorEmployee[] = [];
  const done = (): ChunkOutput => ({ texts, lines, keys, employees, ok, failed });
  let ok = 0;
  let failed = 0;
  for (const r of records) {
    let appraisal: unknown;
    let error: BatchErrorJson | undefined;
    if ("problem" in r) {
      error = r.problem;
    } else if ("text" in r) {
      const parsed = parseJsonExact(r.text);
      if (parsed.ok) appraisal = parsed.value;
      else error = jsonError(r.line, parsed);
    } else {
      appraisal = appraisalFromCsv(layout as CsvLayout, r.fields);
    }
    if (error === undefined) {
      try {
        texts.push(detail === "score" ? formatter.score(r.line, score(plan, appraisal as AppraisalInput)) : formatter.result(r.line, evaluate(plan, appraisal as AppraisalInput)));
        lines.push(r.line);
        keys.push(appraisalKey(appraisal));
        employees.push(employeeOf(appraisal));
        ok += 1;
        continue;
      } catch (e) {
        if (!isKinerjaError(e)) throw e;
        error = errorJson(e);
      }
    }
    if (onError === "throw") return { ...done(), stop: { line: r.line, error } };
    const employee = employeeOf(appraisal);
    texts.push(formatter.error(r.line, error, employee));
    lines.push(r.line);
    keys.push(null);
    employees.push(employee);
    failed += 1;
  }
  return done();
}
