import { evaluate, isKinerjaError, score, type AppraisalInput, type Plan } from "../index.js";
import { errorJson, inputError, type BatchErrorJson } from "./batchError.js";
import type { ErrorEmployee, ResultFormatter } from "./createResultFormatter.js";
import { appraisalFromCsv, type CsvLayout } from "./csvLayout.js";
import type { RawRecord } from "./rawRecords.js";

/** @internal The output of one scored chunk: its text, counts, and where `onError: "throw"` stopped it. */
export interface ChunkOutput {
  readonly text: string;
  readonly ok: number;
  readonly failed: number;
  readonly stop?: { readonly line: number; readonly error: BatchErrorJson };
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
  let out = "";
  let ok = 0;
  let failed = 0;
  for (const r of records) {
    let appraisal: unknown;
    let error: BatchErrorJson | undefined;
    if ("problem" in r) {
      error = r.problem;
    } else if ("text" in r) {
      try {
        appraisal = JSON.parse(r.text);
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        error = inputError(r.line, `not valid JSON: ${msg}`, "invalid_json", msg);
      }
    } else {
      appraisal = appraisalFromCsv(layout as CsvLayout, r.fields);
    }
    if (error === undefined) {
      try {
        out += detail === "score" ? formatter.score(r.line, score(plan, appraisal as AppraisalInput)) : formatter.result(r.line, evaluate(plan, appraisal as AppraisalInput));
        ok += 1;
        continue;
      } catch (e) {
        if (!isKinerjaError(e)) throw e;
        error = errorJson(e);
      }
    }
    if (onError === "throw") return { text: out, ok, failed, stop: { line: r.line, error } };
    out += formatter.error(r.line, error, employeeOf(appraisal));
    failed += 1;
  }
  return { text: out, ok, failed };
}
