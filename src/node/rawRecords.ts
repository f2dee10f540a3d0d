import { KinerjaError } from "../index.js";
import { inputError, type BatchErrorJson } from "./batchError.js";
import { ndjsonLines } from "./ndjsonLines.js";
import { parseCsv, type CsvRecord } from "./parseCsv.js";
import { textChunks, type InputSource } from "./textChunks.js";

/**
 * @internal One input record before it is scored: an NDJSON line's text, a CSV record's fields (as
 * wide as the header), or the problem that makes it unreadable — each with its 1-based line number.
 */
export type RawRecord =
  | { readonly line: number; readonly text: string }
  | { readonly line: number; readonly fields: readonly string[] }
  | { readonly line: number; readonly problem: BatchErrorJson };

/** @internal The records of an input in batches, and for CSV its header row. */
export interface RawSource {
  readonly header: readonly string[] | undefined;
  readonly batches: AsyncGenerator<RawRecord[], void, undefined>;
}

/** @internal Options of the CSV reader. */
export interface CsvReadSettings {
  readonly delimiter: string;
}

async function* csvBatches(first: CsvRecord[], rest: AsyncGenerator<CsvRecord[], void, undefined>, width: number): AsyncGenerator<RawRecord[], void, undefined> {
  const convert = (rs: readonly CsvRecord[]): RawRecord[] =>
    rs.map((r): RawRecord => {
      if (r.problem !== undefined) return { line: r.line, problem: inputError(r.line, `malformed CSV record: ${r.problem}`, "invalid_csv", r.problem) };
      if (r.fields.length !== width) {
        const msg = `expected ${width} fields (the header's), got ${r.fields.length}`;
        return { line: r.line, problem: inputError(r.line, `malformed CSV record: ${msg}`, "csv_field_count", msg) };
      }
      return { line: r.line, fields: r.fields };
    });
  if (first.length > 0) yield convert(first);
  for await (const batch of rest) yield convert(batch);
}

/**
 * @internal Opens an input and reads it as raw records. For CSV the first record is the header; a
 * malformed header is an `INVALID_INPUT` error (a file-level problem, not a bad record).
 */
export async function openRawRecords(input: InputSource, format: "ndjson" | "csv", csv: CsvReadSettings, batch: number): Promise<RawSource> {
  const chunks = textChunks(input);
  if (format === "ndjson") return { header: undefined, batches: ndjsonLines(chunks, batch) };
  const records = parseCsv(chunks, csv.delimiter, batch);
  const first = await records.next();
  if (first.done === true || first.value.length === 0) return { header: undefined, batches: csvBatches([], records, 0) };
  const [head, ...rest] = first.value as [CsvRecord, ...CsvRecord[]];
  if (head.problem !== undefined) {
    throw new KinerjaError("INVALID_INPUT", `invalid CSV header (line ${head.line}): ${head.problem}`, []);
  }
  return { header: head.fields, batches: csvBatches(rest, records, head.fields.length) };
}
