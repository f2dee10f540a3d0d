import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { z } from "zod";
import { RATER_GROUPS } from "kinerja";
import { CliError, pathText } from "./cliError.js";

/** A column of the agency's file, by its header text (matched trimmed and case-insensitively). */
const Column = z.string().trim().min(1).max(300);

/** The rater groups of a kinerja scheme's behaviour model. */
const RaterGroup = z.enum(RATER_GROUPS);

/** Competency id → the column holding that value's rating. */
const CompetencyColumns = z.record(z.string().min(1).max(100), Column);

/** One rater whose ratings are columns of the employee's row (one column per value, e.g. BerAKHLAK). */
const WideRater = z.strictObject({
  /** The rater's group. */
  group: RaterGroup,
  /** The rater's name in the appraisal (unique per employee), e.g. `atasan`. */
  rater: z.string().trim().min(1).max(100),
  /** Competency id → column. */
  columns: CompetencyColumns,
});

/** Ratings as rows, one per rater and employee, in a sheet of the same workbook or in another file. */
const RatingRows = z
  .strictObject({
    /** A sheet of the input workbook (name or 1-based index). */
    sheet: z.union([z.string().min(1), z.int().min(1)]).optional(),
    /** Another file (CSV, TSV, XLSX, NDJSON), relative to the mapping file. */
    file: z.string().min(1).optional(),
    /** The column with the rated employee's NIP. */
    employee: Column,
    /** The column naming the rater. */
    rater: Column,
    /** The column with the rater's relation to the employee. */
    group: Column,
    /** The texts of the group column → rater group, e.g. `{ "Rekan Kerja": "peer" }` (case-insensitive). */
    groups: z.record(z.string().min(1), RaterGroup),
    /** Competency id → column. */
    columns: CompetencyColumns,
  })
  .refine((r) => r.sheet !== undefined || r.file !== undefined, { message: "give sheet or file", path: ["sheet"] });

/** One indicator of the scheme and where the file has it. */
const IndicatorColumns = z.strictObject({
  /** The scheme's indicator id. */
  indicator: z.string().min(1).max(100),
  /** The column with the actual (realisasi). */
  actual: Column,
  /** The column with an individual target, where the file has one. */
  target: Column.optional(),
});

/** The mapping file: where the agency's file keeps what kinerja needs. */
export const MappingSchema = z.strictObject({
  /** A JSON Schema reference or note; ignored. */
  $schema: z.string().optional(),
  /** Free text; ignored. */
  description: z.string().optional(),
  /** XLSX: the sheet to read, by name or 1-based index (default: the first). */
  sheet: z.union([z.string().min(1), z.int().min(1)]).optional(),
  /** CSV: the delimiter (default: detected). */
  delimiter: z.enum([",", ";", "\t", "|"]).optional(),
  /** How numbers are written: `comma` (id-ID `1.234,5`), `dot`, or `auto` (detected; the default). */
  decimal: z.enum(["comma", "dot", "auto"]).default("auto"),
  /** Texts meaning "no data" besides an empty cell (default `-`, `–`, `—`). */
  missing: z.array(z.string()).max(50).optional(),
  /** Employee fields. */
  employee: z.strictObject({ id: Column, name: Column.optional(), unit: Column.optional(), position: Column.optional() }),
  /** The appraisal's id, when the file has one. */
  appraisalId: Column.optional(),
  /** The appraisal period's columns (dates), when the file has them. */
  period: z.strictObject({ start: Column, end: Column }).optional(),
  /** Indicators: actual (and individual target) columns. */
  indicators: z.array(IndicatorColumns).max(2000).default([]),
  /** Raters whose ratings are columns of the row. */
  raters: z.array(WideRater).max(100).default([]),
  /** Ratings as one row per rater. */
  ratingRows: RatingRows.optional(),
  /** With `--scheme <preset name>`: the preset's input (id, indicators, perspectives, thresholds…). */
  scheme: z.record(z.string(), z.unknown()).optional(),
});

/** A validated mapping. */
export type Mapping = z.output<typeof MappingSchema>;

/** A mapping as written in JSON. */
export type MappingInput = z.input<typeof MappingSchema>;

/** A mapping with the folder it was read from (for `ratingRows.file`). */
export interface LoadedMapping {
  readonly mapping: Mapping;
  readonly dir: string;
}

/** Validates a mapping object; every problem is reported with its path. */
export function parseMapping(input: unknown): Mapping {
  const r = MappingSchema.safeParse(input);
  if (!r.success) {
    throw new CliError(
      { id: "berkas pemetaan (mapping) tidak valid", en: "invalid mapping file" },
      r.error.issues.map((i) => ({ at: pathText(i.path), message: { id: i.message, en: i.message } })),
    );
  }
  const m = r.data;
  const seen = new Map<string, string>();
  const problems: { at: string; message: { id: string; en: string } }[] = [];
  m.indicators.forEach((ind, i) => {
    const first = seen.get(ind.indicator);
    if (first !== undefined) problems.push({ at: `indicators[${i}].indicator`, message: { id: `indikator '${ind.indicator}' sudah dipetakan di ${first}`, en: `indicator '${ind.indicator}' is already mapped at ${first}` } });
    else seen.set(ind.indicator, `indicators[${i}]`);
  });
  const raters = new Set<string>();
  m.raters.forEach((r, i) => {
    if (raters.has(r.rater)) problems.push({ at: `raters[${i}].rater`, message: { id: `penilai '${r.rater}' ganda`, en: `rater '${r.rater}' appears twice` } });
    raters.add(r.rater);
  });
  if (problems.length > 0) throw new CliError({ id: "berkas pemetaan (mapping) tidak valid", en: "invalid mapping file" }, problems);
  return m;
}

/** Reads and validates a mapping file. */
export function loadMapping(file: string): LoadedMapping {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new CliError({ id: `tidak dapat membaca ${file}: ${(e as Error).message}`, en: `cannot read ${file}: ${(e as Error).message}` });
  }
  return { mapping: parseMapping(json), dir: dirname(resolve(file)) };
}
