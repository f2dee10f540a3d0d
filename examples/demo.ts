// The main job on bundled sample data: score every employee of a sample agency (62 employees in
// 4 units, 10 KPIs across 4 public-sector perspectives), print a table per unit and one employee's
// full explanation.  Run: npm run demo   (add -- --en for English)
import { readFileSync } from "node:fs";
import { Decimal } from "decimal.js";
import { compile, evaluate, explain, type AppraisalInput, type Result, type SchemeInput } from "kinerja";

const locale = process.argv.includes("--en") ? "en" : "id";
const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), "utf8")) as T;
const scheme = read<SchemeInput>("agency-scheme.json");
const appraisals = read<AppraisalInput[]>("agency-appraisals.json");

const plan = compile(scheme); // validated once
const results: Result[] = appraisals.map((a) => evaluate(plan, a));

const byUnit = new Map<string, Result[]>();
for (const r of results) {
  const unit = r.employee.unit ?? "-";
  byUnit.set(unit, [...(byUnit.get(unit) ?? []), r]);
}
const label = (l: { id: string; en?: string }) => (locale === "en" ? (l.en ?? l.id) : l.id);
const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
const lpad = (s: string, n: number) => s.padStart(n);

console.log(`kinerja demo — ${label(scheme.label as { id: string; en?: string })}`);
console.log(`${results.length} ${locale === "en" ? "employees in" : "pegawai di"} ${byUnit.size} unit\n`);
for (const [unit, rs] of byUnit) {
  console.log(`== ${unit} (${rs.length})`);
  console.log(`   ${pad("NIP", 19)} ${pad(locale === "en" ? "Name" : "Nama", 20)} ${lpad(locale === "en" ? "Score" : "Nilai", 7)}  ${locale === "en" ? "Rating" : "Predikat"}`);
  for (const r of [...rs].sort((a, b) => new Decimal(b.final.score).cmp(a.final.score))) {
    const flag = r.warnings.length > 0 ? "  (!)" : "";
    console.log(`   ${pad(r.employee.id, 19)} ${pad(r.employee.name ?? "", 20)} ${lpad(r.final.score, 7)}  ${r.final.band ? label(r.final.band.label) : "-"}${flag}`);
  }
  const scores = rs.map((r) => new Decimal(r.final.score));
  const mean = scores.reduce((a, b) => a.plus(b), new Decimal(0)).div(scores.length);
  const counts = new Map<string, number>();
  for (const r of rs) counts.set(r.final.band ? label(r.final.band.label) : "-", (counts.get(r.final.band ? label(r.final.band.label) : "-") ?? 0) + 1);
  console.log(
    `   ${locale === "en" ? "mean" : "rata-rata"} ${mean.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}, min ${Decimal.min(...scores).toFixed(2)}, max ${Decimal.max(...scores).toFixed(2)}; ` +
      [...counts].map(([b, n]) => `${b} ${n}`).join(", "),
  );
  console.log("");
}
console.log(locale === "en" ? "(!) = a warning, e.g. a missing actual re-normalised away\n" : "(!) = ada peringatan, mis. data realisasi tidak ada sehingga bobot dinormalisasi ulang\n");

const shown = results.find((r) => r.warnings.length > 0) ?? (results[0] as Result);
console.log("─".repeat(78));
console.log(explain(shown, { locale }));
