// The sample agency behind examples/data/agency.xlsx: a deterministic (seeded) set of employees of a
// regional civil-service agency (BKPSDM) with five SKP work-result indicators, the supervisor's and the
// employee's own BerAKHLAK ratings, and two to four peers each. Most employees meet expectations, about
// one in ten exceeds them, a few fall short. Used by make-agency-workbook.ts and by the tests, which
// score these same numbers with the library directly.

/** One indicator of the sample scorecard. */
export interface SampleIndicator {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  /** The scheme's target; null: individual targets (a "Target …" column). */
  readonly target: number | null;
  readonly cap: number;
}

/** The five SKP indicators. */
export const SAMPLE_INDICATORS: readonly SampleIndicator[] = [
  { id: "layanan", label: "Layanan diselesaikan", unit: "dokumen", target: null, cap: 130 },
  { id: "tepatWaktu", label: "Layanan tepat waktu", unit: "%", target: 90, cap: 120 },
  { id: "kepuasan", label: "Indeks kepuasan pengguna", unit: "indeks", target: 80, cap: 125 },
  { id: "laporan", label: "Laporan kinerja", unit: "dokumen", target: 12, cap: 120 },
  { id: "pelatihan", label: "Jam pelatihan", unit: "jam", target: 20, cap: 150 },
];

/** The BerAKHLAK value ids, in order. */
export const VALUES = ["berorientasiPelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"] as const;

/** A rater's seven ratings (1–5; null: not rated). */
export interface SampleRater {
  readonly name: string;
  readonly group: "supervisor" | "self" | "peer";
  readonly values: readonly (number | null)[];
}

/** One employee of the sample. */
export interface SampleEmployee {
  readonly nip: string;
  readonly name: string;
  readonly unit: string;
  readonly position: string;
  /** Individual target of `layanan`. */
  readonly layananTarget: number;
  /** indicator id → actual (a number with at most 2 decimals), or null for "no data". */
  readonly actuals: Readonly<Record<string, number | null>>;
  readonly raters: readonly SampleRater[];
}

const UNITS = ["Sekretariat", "Bidang Pengadaan dan Pemberhentian", "Bidang Mutasi dan Promosi", "Bidang Pengembangan Kompetensi"];
const FIRST = ["Ahmad", "Siti", "Budi", "Dewi", "Rudi", "Rina", "Agus", "Sri", "Joko", "Wati", "Hendra", "Yuni", "Eko", "Fitri", "Bambang", "Nur", "Dedi", "Ratna", "Andi", "Lestari", "Teguh", "Ayu", "Made", "Putu", "Hasan"];
const LAST = ["Saputra", "Wijaya", "Hidayat", "Santoso", "Lestari", "Kusuma", "Nugroho", "Siregar", "Pratama", "Harahap", "Setiawan", "Rahayu", "Susanto", "Gunawan", "Simanjuntak", "Wibowo"];
const POSITIONS = ["Analis SDM Aparatur", "Pranata Komputer", "Pengadministrasi Perkantoran", "Penata Kelola Sistem", "Arsiparis", "Analis Kebijakan"];

/** mulberry32: a small seeded generator, so the sample is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sample agency's employees (deterministic). */
export function sampleAgency(count = 96): SampleEmployee[] {
  const rnd = random(20261231);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const round2 = (x: number): number => Math.round(x * 100) / 100;
  const out: SampleEmployee[] = [];
  for (let i = 0; i < count; i++) {
    const r = rnd();
    // Latent achievement level: about 10 % exceed, 8 % fall short, the rest meet expectations.
    const level = r < 0.1 ? 1.13 + rnd() * 0.1 : r < 0.18 ? 0.72 + rnd() * 0.14 : 0.94 + rnd() * 0.12;
    const born = 1968 + Math.floor(rnd() * 30);
    const nip = `${born}${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}${born + 22 + Math.floor(rnd() * 8)}${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}${rnd() < 0.5 ? 1 : 2}${String(i + 1).padStart(3, "0")}`;
    const layananTarget = 100 * (4 + Math.floor(rnd() * 12)); // 400 … 1 500 documents
    const actuals: Record<string, number | null> = {};
    for (const ind of SAMPLE_INDICATORS) {
      const target = ind.target ?? layananTarget;
      const noise = 1 + (rnd() - 0.5) * 0.08;
      let a = target * level * noise;
      if (ind.id === "tepatWaktu") a = Math.min(100, a);
      actuals[ind.id] = ind.id === "layanan" || ind.id === "laporan" ? Math.round(a) : round2(a);
    }
    if (rnd() < 0.06) actuals["pelatihan"] = null; // training hours not recorded
    // Behaviour: mostly 4 and 5; a rare employee (about 3 %) is rated low by everybody.
    const low = rnd() < 0.03;
    const rating = (): number => (low ? 2 + Math.floor(rnd() * 2) : rnd() < 0.15 ? 3 : rnd() < 0.65 ? 4 : 5);
    const raters: SampleRater[] = [
      { name: "atasan", group: "supervisor", values: VALUES.map(() => rating()) },
      { name: "diri", group: "self", values: VALUES.map(() => Math.min(5, rating() + (rnd() < 0.4 ? 1 : 0))) },
    ];
    const peers = 2 + Math.floor(rnd() * 3);
    for (let p = 0; p < peers; p++) raters.push({ name: `rekan${p + 1}`, group: "peer", values: VALUES.map(() => (rnd() < 0.03 ? null : rating())) });
    out.push({ nip, name: `${pick(FIRST)} ${pick(LAST)}`, unit: UNITS[i % UNITS.length] as string, position: pick(POSITIONS), layananTarget, actuals, raters });
  }
  return out;
}
