// The worked unit of docs/ratings.md: 20 employees scored with `evaluate` on a two-indicator scheme
// (70 % hasil kerja, 30 % perilaku kerja) with the five PermenPANRB 6/2022 predikat as bands, then
// checked against the SE MenPANRB 3/2023 curve of an organisation rated "Baik", calibrated,
// summarised and benchmarked. Every number in docs/ratings.md comes from this output; the asserts at
// the end fail when one of them changes.   Run: npx tsx examples/calibration.ts
import assert from "node:assert/strict";
import { Decimal } from "decimal.js";
import {
  benchmark,
  calibrate,
  checkDistribution,
  compile,
  distributionQuotas,
  evaluate,
  isKinerjaError,
  largestRemainder,
  SE_MENPANRB_3_2023_CURVES,
  summarize,
  type LimitQuota,
  type OrganisationPredikat,
  type Result,
  type SchemeInput,
} from "kinerja";

// --- the scheme -------------------------------------------------------------------------------

const scheme: SchemeInput = {
  id: "skp-2026",
  label: { id: "Penilaian kinerja pegawai 2026", en: "Employee appraisal 2026" },
  perspectives: [
    { id: "hasilKerja", label: { id: "Hasil Kerja", en: "Work results" }, weight: 70 },
    { id: "perilaku", label: { id: "Perilaku Kerja", en: "Work behaviour" }, weight: 30 },
  ],
  indicators: [
    { id: "capaianSkp", perspective: "hasilKerja", label: { id: "Capaian SKP", en: "SKP achievement" }, unit: "%", target: 100, cap: 120 },
    { id: "nilaiPerilaku", perspective: "perilaku", label: { id: "Nilai perilaku kerja", en: "Behaviour score" }, unit: "%", target: 100, cap: 120 },
  ],
  // default rounding: final score to 2 places, half-up; classify the rounded score
  bands: {
    classify: "rounded",
    table: [
      { id: "sangatKurang", label: { id: "Sangat Kurang", en: "Very poor" }, max: 50 },
      { id: "kurang", label: { id: "Kurang", en: "Poor" }, min: 50, max: 70 },
      { id: "butuhPerbaikan", label: { id: "Butuh Perbaikan", en: "Needs improvement" }, min: 70, max: 90 },
      { id: "baik", label: { id: "Baik", en: "Good" }, min: 90, max: 110 },
      { id: "sangatBaik", label: { id: "Sangat Baik", en: "Very good" }, min: 110 },
    ],
  },
};

// --- the unit: 20 appraisals (actuals of the two indicators) ------------------------------------

const UNIT = "Bidang Pelayanan";
const staff: readonly (readonly [id: string, name: string, skp: string, perilaku: string])[] = [
  ["E01", "Ayu Lestari", "118", "106.67"],
  ["E02", "Bima Saputra", "115.93", "104"],
  ["E03", "Citra Wijaya", "111.29", "107"],
  ["E04", "Dewi Harahap", "111.14", "103"],
  ["E05", "Eko Pratama", "108.5", "101"],
  ["E06", "Fitri Nasution", "106.29", "99"],
  ["E07", "Gilang Putra", "102.07", "104.5"],
  ["E08", "Hendra Gunawan", "103.86", "96"],
  ["E09", "Indah Sari", "100", "100"],
  ["E10", "Joko Santoso", "98.43", "101.5"],
  ["E11", "Kartika Dewi", "98.71", "95"],
  ["E12", "Lukman Hakim", "95.79", "98"],
  ["E13", "Maya Sembiring", "96.29", "92"],
  ["E14", "Nanda Siregar", "93", "97"],
  ["E15", "Oki Setiawan", "93.5", "91"],
  ["E16", "Putri Rahmawati", "90.43", "93"],
  ["E17", "Rina Kusuma", "90.85", "88"],
  ["E18", "Sari Hidayat", "87", "97"],
  ["E19", "Teguh Wibowo", "89.57", "91.01"],
  ["E20", "Umar Siregar", "38.86", "62"],
];

const plan = compile(scheme);
const results: Result[] = staff.map(([id, name, skp, perilaku]) =>
  evaluate(plan, {
    employee: { id, name, unit: UNIT },
    period: { start: "2026-01-01", end: "2026-12-31" },
    actuals: [
      { indicator: "capaianSkp", actual: skp },
      { indicator: "nilaiPerilaku", actual: perilaku },
    ],
  }),
);

// --- helpers for printing -----------------------------------------------------------------------

/** Rounds a full-precision decimal text for display (half-up). The library never does this for you. */
const fix = (s: string | null, places = 4): string => (s === null ? "null" : new Decimal(s).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places));
const exactOf = (r: Result): string => r.trace.find((e) => e.at === "final.score")?.rounding?.exact ?? r.final.score;
const heading = (s: string): void => console.log(`\n## ${s}\n`);
const range = (r: { min: number; max: number }): string => (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`);
const limitText = (q: LimitQuota): string => {
  const parts: string[] = [];
  if (q.limit.min !== null) parts.push(`min ${q.limit.min}`);
  if (q.limit.max !== null) parts.push(`max ${q.limit.max}`);
  if (q.limit.minCount !== null) parts.push(`minCount ${q.limit.minCount}`);
  if (q.limit.maxCount !== null) parts.push(`maxCount ${q.limit.maxCount}`);
  if (q.limit.share !== null) parts.push(`share ${q.limit.share}`);
  return parts.length > 0 ? parts.join(", ") : "—";
};

// --- 1. the scores and bands ----------------------------------------------------------------------

heading("1. The unit: 20 results of evaluate");
console.log(`| id | name | capaianSkp | nilaiPerilaku | exact final (0.7·skp + 0.3·perilaku) | final.score | band |`);
console.log(`|---|---|---:|---:|---:|---:|---|`);
results.forEach((r, i) => {
  const [, , skp, perilaku] = staff[i] ?? [];
  console.log(`| ${r.employee.id} | ${r.employee.name ?? ""} | ${skp} | ${perilaku} | ${exactOf(r)} | ${r.final.score} | ${r.final.band?.id ?? "—"} |`);
});

// The same unit, classified on the exact score instead of the rounded one.
const exactPlan = compile({ ...scheme, bands: { classify: "exact", table: scheme.bands?.table ?? [] } });
const exactResults = staff.map(([id, name, skp, perilaku]) =>
  evaluate(exactPlan, { employee: { id, name, unit: UNIT }, actuals: [{ indicator: "capaianSkp", actual: skp }, { indicator: "nilaiPerilaku", actual: perilaku }] }),
);
const differ = results.filter((r, i) => r.final.band?.id !== exactResults[i]?.final.band?.id);
const exactBand = (r: Result): string => exactResults[results.indexOf(r)]?.final.band?.id ?? "—";
console.log(`\nclassify "exact" instead of "rounded" changes: ${differ.map((r) => `${r.employee.id} ${exactOf(r)} → ${r.final.score}: ${r.final.band?.id} (rounded) vs ${exactBand(r)} (exact)`).join("; ")}`);

// --- 2. the curve and its quotas -------------------------------------------------------------------

const PREDIKAT: OrganisationPredikat = "baik";
const curve = SE_MENPANRB_3_2023_CURVES[PREDIKAT];
heading(`2. The curve ${curve.id} and its quotas for 20 employees`);
const quotas = distributionQuotas({ size: results.length, curve });
console.log(`rounding: min ${quotas.rounding.min}, max ${quotas.rounding.max}; method ${quotas.method}`);
console.log(`| kind | id | limit as stated | size × share (exact) | allowed alone | allowed together |`);
console.log(`|---|---|---|---|---|---|`);
for (const q of [...quotas.categories, ...quotas.groups]) {
  const exact = [q.exact.min === null ? null : `min ${q.exact.min}`, q.exact.max === null ? null : `max ${q.exact.max}`].filter((x) => x !== null).join(", ") || "—";
  console.log(`| ${q.kind} | ${q.id}${q.kind === "group" ? ` (${q.categories.join(" + ")})` : ""} | ${limitText(q)} | ${exact} | ${range(q.allowed)} | ${range(q.feasible)} |`);
}

heading("2a. All five curves for a unit of 20 (allowed head-counts together, ceil/floor)");
const order = ["sangatBaik", "baik", "butuhPerbaikan", "kurang", "sangatKurang"] as const;
console.log(`| organisation | ${order.join(" | ")} | groups |`);
console.log(`|---|${order.map(() => "---").join("|")}|---|`);
const allQuotas = Object.fromEntries(
  (Object.keys(SE_MENPANRB_3_2023_CURVES) as OrganisationPredikat[]).map((p) => [p, distributionQuotas({ size: 20, curve: SE_MENPANRB_3_2023_CURVES[p] })]),
);
for (const [p, q] of Object.entries(allQuotas)) {
  const cells = order.map((id) => range(q.categories.find((c) => c.id === id)?.feasible ?? { min: 0, max: 0 }));
  console.log(`| ${p} | ${cells.join(" | ")} | ${q.groups.map((g) => `${g.categories.join("+")} ${range(g.feasible)}`).join("; ") || "—"} |`);
}

heading("2b. Small units: how shares are rounded, and a unit too small for its curve");
const seven = distributionQuotas({ size: 7, curve });
const sevenHalfUp = distributionQuotas({ size: 7, curve, rounding: { max: "halfUp" } });
const baik7 = seven.categories.find((c) => c.id === "baik");
const baik7h = sevenHalfUp.categories.find((c) => c.id === "baik");
const group7 = seven.groups[0];
console.log(`baik: 0.7 × 7 = ${baik7?.exact.max}; floor → at most ${baik7?.allowed.max}; halfUp → at most ${baik7h?.allowed.max}`);
console.log(`group ${group7?.id}: minCount ${group7?.limit.minCount} → at least ${group7?.allowed.min}; feasible ${range(group7?.feasible ?? { min: 0, max: 0 })}`);
console.log(`sangatBaik (no limit of its own) together: ${range(seven.categories.find((c) => c.id === "sangatBaik")?.feasible ?? { min: 0, max: 0 })}`);
const kurang7 = distributionQuotas({ size: 7, curve: SE_MENPANRB_3_2023_CURVES.kurang });
console.log(
  `organisation Kurang, 7 employees: ${kurang7.categories
    .filter((c) => c.limit.min !== null || c.limit.max !== null)
    .map((c) => `${c.id} ${c.limit.min !== null ? `≥ ${c.limit.min} × 7 = ${c.exact.min} → ${c.allowed.min}` : `≤ ${c.limit.max} × 7 = ${c.exact.max} → ${c.allowed.max}`}`)
    .join("; ")}`,
);
const kurang7h = distributionQuotas({ size: 7, curve: SE_MENPANRB_3_2023_CURVES.kurang, rounding: { min: "halfUp", max: "halfUp" } });
console.log(`  with halfUp for both: ${kurang7h.categories.filter((c) => c.limit.min !== null || c.limit.max !== null).map((c) => `${c.id} ${c.limit.min !== null ? `≥ ${c.allowed.min}` : `≤ ${c.allowed.max}`}`).join("; ")}`);
let infeasible = "";
try {
  distributionQuotas({ size: 1, curve: SE_MENPANRB_3_2023_CURVES.kurang });
} catch (e) {
  infeasible = isKinerjaError(e) ? `${e.code}: ${e.issues.map((i) => `${i.at}: ${i.message}`).join("; ")}` : String(e);
}
console.log(`organisation Kurang, 1 employee: ${infeasible}`);
const lone = checkDistribution([results[0] as Result], { curve: SE_MENPANRB_3_2023_CURVES.kurang });
console.log(`checkDistribution of 1 result against it: ok ${lone.ok}, feasible ${lone.groups[0]?.feasible}, conflict ${JSON.stringify(lone.groups[0]?.conflict)}`);

heading("2c. Exact shares: largest remainder (largest remainder (Hamilton) apportionment, docs/sources.md#methods)");
const lr = largestRemainder({ total: 17, shares: [20, 70, 10] });
console.log(`17 × 20/70/10: quotas ${lr.trace.quotas.join(" / ")}; floors ${lr.trace.floors.join(" / ")}; remaining ${lr.trace.remaining} to indices ${lr.trace.awarded.join(", ")} → ${lr.counts.join(" / ")}`);

// --- 3. checkDistribution ----------------------------------------------------------------------------

heading("3. checkDistribution(results, { curve, by: \"unit\" })");
const check = checkDistribution(results, { curve, by: "unit" });
const g = check.groups[0];
assert.ok(g);
console.log(`unit ${g.unit}, size ${g.size}, ok ${g.ok}, feasible ${g.feasible}`);
console.log(`| category | count | share | allowed (all limits together) |`);
console.log(`|---|---:|---:|---|`);
g.counts.forEach((c, i) => console.log(`| ${c.category} | ${c.count} | ${c.share} | ${range(g.ranges[i]?.allowed ?? { min: 0, max: 0 })} |`));
console.log(`violations:`);
for (const v of g.violations) console.log(`- ${v.kind} ${v.id} ${v.problem}: count ${v.count}, allowed ${range(v.allowed)} — "${v.message}"`);

// --- 4. calibrate ------------------------------------------------------------------------------------

heading("4. calibrate(results, { curve, by: \"unit\", tieBreak: [{ by: \"exactScore\" }] })");
const cal = calibrate(results, { curve, by: "unit", tieBreak: [{ by: "exactScore" }] });
const cg = cal.groups[0];
assert.ok(cg);
console.log(`before: ${cg.before.map((c) => `${c.category} ${c.count}`).join(", ")}`);
console.log(`after:  ${cg.after.map((c) => `${c.category} ${c.count}`).join(", ")}`);
console.log(`moved ${cal.moved} employee(s), ${cg.steps} category step(s)`);
console.log(`moves:`);
for (const m of cal.moves) {
  console.log(`- ${m.employee} (rank ${m.rank}, ${m.score}) ${m.from} → ${m.to} (${m.direction}, ${m.steps} step); limits ${m.limits.map((l) => `${l.kind} ${l.id} ${l.bound} ${l.count}`).join(", ")}`);
  console.log(`  reason: "${m.reason}"`);
}
console.log(`ties:`);
for (const t of cal.ties) {
  console.log(`- ${t.above}/${t.below} at ${t.score}: employees ${t.employees.join(", ")}; moved ${t.moved.join(", ")}; kept ${t.kept.join(", ")}; resolvedBy ${t.resolvedBy} (key ${t.tieBreak})`);
  console.log(`  message: "${t.message}"`);
}
const tiedExact = cal.ties.flatMap((t) => t.employees).map((id) => `${id} ${exactOf(results.find((r) => r.employee.id === id) as Result)}`);
console.log(`exact scores of the tied: ${tiedExact.join(", ")}`);
const moved = cal.results.filter((r) => r.warnings.some((w) => w.code === "calibrated"));
console.log(`calibrated results: ${moved.map((r) => `${r.employee.id} band ${r.final.band?.id}, warning "${r.warnings.at(-1)?.message}"`).join("; ")}`);
const recheck = checkDistribution(cal.results, { curve, by: "unit" });
console.log(`checkDistribution(cal.results): ok ${recheck.ok}; calibrate(cal.results) moves ${calibrate(cal.results, { curve, by: "unit", tieBreak: [{ by: "exactScore" }] }).moved}`);
const noKey = calibrate(results, { curve, by: "unit" });
console.log(`without tieBreak: moved ${noKey.moves.map((m) => m.employee).join(", ")}; tie resolvedBy ${noKey.ties[0]?.resolvedBy}`);
const up = calibrate(results, { curve, by: "unit", tieBreak: [{ by: "exactScore" }], prefer: "up" });
console.log(`prefer "up": ${up.moves.map((m) => `${m.employee} ${m.from} → ${m.to}`).join(", ")}; after ${up.groups[0]?.after.map((c) => `${c.category} ${c.count}`).join(", ")}`);
for (const m of up.moves) console.log(`  reason: "${m.reason}"`);

// --- 5. summarize -------------------------------------------------------------------------------------

heading("5. summarize(results, { by: \"unit\" })  (full precision in the result; 4 places here)");
const summary = summarize(results, { by: "unit" });
const s = summary.groups[0];
assert.ok(s);
console.log(`count ${s.count}; bands ${s.bands.map((b) => `${b.band} ${b.count}`).join(", ")}`);
console.log(`mean ${s.mean}; median ${s.median}; min ${s.min}; max ${s.max}`);
console.log(`sd (population) ${fix(s.sd)}; sampleSd ${fix(s.sampleSd)}`);
console.log(`P10 ${s.percentiles.p10}; P25 ${s.percentiles.p25}; P50 ${s.percentiles.p50}; P75 ${s.percentiles.p75}; P90 ${s.percentiles.p90}`);
console.log(`| rank | id | score | band | percentile rank | z (population) | z (sample) |`);
console.log(`|---:|---|---:|---|---:|---:|---:|`);
for (const e of s.employees) console.log(`| ${e.rank} | ${e.employee} | ${e.score} | ${e.band} | ${fix(e.percentileRank)} | ${fix(e.z)} | ${fix(e.zSample)} |`);
const after = summarize(cal.results, { by: "unit" }).groups[0];
console.log(`after calibration: bands ${after?.bands.map((b) => `${b.band} ${b.count}`).join(", ")} (scores unchanged)`);

// --- 6. benchmark ----------------------------------------------------------------------------------

heading("6. benchmark: the unit's mean against the means of the agency's units");
const peers = [
  { id: "Sekretariat", score: "88.70" },
  { id: "Bidang Pendaftaran", score: "88.53" },
  { id: "Bidang Pencatatan Sipil", score: "90.05" },
  { id: "Bidang Informasi", score: "84.86" },
  { id: "Bidang Pemanfaatan Data", score: "98.40" },
  { id: UNIT, score: s.mean },
];
const bm = benchmark({ unit: { id: UNIT, score: s.mean }, peers });
console.log(`peers: ${peers.map((p) => `${p.id} ${p.score}`).join(", ")}`);
console.log(`reference ${bm.reference.kind} ${bm.reference.value}; index ${fix(bm.index)}; percentileRank ${fix(bm.percentileRank)}; rank ${bm.rank} of ${bm.peers}`);
console.log(`best ${bm.best.id} ${bm.best.score}; gapToBest ${bm.gapToBest}`);
console.log(`statistics: median ${bm.statistics.median}, mean ${fix(bm.statistics.mean)}, p10 ${bm.statistics.p10}, p90 ${bm.statistics.p90}, topDecileMean ${bm.statistics.topDecileMean}`);
const bmTop = benchmark({ unit: { id: UNIT, score: s.mean }, peers, reference: "topDecileMean" });
console.log(`against topDecileMean: index ${fix(bmTop.index)}`);

// --- the numbers docs/ratings.md quotes -----------------------------------------------------------

const score = (id: string): string => results.find((r) => r.employee.id === id)?.final.score ?? "";
assert.deepEqual(
  results.map((r) => r.final.score),
  ["114.60", "112.35", "110.00", "108.70", "106.25", "104.10", "102.80", "101.50", "100.00", "99.35", "97.60", "96.45", "95.00", "94.20", "92.75", "91.20", "90.00", "90.00", "90.00", "45.80"],
);
assert.deepEqual(["E17", "E18", "E19"].map((id) => exactOf(results.find((r) => r.employee.id === id) as Result)), ["89.995", "90", "90.002"]);
assert.equal(score("E17"), "90.00");
// classify "exact" would put only E17 (89.995) in Butuh Perbaikan
assert.deepEqual(differ.map((r) => r.employee.id), ["E17"]);
assert.equal(exactResults[16]?.final.band?.id, "butuhPerbaikan");
// quotas of the Baik curve for 20: Baik at most 0.7 × 20 = 14; at least 1 Butuh Perbaikan and/or Kurang
assert.deepEqual(
  quotas.categories.map((q) => [q.id, q.allowed.min, q.allowed.max]),
  [["sangatBaik", 0, 20], ["baik", 0, 14], ["butuhPerbaikan", 0, 20], ["kurang", 0, 20], ["sangatKurang", 0, 20]],
);
assert.equal(quotas.categories[1]?.exact.max, "14");
assert.deepEqual([quotas.groups[0]?.allowed.min, quotas.groups[0]?.allowed.max], [1, 20]);
assert.deepEqual(
  order.map((id) => allQuotas["kurang"]?.categories.find((c) => c.id === id)?.feasible),
  [{ min: 0, max: 2 }, { min: 0, max: 6 }, { min: 2, max: 8 }, { min: 12, max: 18 }, { min: 0, max: 6 }],
);
assert.deepEqual(lr.counts, [3, 12, 2]);
assert.deepEqual(
  kurang7h.categories.map((c) => [c.id, c.allowed.min, c.allowed.max]),
  [["sangatBaik", 0, 1], ["baik", 0, 7], ["butuhPerbaikan", 1, 7], ["kurang", 4, 7], ["sangatKurang", 0, 7]],
);
assert.match(infeasible, /^INVALID_INPUT: size: the limits cannot all be met by 1 employee/);
assert.deepEqual([lone.ok, lone.groups[0]?.feasible], [false, false]);
// a unit of 7: 0.7 × 7 = 4.9 → 4 (floor, the default) or 5 (halfUp)
assert.deepEqual([baik7?.exact.max, baik7?.allowed.max, baik7h?.allowed.max], ["4.9", 4, 5]);
assert.deepEqual(
  kurang7.categories.map((c) => [c.id, c.allowed.min, c.allowed.max]),
  [["sangatBaik", 0, 0], ["baik", 0, 7], ["butuhPerbaikan", 1, 7], ["kurang", 5, 7], ["sangatKurang", 0, 7]],
);
// checkDistribution
assert.deepEqual(
  g.counts.map((c) => [c.category, c.count]),
  [["sangatBaik", 3], ["baik", 16], ["butuhPerbaikan", 0], ["kurang", 0], ["sangatKurang", 1]],
);
assert.deepEqual(g.violations.map((v) => [v.kind, v.id, v.problem, v.count, v.allowed]), [
  ["category", "baik", "above", 16, { min: 0, max: 14 }],
  ["group", "butuhPerbaikanKurang", "below", 0, { min: 1, max: 20 }],
]);
assert.equal(g.ok, false);
// calibrate: the two lowest-ranked Baik move down; the tie at 90.00 is decided by the exact score
assert.deepEqual(cal.moves.map((m) => [m.employee, m.rank, m.from, m.to]), [["E18", 18, "baik", "butuhPerbaikan"], ["E17", 19, "baik", "butuhPerbaikan"]]);
assert.deepEqual(cal.moves[0]?.limits, [{ kind: "category", id: "baik", bound: "max", count: 14 }, { kind: "group", id: "butuhPerbaikanKurang", bound: "min", count: 1 }]);
assert.deepEqual(cg.after.map((c) => c.count), [3, 14, 2, 0, 1]);
assert.deepEqual(cal.ties.map((t) => [t.employees, t.kept, t.moved, t.resolvedBy, t.tieBreak]), [[["E19", "E18", "E17"], ["E19"], ["E18", "E17"], "tieBreak", 0]]);
assert.equal(recheck.ok, true);
// without a tie-break key the employee id decides: E17 (exact 89.995) is kept, E19 (90.002) moved
assert.deepEqual(noKey.moves.map((m) => m.employee), ["E18", "E19"]);
assert.equal(noKey.ties[0]?.resolvedBy, "employeeId");
// prefer "up": as few moves (2) and steps (2), but one goes up
assert.deepEqual(up.moves.map((m) => [m.employee, m.to]), [["E04", "sangatBaik"], ["E17", "butuhPerbaikan"]]);
// summarize
assert.deepEqual([s.mean, s.median, s.min, s.max], ["97.1325", "98.475", "45.8", "114.6"]);
assert.deepEqual(s.percentiles, { p10: "90", p25: "92.3625", p50: "98.475", p75: "104.6375", p90: "110.235" });
assert.deepEqual([fix(s.sd), fix(s.sampleSd)], ["13.9427", "14.3049"]);
assert.deepEqual(
  s.employees.filter((e) => e.score === "90.00").map((e) => [e.employee, e.rank, e.percentileRank]),
  [["E17", 17, "0.125"], ["E18", 17, "0.125"], ["E19", 17, "0.125"]],
);
assert.deepEqual([s.employees[0]?.percentileRank, fix(s.employees[0]?.z ?? null), fix(s.employees[0]?.zSample ?? null)], ["0.975", "1.2528", "1.2211"]);
assert.deepEqual([fix(s.employees.at(-1)?.z ?? null), fix(s.employees.at(-1)?.zSample ?? null)], ["-3.6817", "-3.5885"]);
// benchmark
assert.deepEqual([bm.reference.value, fix(bm.index), bm.percentileRank, bm.rank, bm.gapToBest], ["89.375", "108.6797", "0.75", 2, "1.2675"]);
assert.deepEqual([bm.statistics.p90, bm.statistics.topDecileMean, fix(bmTop.index)], ["97.76625", "98.4", "98.7119"]);
