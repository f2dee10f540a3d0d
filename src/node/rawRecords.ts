import { KinerjaError } from "../index.js";
import { inputError, type BatchErrorJson } from "./batchError.js";
import { parseCsv, type CsvRecord } from "./parseCsv.js";
import { physicalLines, MAX_LINE_CHARS, type PhysicalLine } from "./physicalLines.js";
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

const invalidUtf8 = (line: number): BatchErrorJson => inputError(line, "the line is not valid UTF-8", "invalid_utf8", "the line holds a byte sequence that is not UTF-8");
const tooLong = (line: number): BatchErrorJson => inputError(line, `the line is longer than ${MAX_LINE_CHARS} characters`, "line_too_long", `longer than ${MAX_LINE_CHARS} characters`);

/** NDJSON records: every non-blank line is one record (text, or the problem that makes it unreadable). */
async function* ndjsonRecords(lines: AsyncIterable<PhysicalLine[]>, batch: number, bad: ReadonlySet<number>): AsyncGenerator<RawRecord[], void, undefined> {
  let out: RawRecord[] = [];
  for await (const chunk of lines) {
    for (const l of chunk) {
      if (l.tooLong === true) out.push({ line: l.line, problem: tooLong(l.line) });
      else if (l.text.trim() === "") continue;
      else if (bad.has(l.line)) out.push({ line: l.line, problem: invalidUtf8(l.line) });
      else out.push({ line: l.line, text: l.text });
      if (out.length >= batch) {
        yield out;
        out = [];
      }
    }
  }
  if (out.length > 0) yield out;
}

async function* csvBatches(first: CsvRecord[], rest: AsyncGenerator<CsvRecord[], void, undefined>): AsyncGenerator<RawRecord[], void, undefined> {
  const convert = (rs: readonly CsvRecord[]): RawRecord[] =>
    rs.map((r): RawRecord => (r.problem !== undefined ? { line: r.line, problem: inputError(r.line, `malformed CSV record: ${r.problem}`, r.code ?? "invalid_csv", r.problem) } : { line: r.line, fields: r.fields }));
  if (first.length > 0) yield convert(first);
  for await (const batch of rest) yield convert(batch);
}

/**
 * @internal Opens an input and reads it as raw records: each non-blank NDJSON line or CSV record is one
 * record, readable or with the problem that makes it unreadable (invalid UTF-8, a line too long, a
 * malformed CSV record). For CSV the first record is the header; a malformed header is an `INVALID_INPUT`
 * error (a file-level problem, not a bad record). A missing or unreadable file is an `IO_ERROR`.
 */
export async function openRawRecords(input: InputSource, format: "ndjson" | "csv", csv: CsvReadSettings, batch: number): Promise<RawSource> {
  const bad = new Set<number>();
  const lines = physicalLines(textChunks(input, (line) => bad.add(line)));
  if (format === "ndjson") {
    // Open the file now, so that a missing input fails before any output is opened.
    const first = await lines.next();
    async function* all(): AsyncGenerator<PhysicalLine[], void, undefined> {
      if (first.done !== true) yield first.value;
      yield* lines;
    }
    return { header: undefined, batches: ndjsonRecords(all(), batch, bad) };
  }
  const records = parseCsv(lines, csv.delimiter, batch, (line) => bad.has(line));
  const first = await records.next();
  if (first.done === true || first.value.length === 0) return { header: undefined, batches: csvBatches([], records) };
  const [head, ...rest] = first.value as [CsvRecord, ...CsvRecord[]];
  if (head.problem !== undefined) {
    throw new KinerjaError("INVALID_INPUT", `invalid CSV header (line ${head.line}): ${head.problem}`, []);
  }
  return { header: head.fields, batches: csvBatches(rest, records) };
}
