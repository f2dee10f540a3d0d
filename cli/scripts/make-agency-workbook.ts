// Writes the sample agency export examples/data/agency.xlsx, with its scheme (agency.scheme.json) and
// mapping (agency.map.json), from the seeded sample of sampleAgency.ts. It looks the way e-Kinerja /
// SIASN exports do: Indonesian headers, NIPs written with spaces, decimal commas in text cells,
// id-ID thousands separators, "-" for no data, one column per BerAKHLAK value for the supervisor and
// the employee, and the peers' ratings as one row per rater on a second sheet.
// Deterministic: the same workbook content on every run.
// Run: npx tsx cli/scripts/make-agency-workbook.ts
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { permenpanrb6_2022 } from "kinerja/presets";
import { SAMPLE_INDICATORS, sampleAgency, VALUES } from "./sampleAgency.js";

const dir = new URL("../../examples/data/", import.meta.url);
const employees = sampleAgency();
const valueLabel = new Map(permenpanrb6_2022.BERAKHLAK.map((v) => [v.id, typeof v.label === "string" ? v.label : v.label.id]));

/** NIP as printed on decrees and exports: 8-6-1-3 digits with spaces. */
export const nipText = (nip: string): string => `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
/** A number as such exports write it: id-ID text (`1.250`, `93,5`); "-" for no data. */
const idText = (v: number | null): string | number => {
  if (v === null) return "-";
  if (Number.isInteger(v) && v < 1000) return v;
  const [int, frac] = String(v).split(".") as [string, string | undefined];
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}${frac === undefined ? "" : `,${frac}`}`;
};

const actualHeader = (i: (typeof SAMPLE_INDICATORS)[number]): string => `Realisasi ${i.label} (${i.unit})`;
const wide = [
  { group: "supervisor" as const, rater: "atasan", prefix: "Atasan" },
  { group: "self" as const, rater: "diri", prefix: "Diri Sendiri" },
];

const wb = new ExcelJS.Workbook();
wb.creator = "kinerja";
wb.created = new Date(Date.UTC(2026, 11, 31));
wb.modified = new Date(Date.UTC(2026, 11, 31));
const ws = wb.addWorksheet("Data Kinerja");
ws.addRow([
  "No",
  "NIP",
  "Nama",
  "Unit Kerja",
  "Jabatan",
  "Target Layanan diselesaikan (dokumen)",
  ...SAMPLE_INDICATORS.map(actualHeader),
  ...wide.flatMap((w) => VALUES.map((v) => `${w.prefix} - ${valueLabel.get(v)}`)),
]).font = { bold: true };
const rs = wb.addWorksheet("Penilaian Rekan");
rs.addRow(["NIP", "Nama Penilai", "Hubungan", ...VALUES.map((v) => valueLabel.get(v))]).font = { bold: true };
employees.forEach((e, n) => {
  ws.addRow([
    n + 1,
    nipText(e.nip),
    e.name,
    e.unit,
    e.position,
    idText(e.layananTarget),
    ...SAMPLE_INDICATORS.map((i) => idText(e.actuals[i.id] ?? null)),
    ...wide.flatMap((w) => (e.raters.find((r) => r.name === w.rater)?.values ?? []).map((v) => (v === null ? "-" : v))),
  ]);
  for (const r of e.raters.filter((x) => x.group === "peer")) rs.addRow([nipText(e.nip), r.name, "Rekan Kerja", ...r.values.map((v) => (v === null ? "-" : v))]);
});
ws.columns.forEach((c, i) => (c.width = i < 5 ? ([5, 24, 22, 36, 30][i] as number) : 16));
ws.views = [{ state: "frozen", xSplit: 3, ySplit: 1 }];
await wb.xlsx.writeFile(new URL("agency.xlsx", dir).pathname);

const mapping = {
  description: "Where the sample agency export (examples/data/agency.xlsx) keeps what kinerja needs; see docs/cli.md.",
  sheet: "Data Kinerja",
  decimal: "comma",
  employee: { id: "NIP", name: "Nama", unit: "Unit Kerja", position: "Jabatan" },
  indicators: SAMPLE_INDICATORS.map((i) => ({ indicator: i.id, actual: actualHeader(i), ...(i.target === null ? { target: `Target ${i.label} (${i.unit})` } : {}) })),
  raters: wide.map((w) => ({ group: w.group, rater: w.rater, columns: Object.fromEntries(VALUES.map((v) => [v, `${w.prefix} - ${valueLabel.get(v)}`])) })),
  ratingRows: {
    sheet: "Penilaian Rekan",
    employee: "NIP",
    rater: "Nama Penilai",
    group: "Hubungan",
    groups: { "Rekan Kerja": "peer", Bawahan: "subordinate" },
    columns: Object.fromEntries(VALUES.map((v) => [v, valueLabel.get(v)])),
  },
};
writeFileSync(new URL("agency.map.json", dir), `${JSON.stringify(mapping, null, 2)}\n`);
writeFileSync(new URL("agency.scheme.json", dir), `${JSON.stringify(sampleScheme(), null, 2)}\n`);
console.log(`examples/data/agency.xlsx: ${employees.length} employees; agency.map.json; agency.scheme.json`);

/** The sample's scheme file: the five indicators inside the PermenPANRB 6/2022 preset. */
function sampleScheme(): Record<string, unknown> {
  return {
    preset: "permenpanrb6_2022",
    id: "bkpsdm-contoh-2026",
    version: "1",
    label: { id: "SKP pegawai BKPSDM (contoh) 2026", en: "BKPSDM employee performance plan (sample) 2026" },
    period: { start: "2026-01-01", end: "2026-12-31" },
    indicators: SAMPLE_INDICATORS.map((i) => ({ id: i.id, label: i.label, unit: i.unit, ...(i.target === null ? { target: 1 } : { target: i.target }), cap: i.cap })),
    missing: { minCoverage: "0.6" },
  };
}
