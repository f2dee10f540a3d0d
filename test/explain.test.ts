// explain (src/explain/explain.ts, src/explain/labels.ts): the readable derivation of a result in
// Indonesian (default, decimal comma) and English.
import { describe, expect, it } from "vitest";
import { evaluate, explain, type Result, type SchemeInput } from "../src/index.js";
import { catchKinerja, deepFreeze, expectError } from "./helpers.js";

/**
 * Two perspectives 60/40. Service: objective "satisfaction" (IKM, a 85 of t 80 → 106.25) and the
 * direct indicator service time (lower, reflected, a 10 of t 8 → 75), equal weights → 90.625.
 * Budget: absorption 95.5 of 100 → 95.5, training hours missing (renormalised away) → 95.5.
 * Final: 0.6 × 90.625 + 0.4 × 95.5 = 54.375 + 38.2 = 92.575 → half-up 92.58 → band "Sangat Baik" [90, ∞).
 */
const scheme: SchemeInput = {
  id: "skp-unit",
  perspectives: [
    { id: "service", label: { id: "Layanan", en: "Service" }, weight: 60 },
    { id: "budget", label: { id: "Anggaran", en: "Budget" }, weight: 40 },
  ],
  objectives: [{ id: "satisfaction", perspective: "service", label: { id: "Kepuasan masyarakat meningkat", en: "Higher public satisfaction" } }],
  indicators: [
    { id: "ikm", label: { id: "Indeks kepuasan masyarakat", en: "Community satisfaction index" }, objective: "satisfaction", target: 80, unit: "poin" },
    { id: "time", label: { id: "Waktu layanan", en: "Service time" }, perspective: "service", direction: "lower", target: 8, unit: "hari" },
    { id: "absorption", label: "Serapan anggaran", perspective: "budget", target: 100, unit: "%" },
    { id: "training", label: { id: "Jam pelatihan", en: "Training hours" }, perspective: "budget", target: 20 },
  ],
  bands: {
    table: [
      { id: "good", label: { id: "Baik", en: "Good" }, max: 90 },
      { id: "excellent", label: { id: "Sangat Baik", en: "Excellent" }, min: 90 },
    ],
  },
};

const result: Result = evaluate(scheme, {
  employee: { id: "E1", name: "Budi Santoso", unit: "Bagian Umum" },
  period: { start: "2026-01-01", end: "2026-12-31" },
  actuals: [
    { indicator: "ikm", actual: 85 },
    { indicator: "time", actual: 10 },
    { indicator: "absorption", actual: "95.5" },
  ],
});

const indonesian = explain(result);
const english = explain(result, { locale: "en" });

it("the fixture scores as computed by hand (92.575 → 92.58, Sangat Baik)", () => {
  expect(result.final.score).toBe("92.58");
  expect(result.final.band?.id).toBe("excellent");
});

describe("explain in Indonesian (default)", () => {
  it("is the default locale", () => {
    expect(explain(result, { locale: "id" })).toBe(indonesian);
    expect(explain(result, {})).toBe(indonesian);
    expect(explain(result, undefined)).toBe(indonesian);
  });

  it("mentions every indicator, objective and perspective label", () => {
    for (const label of ["Indeks kepuasan masyarakat", "Waktu layanan", "Serapan anggaran", "Jam pelatihan", "Kepuasan masyarakat meningkat", "Layanan", "Anggaran"]) {
      expect(indonesian).toContain(label);
    }
  });

  it("mentions the final score with a decimal comma, its exact value and the band", () => {
    expect(indonesian).toContain("92,58");
    expect(indonesian).toContain("92,575");
    expect(indonesian).toContain("Sangat Baik");
    expect(indonesian).not.toContain("92.58");
  });

  it("uses a decimal comma everywhere (no digit.digit), e.g. actual 95,5 and score 106,25", () => {
    expect(indonesian).not.toMatch(/\d\.\d/);
    expect(indonesian).toContain("95,5");
    expect(indonesian).toContain("106,25");
  });

  it("names the employee, marks the missing indicator and shows the warning in Indonesian", () => {
    expect(indonesian).toContain("Budi Santoso");
    expect(indonesian).toMatch(/Jam pelatihan.*tidak ada data/);
    expect(indonesian).toContain("Peringatan");
    expect(indonesian).not.toContain("re-spread");
  });
});

describe("explain in English", () => {
  it("mentions every indicator label in English, falling back to the Indonesian label when there is no English one", () => {
    for (const label of ["Community satisfaction index", "Service time", "Serapan anggaran", "Training hours", "Higher public satisfaction", "Service", "Budget"]) {
      expect(english).toContain(label);
    }
    expect(english).not.toContain("Indeks kepuasan masyarakat");
  });

  it("mentions the final score with a decimal point and the band in English", () => {
    expect(english).toContain("92.58");
    expect(english).toContain("Excellent");
    expect(english).not.toMatch(/\d,\d/);
  });

  it("shows the lower-is-better derivation and the missing indicator", () => {
    expect(english).toContain("Service time");
    expect(english).toContain("75");
    expect(english).toMatch(/Training hours.*missing/);
  });
});

describe("explain of other results", () => {
  it("works on the JSON round trip of a result (same text)", () => {
    const copy = JSON.parse(JSON.stringify(result)) as Result;
    expect(explain(copy)).toBe(indonesian);
    expect(explain(copy, { locale: "en" })).toBe(english);
  });

  it("does not change the result (a deep-frozen result explains the same)", () => {
    const frozen = deepFreeze(JSON.parse(JSON.stringify(result)) as Result);
    expect(explain(frozen)).toBe(indonesian);
  });

  it("shows a cap, the band-less case and a result without warnings", () => {
    const r = evaluate(
      { id: "cap", perspectives: [{ id: "p", label: "P" }], indicators: [{ id: "k", label: { id: "Capaian dibatasi", en: "Capped KPI" }, perspective: "p", target: 200, cap: 120 }] },
      { employee: { id: "E2" }, actuals: [{ indicator: "k", actual: 250 }] },
    );
    const en = explain(r, { locale: "en" });
    expect(en).toContain("Capped KPI");
    expect(en).toContain("capped");
    expect(en).toContain("120.00");
    // Without a band table there is no band line at all (a scheme with bands but a score outside them says so).
    expect(en).not.toContain("Rating:");
    expect(en).not.toContain("Warnings");
    const id = explain(r);
    expect(id).toContain("dibatasi maksimum");
    expect(id).toContain("120,00");
  });
});

describe("bad input", () => {
  it.each([
    ["null", null, "result"],
    ["a number", 42, "result"],
    ["an empty object", {}, "result.kind"],
    ["another kind", { kind: "kinerja.plan", trace: [] }, "result.kind"],
    ["a result without trace", { kind: "kinerja.result" }, "result.trace"],
  ])("rejects %s as a result with INVALID_INPUT", (_name, value, at) => {
    expectError(() => explain(value as never), "INVALID_INPUT", at);
  });

  it("rejects bad options with INVALID_INPUT at options", () => {
    expectError(() => explain(result, { locale: "fr" } as never), "INVALID_INPUT", "options.locale");
    expectError(() => explain(result, { lang: "en" } as never), "INVALID_INPUT", "options", "unrecognized_keys");
    expectError(() => explain(result, "en" as never), "INVALID_INPUT", "options");
  });

  // Regression (was a bug, fixed): explain only checks `kind` and `trace` (src/explain/explain.ts, `ResultShape` at line 14) and then
  // reads result.employee.name, result.perspectives.forEach, … → a TypeError for anything that has the
  // right kind but not the rest of a result. Fix: validate the whole Result shape (employee, scheme,
  // period, perspectives, objectives, indicators, components, coverage, final, warnings) with zod.
  it.each([
    ["only kind and trace", { kind: "kinerja.result", trace: [] }],
    ["a result whose indicators are not a list", { ...JSON.parse(JSON.stringify(result)), indicators: null }],
    ["a result without employee", { ...JSON.parse(JSON.stringify(result)), employee: undefined }],
  ])("rejects %s with INVALID_INPUT (never a TypeError)", (_name, value) => {
    const e = catchKinerja(() => explain(value as never));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.issues.every((i) => i.at.startsWith("result"))).toBe(true);
  });
});
