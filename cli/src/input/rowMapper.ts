import type { AppraisalInput } from "kinerja";
import { CliError, type CliIssue } from "../cliError.js";
import type { Text } from "../i18n.js";
import type { Mapping } from "../mapping.js";
import { cellText, decimalText, DEFAULT_MISSING, normaliseNip, type DecimalStyle } from "./cells.js";
import type { RawCell, TableRow } from "./readTable.js";

/** A row that could not be scored: where and why. */
export interface RowError {
  /** The row number in the input (the header is row 1). */
  readonly line: number;
  /** The employee's NIP (normalised), when it could be read. */
  readonly nip: string | null;
  /** The employee's name, when it could be read. */
  readonly name: string | null;
  /** The column header the problem is in, or null for the whole row. */
  readonly column: string | null;
  /** The reason. */
  readonly reason: Text;
  /** The kinerja error code, when kinerja rejected the appraisal. */
  readonly code: string | null;
}

/** One rater's ratings read from a row (wide columns or a long ratings row). */
export interface RowRatings {
  readonly rater: string;
  readonly group: "self" | "supervisor" | "peer" | "subordinate" | "external";
  /** competency id → value text (plain decimal or `na`). */
  readonly values: readonly { readonly competency: string; readonly value: string; readonly column: string }[];
}

/** A mapped row: the appraisal and, for each path prefix in it, the column it came from. */
export type MappedRow =
  | { readonly ok: true; readonly line: number; readonly appraisal: AppraisalInput; readonly columns: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly error: RowError };

/** Finds a header by text, trimmed and case-insensitive. */
export function headerIndex(headers: readonly string[]): (name: string) => number {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = h.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  return (name) => index.get(name.trim().toLowerCase()) ?? -1;
}

/** Reads cells of a table row: text (missing markers → null), numbers in a decimal style. */
export class CellReader {
  constructor(
    readonly missing: readonly string[],
    readonly style: DecimalStyle,
  ) {}

  /** The cell as trimmed text, or null. Numbers from XLSX become plain decimal text. */
  text(raw: RawCell | undefined): string | null {
    if (raw === undefined || raw === null) return null;
    if (typeof raw === "number") return numberText(raw);
    if (raw instanceof Date) return raw.toISOString().slice(0, 10);
    return cellText(raw, this.missing);
  }

  /** The cell as plain decimal text; `undefined` when it is not a number (null when empty). */
  number(raw: RawCell | undefined): string | null | undefined {
    if (typeof raw === "number") return Number.isFinite(raw) ? numberText(raw) : undefined;
    const t = this.text(raw);
    if (t === null) return null;
    return decimalText(t, this.style) ?? undefined;
  }

  /** A date cell as `YYYY-MM-DD` (XLSX dates, `YYYY-MM-DD`, `DD/MM/YYYY`, `DD-MM-YYYY`); `undefined` when not a date. */
  date(raw: RawCell | undefined): string | null | undefined {
    if (raw instanceof Date) return raw.toISOString().slice(0, 10);
    const t = this.text(raw);
    if (t === null) return null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
    if (m) return `${m[3]}-${(m[2] as string).padStart(2, "0")}-${(m[1] as string).padStart(2, "0")}`;
    return undefined;
  }
}

/** A number as plain decimal text (no exponent). */
function numberText(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, "");
}

const NA = /^(na|n\/a|tr|tidak relevan)$/i;

/** A rating cell as a kinerja rating value: plain decimal text or `na`. */
export function ratingValue(cells: CellReader, raw: RawCell | undefined): string | null | undefined {
  const t = cells.text(raw);
  if (t !== null && NA.test(t)) return "na";
  return cells.number(raw);
}

/** Options of {@link createRowMapper}. */
export interface RowMapperOptions {
  readonly mapping: Mapping;
  readonly headers: readonly string[];
  readonly style: DecimalStyle;
}

/** Maps rows of a table to appraisals, as the mapping says. Throws a {@link CliError} naming every mapped column the file lacks. */
export function createRowMapper(options: RowMapperOptions): {
  readonly map: (row: TableRow, extra?: readonly RowRatings[]) => MappedRow;
  readonly nipOf: (row: TableRow) => string | null;
  readonly cells: CellReader;
} {
  const { mapping: m, headers } = options;
  const find = headerIndex(headers);
  const missingColumns: CliIssue[] = [];
  const col = (name: string, at: string): number => {
    const i = find(name);
    if (i < 0) missingColumns.push({ at, message: { id: `kolom '${name}' tidak ada di berkas`, en: `column '${name}' is not in the file` } });
    return i;
  };
  const emp = {
    id: col(m.employee.id, "employee.id"),
    name: m.employee.name === undefined ? -1 : col(m.employee.name, "employee.name"),
    unit: m.employee.unit === undefined ? -1 : col(m.employee.unit, "employee.unit"),
    position: m.employee.position === undefined ? -1 : col(m.employee.position, "employee.position"),
  };
  const appraisalId = m.appraisalId === undefined ? -1 : col(m.appraisalId, "appraisalId");
  const period = m.period === undefined ? null : { start: col(m.period.start, "period.start"), end: col(m.period.end, "period.end") };
  const indicators = m.indicators.map((ind, i) => ({
    id: ind.indicator,
    actual: col(ind.actual, `indicators[${i}].actual`),
    target: ind.target === undefined ? -1 : col(ind.target, `indicators[${i}].target`),
  }));
  const raters = m.raters.map((r, i) => ({
    rater: r.rater,
    group: r.group,
    columns: Object.entries(r.columns).map(([competency, header]) => ({ competency, index: col(header, `raters[${i}].columns.${competency}`) })),
  }));
  if (missingColumns.length > 0) {
    throw new CliError(
      { id: `berkas tidak memiliki kolom yang dipetakan (kolom yang ada: ${headers.filter((h) => h !== "").join(", ")})`, en: `the file lacks mapped columns (its columns: ${headers.filter((h) => h !== "").join(", ")})` },
      missingColumns,
    );
  }
  const cells = new CellReader(m.missing ?? DEFAULT_MISSING, options.style);
  const header = (i: number): string => headers[i] ?? `#${i + 1}`;

  const nipOf = (row: TableRow): string | null => {
    const t = cells.text(row.values[emp.id]);
    return t === null ? null : normaliseNip(t);
  };

  const map = (row: TableRow, extra: readonly RowRatings[] = []): MappedRow => {
    const v = row.values;
    const nip = nipOf(row);
    const name = emp.name < 0 ? null : cells.text(v[emp.name]);
    const fail = (column: string | null, reason: Text): MappedRow => ({ ok: false, error: { line: row.line, nip, name, column, reason, code: null } });
    if (nip === null) return fail(header(emp.id), { id: "NIP kosong", en: "the NIP is empty" });
    if (!/^\d+$/.test(nip)) return fail(header(emp.id), { id: `NIP '${nip}' bukan angka`, en: `NIP '${nip}' is not a number` });
    const columns = new Map<string, string>([["employee.id", header(emp.id)]]);
    const employee: { id: string; name?: string; unit?: string; position?: string } = { id: nip };
    if (name !== null) {
      employee.name = name;
      columns.set("employee.name", header(emp.name));
    }
    const unit = emp.unit < 0 ? null : cells.text(v[emp.unit]);
    if (unit !== null) {
      employee.unit = unit;
      columns.set("employee.unit", header(emp.unit));
    }
    const position = emp.position < 0 ? null : cells.text(v[emp.position]);
    if (position !== null) {
      employee.position = position;
      columns.set("employee.position", header(emp.position));
    }
    const appraisal: { -readonly [K in keyof AppraisalInput]: AppraisalInput[K] } = { employee, actuals: [] };
    if (appraisalId >= 0) {
      const id = cells.text(v[appraisalId]);
      if (id !== null) {
        appraisal.id = id;
        columns.set("id", header(appraisalId));
      }
    }
    if (period !== null) {
      const start = cells.date(v[period.start]);
      const end = cells.date(v[period.end]);
      if (start === undefined) return fail(header(period.start), { id: "bukan tanggal", en: "not a date" });
      if (end === undefined) return fail(header(period.end), { id: "bukan tanggal", en: "not a date" });
      if (start !== null && end !== null) {
        appraisal.period = { start, end };
        columns.set("period.start", header(period.start));
        columns.set("period.end", header(period.end));
      }
    }
    const actuals: { indicator: string; actual: string; target?: string }[] = [];
    for (const ind of indicators) {
      const actual = cells.number(v[ind.actual]);
      if (actual === undefined) return fail(header(ind.actual), { id: `bukan angka: '${cells.text(v[ind.actual])}'`, en: `not a number: '${cells.text(v[ind.actual])}'` });
      const target = ind.target < 0 ? null : cells.number(v[ind.target]);
      if (target === undefined) return fail(header(ind.target), { id: `bukan angka: '${cells.text(v[ind.target])}'`, en: `not a number: '${cells.text(v[ind.target])}'` });
      if (actual === null) continue;
      const at = `actuals[${actuals.length}]`;
      columns.set(`${at}.actual`, header(ind.actual));
      columns.set(`${at}.indicator`, header(ind.actual));
      if (target !== null) {
        actuals.push({ indicator: ind.id, actual, target });
        columns.set(`${at}.target`, header(ind.target));
      } else actuals.push({ indicator: ind.id, actual });
    }
    appraisal.actuals = actuals;
    const ratings: { rater: string; group: RowRatings["group"]; competency: string; value: string }[] = [];
    for (const r of raters) {
      for (const c of r.columns) {
        const value = ratingValue(cells, v[c.index]);
        if (value === undefined) return fail(header(c.index), { id: `nilai perilaku bukan angka: '${cells.text(v[c.index])}'`, en: `rating is not a number: '${cells.text(v[c.index])}'` });
        if (value === null) continue;
        columns.set(`ratings[${ratings.length}]`, header(c.index));
        ratings.push({ rater: r.rater, group: r.group, competency: c.competency, value });
      }
    }
    for (const r of extra) {
      for (const x of r.values) {
        columns.set(`ratings[${ratings.length}]`, x.column);
        ratings.push({ rater: r.rater, group: r.group, competency: x.competency, value: x.value });
      }
    }
    if (ratings.length > 0) appraisal.ratings = ratings;
    return { ok: true, line: row.line, appraisal, columns };
  };
  return { map, nipOf, cells };
}

/** The column an appraisal path (`actuals[2].actual`, `ratings[5].value`) came from: the longest mapped prefix. */
export function columnOfPath(columns: ReadonlyMap<string, string>, at: string): string | null {
  let p = at;
  for (;;) {
    const hit = columns.get(p);
    if (hit !== undefined) return hit;
    const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
    if (cut <= 0) return null;
    p = p.slice(0, cut);
  }
}
