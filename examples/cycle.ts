// One year of a small agency through the PermenPANRB 6/2022 cycle (docs/cycle.md): the organisation's
// perjanjian kinerja → its predikat → the SE MenPANRB 3/2023 curve → the units and their leaders → the
// staff with quarterly check-ins → the annual predikat → the evaluation documents. Every number in
// docs/cycle.md comes from this file; the asserts fail when one of them changes.
// Run: npx tsx examples/cycle.ts
import assert from "node:assert/strict";
import {
  annualPredikat,
  checkDistribution,
  compile,
  complaintIndicators,
  evaluate,
  evaluationDocument,
  explainEvaluationDocument,
  leaderAppraisal,
  leaderScheme,
  organisationPredikat,
  organisationScheme,
  pace,
  rollUpGoals,
  type AppraisalInput,
  type EmployeePredikat,
  type Result,
} from "kinerja";
import { BERAKHLAK, scheme6_2022 } from "kinerja/presets";

const YEAR = { start: "2025-01-01", end: "2025-12-31" };
const TRIWULAN = [
  { label: "Triwulan I", start: "2025-01-01", end: "2025-03-31" },
  { label: "Triwulan II", start: "2025-04-01", end: "2025-06-30" },
  { label: "Triwulan III", start: "2025-07-01", end: "2025-09-30" },
  { label: "Triwulan IV/Akhir", start: "2025-10-01", end: "2025-12-31" },
] as const;

// --- 1. The organisation: perjanjian kinerja 2025 of the DPMPTSP -------------------------------------

// Complaints about licensing, received through SP4N-LAPOR, feed IKU 3. The holiday list is the caller's
// (here two days for the example, not a real calendar).
const complaints = complaintIndicators({
  asOf: "2025-12-31",
  calendar: { holidays: ["2025-10-06", "2025-12-25"] },
  complaints: [
    { id: "LPR-01", kind: "information", received: "2025-10-02", firstResponse: "2025-10-03", closed: "2025-10-13" },
    { id: "LPR-02", kind: "information", received: "2025-10-02", firstResponse: "2025-10-03", closed: "2025-10-09" },
    { id: "LPR-03", kind: "dispute", received: "2025-11-03", firstResponse: "2025-11-04", closed: "2025-11-14" },
    { id: "LPR-04", kind: "information", received: "2025-12-01", firstResponse: "2025-12-02", closed: "2025-12-05" },
  ],
});
// LPR-01 closes on the 6th working day (Mon 6 Oct is a holiday), one day late; the other three in time.
assert.deepEqual(complaints.complaints.map((c) => c.status), ["late", "onTime", "onTime", "onTime"]);
assert.equal(complaints.onTimeRate, "75");

const pkScheme = organisationScheme({
  id: "pk-dpmptsp-2025",
  label: "Perjanjian Kinerja DPMPTSP 2025",
  period: YEAR,
  indicators: [
    { id: "ikm", label: "Indeks Kepuasan Masyarakat", target: 85, unit: "indeks" },
    { id: "izinTepatWaktu", label: "Persentase izin terbit tepat waktu", target: 90, unit: "%" },
    { id: "pengaduanTepatWaktu", label: "Persentase pengaduan selesai tepat waktu", target: 80, unit: "%" },
    { id: "investasi", label: "Realisasi investasi", target: 400, unit: "miliar Rp" },
  ],
});
const org = organisationPredikat({
  scheme: pkScheme,
  kind: "annual",
  appraisal: {
    employee: { id: "dpmptsp" },
    actuals: [
      { indicator: "ikm", actual: "87.55" }, // 103 %
      { indicator: "izinTepatWaktu", actual: "94.5" }, // 105 %
      { indicator: "pengaduanTepatWaktu", actual: complaints.onTimeRate ?? "0" }, // 75/80 = 93.75 %
      { indicator: "investasi", actual: 410 }, // 102.5 %
    ],
  },
});
// c = (103 + 105 + 93.75 + 102.5) / 4 = 404.25 / 4 = 101.0625 → Istimewa (c ≥ 101)
assert.deepEqual([org.capaian, org.capaianRounded, org.predikat], ["101.0625", "101.06", "istimewa"]);

// A periodic predikat: the rencana aksi of Triwulan II against their periodic targets.
const raQ2 = organisationPredikat({
  kind: "periodic",
  scheme: organisationScheme({
    id: "ra-2025-q2",
    period: { start: TRIWULAN[1].start, end: TRIWULAN[1].end },
    indicators: [
      { id: "ra1", label: "Sosialisasi OSS-RBA di 4 kecamatan", target: 4 },
      { id: "ra2", label: "Survei kepuasan semester I", target: 1 },
      { id: "ra3", label: "Forum investasi daerah", target: 1 },
    ],
  }),
  appraisal: { employee: { id: "dpmptsp" }, actuals: [{ indicator: "ra1", actual: 3 }, { indicator: "ra2", actual: 1 }, { indicator: "ra3", actual: 0 }] },
});
// (75 + 100 + 0) / 3 = 58.33 → Sangat Kurang; one action of three without progress is not "most"
assert.deepEqual([raQ2.capaianRounded, raQ2.predikat, raQ2.noProgress.applied], ["58.33", "sangatKurang", false]);

// --- 2. The curve ------------------------------------------------------------------------------------
// The annual predikat Istimewa selects the SE MenPANRB 3/2023 curve "at most 70 % Sangat Baik"; the
// employees' results are checked with checkDistribution(results, { organisationPredikat: org.predikat }).

// --- 3. Units: the numeric cascade --------------------------------------------------------------------
const cascade = rollUpGoals({
  goals: [
    { id: "layananCepat", level: "organisation", statement: "Perizinan cepat dan pasti", aggregation: "worstChild" },
    { id: "izin", level: "unit", parent: "layananCepat", owner: "perizinan", statement: "Izin terbit tepat waktu", aggregation: "sum", target: 1200 },
    { id: "izin-s1", level: "individual", parent: "izin", owner: "s1", statement: "Izin diproses tepat waktu", target: 400, actual: 430 },
    { id: "izin-s2", level: "individual", parent: "izin", owner: "s2", statement: "Izin diproses tepat waktu", target: 400, actual: 396 },
    { id: "izin-s3", level: "individual", parent: "izin", owner: "s3", statement: "Izin diproses tepat waktu", target: 400, actual: 350 },
    { id: "promosi", level: "unit", parent: "layananCepat", owner: "penanamanModal", statement: "Promosi investasi", aggregation: "countDone" },
    { id: "promosi-s4", level: "individual", parent: "promosi", owner: "s4", statement: "Profil investasi terbit", target: 3, actual: 3 },
    { id: "promosi-s5", level: "individual", parent: "promosi", owner: "s5", statement: "Temu usaha terlaksana", target: 2, actual: 1 },
  ],
});
const [layanan] = cascade.roots;
// izin: 430 + 396 + 350 = 1176 of 1200 = 98 %; promosi: 1 of 2 done = 50 %; the organisation goal takes the worst
assert.deepEqual(layanan?.children.map((u) => [u.id, u.actual, u.progress]), [["izin", "1176", "98"], ["promosi", "1", "50"]]);
assert.equal(layanan?.progress, "50");

// Each unit's perjanjian kinerja gives its predikat, by the same engine and policy as the organisation.
const unitPredikat = (id: string, targets: readonly number[], actuals: readonly number[]) =>
  organisationPredikat({
    scheme: organisationScheme({ id: `pk-${id}`, indicators: targets.map((target, i) => ({ id: `iku${i + 1}`, label: `IKU ${id} ${i + 1}`, target })) }),
    appraisal: { employee: { id }, actuals: actuals.map((actual, i) => ({ indicator: `iku${i + 1}`, actual })) },
  }).predikat;
const perizinan = unitPredikat("perizinan", [90, 1200], [94.5, 1260]); // 105 %, 105 % → 105 → Istimewa
const penanamanModal = unitPredikat("penanamanModal", [400, 2], [410, 1]); // 102.5 %, 50 % → 76.25 → Kurang
assert.deepEqual([perizinan, penanamanModal], ["istimewa", "kurang"]);

// --- 4. Leaders: the rating hasil kerja is the unit's achievement --------------------------------------
const staffScheme = scheme6_2022({ id: "skp-2025", period: YEAR, indicators: [{ id: "rhk", label: "Rencana hasil kerja", target: 100 }] });
const staffPlan = compile(staffScheme);
const leaderPlan = compile(leaderScheme({ scheme: staffScheme }));
const perilaku = (value: number): NonNullable<AppraisalInput["ratings"]> => BERAKHLAK.map((b) => ({ rater: "atasan", group: "supervisor", competency: b.id, value }));
const kabidPerizinan = evaluate(leaderPlan, leaderAppraisal({ organisationPredikat: perizinan, appraisal: { employee: { id: "k1", unit: "perizinan" }, actuals: [], ratings: perilaku(4) } }));
const kabidPM = evaluate(leaderPlan, leaderAppraisal({ organisationPredikat: penanamanModal, appraisal: { employee: { id: "k2", unit: "penanamanModal" }, actuals: [], ratings: perilaku(3) } }));
// Istimewa unit → Di Atas; perilaku Di Atas → Sangat Baik. Kurang unit → Di Bawah; perilaku Sesuai → Butuh Perbaikan.
assert.deepEqual([kabidPerizinan.resultsRating?.id, kabidPerizinan.final.band?.id], ["above", "sangatBaik"]);
assert.deepEqual([kabidPM.resultsRating?.id, kabidPM.final.band?.id], ["below", "butuhPerbaikan"]);

// --- 5. Staff: quarterly check-ins, periodic and annual predikat ---------------------------------------
// Annual target 120 documents, rencana aksi per triwulan 20 / 30 / 40 / 30 (cumulative 20 / 50 / 90 / 120).
const plan = [
  { start: "2025-01-01", end: "2025-03-31", target: 20 },
  { start: "2025-04-01", end: "2025-06-30", target: 30 },
  { start: "2025-07-01", end: "2025-09-30", target: 40 },
  { start: "2025-10-01", end: "2025-12-31", target: 30 },
];
const cumulativePlan = [20, 50, 90, 120];
interface Staff {
  readonly id: string;
  readonly unit: string;
  readonly quarters: readonly number[]; // realisation per triwulan
  readonly perilaku: number; // supervisor's BerAKHLAK answer (1–5)
}
const staff: readonly Staff[] = [
  { id: "s1", unit: "perizinan", quarters: [18, 37, 45, 30], perilaku: 4 },
  { id: "s2", unit: "perizinan", quarters: [22, 28, 40, 30], perilaku: 3 },
  { id: "s3", unit: "perizinan", quarters: [10, 20, 30, 25], perilaku: 3 },
  { id: "s4", unit: "penanamanModal", quarters: [20, 30, 40, 44], perilaku: 4 },
  { id: "s5", unit: "penanamanModal", quarters: [20, 30, 38, 30], perilaku: 3 },
  { id: "s6", unit: "penanamanModal", quarters: [25, 30, 40, 30], perilaku: 2 },
  { id: "s7", unit: "penanamanModal", quarters: [20, 32, 40, 30], perilaku: 3 },
  { id: "s8", unit: "perizinan", quarters: [20, 30, 41, 31], perilaku: 3 },
];
const checkins = (s: Staff) => s.quarters.map((value, q) => ({ date: (plan[q] as { end: string }).end, value }));

// s3 on 30 June: 30 done, 50 expected by the rencana aksi → pace 0.6 → behind, with a warning.
const s3 = staff[2] as Staff;
const s3Pace = pace({ indicator: "rhk", target: 120, accumulation: "sum", year: YEAR, plan, checkins: checkins(s3), asOf: "2025-06-30" });
assert.deepEqual([s3Pace.realisation, s3Pace.expected, s3Pace.pace, s3Pace.status, s3Pace.forecast.value], ["30", "50", "0.6", "behind", "72"]);
assert.equal(s3Pace.warnings[0]?.code, "behind");

// Periodic evaluation: cumulative realisation against the cumulative rencana aksi target of the triwulan.
const periodic = (s: Staff, q: number): Result => {
  const done = s.quarters.slice(0, q + 1).reduce((a, b) => a + b, 0);
  const t = TRIWULAN[q] as (typeof TRIWULAN)[number];
  return evaluate(staffPlan, {
    employee: { id: s.id, unit: s.unit },
    period: { start: t.start, end: t.end },
    actuals: [{ indicator: "rhk", actual: done, target: cumulativePlan[q] as number }],
    ratings: perilaku(s.perilaku),
  });
};
const yearOf = (s: Staff) => {
  const results = TRIWULAN.map((_, q) => periodic(s, q));
  const annual = annualPredikat({ periods: results.map((r, q) => ({ label: TRIWULAN[q]?.label, predikat: r.final.band?.id as EmployeePredikat })) });
  return { results, annual };
};
const years = staff.map(yearOf);
// s1: 18/20 = 90 %, 55/50 = 110 %, 100/90 = 111.1 %, 130/120 = 108.3 % → results Sesuai, Di Atas, Di Atas, Sesuai;
// with perilaku Di Atas: Baik, Sangat Baik, Sangat Baik, Baik. The final period (IV/Akhir) decides: Baik.
assert.deepEqual(years[0]?.results.map((r) => r.final.band?.id), ["baik", "sangatBaik", "sangatBaik", "baik"]);
assert.equal(years[0]?.annual.predikat, "baik");
assert.equal(annualPredikat({ periods: (years[0]?.results ?? []).map((r) => ({ predikat: r.final.band?.id as EmployeePredikat })), rule: "mode" }).predikat, "baik");
// s3: 85 of 120 = 70.8 % → Di Bawah; perilaku Sesuai → Butuh Perbaikan
assert.equal(years[2]?.annual.predikat, "butuhPerbaikan");
// s4: 134 of 120 = 111.7 % → Di Atas, perilaku Di Atas → Sangat Baik; s6: perilaku Di Bawah → Kurang/Misconduct
assert.deepEqual([years[3]?.annual.predikat, years[5]?.annual.predikat], ["sangatBaik", "kurang"]);

const annualResults = [...years.map((y) => y.results[3] as Result), kabidPerizinan, kabidPM];
const counts: Record<string, number> = {};
for (const r of annualResults) counts[r.final.band?.id ?? ""] = (counts[r.final.band?.id ?? ""] ?? 0) + 1;
assert.deepEqual(counts, { baik: 5, butuhPerbaikan: 2, sangatBaik: 2, kurang: 1 });

// The organisation is Istimewa: at most 70 % Sangat Baik (7 of 10); 2 of 10 is within the curve.
const check = checkDistribution(annualResults, { organisationPredikat: org.predikat });
assert.deepEqual([check.curve, check.ok], ["seMenpanrb3of2023.istimewa", true]);
// Had the organisation been Baik, the same ten would also pass (Baik 5 ≤ 7, at least one BP/Kurang);
// under Butuh Perbaikan they would not (BP ≥ 60 % = 6 needed, 2 present; SB ≤ 1, 2 present).
assert.equal(checkDistribution(annualResults, { organisationPredikat: "baik" }).ok, true);
assert.deepEqual(checkDistribution(annualResults, { organisationPredikat: "butuhPerbaikan" }).groups[0]?.violations.map((v) => v.id), ["sangatBaik", "butuhPerbaikan"]);

// --- 6. The evaluation documents -----------------------------------------------------------------------
const s1Final = years[0]?.results[3] as Result;
const doc = evaluationDocument({
  employee: { id: "s1", name: "Sari Wulandari", position: "Analis Perizinan", unit: "Bidang Perizinan" },
  evaluator: { id: "k1", name: "Budi Santoso", position: "Kepala Bidang Perizinan" },
  period: { ...TRIWULAN[3], kind: "annual" },
  rows: [
    {
      rhk: "Izin usaha diproses tepat waktu",
      indicator: "Jumlah dokumen izin diproses ≤ 5 hari kerja",
      target: "120 dokumen",
      realisation: "130 dokumen",
      evidence: [{ ref: "oss://laporan/2025/s1", label: "Rekap OSS-RBA 2025", date: "2025-12-31" }],
      feedback: [{ date: "2025-11-14", author: "pejabatPenilai", text: "Capaian di atas rencana aksi; pertahankan.", evidence: ["oss://laporan/2025-10/s1"] }],
    },
    { rhk: "Izin usaha diproses tepat waktu", indicator: "Persentase berkas lengkap pada verifikasi pertama", target: "90 %", realisation: "93 %" },
  ],
  result: s1Final,
  organisation: { predikat: org.predikat, capaian: org.capaianRounded },
});
// The second row has a realisation without evidence: a finding, and half the realisations rest on evidence.
assert.deepEqual(doc.warnings.map((w) => w.code), ["no_evidence"]);
assert.equal(doc.evidenceCoverage, "0.5");
assert.deepEqual(doc.ratings, { hasilKerja: "meets", perilaku: "above", predikat: "baik", from: "result" });
const text = explainEvaluationDocument(doc);
assert.ok(text.includes("Capaian kinerja organisasi: Istimewa (101.06 %); kurva distribusi seMenpanrb3of2023.istimewa"));
assert.ok(explainEvaluationDocument(doc, { locale: "en" }).includes("Employee performance predikat: Good"));

console.log(text);
