import { resolve } from "node:path";
import { CliError, type CliIssue } from "../cliError.js";
import type { Mapping } from "../mapping.js";
import type { DecimalStyle } from "./cells.js";
import { openTable } from "./readTable.js";
import { CellReader, headerIndex, ratingValue, type RowError, type RowRatings } from "./rowMapper.js";
import { DEFAULT_MISSING, normaliseNip } from "./cells.js";

/** Ratings read from one-row-per-rater data, by employee NIP, with the rows that could not be read. */
export interface RatingRowsIndex {
  /** NIP → the raters' ratings. */
  readonly byNip: Map<string, RowRatings[]>;
  /** NIP → the first bad ratings row of that employee (the employee is then listed as an error too). */
  readonly badByNip: Map<string, RowError>;
  /** Bad rows without a readable NIP. */
  readonly errors: RowError[];
  /** Where the rows came from, for messages (`sheet 'Penilaian'` or a file name). */
  readonly source: string;
}

/**
 * Reads `ratingRows` (a sheet of the input workbook or another file) into memory, by NIP. This is the
 * one input kept whole in memory: ratings of one employee may be anywhere in it.
 */
export async function readRatingRows(options: { readonly mapping: Mapping; readonly mappingDir: string; readonly input: string; readonly style: DecimalStyle }): Promise<RatingRowsIndex | null> {
  const spec = options.mapping.ratingRows;
  if (spec === undefined) return null;
  const file = spec.file === undefined ? options.input : resolve(options.mappingDir, spec.file);
  const source = spec.file === undefined ? `sheet '${String(spec.sheet)}'` : spec.file;
  const table = await openTable({ file, sheet: spec.file === undefined ? spec.sheet : undefined, delimiter: options.mapping.delimiter });
  const find = headerIndex(table.headers);
  const problems: CliIssue[] = [];
  const col = (name: string, at: string): number => {
    const i = find(name);
    if (i < 0) problems.push({ at: `ratingRows.${at}`, message: { id: `kolom '${name}' tidak ada di ${source}`, en: `column '${name}' is not in ${source}` } });
    return i;
  };
  const nipCol = col(spec.employee, "employee");
  const raterCol = col(spec.rater, "rater");
  const groupCol = col(spec.group, "group");
  const comps = Object.entries(spec.columns).map(([competency, header]) => ({ competency, header, index: col(header, `columns.${competency}`) }));
  if (problems.length > 0) throw new CliError({ id: "kolom penilaian tidak lengkap", en: "rating columns are missing" }, problems);
  const groups = new Map(Object.entries(spec.groups).map(([k, g]) => [k.trim().toLowerCase(), g] as const));
  const cells = new CellReader(options.mapping.missing ?? DEFAULT_MISSING, options.style);
  const byNip = new Map<string, RowRatings[]>();
  const badByNip = new Map<string, RowError>();
  const errors: RowError[] = [];
  for await (const row of table.rows) {
    const nipText = cells.text(row.values[nipCol]);
    const nip = nipText === null ? null : normaliseNip(nipText);
    const bad = (column: string | null, id: string, en: string): void => {
      const e: RowError = { line: row.line, nip, name: null, column: column === null ? null : `${source}: ${column}`, reason: { id: `${source} baris ${row.line}: ${id}`, en: `${source} row ${row.line}: ${en}` }, code: null };
      if (nip === null) errors.push(e);
      else if (!badByNip.has(nip)) badByNip.set(nip, e);
      else errors.push(e);
    };
    if (nip === null) {
      bad(spec.employee, "NIP kosong", "the NIP is empty");
      continue;
    }
    const rater = cells.text(row.values[raterCol]);
    if (rater === null) {
      bad(spec.rater, "penilai kosong", "the rater is empty");
      continue;
    }
    const groupText = cells.text(row.values[groupCol]);
    const group = groupText === null ? undefined : groups.get(groupText.toLowerCase());
    if (group === undefined) {
      bad(spec.group, `hubungan penilai '${groupText ?? ""}' tidak dikenal (${[...groups.keys()].join(", ")})`, `unknown rater relation '${groupText ?? ""}' (${[...groups.keys()].join(", ")})`);
      continue;
    }
    const values: { competency: string; value: string; column: string }[] = [];
    let failed = false;
    for (const c of comps) {
      const value = ratingValue(cells, row.values[c.index]);
      if (value === undefined) {
        bad(c.header, `nilai perilaku bukan angka: '${cells.text(row.values[c.index])}'`, `rating is not a number: '${cells.text(row.values[c.index])}'`);
        failed = true;
        break;
      }
      if (value !== null) values.push({ competency: c.competency, value, column: `${source}: ${c.header} (${row.line})` });
    }
    if (failed) continue;
    const list = byNip.get(nip) ?? [];
    list.push({ rater, group, values });
    byNip.set(nip, list);
  }
  return { byNip, badByNip, errors, source };
}
