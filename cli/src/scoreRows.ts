import { evaluate, isKinerjaError, score, type AppraisalInput, type KinerjaError, type Plan, type Result, type Score } from "kinerja";
import { readAppraisals } from "kinerja/node";
import { CliError } from "./cliError.js";
import type { LoadedMapping } from "./mapping.js";
import { detectDecimalStyle, type DecimalStyle } from "./input/cells.js";
import { readRatingRows } from "./input/ratingRows.js";
import { inputFormatOf, openTable, type TableRow } from "./input/readTable.js";
import { columnOfPath, createRowMapper, type RowError } from "./input/rowMapper.js";
import { detach } from "./detach.js";
import { ERROR_WORDS } from "./words.js";

/** One input row's outcome: scored, or an error. */
export type RowOutcome =
  | { readonly ok: true; readonly line: number; readonly appraisal: AppraisalInput; readonly score: Score; readonly result: Result | null }
  | { readonly ok: false; readonly error: RowError };

/** Options of {@link scoreRows}. */
export interface ScoreRowsOptions {
  readonly input: string;
  /** The mapping; null: the input is in kinerja's own layout (NDJSON appraisals or the CSV wide layout). */
  readonly mapping: LoadedMapping | null;
  readonly plan: Plan;
  /** Also `evaluate` each employee (component scores, 360° figures, trace) — slower. */
  readonly detail: boolean;
  /** The decimal style when the mapping says `auto` and the data do not decide. */
  readonly decimal?: DecimalStyle | undefined;
}

const SAMPLE_ROWS = 200;

/** A kinerja error as a row error, with the column its first issue points at. */
function rowError(e: KinerjaError, line: number, appraisal: AppraisalInput | null, columns: ReadonlyMap<string, string> | null): RowError {
  const first = e.issues[0];
  const column = first && columns ? columnOfPath(columns, first.at) : null;
  const detail = e.issues.map((i) => `${i.at}: ${i.message}`).join("; ");
  const words = ERROR_WORDS[e.code];
  return {
    line,
    nip: appraisal?.employee.id ?? null,
    name: appraisal?.employee.name ?? null,
    column,
    reason: { id: detail === "" ? words.id : `${words.id} — ${detail}`, en: detail === "" ? words.en : `${words.en} — ${detail}` },
    code: e.code,
  };
}

/** Scores one appraisal: `score` always, `evaluate` too with `detail`. */
function scoreOne(plan: Plan, line: number, appraisal: AppraisalInput, detail: boolean, columns: ReadonlyMap<string, string> | null): RowOutcome {
  try {
    const s = score(plan, appraisal);
    const result = detail ? evaluate(plan, appraisal) : null;
    return { ok: true, line, appraisal, score: s, result };
  } catch (e) {
    if (isKinerjaError(e)) return { ok: false, error: rowError(e, line, appraisal, columns) };
    throw e;
  }
}

/**
 * Reads the input, maps each row to an appraisal and scores it with the library's `score` (and
 * `evaluate` with `detail`). Yields one outcome per input row, in input order; nothing is dropped.
 * Rows are streamed; only the NIPs seen (to report duplicates) and the ratings rows are kept.
 */
export async function* scoreRows(options: ScoreRowsOptions): AsyncGenerator<RowOutcome> {
  const { plan, detail } = options;
  if (options.mapping === null) {
    const format = inputFormatOf(options.input);
    if (format === "xlsx") {
      throw new CliError({ id: "berkas XLSX memerlukan --map (buat dengan: kinerja init --preset <nama> <berkas>)", en: "an XLSX file needs --map (make one with: kinerja init --preset <name> <file>)" });
    }
    for await (const r of readAppraisals({ input: options.input, format })) {
      if ("error" in r) yield { ok: false, error: rowError(r.error, r.line, null, null) };
      else yield scoreOne(plan, r.line, r.appraisal, detail, null);
    }
    return;
  }
  const { mapping, dir } = options.mapping;
  const table = await openTable({ file: options.input, sheet: mapping.sheet, delimiter: mapping.delimiter });
  // Buffer the first rows to detect the decimal style from the indicator cells.
  const rowsIt = table.rows[Symbol.asyncIterator]();
  const buffered: TableRow[] = [];
  while (buffered.length < SAMPLE_ROWS) {
    const n = await rowsIt.next();
    if (n.done) break;
    buffered.push(n.value);
  }
  let style: DecimalStyle;
  if (mapping.decimal !== "auto") style = mapping.decimal;
  else {
    const lower = table.headers.map((h) => h.trim().toLowerCase());
    const numeric = new Set<number>();
    for (const ind of mapping.indicators) {
      numeric.add(lower.indexOf(ind.actual.toLowerCase()));
      if (ind.target !== undefined) numeric.add(lower.indexOf(ind.target.toLowerCase()));
    }
    const samples = buffered.flatMap((r) => [...numeric].map((i) => r.values[i]).filter((v): v is string => typeof v === "string"));
    style = detectDecimalStyle(samples) ?? options.decimal ?? (table.delimiter === ";" ? "comma" : "dot");
  }
  const mapper = createRowMapper({ mapping, headers: table.headers, style });
  const ratingRows = await readRatingRows({ mapping, mappingDir: dir, input: options.input, style });
  const seen = new Map<string, number>();
  async function* all(): AsyncGenerator<TableRow> {
    yield* buffered;
    for (;;) {
      const n = await rowsIt.next();
      if (n.done) return;
      yield n.value;
    }
  }
  for await (const row of all()) {
    const nip = mapper.nipOf(row);
    if (nip !== null) {
      const first = seen.get(nip);
      if (first !== undefined) {
        yield { ok: false, error: { line: row.line, nip, name: null, column: mapping.employee.id, reason: { id: `NIP ganda (juga di baris ${first})`, en: `duplicate NIP (also on row ${first})` }, code: null } };
        continue;
      }
      seen.set(detach(nip), row.line);
      const bad = ratingRows?.badByNip.get(nip);
      if (bad !== undefined) {
        yield { ok: false, error: { ...bad, line: row.line, reason: { id: `penilaian tidak valid: ${bad.reason.id}`, en: `invalid ratings: ${bad.reason.en}` } } };
        continue;
      }
    }
    const mapped = mapper.map(row, nip === null ? [] : (ratingRows?.byNip.get(nip) ?? []));
    if (!mapped.ok) {
      yield mapped;
      continue;
    }
    yield scoreOne(plan, mapped.line, mapped.appraisal, detail, mapped.columns);
  }
  if (ratingRows !== null) {
    for (const e of ratingRows.errors) yield { ok: false, error: e };
    for (const [nip, list] of ratingRows.byNip) {
      if (!seen.has(nip)) {
        yield { ok: false, error: { line: 0, nip, name: null, column: ratingRows.source, reason: { id: `${list.length} baris penilaian untuk NIP yang tidak ada di data pegawai`, en: `${list.length} ratings row(s) for a NIP that is not among the employees` }, code: null } };
      }
    }
  }
}
