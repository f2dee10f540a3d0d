import * as z from "zod/mini";
import { KinerjaError, isKinerjaError, isPlan, type Plan, type Result } from "../index.js";
import { issue } from "../errors/kinerjaError.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { createResultFormatter } from "./createResultFormatter.js";
import { openOutput, type OutputTarget } from "./openOutput.js";
import { FormatSchema, OutputSchema } from "./options.js";

/** One record to write: a result or an error, with the input line it came from. */
export type ScoredRecord = { readonly line: number; readonly result: Result } | { readonly line: number; readonly error: KinerjaError };

/** Options of {@link writeResults}. */
export interface WriteResultsOptions {
  /** The records, in the order to write them. */
  readonly records: AsyncIterable<ScoredRecord> | Iterable<ScoredRecord>;
  /** A file path (written to a temporary file beside it and renamed onto it at the end, so a failed run leaves it as it was) or a writable stream (left open). */
  readonly output: OutputTarget;
  /** `"ndjson"` (default) or `"csv"`. */
  readonly format?: "ndjson" | "csv" | undefined;
  /** The plan of the results; required for CSV. */
  readonly plan?: Plan | undefined;
  /** Keep `trace` in NDJSON results (default true). */
  readonly trace?: boolean | undefined;
}

/** What {@link writeResults} and `scoreStream` wrote. */
export interface WriteSummary {
  /** Records written (results + errors). */
  readonly records: number;
  /** Results written. */
  readonly ok: number;
  /** Errors written. */
  readonly failed: number;
}

const OptionsSchema = z.strictObject({
  records: z.custom<AsyncIterable<ScoredRecord> | Iterable<ScoredRecord>>(
    (v) => typeof v === "object" && v !== null && (Symbol.asyncIterator in v || Symbol.iterator in v),
    "expected an iterable or async iterable of records",
  ),
  output: OutputSchema,
  format: z._default(FormatSchema, "ndjson"),
  plan: z.optional(z.custom<Plan>(isPlan, "expected a plan from compile()")),
  trace: z._default(z.boolean(), true),
});

/**
 * Writes scored records as NDJSON or CSV (formats of {@link createResultFormatter}), one line or row per
 * record, waiting whenever the output asks to (backpressure), so memory stays flat.
 *
 * @param options - `records`, `output`, `format`, `plan` (for CSV), `trace`
 * @returns the counts written
 * @throws `KinerjaError` `INVALID_INPUT` for bad options or a record that cannot be written; `IO_ERROR` when the output fails
 * @example
 * ```ts
 * async function* scored() {
 *   for await (const r of readAppraisals({ input: "in.ndjson" })) {
 *     if ("error" in r) { yield r; continue; }
 *     try { yield { line: r.line, result: evaluate(plan, r.appraisal) }; }
 *     catch (e) { if (isKinerjaError(e)) yield { line: r.line, error: e }; else throw e; }
 *   }
 * }
 * await writeResults({ records: scored(), output: "out.csv", format: "csv", plan });
 * ```
 */
export async function writeResults(options: WriteResultsOptions): Promise<WriteSummary> {
  const o = parseWith(OptionsSchema, options, "INVALID_INPUT", "writeResults options");
  const formatter = createResultFormatter({ format: o.format, plan: o.plan, trace: o.trace });
  const out = openOutput(o.output);
  const own = (v: unknown, key: string): unknown => (typeof v === "object" && v !== null && Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined);
  let ok = 0;
  let failed = 0;
  let done = false;
  try {
    await out.write(formatter.header);
    let buffer = "";
    for await (const r of o.records) {
      const at = ok + failed;
      const line = own(r, "line");
      const result = own(r, "result");
      const error = own(r, "error");
      if (typeof line !== "number" || !Number.isSafeInteger(line) || line < 0) {
        throw new KinerjaError("INVALID_INPUT", "a record must hold its input line", [issue(["records", at, "line"], "invalid_type", "expected a non-negative integer")]);
      }
      let text: string;
      try {
        if (result !== undefined) text = formatter.result(line, result as Result);
        else if (isKinerjaError(error)) text = formatter.error(line, error);
        else text = "";
      } catch (e) {
        // A result that is not plain JSON (a cycle, a BigInt) or not a Result (a number where text belongs).
        throw new KinerjaError("INVALID_INPUT", `record ${at} (line ${line}) cannot be written: ${e instanceof Error ? e.message : String(e)}`, [
          issue(["records", at, "result"], "invalid_type", "expected a plain-JSON result of evaluate"),
        ]);
      }
      if (result !== undefined) ok += 1;
      else if (isKinerjaError(error)) failed += 1;
      else {
        throw new KinerjaError("INVALID_INPUT", "a record must hold a result or a KinerjaError", [
          issue(["records", at], "invalid_type", "expected { line, result } or { line, error: KinerjaError }"),
        ]);
      }
      buffer += text;
      if (buffer.length >= 1 << 16) {
        await out.write(buffer);
        buffer = "";
      }
    }
    await out.write(buffer);
    await out.commit();
    done = true;
  } finally {
    if (!done) await out.discard();
  }
  return { records: ok + failed, ok, failed };
}
