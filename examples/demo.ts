// The main job on bundled sample data: score every employee of a sample agency (62 employees in
// 4 units, 10 KPIs across 4 public-sector perspectives) under the PermenPANRB 6/2022 preset (hasil
// kerja and BerAKHLAK perilaku ratings, the 3×3 predikat matrix), print a table per unit, check each
// unit's predikat distribution against the SE MenPANRB 3/2023 curve of the organisation's predikat
// (with the number of changes calibration would propose), and one employee's full explanation.
// Run: npm run demo   (add -- --en for English; -- --org=butuhPerbaikan for another organisation predikat)
import { readFileSync } from "node:fs";
import {
  calibrate,
  checkDistribution,
  compile,
  evaluate,
  explain,
  formatLabel,
  formatScore,
  SE_MENPANRB_3_2023_CURVES,
  summarize,
  type AppraisalInput,
  type OrganisationPredikat,
  type Result,
  type SchemeInput,
} from "kinerja";
import { permenpanrb6_2022 } from "kinerja/presets";

const locale = process.argv.includes("--en") ? "en" : "id";
const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), "utf8")) as T;
// The agency's scorecard (perspectives, objectives, KPIs) inside the PermenPANRB 6/2022 preset, which
// adds the BerAKHLAK behaviour model, both rating thresholds, the predikat matrix and its bands.
const card = read<SchemeInput>("agency-scheme.json");
const scheme: SchemeInput = permenpanrb6_2022.scheme({
  id: card.id,
  ...(card.label === undefined ? {} : { label: card.label }),
  ...(card.period === undefined ? {} : { period: card.period }),
  ...(card.perspectives === undefined ? {} : { perspectives: card.perspectives }),
  ...(card.objectives === undefined ? {} : { objectives: card.objectives }),
  indicators: card.indicators,
  ...(card.missing === undefined ? {} : { missing: { minCoverage: card.missing.minCoverage } }),
});
const appraisals = read<AppraisalInput[]>("agency-appraisals.json");

const plan = compile(scheme); // validated once
const results: Result[] = appraisals.map((a) => evaluate(plan, a));

const byUnit = new Map<string, Result[]>();
for (const r of results) {
  const unit = r.employee.unit ?? "-";
  byUnit.set(unit, [...(byUnit.get(unit) ?? []), r]);
}
const label = (l: { id: string; en?: string }) => formatLabel(l, { locale });
/** A number of a result for reading: 2 places, half-up, in the locale's style. */
const num = (value: string | null | undefined) => formatScore(value, { places: 2, locale, missing: "-" });
const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
const lpad = (s: string, n: number) => s.padStart(n);

console.log(`kinerja demo — ${label(scheme.label as { id: string; en?: string })}`);
console.log(`${results.length} ${locale === "en" ? "employees in" : "pegawai di"} ${byUnit.size} unit\n`);
for (const [unit, rs] of byUnit) {
  console.log(`== ${unit} (${rs.length})`);
  console.log(
    `   ${pad("NIP", 19)} ${pad(locale === "en" ? "Name" : "Nama", 20)} ${lpad(locale === "en" ? "Results" : "Hasil", 7)} ${lpad(locale === "en" ? "Behav." : "Perilaku", 8)}  ${pad(locale === "en" ? "results rating" : "rating hasil kerja", 19)} ${pad(locale === "en" ? "behaviour rating" : "rating perilaku", 19)} ${lpad(locale === "en" ? "Final" : "Akhir", 7)}  ${locale === "en" ? "Rating" : "Predikat"}`,
  );
  const summary = summarize(rs).groups[0];
  if (!summary) throw new Error(`no summary for unit ${unit}`);
  const byEmployee = new Map(rs.map((r) => [r.employee.id, r] as const));
  // summarize lists the employees best score first (equal scores by employee id).
  for (const standing of summary.employees) {
    const r = byEmployee.get(standing.employee) as Result;
    const flag = r.warnings.length > 0 ? "  (!)" : "";
    const results = num(r.components.find((c) => c.id === "results")?.score);
    const behaviour = num(r.behaviour?.score);
    const rating = formatLabel(r.behaviour?.rating, { locale, missing: "-" });
    const resultsRating = formatLabel(r.resultsRating, { locale, missing: "-" });
    console.log(
      `   ${pad(r.employee.id, 19)} ${pad(r.employee.name ?? "", 20)} ${lpad(results, 7)} ${lpad(behaviour, 8)}  ${pad(resultsRating, 19)} ${pad(rating, 19)} ${lpad(num(r.final.score), 7)}  ${formatLabel(r.final.band, { locale, missing: "-" })}${flag}`,
    );
  }
  const counts = new Map<string, number>();
  for (const r of rs) counts.set(r.final.band ? label(r.final.band.label) : "-", (counts.get(r.final.band ? label(r.final.band.label) : "-") ?? 0) + 1);
  console.log(
    `   ${locale === "en" ? "mean" : "rata-rata"} ${num(summary.mean)}, min ${num(summary.min)}, max ${num(summary.max)}; ` +
      [...counts].map(([b, n]) => `${b} ${n}`).join(", "),
  );
  console.log("");
}
console.log(
  locale === "en"
    ? "Results and behaviour shown to 2 places for reading (the result keeps them exact). Predikat from the PermenPANRB 6/2022 matrix of the results rating × the behaviour rating; the final score (70/30, 60/40 with peers and subordinates) is informative."
    : "Hasil dan perilaku ditampilkan 2 desimal (hasil perhitungan menyimpan nilai eksak). Predikat dari matriks PermenPANRB 6/2022 (rating hasil kerja × rating perilaku); nilai akhir (70/30, atau 60/40 bila rekan dan bawahan menilai) bersifat informatif.",
);
console.log(locale === "en" ? "(!) = a warning, e.g. a missing actual re-normalised away\n" : "(!) = ada peringatan, mis. data realisasi tidak ada sehingga bobot dinormalisasi ulang\n");

// Distribution of predikat per unit (SE MenPANRB 3/2023). The organisation's own predikat comes from
// its performance evaluation, not from its employees; the sample agency is taken to be rated "Baik".
// The scheme's band ids are the curve's category ids, so the curve is used as it is.
const orgArg = process.argv.find((a) => a.startsWith("--org="))?.slice("--org=".length) ?? "baik";
if (!Object.hasOwn(SE_MENPANRB_3_2023_CURVES, orgArg)) {
  throw new Error(`--org must be one of ${Object.keys(SE_MENPANRB_3_2023_CURVES).join(", ")}; got '${orgArg}'`);
}
const org = orgArg as OrganisationPredikat;
const curve = SE_MENPANRB_3_2023_CURVES[org];
const check = checkDistribution(results, { curve, by: "unit" }); // default quotas: maxima floor, minima ceil
const en = locale === "en";
/** A curve's label as written in JSON (a string or `{ id, en? }`), in the demo's locale. */
const labelOf = (l: string | { id: string; en?: string | undefined } | undefined, fallback: string): string =>
  l === undefined ? fallback : typeof l === "string" ? l : locale === "en" ? (l.en ?? l.id) : l.id;
const nameOf = new Map([...curve.categories, ...(curve.groups ?? [])].map((c) => [c.id, labelOf(c.label, c.id)] as const));
const pct = (share: string) => `${formatScore(share, { percent: true, locale })} %`;
const stated = [...curve.categories, ...(curve.groups ?? [])].flatMap((c) => {
  const parts: string[] = [];
  if (c.min !== undefined) parts.push(`${en ? "at least" : "paling sedikit"} ${pct(String(c.min))}`);
  if (c.max !== undefined) parts.push(`${en ? "at most" : "paling banyak"} ${pct(String(c.max))}`);
  if (c.minCount !== undefined) parts.push(`${en ? "at least" : "paling sedikit"} ${c.minCount} ${en ? "employee(s)" : "orang"}`);
  if (c.maxCount !== undefined) parts.push(`${en ? "at most" : "paling banyak"} ${c.maxCount} ${en ? "employee(s)" : "orang"}`);
  return parts.length > 0 ? [`${nameOf.get(c.id) ?? c.id} ${parts.join(", ")}`] : [];
});
console.log(
  en
    ? `Rating distribution per unit — SE MenPANRB 3/2023, ${labelOf(curve.label, curve.id)}`
    : `Distribusi predikat per unit — SE MenPANRB 3/2023, ${labelOf(curve.label, curve.id)}`,
);
console.log(`${en ? "limits" : "batas"}: ${stated.join("; ")}`);
console.log(en ? "(head-counts: maxima rounded down, minima rounded up)\n" : "(jumlah orang: batas atas dibulatkan ke bawah, batas bawah ke atas)\n");
/** "Baik → Butuh Perbaikan" → how many such moves. */
const moveCounts = (moves: readonly { from: string; to: string }[]): Map<string, number> => {
  const out = new Map<string, number>();
  for (const m of moves) {
    const key = `${nameOf.get(m.from) ?? m.from} → ${nameOf.get(m.to) ?? m.to}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
};
// Same unit order as the tables above (checkDistribution sorts its groups by unit id).
const checks = [...byUnit.keys()].map((unit) => check.groups.find((g) => (g.unit ?? "-") === unit)).filter((g) => g !== undefined);
for (const g of checks) {
  const unit = g.unit ?? "-";
  console.log(`== ${unit} (${g.size})`);
  console.log(`   ${pad(en ? "Rating" : "Predikat", 20)} ${lpad(en ? "Count" : "Jumlah", 6)} ${lpad("%", 6)}  ${en ? "Allowed" : "Rentang"}`);
  g.counts.forEach((c, i) => {
    const r = g.ranges[i]?.allowed;
    const allowed = r === undefined ? "-" : r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`;
    const share = formatScore(c.share, { percent: true, places: 1, locale });
    console.log(`   ${pad(nameOf.get(c.category) ?? c.category, 20)} ${lpad(String(c.count), 6)} ${lpad(share, 6)}  ${allowed}`);
  });
  if (!g.feasible) {
    console.log(`   ${en ? "the curve cannot be met by this unit's size" : "kurva tidak dapat dipenuhi oleh unit sebesar ini"}: ${g.conflict.join("; ")}\n`);
    continue;
  }
  if (g.ok) console.log(`   ${en ? "meets the curve" : "sesuai kurva"}`);
  for (const v of g.violations) {
    const bound = v.problem === "above" ? `${en ? "at most" : "paling banyak"} ${v.allowed.max}` : `${en ? "at least" : "paling sedikit"} ${v.allowed.min}`;
    console.log(`   ${en ? "violation" : "pelanggaran"}: ${nameOf.get(v.id) ?? v.id} ${v.count} ${en ? "of" : "dari"} ${g.size}, ${bound}`);
  }
  const cal = calibrate(
    results.filter((r) => (r.employee.unit ?? null) === g.unit),
    { curve, tieBreak: [{ by: "exactScore" }], bands: plan.scheme.bands?.table },
  );
  console.log(
    cal.moved === 0
      ? `   ${en ? "calibration: no change proposed" : "kalibrasi: tidak ada usulan perubahan"}`
      : `   ${en ? `calibration: ${cal.moved} employee(s) proposed to change predikat` : `kalibrasi: ${cal.moved} pegawai diusulkan pindah predikat`} (${[...moveCounts(cal.moves)].map(([t, n]) => `${n}× ${t}`).join(", ")})`,
  );
  console.log("");
}

const shown = results.find((r) => r.warnings.length > 0) ?? (results[0] as Result);
console.log("─".repeat(78));
console.log(explain(shown, { locale }));
