// Helpers of the batch tests (not a test file itself): a small scheme with behaviour, deterministic
// appraisals built from integers, CSV writing, and temporary files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import type { AppraisalInput, SchemeInput } from "../../src/index.js";
import { scaled } from "../helpers.js";

/** Two perspectives, four indicators (higher with cap, lower, range, curve), three competencies, 70/30, bands. */
export const SCHEME: SchemeInput = {
  id: "batch-test",
  perspectives: [
    { id: "service", label: "Layanan", weight: 60 },
    { id: "process", label: "Proses", weight: 40 },
  ],
  indicators: [
    { id: "ikm", perspective: "service", label: "IKM", target: 85, cap: 120, weight: 2 },
    { id: "complaints", perspective: "service", label: "Pengaduan", direction: "lower", target: 10, weight: 1 },
    { id: "stock", perspective: "process", label: "Stok", direction: "range", range: { min: 30, max: 45 } },
    { id: "training", perspective: "process", label: "Pelatihan", target: 20, method: { kind: "curve", points: [{ x: 50, y: 50 }, { x: 100, y: 100 }, { x: 150, y: 110 }] } },
  ],
  behaviour: {
    competencies: [
      { id: "service", label: "Berorientasi pelayanan" },
      { id: "accountable", label: "Akuntabel" },
      { id: "adaptive", label: "Adaptif" },
    ],
  },
  composition: [
    { component: "results", weight: 70 },
    { component: "behaviour", weight: 30 },
  ],
  bands: {
    table: [
      { id: "kurang", label: "Kurang", max: 70 },
      { id: "baik", label: "Baik", min: 70, max: 100 },
      { id: "sangatBaik", label: "Sangat Baik", min: 100, requires: [{ fact: "innovation", equals: true }] },
    ],
  },
};

/** Raters of every appraisal: a supervisor, three peers and self. */
export const RATERS = [
  { rater: "atasan", group: "supervisor" },
  { rater: "rekan1", group: "peer" },
  { rater: "rekan2", group: "peer" },
  { rater: "rekan3", group: "peer" },
  { rater: "diri", group: "self" },
] as const;
const COMPETENCIES = ["service", "accountable", "adaptive"] as const;

/** A small deterministic generator (LCG) so data do not depend on the fast-check seed. */
export function rng(seed: number): (lo: number, hi: number) => number {
  let s = seed >>> 0;
  return (lo, hi) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return lo + (s % (hi - lo + 1));
  };
}

/** `n` valid appraisals; names carry commas, quotes and line breaks now and then (for CSV quoting). */
export function appraisals(n: number, seed = 7): AppraisalInput[] {
  const int = rng(seed);
  const names = ['Sari, S.Kom', 'Budi "Bud" Santoso', "Dewi\nLestari", " Agus ", "Rina"];
  return Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    employee: { id: `E${String(i).padStart(5, "0")}`, name: names[i % names.length] as string, unit: i % 2 === 0 ? "Bidang A" : "Bidang B" },
    period: { start: "2026-01-01", end: "2026-12-31" },
    actuals: [
      { indicator: "ikm", actual: scaled(int(6000, 9900), 2) },
      { indicator: "complaints", actual: String(int(0, 25)) },
      { indicator: "stock", actual: String(int(20, 60)) },
      // every 9th employee has no training actual (re-normalised away)
      ...(i % 9 === 4 ? [] : [{ indicator: "training", actual: scaled(int(50, 400), 1), ...(i % 5 === 0 ? { target: "25" } : {}) }]),
    ],
    facts: [{ id: "innovation", value: i % 3 === 0 }],
    ratings: RATERS.flatMap((r) => COMPETENCIES.map((c) => ({ rater: r.rater, group: r.group, competency: c, value: String(int(2, 5)) }))),
  }));
}

/** NDJSON text of records (objects or raw lines), one per line. */
export function ndjson(lines: readonly (unknown | { raw: string })[]): string {
  return lines.map((l) => (typeof l === "object" && l !== null && "raw" in l ? (l as { raw: string }).raw : JSON.stringify(l))).join("\n") + "\n";
}

/** Quotes a CSV field by RFC 4180 (always when it holds a comma, quote, line break or edge space). */
export function q(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The wide-CSV header of the appraisals above. */
export const CSV_HEADER = [
  "appraisal.id",
  "employee.id",
  "employee.name",
  "employee.unit",
  "period.start",
  "period.end",
  ...["ikm", "complaints", "stock", "training"].map((i) => `actual.${i}`),
  "target.training",
  "fact.innovation",
  ...RATERS.flatMap((r) => COMPETENCIES.map((c) => `rating.${r.group}.${r.rater}.${c}`)),
];

/** One appraisal of {@link appraisals} as a CSV row (fields in {@link CSV_HEADER} order, unquoted). */
export function csvFields(a: AppraisalInput): string[] {
  const actual = (id: string) => a.actuals.find((x) => x.indicator === id);
  const rating = (rater: string, c: string) => a.ratings?.find((r) => r.rater === rater && r.competency === c)?.value;
  return [
    a.id ?? "",
    a.employee.id,
    a.employee.name ?? "",
    a.employee.unit ?? "",
    a.period?.start ?? "",
    a.period?.end ?? "",
    ...["ikm", "complaints", "stock", "training"].map((i) => String(actual(i)?.actual ?? "")),
    String(actual("training")?.target ?? ""),
    String(a.facts?.[0]?.value ?? ""),
    ...RATERS.flatMap((r) => COMPETENCIES.map((c) => String(rating(r.rater, c) ?? ""))),
  ];
}

/** CSV text: header and rows, quoted, with `\r\n` or `\n` line ends. */
export function csv(rows: readonly (readonly string[])[], eol = "\r\n"): string {
  return rows.map((r) => r.map(q).join(",")).join(eol) + eol;
}

const dirs: string[] = [];
/** A fresh temporary folder under os.tmpdir(), removed after the file's tests. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "kinerja-batch-"));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Writes `text` to `name` in a fresh temp folder and returns its path. */
export function tempFile(name: string, text: string): string {
  const p = join(tempDir(), name);
  writeFileSync(p, text);
  return p;
}

/** The lines of a file (without the final empty one). */
export function fileLines(path: string): string[] {
  const text = readFileSync(path, "utf8");
  expect_(text.endsWith("\n") || text === "", "output ends with a newline");
  return text === "" ? [] : text.slice(0, -1).split("\n");
}
function expect_(ok: boolean, what: string): void {
  if (!ok) throw new Error(`expected: ${what}`);
}
