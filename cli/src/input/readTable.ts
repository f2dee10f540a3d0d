import { createReadStream, openSync, readSync, closeSync } from "node:fs";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import { CliError } from "../cliError.js";
import { detectDelimiter } from "./cells.js";

/** A cell as a reader gives it: text, a number (XLSX), a boolean, a date (XLSX) or nothing. */
export type RawCell = string | number | boolean | Date | null;

/** One data row: its row number in the file (the header is row 1 of a sheet, line 1 of a CSV) and its cells. */
export interface TableRow {
  readonly line: number;
  readonly values: readonly RawCell[];
}

/** A table being read: the header texts, then the rows, streamed. */
export interface Table {
  readonly headers: readonly string[];
  readonly rows: AsyncIterable<TableRow>;
  /** The CSV delimiter used (detected or given), for messages; null for XLSX and NDJSON. */
  readonly delimiter: string | null;
}

/** The input formats the command reads. */
export type InputFormat = "xlsx" | "csv" | "ndjson";

/** The format of an input file, from its extension (`.tsv` and `.txt` are CSV with a detected delimiter). */
export function inputFormatOf(file: string): InputFormat {
  const ext = extname(file).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (ext === ".ndjson" || ext === ".jsonl") return "ndjson";
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") return "csv";
  throw new CliError({ id: `format berkas tidak dikenal: ${file} (gunakan .xlsx, .csv, .tsv atau .ndjson)`, en: `unknown file format: ${file} (use .xlsx, .csv, .tsv or .ndjson)` });
}

/** Options of {@link openTable}. */
export interface OpenTableOptions {
  readonly file: string;
  /** XLSX: a sheet name or 1-based index (default: the first sheet). */
  readonly sheet?: string | number | undefined;
  /** CSV: the delimiter (default: detected from the first lines; `.tsv` files: tab). */
  readonly delimiter?: string | undefined;
}

/** Opens an input file as a streamed table (XLSX with a streaming reader, CSV with csv-parse, NDJSON by line). */
export async function openTable(options: OpenTableOptions): Promise<Table> {
  const format = inputFormatOf(options.file);
  switch (format) {
    case "xlsx":
      return openXlsx(options.file, options.sheet);
    case "csv":
      return openCsv(options.file, options.delimiter);
    case "ndjson":
      return openNdjson(options.file);
    default: {
      const never: never = format;
      throw new Error(`unreachable ${String(never)}`);
    }
  }
}

function head(file: string, bytes: number): string {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

async function openCsv(file: string, given: string | undefined): Promise<Table> {
  const delimiter = given ?? (extname(file).toLowerCase() === ".tsv" ? "\t" : detectDelimiter(head(file, 64 * 1024)));
  const parser = createReadStream(file).pipe(
    parse({ delimiter, bom: true, info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true }),
  );
  const it = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const first = await it.next();
  if (first.done) throw new CliError({ id: `${file}: berkas kosong`, en: `${file}: the file is empty` });
  const headers = first.value.record.map((h) => h.trim());
  async function* rows(): AsyncGenerator<TableRow> {
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      // info.lines is the line where the record ends; a record spanning lines is rare in exports.
      yield { line: n.value.info.lines, values: n.value.record };
    }
  }
  return { headers, rows: rows(), delimiter };
}

async function openNdjson(file: string): Promise<Table> {
  // NDJSON with a mapping: one flat JSON object per line, keys are the "headers". The header set is
  // taken from the first object; later keys not in it are ignored.
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  const it = lines[Symbol.asyncIterator]();
  let lineNo = 0;
  let firstObject: Record<string, unknown> | null = null;
  let firstLine = 0;
  for (;;) {
    const n = await it.next();
    if (n.done) break;
    lineNo++;
    const text = lineNo === 1 ? n.value.replace(/^\uFEFF/, "") : n.value;
    if (text.trim() === "") continue;
    firstObject = parseObject(text, file, lineNo);
    firstLine = lineNo;
    break;
  }
  if (firstObject === null) throw new CliError({ id: `${file}: berkas kosong`, en: `${file}: the file is empty` });
  const headers = Object.keys(firstObject);
  const toRow = (o: Record<string, unknown>, line: number): TableRow => ({
    line,
    values: headers.map((h) => {
      const v = Object.hasOwn(o, h) ? o[h] : null;
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
    }),
  });
  const start = toRow(firstObject, firstLine);
  async function* rows(): AsyncGenerator<TableRow> {
    yield start;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      lineNo++;
      if (n.value.trim() === "") continue;
      yield toRow(parseObject(n.value, file, lineNo), lineNo);
    }
  }
  return { headers, rows: rows(), delimiter: null };
}

function parseObject(text: string, file: string, line: number): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new CliError({ id: `${file} baris ${line}: bukan JSON yang valid (${(e as Error).message})`, en: `${file} line ${line}: not valid JSON (${(e as Error).message})` });
  }
  if (v === null || typeof v !== "object" || Array.isArray(v)) {
    throw new CliError({ id: `${file} baris ${line}: harus berupa objek JSON`, en: `${file} line ${line}: must be a JSON object` });
  }
  return v as Record<string, unknown>;
}

/** An XLSX cell value as a plain value: rich text joined, formulas by their cached result, errors as null. */
export function xlsxValue(v: unknown): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((p) => p.text).join("");
    if ("result" in o) return xlsxValue(o.result);
    if (typeof o.text === "string") return o.text;
  }
  return null;
}

async function openXlsx(file: string, sheet: string | number | undefined): Promise<Table> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", entries: "ignore" });
  const sheets = reader[Symbol.asyncIterator]();
  const seen: string[] = [];
  let index = 0;
  for (;;) {
    const n = await sheets.next();
    if (n.done) break;
    index++;
    const ws = n.value as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
    seen.push(ws.name);
    const wanted = sheet === undefined ? index === 1 : typeof sheet === "number" ? index === sheet : ws.name.trim().toLowerCase() === sheet.trim().toLowerCase();
    if (!wanted) {
      for await (const _row of ws) {
        // skip the rows of another sheet
      }
      continue;
    }
    const rowsIt = ws[Symbol.asyncIterator]();
    let headerRow: ExcelJS.Row | null = null;
    for (;;) {
      const r = await rowsIt.next();
      if (r.done) break;
      if (rowCells(r.value).some((c) => c !== null)) {
        headerRow = r.value;
        break;
      }
    }
    if (headerRow === null) throw new CliError({ id: `${file}: lembar '${ws.name}' kosong`, en: `${file}: sheet '${ws.name}' is empty` });
    const headers = rowCells(headerRow).map((c) => (c === null ? "" : c instanceof Date ? c.toISOString() : String(c).trim()));
    async function* rows(): AsyncGenerator<TableRow> {
      for (;;) {
        const r = await rowsIt.next();
        if (r.done) break;
        const values = rowCells(r.value);
        if (values.every((c) => c === null || (typeof c === "string" && c.trim() === ""))) continue;
        yield { line: r.value.number, values };
      }
      // drain the remaining sheets so that the reader finishes cleanly
      for (;;) {
        const rest = await sheets.next();
        if (rest.done) return;
        for await (const _row of rest.value as unknown as AsyncIterable<ExcelJS.Row>) {
          // skip
        }
      }
    }
    return { headers, rows: rows(), delimiter: null };
  }
  const which = typeof sheet === "number" ? `#${sheet}` : `'${String(sheet)}'`;
  throw new CliError({ id: `${file}: lembar ${which} tidak ada (ada: ${seen.join(", ")})`, en: `${file}: no sheet ${which} (the workbook has: ${seen.join(", ")})` });
}

function rowCells(row: ExcelJS.Row): RawCell[] {
  const values = row.values as unknown[];
  const out: RawCell[] = [];
  for (let i = 1; i < values.length; i++) out.push(xlsxValue(values[i]));
  return out;
}
