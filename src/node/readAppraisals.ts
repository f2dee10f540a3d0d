import * as z from "zod/mini";
import { KinerjaError, type AppraisalInput } from "../index.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { jsonError } from "./batchError.js";
import { parseJsonExact } from "./parseJsonExact.js";
import { appraisalFromCsv, csvLayout } from "./csvLayout.js";
import { CsvOptionsSchema, FormatSchema, InputSchema, type CsvOptions } from "./options.js";
import { openRawRecords } from "./rawRecords.js";
import type { InputSource } from "./textChunks.js";

/** One record read by {@link readAppraisals}: the appraisal JSON, or why the record could not be read, with its 1-based line. */
export type AppraisalRecord = { readonly line: number; readonly appraisal: AppraisalInput } | { readonly line: number; readonly error: KinerjaError };

/** Options of {@link readAppraisals}. */
export interface ReadAppraisalsOptions {
  /** A file path, a Node readable stream (e.g. `process.stdin`), or an (async) iterable of text or bytes. */
  readonly input: InputSource;
  /** `"ndjson"` (default): one appraisal JSON per line. `"csv"`: the wide layout of docs/batch.md. */
  readonly format?: "ndjson" | "csv" | undefined;
  /** CSV settings (delimiter, unknown columns). */
  readonly csv?: CsvOptions | undefined;
}

const OptionsSchema = z.strictObject({ input: InputSchema, format: z._default(FormatSchema, "ndjson"), csv: CsvOptionsSchema });

/**
 * Reads appraisals from NDJSON or CSV, lazily and in order. Each record yields `{ line, appraisal }`, or
 * `{ line, error }` when it cannot be read (malformed JSON, a CSV record of the wrong width or with a
 * broken quote): a bad record never stops the reading. Line numbers are 1-based and count blank lines
 * (which are skipped); a CSV record spanning several lines has the number of its first line.
 *
 * The appraisals are not validated here: `evaluate` does that and reports paths into the appraisal.
 *
 * @param options - `input`, `format`, `csv`
 * @returns an async iterable of records
 * @throws `KinerjaError` `INVALID_INPUT` for bad options (at once) or a bad CSV header (when iterated)
 * @example
 * ```ts
 * for await (const r of readAppraisals({ input: "appraisals.ndjson" })) {
 *   if ("error" in r) console.error(`line ${r.line}: ${r.error.message}`);
 *   else results.push(evaluate(plan, r.appraisal));
 * }
 * ```
 */
export function readAppraisals(options: ReadAppraisalsOptions): AsyncIterable<AppraisalRecord> {
  const o = parseWith(OptionsSchema, options, "INVALID_INPUT", "readAppraisals options");
  return {
    async *[Symbol.asyncIterator]() {
      const source = await openRawRecords(o.input, o.format, o.csv, 256);
      const layout = source.header === undefined ? undefined : csvLayout(source.header, o.csv.ignoreUnknown);
      for await (const batch of source.batches) {
        for (const r of batch) {
          if ("problem" in r) {
            yield { line: r.line, error: new KinerjaError(r.problem.code, r.problem.message, r.problem.issues) };
          } else if ("text" in r) {
            const parsed = parseJsonExact(r.text);
            if (!parsed.ok) {
              const p = jsonError(r.line, parsed);
              yield { line: r.line, error: new KinerjaError(p.code, p.message, p.issues) };
              continue;
            }
            yield { line: r.line, appraisal: parsed.value as AppraisalInput };
          } else if (layout !== undefined) {
            yield { line: r.line, appraisal: appraisalFromCsv(layout, r.fields) };
          }
        }
      }
    },
  };
}
