import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../src/main.js";

/** Runs the command in-process; returns its exit code and what it printed. */
export async function kinerja(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "kinerja-cli-"));
}

/** A repository file's path. */
export function repo(path: string): string {
  return new URL(`../../${path}`, import.meta.url).pathname;
}

/** The sheets of a workbook as arrays of row values (row 1 = headers). */
export async function readWorkbook(file: string): Promise<Map<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, unknown[][]>();
  for (const ws of wb.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    out.set(ws.name, rows);
  }
  return out;
}

/** Rows of a sheet as objects keyed by the header row. */
export function records(rows: unknown[][] | undefined): Record<string, unknown>[] {
  if (rows === undefined || rows.length === 0) return [];
  const [head, ...rest] = rows as [unknown[], ...unknown[][]];
  return rest.map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i] ?? null])));
}
