// The benchmark workload: one scheme with 12 indicators in 4 perspectives, a 360°
// behaviour model with 7 competencies rated by 8 raters, a 70/30 final composition and 5 bands;
// and N deterministic appraisals (seeded generator; every decimal is built as text from integers).

/** @returns {(lo: number, hi: number) => number} a seeded integer generator (LCG), inclusive bounds */
export function rng(seed) {
  let s = seed >>> 0;
  return (lo, hi) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return lo + Math.floor((s / 2 ** 32) * (hi - lo + 1));
  };
}

const dec = (n, places) => {
  if (places === 0) return String(n);
  const neg = n < 0;
  const digits = String(Math.abs(n)).padStart(places + 1, "0");
  return `${neg ? "-" : ""}${digits.slice(0, -places)}.${digits.slice(-places)}`;
};

export const COMPETENCIES = ["berorientasiPelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"];
export const RATERS = [
  { rater: "atasan", group: "supervisor" },
  { rater: "diri", group: "self" },
  { rater: "rekan1", group: "peer" },
  { rater: "rekan2", group: "peer" },
  { rater: "rekan3", group: "peer" },
  { rater: "bawahan1", group: "subordinate" },
  { rater: "bawahan2", group: "subordinate" },
  { rater: "bawahan3", group: "subordinate" },
];

// kind: h = higher-is-better ratio with a cap; l = lower-is-better reflected (floor 0, cap); r = range [min, max].
const INDICATORS = [
  ["ikm", "stakeholder", "h", { target: 85, cap: 120 }, 40, [6000, 9900, 2]],
  ["complaints", "stakeholder", "l", { target: 10, cap: 120 }, 20, [0, 25, 0]],
  ["onTime", "stakeholder", "h", { target: 95, cap: 110 }, 40, [7000, 10000, 2]],
  ["leadTime", "internalProcess", "l", { target: 3, cap: 120 }, 40, [10, 80, 1]],
  ["firstTimeRight", "internalProcess", "h", { target: 98, cap: 105 }, 30, [850, 1000, 1]],
  ["blankStock", "internalProcess", "r", { range: { min: 30, max: 45 } }, 30, [10, 80, 0]],
  ["training", "learningGrowth", "h", { target: 20, cap: 150 }, 50, [0, 400, 1]],
  ["certified", "learningGrowth", "h", { target: 80, cap: 110 }, 25, [300, 1000, 1]],
  ["mentoring", "learningGrowth", "h", { target: 12, cap: 125 }, 25, [0, 24, 0]],
  ["absorption", "budget", "h", { target: 95, cap: 100 }, 50, [6000, 10000, 2]],
  ["costPerService", "budget", "l", { target: 45, cap: 120 }, 30, [300, 700, 1]],
  ["idleAssets", "budget", "r", { range: { min: 2, max: 5 } }, 20, [0, 10, 0]],
];
export const PERSPECTIVES = [
  ["stakeholder", 40],
  ["internalProcess", 30],
  ["learningGrowth", 15],
  ["budget", 15],
];
export const BANDS = [
  ["sangatKurang", undefined, 50],
  ["kurang", 50, 65],
  ["butuhPerbaikan", 65, 80],
  ["baik", 80, 100],
  ["sangatBaik", 100, undefined],
];

/** The scheme JSON. */
export function benchScheme() {
  return {
    id: "bench-2026",
    version: "1",
    perspectives: PERSPECTIVES.map(([id, weight]) => ({ id, label: id, weight })),
    indicators: INDICATORS.map(([id, perspective, kind, t, weight]) => ({
      id,
      perspective,
      label: id,
      weight,
      direction: kind === "h" ? "higher" : kind === "l" ? "lower" : "range",
      ...(t.target === undefined ? {} : { target: t.target }),
      ...(t.range === undefined ? {} : { range: t.range }),
      ...(t.cap === undefined ? {} : { cap: t.cap }),
    })),
    behaviour: { competencies: COMPETENCIES.map((id) => ({ id, label: id })), scale: "likert5", minRaters: 3 },
    composition: [
      { component: "results", weight: 70 },
      { component: "behaviour", weight: 30 },
    ],
    rounding: { final: { places: 2, mode: "halfUp" } },
    bands: { table: BANDS.map(([id, min, max]) => ({ id, label: id, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) })) },
  };
}

/** The plain description of the scheme used by the float and naive-decimal contenders. */
export const MODEL = {
  indicators: INDICATORS.map(([id, perspective, kind, t, weight]) => ({ id, perspective, kind, weight, ...t })),
  perspectives: PERSPECTIVES.map(([id, weight]) => ({ id, weight })),
  competencies: COMPETENCIES,
  scale: { min: 1, max: 5 },
  composition: { results: 70, behaviour: 30 },
  bands: BANDS.map(([id, min, max]) => ({ id, min, max })),
};

/** Appraisal number `i` of the workload (deterministic in `i` alone, so any N is a prefix of a larger one). */
export function benchAppraisal(i) {
  const int = rng(0x9e3779b1 ^ (i * 2654435761));
  const id = `19${String(700000 + i).padStart(8, "0")}`;
  return {
    id: `2026-${id}`,
    employee: { id, name: `Pegawai ${i}`, unit: `Unit ${i % 97}` },
    period: { start: "2026-01-01", end: "2026-12-31" },
    actuals: INDICATORS.map(([indicator, , , , , [lo, hi, places]]) => ({ indicator, actual: dec(int(lo, hi), places) })),
    ratings: RATERS.flatMap((r) => COMPETENCIES.map((competency) => ({ rater: r.rater, group: r.group, competency, value: int(2, 5) }))),
  };
}
