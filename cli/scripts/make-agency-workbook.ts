// Writes the sample agency export examples/data/agency.xlsx (and its scheme and mapping) from the
// bundled sample agency (examples/data/agency-appraisals.json, agency-scheme.json — themselves made by
// scripts/make-sample.mjs), the way an e-Kinerja / SIASN export looks: Indonesian headers, NIPs
// written with spaces, decimal commas in text cells, "-" for no data, one column per BerAKHLAK value
// for the supervisor and the employee, and the peers' and subordinates' ratings as one row per rater
// on a second sheet. Deterministic: same input, same workbook content.
// Run: npx tsx cli/scripts/make-agency-workbook.ts
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { AppraisalInput, SchemeInput } from "kinerja";
import { permenpanrb6_2022 } from "kinerja/presets";

const dir = new URL("../../examples/data/", import.meta.url);
const read = <T>(f: string): T => JSON.parse(readFileSync(new URL(f, dir), "utf8")) as T;
const card = read<SchemeInput>("agency-scheme.json");
const appraisals = read<AppraisalInput[]>("agency-appraisals.json");
const values = permenpanrb6_2022.BERAKHLAK;
const label = (l: unknown): string => (typeof l === "string" ? l : (l as { id: string }).id);

/** NIP as printed on SK and exports: 8-6-1-3 digits with spaces. */
const nipText = (nip: string): string => (nip.length === 18 ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip);
/** A number as the export writes it: integers as numbers, decimals as text with a decimal comma. */
const cell = (v: string | number | null | undefined): string | number => {
  if (v === null || v === undefined) return "-";
  const t = String(v);
  return /^-?\d+$/.test(t) ? Number(t) : t.replace(".", ",");
};

const indicators = card.indicators.map((i) => ({ id: i.id, header: `Realisasi ${label(i.label)}${i.unit ? ` (${i.unit})` : ""}` }));
const wide = [
  { group: "supervisor" as const, rater: "atasan", prefix: "Atasan" },
  { group: "self" as const, rater: "diri", prefix: "Diri Sendiri" },
];
const relation = { peer: "Rekan Kerja", subordinate: "Bawahan" } as const;

const wb = new ExcelJS.Workbook();
wb.creator = "kinerja sample";
wb.created = new Date(Date.UTC(2026, 11, 31));
wb.modified = new Date(Date.UTC(2026, 11, 31));
const ws = wb.addWorksheet("Data Kinerja");
const headers = ["No", "NIP", "Nama", "Unit Kerja", "Jabatan", ...indicators.map((i) => i.header), ...wide.flatMap((w) => values.map((v) => `${w.prefix} - ${label(v.label)}`))];
ws.addRow(headers).font = { bold: true };
const rs = wb.addWorksheet("Penilaian 360");
rs.addRow(["NIP", "Nama Penilai", "Hubungan", ...values.map((v) => label(v.label))]).font = { bold: true };
appraisals.forEach((a, n) => {
  const actual = new Map(a.actuals.map((x) => [x.indicator, x.actual]));
  const rating = (rater: string, competency: string): string | number => {
    const r = (a.ratings ?? []).find((x) => x.rater === rater && x.competency === competency);
    return r === undefined ? "-" : cell(r.value as string | number | null);
  };
  ws.addRow([
    n + 1,
    nipText(a.employee.id),
    a.employee.name ?? "",
    a.employee.unit ?? "",
    a.employee.position ?? "",
    ...indicators.map((i) => cell(actual.get(i.id) as string | number | null | undefined)),
    ...wide.flatMap((w) => values.map((v) => rating(w.rater, v.id))),
  ]);
  const others = [...new Set((a.ratings ?? []).filter((r) => r.group === "peer" || r.group === "subordinate").map((r) => `${r.group}|${r.rater}`))];
  for (const key of others) {
    const [group, rater] = key.split("|") as ["peer" | "subordinate", string];
    rs.addRow([nipText(a.employee.id), rater, relation[group], ...values.map((v) => rating(rater, v.id))]);
  }
});
ws.columns.forEach((c, i) => (c.width = i < 5 ? [5, 24, 26, 44, 30][i] : 18));
ws.views = [{ state: "frozen", xSplit: 3, ySplit: 1 }];
await wb.xlsx.writeFile(new URL("agency.xlsx", dir).pathname);

const mapping = {
  description: "Mapping of the sample agency export (examples/data/agency.xlsx) to kinerja; see docs/cli.md.",
  sheet: "Data Kinerja",
  decimal: "comma",
  employee: { id: "NIP", name: "Nama", unit: "Unit Kerja", position: "Jabatan" },
  indicators: indicators.map((i) => ({ indicator: i.id, actual: i.header })),
  raters: wide.map((w) => ({ group: w.group, rater: w.rater, columns: Object.fromEntries(values.map((v) => [v.id, `${w.prefix} - ${label(v.label)}`])) })),
  ratingRows: {
    sheet: "Penilaian 360",
    employee: "NIP",
    rater: "Nama Penilai",
    group: "Hubungan",
    groups: { "Rekan Kerja": "peer", Bawahan: "subordinate" },
    columns: Object.fromEntries(values.map((v) => [v.id, label(v.label)])),
  },
};
writeFileSync(new URL("agency.map.json", dir), `${JSON.stringify(mapping, null, 2)}\n`);
// The scheme: the agency's scorecard inside the PermenPANRB 6/2022 preset, as the demo builds it.
const scheme = {
  preset: "permenpanrb6_2022",
  id: card.id,
  label: card.label,
  period: card.period,
  perspectives: card.perspectives,
  objectives: card.objectives,
  indicators: card.indicators,
  ...(card.missing?.minCoverage === undefined ? {} : { missing: { minCoverage: card.missing.minCoverage } }),
};
writeFileSync(new URL("agency.scheme.json", dir), `${JSON.stringify(scheme, null, 2)}\n`);
console.log(`examples/data/agency.xlsx: ${appraisals.length} employees; agency.map.json; agency.scheme.json`);
