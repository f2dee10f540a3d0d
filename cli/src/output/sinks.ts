import { createWriteStream, type WriteStream } from "node:fs";
import { extname } from "node:path";
import { once } from "node:events";
import { stringify, type Stringifier } from "csv-stringify";
import ExcelJS from "exceljs";
import { CliError } from "../cliError.js";
import type { Lang } from "../i18n.js";
import type { RowError } from "../input/rowMapper.js";
import type { RowOutcome } from "../scoreRows.js";
import type { RunSummary } from "../summary.js";
import { atomicFile, type AtomicFile } from "./atomicFile.js";
import { ERROR_COLUMNS, type OutCell, type OutColumn } from "./columns.js";

/** The output formats. */
export type OutputFormat = "xlsx" | "csv" | "ndjson";

/** The format of an output file, from its extension. */
export function outputFormatOf(file: string): OutputFormat {
  const ext = extname(file).toLowerCase();
  if (ext === ".xlsx") return "xlsx";
  if (ext === ".csv" || ext === ".tsv") return "csv";
  if (ext === ".ndjson" || ext === ".jsonl") return "ndjson";
  throw new CliError({ id: `format keluaran tidak dikenal: ${file} (gunakan .xlsx, .csv atau .ndjson)`, en: `unknown output format: ${file} (use .xlsx, .csv or .ndjson)` });
}

/** Where scored rows go. Everything is written to temporary files, renamed on `finish`, removed on `abort`. */
export interface Sink {
  write(o: RowOutcome): Promise<void>;
  finish(summary: RunSummary): Promise<readonly string[]>;
  abort(): Promise<void>;
}

/** Options of {@link openSink}. */
export interface SinkOptions {
  readonly file: string;
  readonly columns: readonly OutColumn[];
  readonly lang: Lang;
  /** CSV: the delimiter (default `;`, as Excel in id-ID expects). */
  readonly delimiter?: string | undefined;
  /** CSV: write numbers with a decimal comma. */
  readonly decimalComma?: boolean | undefined;
  /** A band or curve category id in words (the scheme's or the curve's label). */
  readonly bandName: (id: string) => string;
}

/** Opens the sink of an output file. */
export function openSink(options: SinkOptions): Sink {
  const format = outputFormatOf(options.file);
  switch (format) {
    case "xlsx":
      return xlsxSink(options);
    case "csv":
      return csvSink(options);
    case "ndjson":
      return ndjsonSink(options);
    default: {
      const never: never = format;
      throw new Error(`unreachable ${String(never)}`);
    }
  }
}

const SHEETS = {
  employees: { id: "Pegawai", en: "Employees" },
  units: { id: "Ringkasan Unit", en: "Unit summary" },
  distribution: { id: "Distribusi", en: "Distribution" },
  errors: { id: "Kesalahan", en: "Errors" },
} as const;

function numFmt(t: string): string {
  const i = t.indexOf(".");
  return i < 0 ? "0" : `0.${"0".repeat(t.length - i - 1)}`;
}

function xlsxSink(o: SinkOptions): Sink {
  const file = atomicFile(o.file);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file.temp, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(SHEETS.employees[o.lang], { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = o.columns.map((c) => ({ header: c.header[o.lang], key: c.key, width: Math.max(10, c.header[o.lang].length + 2) }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  const errors: RowError[] = [];
  const put = (row: ExcelJS.Row, i: number, cell: OutCell): void => {
    if (cell === null) return;
    const c = row.getCell(i + 1);
    if ("text" in cell) c.value = cell.text;
    else {
      c.value = Number(cell.number);
      c.numFmt = numFmt(cell.number);
    }
  };
  let committed = false;
  return {
    async write(r) {
      if (!r.ok) {
        errors.push(r.error);
        return;
      }
      const row = ws.addRow([]);
      o.columns.forEach((c, i) => put(row, i, c.value(r, o.lang)));
      row.commit();
    },
    async finish(summary) {
      ws.commit();
      writeSummarySheets(wb, summary, o.lang, o.bandName);
      const es = wb.addWorksheet(SHEETS.errors[o.lang]);
      es.columns = ERROR_COLUMNS.map((c) => ({ header: c.header[o.lang], key: c.key, width: c.key === "reason" ? 80 : 16 }));
      es.getRow(1).font = { bold: true };
      for (const e of errors) {
        const row = es.addRow([]);
        ERROR_COLUMNS.forEach((c, i) => put(row, i, c.value(e, o.lang)));
        row.commit();
      }
      es.commit();
      await wb.commit();
      committed = true;
      file.commit();
      return [o.file];
    },
    async abort() {
      if (!committed) {
        try {
          await wb.commit();
        } catch {
          // the temporary file is removed below either way
        }
      }
      file.discard();
    },
  };
}

function writeSummarySheets(wb: ExcelJS.stream.xlsx.WorkbookWriter, s: RunSummary, lang: Lang, bandName: (id: string) => string): void {
  const en = lang === "en";
  const us = wb.addWorksheet(SHEETS.units[lang]);
  const bandIds = [...new Set(s.units.flatMap((u) => u.bands.map((b) => b.band ?? "-")))];
  us.addRow([en ? "Unit" : "Unit Kerja", en ? "Employees" : "Jumlah pegawai", en ? "Mean" : "Rata-rata", "Median", "Min", "Max", ...bandIds.map((b) => (b === "-" ? (en ? "(no band)" : "(tanpa predikat)") : bandName(b)))]).font = { bold: true };
  for (const u of s.units) {
    const counts = new Map(u.bands.map((b) => [b.band ?? "-", b.count]));
    us.addRow([u.unit ?? "-", u.count, Number(u.mean), Number(u.median), Number(u.min), Number(u.max), ...bandIds.map((b) => counts.get(b) ?? 0)]).commit();
  }
  us.getColumn(1).width = 45;
  us.getColumn(3).numFmt = "0.00";
  us.getColumn(4).numFmt = "0.00";
  us.commit();
  const ds = wb.addWorksheet(SHEETS.distribution[lang]);
  if (s.distribution === null) {
    ds.addRow([en ? "No distribution curve applies to this scheme's bands." : "Tidak ada kurva distribusi untuk predikat skema ini."]).commit();
  } else {
    ds.addRow([`${en ? "Curve" : "Kurva"}: ${s.distribution.curve}`]).commit();
    ds.addRow([en ? "Unit" : "Unit Kerja", en ? "Employees" : "Jumlah pegawai", en ? "Category" : "Kategori", en ? "Count" : "Jumlah", "%", en ? "Allowed" : "Rentang diizinkan", en ? "Status" : "Status"]).font = { bold: true };
    for (const g of s.distribution.groups) {
      g.counts.forEach((c, i) => {
        const allowed = g.ranges[i]?.allowed;
        const range = allowed === undefined ? "" : allowed.min === allowed.max ? `${allowed.min}` : `${allowed.min}–${allowed.max}`;
        const v = g.violations.find((x) => x.kind === "category" && x.id === c.category);
        const status = !g.feasible ? (en ? "curve infeasible for this size" : "kurva tidak dapat dipenuhi") : v ? (v.problem === "above" ? (en ? "above the limit" : "melebihi batas") : en ? "below the minimum" : "kurang dari minimum") : "OK";
        ds.addRow([g.unit ?? "-", g.size, bandName(c.category), c.count, Number(c.share) * 100, range, status]).commit();
      });
    }
    ds.getColumn(1).width = 45;
    ds.getColumn(5).numFmt = "0.0";
  }
  ds.commit();
}

/** A cell as CSV text: numbers with a decimal comma on request. */
function csvText(cell: OutCell, decimalComma: boolean): string {
  if (cell === null) return "";
  if ("text" in cell) return cell.text;
  return decimalComma ? cell.number.replace(".", ",") : cell.number;
}

async function writeTo(stream: WriteStream | Stringifier, chunk: unknown): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}

async function endStream(s: Stringifier, out: WriteStream): Promise<void> {
  s.end();
  await once(out, "finish");
}

function csvSink(o: SinkOptions): Sink {
  const delimiter = o.delimiter ?? (extname(o.file).toLowerCase() === ".tsv" ? "\t" : ";");
  const decimalComma = o.decimalComma ?? false;
  const main = atomicFile(o.file);
  const errorsFile = o.file.replace(/(\.[^.]+)$/, ".errors$1");
  const err = atomicFile(errorsFile);
  const open = (f: AtomicFile, header: string[]): { s: Stringifier; out: WriteStream } => {
    const out = createWriteStream(f.temp);
    out.write("\uFEFF");
    const s = stringify({ delimiter, bom: false, record_delimiter: "windows" });
    s.pipe(out);
    s.write(header);
    return { s, out };
  };
  const m = open(main, o.columns.map((c) => c.header[o.lang]));
  const e = open(err, ERROR_COLUMNS.map((c) => c.header[o.lang]));
  return {
    async write(r) {
      if (r.ok) await writeTo(m.s, o.columns.map((c) => csvText(c.value(r, o.lang), decimalComma)));
      else await writeTo(e.s, ERROR_COLUMNS.map((c) => csvText(c.value(r.error, o.lang), decimalComma)));
    },
    async finish() {
      await endStream(m.s, m.out);
      await endStream(e.s, e.out);
      main.commit();
      err.commit();
      return [o.file, errorsFile];
    },
    async abort() {
      m.s.destroy();
      e.s.destroy();
      m.out.destroy();
      e.out.destroy();
      main.discard();
      err.discard();
    },
  };
}

function ndjsonSink(o: SinkOptions): Sink {
  const f = atomicFile(o.file);
  const out = createWriteStream(f.temp);
  return {
    async write(r) {
      const line = r.ok
        ? { ok: true, line: r.line, score: r.score, ...(r.result ? { result: { ...r.result, trace: undefined } } : {}) }
        : { ok: false, line: r.error.line, nip: r.error.nip, column: r.error.column, code: r.error.code, reason: r.error.reason[o.lang] };
      await writeTo(out, `${JSON.stringify(line)}\n`);
    },
    async finish() {
      out.end();
      await once(out, "finish");
      f.commit();
      return [o.file];
    },
    async abort() {
      out.destroy();
      f.discard();
    },
  };
}
