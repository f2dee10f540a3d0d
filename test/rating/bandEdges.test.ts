// Band edges of the regulations, through `evaluate`: PP 46/2011 (PP 46/2011, Perka BKN 1/2013, with the gap
// problem between integer band edges: 90.5, 75.5, 60.5 and 50.5 under each policy an agency may choose) and the IKM
// bands of PermenPANRB 14/2017, on the 25–100 and on the 1–4 scale. Every case uses a
// one-indicator scheme with target 100 (or 4 for the 1–4 → 25–100 conversion), so that the final
// score is exactly the value under test.
import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile, evaluate, type Plan, type Result, type SchemeInput } from "../../src/index.js";
import { X, scaled } from "../helpers.js";

type Table = NonNullable<SchemeInput["bands"]>["table"];
type Rounding = { places: number; mode: "halfUp" };

/** A one-indicator scheme (target `target`, ratio, no cap) with the given band table, classification and final rounding. */
function plan(table: Table, classify: "rounded" | "exact", final: Rounding = { places: 2, mode: "halfUp" }, target: number | string = 100): Plan {
  return compile({
    id: "edges",
    perspectives: [{ id: "results", label: "Hasil kerja" }],
    indicators: [{ id: "k", perspective: "results", label: "Nilai", target }],
    rounding: { final },
    bands: { classify, table },
  });
}

/** Scores one employee whose actual is `value`. */
const score = (p: Plan, value: string): Result => evaluate(p, { employee: { id: "E1" }, actuals: [{ indicator: "k", actual: value }] });

// --- PP 46/2011 (PP 46/2011, Perka BKN 1/2013): 91 ke atas / 76–90 / 61–75 / 51–60 / 50 ke bawah --------------

/** Policy "integer edges": a band starts at the integer the regulation writes (Baik [76, 91)). */
const PP46_INTEGER: Table = [
  { id: "buruk", label: "Buruk", max: 51 },
  { id: "kurang", label: "Kurang", min: 51, max: 61 },
  { id: "cukup", label: "Cukup", min: 61, max: 76 },
  { id: "baik", label: "Baik", min: 76, max: 91 },
  { id: "sangatBaik", label: "Sangat Baik", min: 91 },
];

/** Policy "half edges": the gap is split in the middle (Baik [75.5, 90.5)). */
const PP46_HALF: Table = [
  { id: "buruk", label: "Buruk", max: "50.5" },
  { id: "kurang", label: "Kurang", min: "50.5", max: "60.5" },
  { id: "cukup", label: "Cukup", min: "60.5", max: "75.5" },
  { id: "baik", label: "Baik", min: "75.5", max: "90.5" },
  { id: "sangatBaik", label: "Sangat Baik", min: "90.5" },
];

const PP46 = {
  integerExact: plan(PP46_INTEGER, "exact"),
  integerExactWhole: plan(PP46_INTEGER, "exact", { places: 0, mode: "halfUp" }),
  integerRoundedWhole: plan(PP46_INTEGER, "rounded", { places: 0, mode: "halfUp" }),
  halfRounded: plan(PP46_HALF, "rounded"),
  halfExact: plan(PP46_HALF, "exact"),
};

/** Values and the band each policy gives them: [value, integer edges + exact, integer edges + rounded to 0 places, half edges]. */
const PP46_CASES: readonly (readonly [value: string, integerExact: string, integerRoundedWhole: string, half: string])[] = [
  ["90.5", "baik", "sangatBaik", "sangatBaik"],
  ["75.5", "cukup", "baik", "baik"],
  ["60.5", "kurang", "cukup", "cukup"],
  ["50.5", "buruk", "kurang", "kurang"],
  // just below the middle of each gap: every policy keeps the lower band
  ["90.49", "baik", "baik", "baik"],
  ["75.49", "cukup", "cukup", "cukup"],
  ["60.49", "kurang", "kurang", "kurang"],
  ["50.49", "buruk", "buruk", "buruk"],
  // the integers the regulation writes: all policies agree
  ["91", "sangatBaik", "sangatBaik", "sangatBaik"],
  ["90", "baik", "baik", "baik"],
  ["76", "baik", "baik", "baik"],
  ["75", "cukup", "cukup", "cukup"],
  ["61", "cukup", "cukup", "cukup"],
  ["60", "kurang", "kurang", "kurang"],
  ["51", "kurang", "kurang", "kurang"],
  ["50", "buruk", "buruk", "buruk"],
  ["0", "buruk", "buruk", "buruk"],
  ["100", "sangatBaik", "sangatBaik", "sangatBaik"],
];

describe("PP 46/2011 band edges (PP 46/2011, Perka BKN 1/2013)", () => {
  it.each(PP46_CASES)("policy: edges 91/76/61/51, classify exact (final 2 places half-up) — %s is %s", (value, expected) => {
    const r = score(PP46.integerExact, value);
    expect(r.final.band?.id).toBe(expected);
    expect(r.warnings).toEqual([]);
  });

  it.each(PP46_CASES)("policy: edges 91/76/61/51, final rounded to 0 places half-up, classify rounded — %s is %s", (value, _exact, expected) => {
    const r = score(PP46.integerRoundedWhole, value);
    expect(r.final.band?.id).toBe(expected);
    expect(r.final.score).toBe(new X(value).toDecimalPlaces(0, X.ROUND_HALF_UP).toFixed(0));
  });

  it.each(PP46_CASES)("policy: edges 90.5/75.5/60.5/50.5, classify rounded (final 2 places half-up) — %s is %s", (value, _exact, _whole, expected) => {
    expect(score(PP46.halfRounded, value).final.band?.id).toBe(expected);
  });

  it.each(PP46_CASES)("policy: edges 90.5/75.5/60.5/50.5, classify exact — %s is %s", (value, _exact, _whole, expected) => {
    expect(score(PP46.halfExact, value).final.band?.id).toBe(expected);
  });

  it("policy: edges 91/76/61/51, final rounded to 0 places but classify exact — 90.5 reads 91 yet is Baik (the score shown and the band disagree)", () => {
    const r = score(PP46.integerExactWhole, "90.5");
    expect(r.final.score).toBe("91");
    expect(r.final.band?.id).toBe("baik");
    expect(score(PP46.integerExactWhole, "91").final.band?.id).toBe("sangatBaik");
  });

  it("the two policies that put 90.5 in Sangat Baik still differ inside the gap: 90.495 (rounded to 0 places → 90, Baik; to 2 places → 90.50, Sangat Baik)", () => {
    expect(score(PP46.integerRoundedWhole, "90.495").final).toMatchObject({ score: "90", band: { id: "baik" } });
    expect(score(PP46.halfRounded, "90.495").final).toMatchObject({ score: "90.50", band: { id: "sangatBaik" } });
    expect(score(PP46.halfExact, "90.495").final).toMatchObject({ score: "90.50", band: { id: "baik" } });
  });

  it("integer edges written as 'max 90, min 91' (the regulation's own numbers) are rejected as a gap, so 90.5 can never fall between bands", () => {
    const table = PP46_INTEGER.map((b) => (b.id === "baik" ? { ...b, max: 90 } : b));
    expect(() => plan(table, "rounded")).toThrow(expect.objectContaining({ code: "INVALID_SCHEME", issues: expect.arrayContaining([expect.objectContaining({ at: "bands.table[4].min", code: "band_gap" })]) }));
  });
});

// --- IKM, PermenPANRB 14/2017 (PermenPANRB 14/2017): classify with "≥ lower bound" only ------------------

/** The 25–100 conversion scale: D 25,00–64,99 / C 65,00–76,60 / B 76,61–88,30 / A 88,31–100,00. A stays open (a half-open max of 100 would exclude 100). */
const IKM_CONVERTED: Table = [
  { id: "mutuD", label: "D — Tidak Baik", min: 25, max: 65 },
  { id: "mutuC", label: "C — Kurang Baik", min: 65, max: "76.61" },
  { id: "mutuB", label: "B — Baik", min: "76.61", max: "88.31" },
  { id: "mutuA", label: "A — Sangat Baik", min: "88.31" },
];

/** The 1–4 scale: D 1,00–2,5996 / C 2,60–3,064 / B 3,0644–3,532 / A 3,5324–4,00. */
const IKM_RAW: Table = [
  { id: "mutuD", label: "D — Tidak Baik", min: 1, max: "2.6" },
  { id: "mutuC", label: "C — Kurang Baik", min: "2.6", max: "3.0644" },
  { id: "mutuB", label: "B — Baik", min: "3.0644", max: "3.5324" },
  { id: "mutuA", label: "A — Sangat Baik", min: "3.5324" },
];

const IKM = {
  convertedRounded: plan(IKM_CONVERTED, "rounded"),
  convertedExact: plan(IKM_CONVERTED, "exact"),
  /** The IKM on the 1–4 scale as the actual, target 4: the final score is IKM × 25, the conversion of PermenPANRB 14/2017. */
  fromRawExact: plan(IKM_CONVERTED, "exact", { places: 4, mode: "halfUp" }, 4),
  fromRawRounded: plan(IKM_CONVERTED, "rounded", { places: 2, mode: "halfUp" }, 4),
  raw: plan(IKM_RAW, "rounded", { places: 4, mode: "halfUp" }),
};

describe("IKM band edges (PermenPANRB 14/2017, PermenPANRB 14/2017)", () => {
  it.each([
    ["25", "mutuD"],
    ["64.99", "mutuD"],
    ["65", "mutuC"],
    ["65.00", "mutuC"],
    ["76.60", "mutuC"],
    ["76.61", "mutuB"],
    ["88.30", "mutuB"],
    ["88.31", "mutuA"],
    ["100", "mutuA"],
  ])("policy: edges at the lower bounds 65 / 76.61 / 88.31 on the 25–100 scale, classify rounded or exact — %s is %s", (value, expected) => {
    expect(score(IKM.convertedRounded, value).final.band?.id).toBe(expected);
    expect(score(IKM.convertedExact, value).final.band?.id).toBe(expected);
  });

  it.each([
    ["64.995", "65.00", "mutuC", "mutuD"],
    ["76.605", "76.61", "mutuB", "mutuC"],
    ["88.305", "88.31", "mutuA", "mutuB"],
    ["76.6049", "76.60", "mutuC", "mutuC"],
  ])("policy: edges at the lower bounds on the 25–100 scale — %s inside a 0.01 gap (rounds to %s) is %s when classifying rounded, %s when exact", (value, shown, rounded, exact) => {
    expect(score(IKM.convertedRounded, value).final).toMatchObject({ score: shown, band: { id: rounded } });
    expect(score(IKM.convertedExact, value).final).toMatchObject({ score: shown, band: { id: exact } });
  });

  it("below the lowest IKM (25) no band holds the score: band null and a no_band warning", () => {
    const r = score(IKM.convertedRounded, "24.99");
    expect(r.final.band).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(["no_band"]);
  });

  it.each([
    ["1", "mutuD"],
    ["2.5996", "mutuD"],
    ["2.5998", "mutuD"],
    ["2.6", "mutuC"],
    ["3.064", "mutuC"],
    ["3.0642", "mutuC"],
    ["3.0644", "mutuB"],
    ["3.532", "mutuB"],
    ["3.5322", "mutuB"],
    ["3.5324", "mutuA"],
    ["4", "mutuA"],
  ])("policy: edges at the lower bounds 2.60 / 3.0644 / 3.5324 on the 1–4 scale, final 4 places — %s is %s", (value, expected) => {
    expect(score(IKM.raw, value).final.band?.id).toBe(expected);
  });

  it.each([
    ["2.5996", "64.9900", "mutuD"],
    ["2.6", "65.0000", "mutuC"],
    ["3.064", "76.6000", "mutuC"],
    ["3.0644", "76.6100", "mutuB"],
    ["3.532", "88.3000", "mutuB"],
    ["3.5324", "88.3100", "mutuA"],
    ["4", "100.0000", "mutuA"],
  ])("the conversion IKM × 25 (actual %s on 1–4, target 4) gives %s and the same mutu %s", (raw, converted, expected) => {
    const r = score(IKM.fromRawExact, raw);
    expect(r.final.score).toBe(converted);
    expect(r.final.band?.id).toBe(expected);
    expect(score(IKM.raw, raw).final.band?.id).toBe(expected);
  });

  it("policy matters between the scales: IKM 3.0643 is C on the 1–4 table; ×25 = 76.6075 is C when classified exactly but B after rounding to 2 places", () => {
    expect(score(IKM.raw, "3.0643").final.band?.id).toBe("mutuC");
    expect(score(IKM.fromRawExact, "3.0643").final).toMatchObject({ score: "76.6075", band: { id: "mutuC" } });
    expect(score(IKM.fromRawRounded, "3.0643").final).toMatchObject({ score: "76.61", band: { id: "mutuB" } });
  });

  fcTest.prop([fc.integer({ min: 10_000, max: 40_000 }).map((n) => scaled(n, 4))])(
    "on every IKM of 4 decimals in [1, 4], the 1–4 table and the 25–100 table classified exactly agree",
    (raw) => {
      expect(score(IKM.fromRawExact, raw).final.band?.id).toBe(score(IKM.raw, raw).final.band?.id);
    },
  );
});

// --- monotonicity --------------------------------------------------------------------------------------------

const SIX_2022: Table = [
  { id: "sangatKurang", label: "Sangat Kurang", max: 50 },
  { id: "kurang", label: "Kurang", min: 50, max: 70 },
  { id: "butuhPerbaikan", label: "Butuh Perbaikan", min: 70, max: 90 },
  { id: "baik", label: "Baik", min: 90, max: 110 },
  { id: "sangatBaik", label: "Sangat Baik", min: 110 },
];

/** Every band table of this file under each policy, with its band ids from worst to best. */
const POLICIES: readonly { readonly name: string; readonly plan: Plan; readonly order: readonly string[] }[] = [
  { name: "PP 46/2011, edges 91/76/61/51, exact", plan: PP46.integerExact, order: PP46_INTEGER.map((b) => b.id) },
  { name: "PP 46/2011, edges 91/76/61/51, 0 places, rounded", plan: PP46.integerRoundedWhole, order: PP46_INTEGER.map((b) => b.id) },
  { name: "PP 46/2011, edges 91/76/61/51, 0 places, exact", plan: PP46.integerExactWhole, order: PP46_INTEGER.map((b) => b.id) },
  { name: "PP 46/2011, edges 90.5/…, rounded", plan: PP46.halfRounded, order: PP46_HALF.map((b) => b.id) },
  { name: "PP 46/2011, edges 90.5/…, exact", plan: PP46.halfExact, order: PP46_HALF.map((b) => b.id) },
  { name: "IKM 25–100, rounded", plan: IKM.convertedRounded, order: IKM_CONVERTED.map((b) => b.id) },
  { name: "IKM 25–100, exact", plan: IKM.convertedExact, order: IKM_CONVERTED.map((b) => b.id) },
  { name: "6/2022 predikat, rounded", plan: plan(SIX_2022, "rounded"), order: SIX_2022.map((b) => b.id) },
  { name: "6/2022 predikat, exact", plan: plan(SIX_2022, "exact"), order: SIX_2022.map((b) => b.id) },
];

/** Position of a result's band from worst (0) up; no band (below the table) is −1. */
const level = (order: readonly string[], r: Result): number => (r.final.band === null ? -1 : order.indexOf(r.final.band.id));

describe("band classification is monotone in the score", () => {
  // Scores 0.000 … 130.000 with three decimals, from integers (never from binary floats), so that
  // half-way values such as 90.495 and 89.995 occur and both classifications are exercised.
  const thousandths = fc.integer({ min: 0, max: 130_000 });

  fcTest.prop([fc.constantFrom(...POLICIES.keys()), thousandths, thousandths])("a higher final score never gets a lower band (every table and policy of this file)", (i, m, n) => {
    const p = POLICIES[i];
    if (!p) throw new Error("no policy");
    const lo = scaled(Math.min(m, n), 3);
    const hi = scaled(Math.max(m, n), 3);
    const a = score(p.plan, lo);
    const b = score(p.plan, hi);
    for (const r of [a, b]) if (r.final.band !== null) expect(p.order).toContain(r.final.band.id);
    expect(level(p.order, a), `${p.name}: ${lo} → ${a.final.band?.id}, ${hi} → ${b.final.band?.id}`).toBeLessThanOrEqual(level(p.order, b));
  });

  fcTest.prop([fc.constantFrom(...POLICIES.keys()), fc.integer({ min: 0, max: 129_999 })])("one step of 0.001 up never lowers the band", (i, n) => {
    const p = POLICIES[i];
    if (!p) throw new Error("no policy");
    expect(level(p.order, score(p.plan, scaled(n, 3)))).toBeLessThanOrEqual(level(p.order, score(p.plan, scaled(n + 1, 3))));
  });
});
