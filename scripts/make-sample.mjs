// Generates the bundled sample agency (examples/data/). Deterministic: run it again and the files are identical.
// Values are built as decimal strings from integers, so no binary float reaches the data.
import { writeFileSync } from "node:fs";

let state = 20261122;
const rand = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const dec = (lo, hi, places) => {
  const f = 10 ** places;
  const n = int(Math.ceil(lo * f), Math.floor(hi * f));
  return places === 0 ? String(n) : `${Math.floor(n / f)}.${String(n % f).padStart(places, "0")}`;
};

const scheme = {
  id: "disdukcapil-2026",
  version: "1",
  label: { id: "Kartu kinerja pegawai Dinas Kependudukan dan Pencatatan Sipil 2026", en: "Employee scorecard, Population and Civil Registration Office 2026" },
  period: { start: "2026-01-01", end: "2026-12-31" },
  perspectives: [
    { id: "stakeholder", label: { id: "Pemangku Kepentingan dan Masyarakat", en: "Stakeholders and community" }, weight: 40 },
    { id: "internalProcess", label: { id: "Proses Layanan Internal", en: "Internal process" }, weight: 30 },
    { id: "learningGrowth", label: { id: "Pembelajaran dan Pertumbuhan", en: "Learning and growth" }, weight: 15 },
    { id: "budget", label: { id: "Anggaran", en: "Budget" }, weight: 15 },
  ],
  objectives: [
    { id: "satisfaction", perspective: "stakeholder", label: { id: "Masyarakat puas dengan layanan", en: "Citizens satisfied with services" }, weight: 60 },
    { id: "timeliness", perspective: "stakeholder", label: { id: "Layanan tepat waktu", en: "Services on time" }, weight: 40 },
    { id: "quality", perspective: "internalProcess", label: { id: "Dokumen terbit cepat dan benar", en: "Documents issued fast and right" } },
    { id: "competence", perspective: "learningGrowth", label: { id: "Pegawai kompeten", en: "Competent staff" } },
    { id: "spending", perspective: "budget", label: { id: "Anggaran terserap sesuai rencana", en: "Budget spent as planned" } },
  ],
  indicators: [
    { id: "ikm", objective: "satisfaction", label: { id: "Indeks Kepuasan Masyarakat", en: "Public satisfaction index" }, unit: "indeks", target: 85, cap: 120, weight: 70 },
    { id: "complaints", objective: "satisfaction", label: { id: "Jumlah pengaduan", en: "Complaints" }, unit: "pengaduan", direction: "lower", target: 10, floor: 0, cap: 120, weight: 30 },
    { id: "onTime", objective: "timeliness", label: { id: "Layanan selesai tepat waktu", en: "Services completed on time" }, unit: "%", target: 95, cap: 110 },
    { id: "leadTime", objective: "quality", label: { id: "Rata-rata waktu terbit dokumen", en: "Average document lead time" }, unit: "hari", direction: "lower", target: 3, floor: 0, cap: 120, weight: 40 },
    { id: "firstTimeRight", objective: "quality", label: { id: "Dokumen tanpa revisi", en: "Documents right first time" }, unit: "%", target: 98, cap: 105, weight: 30 },
    { id: "blankStock", objective: "quality", label: { id: "Persediaan blanko KTP-el", en: "ID-card blank stock" }, unit: "hari", direction: "range", range: { min: 30, max: 45 }, floor: 0, weight: 30 },
    {
      id: "training", objective: "competence", label: { id: "Jam pelatihan", en: "Training hours" }, unit: "jam", target: 20, weight: 60,
      method: { kind: "curve", points: [{ x: 50, y: 50 }, { x: 100, y: 100 }, { x: 150, y: 110 }] },
    },
    { id: "skpOnTime", objective: "competence", label: { id: "SKP disusun tepat waktu", en: "Performance plan filed on time" }, unit: "ya/tidak", direction: "binary", target: 1, weight: 40 },
    { id: "absorption", objective: "spending", label: { id: "Realisasi anggaran", en: "Budget absorption" }, unit: "%", direction: "range", range: { min: 90, max: 100 }, floor: 0, weight: 60 },
    {
      id: "costPerService", objective: "spending", label: { id: "Biaya per layanan", en: "Cost per service" }, unit: "Rp ribu", direction: "lower", target: 50, weight: 40,
      method: { kind: "steps", formula: "inverse", steps: [{ from: 0, score: 60 }, { from: 80, score: 80 }, { from: 95, score: 100 }, { from: 110, score: 110 }] },
    },
  ],
  behaviour: {
    // The seven BerAKHLAK core values (PermenPANRB 6/2022 Lampiran, docs/sources.md#permenpanrb-6-2022), rated 1–5 by supervisor, peers, subordinates and self.
    competencies: [
      { id: "berorientasiPelayanan", label: { id: "Berorientasi Pelayanan", en: "Service-oriented" } },
      { id: "akuntabel", label: { id: "Akuntabel", en: "Accountable" } },
      { id: "kompeten", label: { id: "Kompeten", en: "Competent" } },
      { id: "harmonis", label: { id: "Harmonis", en: "Harmonious" } },
      { id: "loyal", label: { id: "Loyal", en: "Loyal" } },
      { id: "adaptif", label: { id: "Adaptif", en: "Adaptive" } },
      { id: "kolaboratif", label: { id: "Kolaboratif", en: "Collaborative" } },
    ],
    scale: "likert5",
    minRaters: 3,
    rating: { meets: 50, above: 80 },
  },
  composition: [{ component: "results", weight: 70 }, { component: "behaviour", weight: 30 }],
  compositionWithPeers: [{ component: "results", weight: 60 }, { component: "behaviour", weight: 40 }],
  missing: { policy: "renormalize", minCoverage: "0.8" },
  rounding: { final: { places: 2, mode: "halfUp" } },
  bands: {
    classify: "rounded",
    table: [
      { id: "sangatKurang", label: { id: "Sangat Kurang", en: "Very poor" }, max: 50 },
      { id: "kurang", label: { id: "Kurang", en: "Poor" }, min: 50, max: 65 },
      { id: "butuhPerbaikan", label: { id: "Butuh Perbaikan", en: "Needs improvement" }, min: 65, max: 80 },
      { id: "baik", label: { id: "Baik", en: "Good" }, min: 80, max: 100 },
      { id: "sangatBaik", label: { id: "Sangat Baik", en: "Very good" }, min: 100 },
    ],
  },
};

const units = [
  ["Bidang Pelayanan Pendaftaran Penduduk", 20],
  ["Bidang Pelayanan Pencatatan Sipil", 18],
  ["Bidang Pengelolaan Informasi Administrasi Kependudukan", 12],
  ["Sekretariat", 12],
];
const first = ["Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hendra", "Indah", "Joko", "Kartika", "Lestari", "Made", "Nur", "Putu", "Rina", "Sari", "Teguh", "Wahyu", "Yulia", "Zainal", "Ayu", "Bayu", "Dian"];
const last = ["Santoso", "Wijaya", "Saputra", "Lestari", "Hidayat", "Pratama", "Siregar", "Nasution", "Kusuma", "Rahmawati", "Setiawan", "Gunawan", "Harahap", "Sembiring", "Wibowo", "Putri"];

const appraisals = [];
let n = 0;
for (const [unit, size] of units) {
  for (let k = 0; k < size; k++) {
    n++;
    const nip = `19${int(70, 99)}${String(int(1, 12)).padStart(2, "0")}${String(int(1, 28)).padStart(2, "0")}20${int(10, 22)}0${int(1, 2)}1${String(n).padStart(3, "0")}`;
    const skill = rand(); // an employee-level tendency, so that units have spread
    const pick = (lo, hi, places) => dec(lo + (hi - lo) * skill * 0.5, hi - (hi - lo) * (1 - skill) * 0.3, places);
    const actuals = [
      { indicator: "ikm", actual: pick(70, 95, 2) },
      { indicator: "complaints", actual: String(int(0, 25 - Math.floor(skill * 20))) },
      { indicator: "onTime", actual: pick(80, 100, 1) },
      { indicator: "leadTime", actual: dec(2, 6, 1) },
      { indicator: "firstTimeRight", actual: pick(88, 100, 1) },
      { indicator: "blankStock", actual: String(int(20, 55)) },
      { indicator: "training", actual: String(int(4, 36)) },
      { indicator: "skpOnTime", actual: rand() < 0.85 ? "1" : "0" },
      { indicator: "absorption", actual: dec(82, 104, 2) },
      { indicator: "costPerService", actual: dec(40, 75, 1) },
    ];
    if (n % 17 === 0) actuals.splice(6, 1); // a few employees without training data: re-normalised, with a warning
    const competencies = scheme.behaviour.competencies.map((c) => c.id);
    const answer = (bias) => String(Math.max(1, Math.min(5, Math.round(2.6 + skill * 2.2 + bias + (rand() - 0.5) * 1.6))));
    const raters = [["atasan", "supervisor", 0.3], ["diri", "self", 0.8]];
    const peers = n % 5 === 0 ? 2 : 3 + (n % 3); // every fifth employee has only two peers: suppressed
    for (let p = 0; p < peers; p++) raters.push([`rekan${p + 1}`, "peer", 0]);
    if (k === 0) for (let d = 0; d < 4; d++) raters.push([`bawahan${d + 1}`, "subordinate", 0.2]);
    const ratings = [];
    for (const [rater, group, bias] of raters) {
      for (const competency of competencies) ratings.push({ rater, group, competency, value: rand() < 0.03 ? "na" : Number(answer(bias)) });
    }
    appraisals.push({
      id: `2026-${nip}`,
      employee: { id: nip, name: `${first[int(0, first.length - 1)]} ${last[int(0, last.length - 1)]}`, unit, position: k === 0 ? "Kepala Bidang" : k < 3 ? "Analis" : "Pengadministrasi" },
      period: { start: "2026-01-01", end: "2026-12-31" },
      actuals,
      ratings,
    });
  }
}
writeFileSync(new URL("../examples/data/agency-scheme.json", import.meta.url), `${JSON.stringify(scheme, null, 2)}\n`);
writeFileSync(new URL("../examples/data/agency-appraisals.json", import.meta.url), `[\n${appraisals.map((a) => JSON.stringify(a)).join(",\n")}\n]\n`);
console.log(`wrote ${appraisals.length} appraisals`);
