import type { Plan, Result } from "kinerja";
import { displayRounding, roundText } from "../display.js";
import { labelText, type Lang, type Text } from "../i18n.js";
import type { RowError } from "../input/rowMapper.js";
import type { RowOutcome } from "../scoreRows.js";

/** A cell of an output row: text, a number as exact decimal text, or empty. */
export type OutCell = { readonly text: string } | { readonly number: string } | null;

/** One output column: its header and how to fill it from a scored row. */
export interface OutColumn {
  readonly key: string;
  readonly header: Text;
  readonly value: (row: Extract<RowOutcome, { ok: true }>, lang: Lang) => OutCell;
}

const text = (t: string | null | undefined): OutCell => (t === null || t === undefined ? null : { text: t });
const num = (t: string | null | undefined): OutCell => (t === null || t === undefined ? null : { number: t });

function component(r: Result | null, id: string): string | null {
  return r?.components.find((c) => c.id === id)?.score ?? null;
}

/** The exact (unrounded) final score of a full result: the final trace entry's value before its rounding. */
function exactFinal(r: Result): string {
  const entry = r.trace.find((t) => t.at === "final.score" && t.rounding !== undefined);
  return entry?.rounding?.exact ?? r.final.score;
}

/** The employee columns of every output, given the plan and the flags (`detail`: component scores; `exact`: exact values). */
export function employeeColumns(options: { readonly plan: Plan; readonly detail: boolean; readonly exact: boolean }): OutColumn[] {
  const rounding = displayRounding(options.plan);
  const cols: OutColumn[] = [
    { key: "row", header: { id: "Baris", en: "Row" }, value: (r) => num(String(r.line)) },
    { key: "nip", header: { id: "NIP", en: "NIP" }, value: (r) => text(r.score.employee.id) },
    { key: "name", header: { id: "Nama", en: "Name" }, value: (r) => text(r.score.employee.name) },
    { key: "unit", header: { id: "Unit Kerja", en: "Unit" }, value: (r) => text(r.score.employee.unit) },
    { key: "position", header: { id: "Jabatan", en: "Position" }, value: (r) => text(r.score.employee.position) },
  ];
  if (options.detail) {
    cols.push(
      { key: "results", header: { id: "Nilai Hasil Kerja", en: "Results score" }, value: (r) => num(mapNull(component(r.result, "results"), (t) => roundText(t, rounding))) },
      { key: "behaviour", header: { id: "Nilai Perilaku", en: "Behaviour score" }, value: (r) => num(mapNull(r.result?.behaviour?.score ?? null, (t) => roundText(t, rounding))) },
    );
  }
  cols.push(
    { key: "resultsRating", header: { id: "Rating Hasil Kerja", en: "Results rating" }, value: (r, lang) => text(r.score.resultsRating ? labelText(lang, r.score.resultsRating.label) : null) },
    { key: "behaviourRating", header: { id: "Rating Perilaku Kerja", en: "Behaviour rating" }, value: (r, lang) => text(r.score.behaviourRating ? labelText(lang, r.score.behaviourRating.label) : null) },
    { key: "final", header: { id: "Nilai Akhir", en: "Final score" }, value: (r) => num(r.score.final.score) },
    { key: "predikat", header: { id: "Predikat", en: "Rating" }, value: (r, lang) => text(r.score.final.band ? labelText(lang, r.score.final.band.label) : null) },
    {
      key: "warnings",
      header: { id: "Peringatan", en: "Warnings" },
      value: (r, lang) => text(r.score.warnings.length === 0 ? null : [...new Set(r.score.warnings.map((w) => w.message[lang]))].join("; ")),
    },
  );
  if (options.exact) {
    cols.push(
      { key: "resultsExact", header: { id: "Nilai Hasil Kerja (eksak)", en: "Results score (exact)" }, value: (r) => text(component(r.result, "results")) },
      { key: "behaviourExact", header: { id: "Nilai Perilaku (eksak)", en: "Behaviour score (exact)" }, value: (r) => text(r.result?.behaviour?.score ?? null) },
      { key: "finalExact", header: { id: "Nilai Akhir (eksak, sebelum pembulatan)", en: "Final score (exact, before rounding)" }, value: (r) => text(r.result ? exactFinal(r.result) : null) },
    );
  }
  return cols;
}

function mapNull<T, U>(v: T | null, f: (v: T) => U): U | null {
  return v === null ? null : f(v);
}

/** The columns of the errors output. */
export const ERROR_COLUMNS: readonly { readonly key: string; readonly header: Text; readonly value: (e: RowError, lang: Lang) => OutCell }[] = [
  { key: "row", header: { id: "Baris", en: "Row" }, value: (e) => (e.line > 0 ? num(String(e.line)) : null) },
  { key: "nip", header: { id: "NIP", en: "NIP" }, value: (e) => text(e.nip) },
  { key: "name", header: { id: "Nama", en: "Name" }, value: (e) => text(e.name) },
  { key: "column", header: { id: "Kolom", en: "Column" }, value: (e) => text(e.column) },
  { key: "reason", header: { id: "Alasan", en: "Reason" }, value: (e, lang) => text(e.reason[lang]) },
  { key: "code", header: { id: "Kode", en: "Code" }, value: (e) => text(e.code) },
];
