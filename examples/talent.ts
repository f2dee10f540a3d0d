// A year's talent review of one unit (review year 2025), end to end:
//   1. the 9-box (PermenPANRB 3/2020): potential scored by the agency's scheme, performance from two
//      years of predikat, Kemenpan numbering, talent pool, "Sangat Baik two years running";
//   2. succession for one post (Kasubbag Umum): eligibility rules, JPM match, main candidate, reserves;
//   3. development plans: JPM gaps, the yearly 20 JP, rule outcomes, and the PP 30/2019 window;
//   4. who may be promoted and when (PP 99/2000; angka kredit of PermenPANRB 1/2023).
// Every asserted number is derived by hand in the comment beside it.   Run: npx tsx examples/talent.ts
import assert from "node:assert/strict";
import {
  JPM_WEIGHTS_BY_JENJANG,
  applyRules,
  developmentHours,
  developmentPlan,
  improvementWindow,
  jobPersonMatch,
  succession,
  talentAxisScheme,
  talentMatrix,
  type EmployeePredikat,
} from "kinerja";
import { accumulateAngkaKredit, kenaikanPangkat } from "kinerja/presets";

// ── 1. The 9-box ────────────────────────────────────────────────────────────────────────────────
// The agency's potential axis: kompetensi 40, potensi 25, kualifikasi 20, integritas 15; medium from 70, high from 85.
const potensi = talentAxisScheme({
  id: "potensi-2025",
  criteria: [
    { id: "kompetensi", label: "Kompetensi", weight: 40 },
    { id: "potensi", label: "Potensi", weight: 25 },
    { id: "kualifikasi", label: "Kualifikasi", weight: 20 },
    { id: "integritas", label: "Integritas", weight: 15 },
  ],
  cutoffs: { medium: 70, high: 85 },
});
const p = (kompetensi: number, pot: number, kualifikasi: number, integritas: number) => ({ kompetensi, potensi: pot, kualifikasi, integritas });
const years = (y2024: EmployeePredikat | null, y2025: EmployeePredikat | null) => [{ year: 2024, predikat: y2024 }, { year: 2025, predikat: y2025 }];

const review = talentMatrix({
  year: 2025,
  potential: { scheme: potensi },
  // kinerja axis: 60 % of 2025 + 40 % of 2024, predikat as points, high from 90, medium from 75
  performance: { method: "weightedYears", yearWeights: [60, 40], points: { sangatBaik: 100, baik: 85, butuhPerbaikan: 65, kurang: 45, sangatKurang: 25 }, cutoffs: { medium: 75, high: 90 } },
  employees: [
    { id: "sari", name: "Sari", potential: p(90, 85, 80, 90), predikat: years("sangatBaik", "sangatBaik") },
    { id: "budi", name: "Budi", potential: p(80, 80, 80, 80), predikat: years("baik", "baik") },
    { id: "citra", name: "Citra", potential: p(88, 90, 85, 80), predikat: years("baik", "sangatBaik") },
    { id: "dedi", name: "Dedi", potential: p(60, 65, 70, 75), predikat: years("butuhPerbaikan", "kurang") },
    { id: "eka", name: "Eka", potential: p(85, 85, 85, 85), predikat: years("baik", "baik") },
    { id: "fajar", name: "Fajar (CPNS 2025)", potential: p(75, 75, 75, 75), predikat: years(null, "baik") },
  ],
});
console.log("9-box 2025 (Kemenpan numbering):");
for (const e of review.employees)
  console.log(`  ${e.name}: kinerja ${e.performance.score ?? "—"} (${e.performance.level ?? "—"}), potensi ${e.potential.score ?? "—"} (${e.potential.level ?? "—"}) → ${e.box === null ? `blocked: ${e.blocks.map((b) => b.message).join("; ")}` : `box ${e.box}`}${e.inPool ? ", talent pool" : ""}${e.priority.value ? ", SB two years running" : ""}`);
const by = (id: string) => review.employees.find((e) => e.id === id);
// Sari: potensi 36 + 21.25 + 16 + 13.5 = 86.75 (high); kinerja 60 + 40 = 100 (high) → box 9
assert.deepEqual([by("sari")?.potential.score, by("sari")?.performance.score, by("sari")?.box], ["86.75", "100.00", 9]);
assert.equal(by("sari")?.priority.value, true);
// Citra: potensi 35.2 + 22.5 + 17 + 12 = 86.7 (high); kinerja 60 + 34 = 94 (high) → box 9
assert.deepEqual([by("citra")?.potential.score, by("citra")?.performance.score, by("citra")?.box], ["86.70", "94.00", 9]);
// Eka: potensi 85 (high, the cut-off is a lower bound); kinerja 85 (medium) → Kemenpan box 7, in the pool
assert.deepEqual([by("eka")?.performance.score, by("eka")?.box, by("eka")?.inPool], ["85.00", 7, true]);
// Budi: 80 / 85 → (medium, medium) box 5; Dedi: potensi 24 + 16.25 + 14 + 11.25 = 65.5, kinerja 27 + 26 = 53 → box 1
assert.deepEqual([by("budi")?.box, by("dedi")?.potential.score, by("dedi")?.performance.score, by("dedi")?.box], [5, "65.50", "53.00", 1]);
// Fajar has no 2024 predikat: blocked, not guessed
assert.deepEqual([by("fajar")?.status, by("fajar")?.blocks[0]?.reason], ["blocked", "missingYear"]);
assert.deepEqual(review.poolMembers, ["citra", "sari", "eka"]);
assert.deepEqual([review.counts["9"], review.counts["7"], review.counts["5"], review.counts["1"], review.counts["blocked"]], [2, 1, 1, 1, 1]);

// ── 2. Succession for Kasubbag Umum ─────────────────────────────────────────────────────────────
const kasubbag = {
  id: "kasubbag-umum",
  competencies: [
    { id: "pengelolaanArsip", group: "technical" as const, standard: 3 },
    { id: "kepemimpinan", group: "managerial" as const, standard: 3 },
    { id: "pengambilanKeputusan", group: "managerial" as const, standard: 3 },
    { id: "perekatBangsa", group: "socioCultural" as const, standard: 3 },
  ],
  weights: JPM_WEIGHTS_BY_JENJANG.ahliMuda, // 50 / 50
};
const a = (arsip: number, kepemimpinan: number, keputusan: number, perekat: number) => ({ pengelolaanArsip: arsip, kepemimpinan, pengambilanKeputusan: keputusan, perekatBangsa: perekat });
const plan = succession({
  year: 2025,
  position: kasubbag,
  eligibility: {
    facts: [{ id: "discipline.active", type: "boolean" }],
    when: {
      all: [
        { fact: "jpm.percent", op: "gte", value: 68 },
        { fact: "monthsInGrade", op: "gte", value: 24 },
        { fact: "discipline.active", op: "eq", value: false },
        { history: "band", last: 2, op: "in", value: ["baik", "sangatBaik"] },
      ],
    },
  },
  candidates: [
    { id: "sari", assessed: a(3, 3, 3, 3), monthsInGrade: 47, predikat: years("sangatBaik", "sangatBaik"), facts: { "discipline.active": false } },
    { id: "citra", assessed: a(4, 3, 2, 3), monthsInGrade: 50, predikat: years("baik", "sangatBaik"), facts: { "discipline.active": false } },
    { id: "budi", assessed: a(3, 2, 2, 3), monthsInGrade: 60, predikat: years("baik", "baik"), facts: { "discipline.active": false } },
    { id: "eka", assessed: a(2, 3, 3, 3), monthsInGrade: 20, predikat: years("baik", "baik"), facts: { "discipline.active": false } },
  ],
});
console.log("\nSuccession, Kasubbag Umum:");
for (const c of plan.candidates) console.log(`  ${c.rank ?? "–"}. ${c.id}: JPM ${c.match} % (${c.jpm.category.label.id}), ${c.role}${c.gapToFirst === null ? "" : `, gap to first ${c.gapToFirst}`}`);
// Sari 100 %; Citra: arsip capped at 3 → teknis 100, mansos 8/9 → 50 + 44.44 = 94.44; Budi: 50 + 7/9 × 50 = 88.89;
// Eka: 20 months in grade < 24 → ineligible (her JPM 33.33 + 50 = 83.33 does not matter)
assert.equal(plan.main, "sari");
assert.deepEqual(plan.reserves, ["citra", "budi"]);
assert.deepEqual(plan.candidates.map((c) => c.match), ["100.00", "94.44", "88.89", "83.33"]);
assert.deepEqual(plan.candidates.map((c) => c.gapToFirst), ["0.00", "5.56", "11.11", null]); // 100 − 94.44…, 100 − 88.88…
assert.equal(plan.candidates.find((c) => c.id === "eka")?.role, "ineligible");

// ── 3. Development plans ────────────────────────────────────────────────────────────────────────
// Citra: her gap to the Kasubbag standard, and her JP of 2025: a 135-minute e-learning (3 JP) + a 12 JP course = 15 JP, 5 short of 20
const citraJpm = jobPersonMatch({ weights: kasubbag.weights, competencies: kasubbag.competencies.map((c) => ({ ...c, achieved: a(4, 3, 2, 3)[c.id as keyof ReturnType<typeof a>] })) });
const citraJp = developmentHours({ year: 2025, records: [{ id: "el-1", completed: "2025-04-10", minutes: 135 }, { id: "diklat-1", completed: "2025-09-05", jp: 12 }] });
assert.deepEqual([citraJp.jp, citraJp.compliant, citraJp.shortfall], ["15.00", false, "5"]);
const citraPlan = developmentPlan({ employee: "citra", competencyGaps: citraJpm.gaps, jpShortfall: citraJp.shortfall });
console.log("\nDevelopment plan, Citra:", citraPlan.items.map((i) => `${i.rank}. ${i.subject} (${i.source}, ${i.size})`).join("; "));
assert.deepEqual(citraPlan.items.map((i) => [i.subject, i.size]), [["pengambilanKeputusan", "1"], ["jp", "5"]]);

// Dedi: the agency's rule gives an improvement plan after a Kurang; PP 30/2019 opens a six-month window from the decision
const dediRules = applyRules({
  policy: { rules: [{ id: "pip-kurang", label: { id: "Rencana perbaikan kinerja", en: "Performance improvement plan" }, when: { history: "band", last: 1, op: "in", value: ["kurang", "sangatKurang"] }, then: { kind: "development", type: "improvementPlan", days: 180 } }] },
  declarations: [],
  facts: {},
  history: [{ band: "butuhPerbaikan" }, { band: "kurang" }],
});
const dediPlan = developmentPlan({ employee: "dedi", outcomes: dediRules.outcomes });
const dediWindow = improvementWindow({ asOf: "2026-03-01", opened: { date: "2026-01-15", predikat: "kurang", earlier: ["butuhPerbaikan"] } });
console.log(`Dedi: ${dediPlan.items[0]?.action} (${dediPlan.items[0]?.size} days); improvement window ${dediWindow.state} until ${dediWindow.windowEnds}`);
assert.deepEqual([dediPlan.items[0]?.action, dediWindow.state, dediWindow.windowEnds], ["improvementPlan", "open", "2026-07-15"]);

// ── 4. Who may be promoted, and when ────────────────────────────────────────────────────────────
// Sari, reguler route: III/c since 1 Nov 2021; at the 1 Oct 2025 period only 47 of 48 months → the 1 Nov 2025 period
const sariKp = kenaikanPangkat({ route: "reguler", asOf: "2025-10-01", golongan: "III/c", tmtPangkat: "2021-11-01", predikat: [{ year: 2023, predikat: "baik" }, ...years("sangatBaik", "sangatBaik")] });
// Budi, Terampil II/c (jabatan fungsional): 2023–2025 Baik → 3 × 5 = 15 angka kredit; II/d needs 20 → 5 short:
// 12 months at Baik (5 a year) → 1 Jan 2027; 8 months at Sangat Baik (7.5 a year) → 1 Sep 2026
const budiAk = accumulateAngkaKredit({ periods: ["2023", "2024", "2025"].map((id) => ({ id, predikat: "baik" as const, jenjang: "terampil" as const })) });
const budiKp = (scenario: EmployeePredikat) =>
  kenaikanPangkat({ route: "fungsional", asOf: "2026-01-01", golongan: "II/c", tmtPangkat: "2022-01-01", category: "keterampilan", angkaKredit: budiAk.exact, predikat: [{ year: 2023, predikat: "baik" }, ...years("baik", "baik")], scenario: { predikat: scenario, jenjang: "terampil" } });
console.log(`\nSari: ${sariKp.status} at ${sariKp.asOf} (${sariKp.monthsInRank} months in III/c) → earliest ${sariKp.earliest?.date} to ${sariKp.to}`);
console.log(`Budi: angka kredit ${budiAk.total} of ${budiKp("baik").requirements.akk} → earliest ${budiKp("baik").earliest?.date} at Baik, ${budiKp("sangatBaik").earliest?.date} at Sangat Baik`);
assert.deepEqual([sariKp.status, sariKp.monthsInRank, sariKp.earliest?.date], ["notYet", 47, "2025-11-01"]);
assert.equal(budiAk.total, "15.00");
assert.deepEqual([budiKp("baik").earliest?.date, budiKp("sangatBaik").earliest?.date], ["2027-01-01", "2026-09-01"]);
