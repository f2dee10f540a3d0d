import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../../src/errors/kinerjaError.js";
import { annualPredikat } from "../../src/organisation/annualPredikat.js";
import { pace, type PaceInput } from "../../src/organisation/pace.js";
import { deepFreeze } from "../helpers.js";

const YEAR = { start: "2025-01-01", end: "2025-12-31" };
const TRIWULAN = [
  { start: "2025-01-01", end: "2025-03-31", target: 20 },
  { start: "2025-04-01", end: "2025-06-30", target: 30 },
  { start: "2025-07-01", end: "2025-09-30", target: 40 },
  { start: "2025-10-01", end: "2025-12-31", target: 30 },
];
const checkins = [
  { date: "2025-03-28", value: 18 },
  { date: "2025-05-15", value: 20 },
  { date: "2025-06-30", value: 17 },
];

describe("pace: dated check-ins, expected-to-date and forecast", () => {
  it("OC-4 linear (computed): 30 June 2025, flow target 120, realisation 55 → expected 120 × 181/365 = 59.51, pace 0.924 → at risk", () => {
    const p = pace({ indicator: "izin", target: 120, accumulation: "sum", year: YEAR, checkins, asOf: "2025-06-30" });
    expect(p.days).toEqual({ elapsed: 181, total: 365 });
    expect(p.realisation).toBe("55");
    // 120 × 181 / 365 = 21720/365 = 59.506849…
    expect(new Number(p.expected).toFixed(2)).toBe("59.51");
    // 55 / (21720/365) = 20075/21720 = 0.92426…
    expect(p.pace?.slice(0, 5)).toBe("0.924");
    expect(p.status).toBe("atRisk");
    expect(p.warnings.map((w) => w.code)).toEqual(["at_risk"]);
    // linear forecast = run rate 55 × 365/181 = 110.91…
    expect(p.forecast.rule).toBe("pace");
    expect(p.forecast.value.slice(0, 6)).toBe("110.91");
  });

  it("OC-4 with the rencana aksi targets per triwulan 20/30/40/30: expected 50, pace 1.1 → on track", () => {
    const p = pace({ indicator: "izin", target: 120, accumulation: "sum", year: YEAR, plan: TRIWULAN, checkins, asOf: "2025-06-30" });
    expect([p.expectedBy, p.expected, p.pace, p.status, p.warnings]).toEqual(["plan", "50", "1.1", "onTrack", []]);
    expect(p.forecast.value).toBe("132");
    expect(p.forecast.capaian).toBe("110");
  });

  it("inside a period the plan is pro-rated by days: 15 May = 20 + 30 × 45/91", () => {
    const p = pace({ indicator: "izin", target: 120, accumulation: "sum", year: YEAR, plan: TRIWULAN, checkins, asOf: "2025-05-15" });
    // 20 + 1350/91 = 3170/91 = 34.835…; realisation 38 → pace 38 × 91 / 3170 = 1.0908…
    expect(p.expected.slice(0, 6)).toBe("34.835");
    expect(p.realisation).toBe("38");
    expect(p.status).toBe("onTrack");
  });

  it("a stock takes the latest check-in and the level of the current period; falling behind warns", () => {
    const p = pace({
      indicator: "ikm",
      target: 88,
      accumulation: "latest",
      year: YEAR,
      plan: TRIWULAN.map((t, i) => ({ ...t, target: [80, 82, 85, 88][i] as number })),
      checkins: [
        { date: "2025-02-01", value: 90 },
        { date: "2025-08-01", value: 60 },
      ],
      asOf: "2025-08-31",
    });
    expect([p.realisation, p.expected, p.status, p.forecast.rule, p.forecast.value]).toEqual(["60", "85", "behind", "latest", "60"]);
    expect(p.warnings[0]?.code).toBe("behind");
    expect(p.warnings[0]?.message.en).toContain("60 of 85 expected by 2025-08-31");
    expect(p.warnings[0]?.message.id).toContain("60 dari 85 yang diharapkan per 2025-08-31");
  });

  it("no check-in yet: realisation 0 and a warning; an expected 0 gives no pace", () => {
    const p = pace({ indicator: "x", target: 120, accumulation: "sum", year: YEAR, plan: [{ ...YEAR, target: 0 }], checkins: [], asOf: "2025-02-01" });
    expect([p.pace, p.status, p.warnings.map((w) => w.code)]).toEqual([null, "noExpectation", ["no_checkin"]]);
  });

  it("rejects a plan with a gap, a check-in outside the year and asOf outside the year", () => {
    const base: PaceInput = { indicator: "x", target: 1, accumulation: "sum", year: YEAR, checkins: [], asOf: "2025-06-30" };
    expect(() => pace({ ...base, plan: [TRIWULAN[0], TRIWULAN[2], TRIWULAN[3]] as PaceInput["plan"] })).toThrow(KinerjaError);
    expect(() => pace({ ...base, checkins: [{ date: "2026-01-01", value: 1 }] })).toThrow(KinerjaError);
    expect(() => pace({ ...base, asOf: "2026-01-01" })).toThrow(KinerjaError);
    expect(() => pace({ ...base, accumulation: "mean" as "sum" })).toThrow(KinerjaError);
  });

  fcTest.prop([fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 12 }), fc.integer({ min: 0, max: 364 })])("a flow: adding a check-in never lowers the pace; the input is not changed", (values, day) => {
    const asOf = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
    const cs = deepFreeze(values.map((value, i) => ({ date: new Date(Date.UTC(2025, 0, 1 + ((i * 31) % (day + 1)))).toISOString().slice(0, 10), value })));
    const a = pace({ indicator: "x", target: 500, accumulation: "sum", year: YEAR, plan: TRIWULAN, checkins: cs, asOf });
    const b = pace({ indicator: "x", target: 500, accumulation: "sum", year: YEAR, plan: TRIWULAN, checkins: [...cs, { date: asOf, value: 5 }], asOf });
    expect(Number(b.realisation)).toBe(Number(a.realisation) + 5);
    expect(Number(b.pace)).toBeGreaterThanOrEqual(Number(a.pace));
  });
});

describe("annualPredikat: periodic (Triwulan I / II / III / IV-Akhir) → annual", () => {
  const periods = (...ps: string[]) => ps.map((predikat, i) => ({ label: `Triwulan ${["I", "II", "III", "IV-Akhir"][i]}`, predikat: predikat as "baik" }));
  it("OC-3 case A (computed): B, BP, B, B → final Baik, worst Butuh Perbaikan, mode Baik", () => {
    const ps = periods("baik", "butuhPerbaikan", "baik", "baik");
    expect(annualPredikat({ periods: ps }).predikat).toBe("baik");
    expect(annualPredikat({ periods: ps, rule: "worst" })).toMatchObject({ predikat: "butuhPerbaikan", from: 1 });
    expect(annualPredikat({ periods: ps, rule: "mode" }).predikat).toBe("baik");
  });
  it("OC-3 case B (computed): SB, SB, SB, B → final Baik, worst Baik, mode Sangat Baik", () => {
    const ps = periods("sangatBaik", "sangatBaik", "sangatBaik", "baik");
    expect(annualPredikat({ periods: ps, rule: "final" })).toMatchObject({ predikat: "baik", from: 3 });
    expect(annualPredikat({ periods: ps, rule: "worst" }).predikat).toBe("baik");
    expect(annualPredikat({ periods: ps, rule: "mode" }).predikat).toBe("sangatBaik");
  });
  it("monthWeighted: levels weighted by days — 9 months Baik (4) and 3 months Sangat Kurang (1) → mean 3.24… → Butuh Perbaikan (3)", () => {
    const r = annualPredikat({
      rule: "monthWeighted",
      periods: [
        { predikat: "baik", start: "2025-01-01", end: "2025-09-30" },
        { predikat: "sangatKurang", start: "2025-10-01", end: "2025-12-31" },
      ],
    });
    // (4 × 273 + 1 × 92) / 365 = 1184/365 = 3.2438…
    expect(r.predikat).toBe("butuhPerbaikan");
    expect(r.trace[0]?.rounding?.exact.slice(0, 6)).toBe("3.2438");
    expect(() => annualPredikat({ rule: "monthWeighted", periods: [{ predikat: "baik" }] })).toThrow(KinerjaError);
  });
});

describe("annualPredikat properties", () => {
  const P = ["sangatBaik", "baik", "butuhPerbaikan", "kurang", "sangatKurang"] as const;
  const level = (p: string): number => 5 - P.indexOf(p as (typeof P)[number]);
  fcTest.prop([fc.array(fc.constantFrom(...P), { minLength: 1, maxLength: 12 })])("worst ≤ final, mode and month-weighted; month-weighted within [worst, best]; order of equal periods does not matter for worst", (ps) => {
    const periods = ps.map((predikat) => ({ predikat }));
    const worst = level(annualPredikat({ periods, rule: "worst" }).predikat);
    const best = Math.max(...ps.map(level));
    expect(worst).toBe(Math.min(...ps.map(level)));
    expect(level(annualPredikat({ periods }).predikat)).toBeGreaterThanOrEqual(worst);
    expect(level(annualPredikat({ periods, rule: "mode" }).predikat)).toBeGreaterThanOrEqual(worst);
    const monthly = ps.map((predikat, i) => ({ predikat, start: `2025-${String(i + 1).padStart(2, "0")}-01`, end: `2025-${String(i + 1).padStart(2, "0")}-28` }));
    const mw = level(annualPredikat({ periods: monthly, rule: "monthWeighted" }).predikat);
    expect(mw).toBeGreaterThanOrEqual(worst);
    expect(mw).toBeLessThanOrEqual(best);
    expect(level(annualPredikat({ periods: [...periods].reverse(), rule: "worst" }).predikat)).toBe(worst);
  });
});
