import { describe, expect, it } from "vitest";
import { formatLabel, formatScore, KinerjaError } from "../../src/index.js";

// Expected texts are written by hand from the rule "Indonesian: '.' groups thousands and ',' marks the
// decimals; English the other way round" (the conventions of the id-ID and en-US locales of Unicode CLDR).
describe("formatScore", () => {
  it("keeps every digit when no places are given, with the locale's decimal mark", () => {
    expect(formatScore("87.5")).toBe("87,5");
    expect(formatScore("87.5", { locale: "en" })).toBe("87.5");
    expect(formatScore(109.07, { locale: "id" })).toBe("109,07");
    expect(formatScore("-0.25", { locale: "en" })).toBe("-0.25");
  });

  it("groups thousands (or not)", () => {
    expect(formatScore("1234567.891", { places: 2 })).toBe("1.234.567,89");
    expect(formatScore("1234567.891", { places: 2, locale: "en" })).toBe("1,234,567.89");
    expect(formatScore("1234567.891", { places: 2, grouping: false })).toBe("1234567,89");
    expect(formatScore("999", { places: 0, locale: "en" })).toBe("999");
    expect(formatScore("-1000", { locale: "en" })).toBe("-1,000");
  });

  it("rounds exactly in decimal, half-up by default: 2.675 → 2.68 (a binary float holds 2.67499999…)", () => {
    expect((2.675).toFixed(2)).toBe("2.67"); // the float behaviour formatScore must not have
    expect(formatScore("2.675", { places: 2, locale: "en" })).toBe("2.68");
    expect(formatScore(2.675, { places: 2, locale: "en" })).toBe("2.68");
    expect(formatScore("2.5", { places: 0, mode: "halfEven" })).toBe("2");
    expect(formatScore("88.666", { places: 2, mode: "down", locale: "en" })).toBe("88.66");
    expect(formatScore("80", { places: 2 })).toBe("80,00");
    expect(formatScore("-0.001", { places: 2, locale: "en" })).toBe("0.00"); // no negative zero
  });

  it("shows a share as a percent, multiplied exactly", () => {
    expect(formatScore("0.125", { percent: true, places: 1 })).toBe("12,5");
    expect(formatScore("0.1", { percent: true, locale: "en" })).toBe("10");
  });

  it("prints a missing value as a dash or the given text", () => {
    expect(formatScore(null)).toBe("–");
    expect(formatScore(undefined, { missing: "n/a" })).toBe("n/a");
  });

  it("rejects what is not a decimal, and bad options, with a KinerjaError", () => {
    for (const bad of ["abc", Number.NaN, Number.POSITIVE_INFINITY, "1e20", {}] as unknown[]) {
      expect(() => formatScore(bad as string)).toThrow(KinerjaError);
    }
    expect(() => formatScore("1", { places: 21 })).toThrow(expect.objectContaining({ code: "INVALID_INPUT", issues: [expect.objectContaining({ at: "options.places" })] }));
    expect(() => formatScore("1", { locale: "fr" as "en" })).toThrow(KinerjaError);
  });
});

describe("formatLabel", () => {
  const band = { id: "baik", label: { id: "Baik", en: "Good" } };
  it("gives a band's or a rating's label in the locale, English falling back to Indonesian", () => {
    expect(formatLabel(band)).toBe("Baik");
    expect(formatLabel(band, { locale: "en" })).toBe("Good");
    expect(formatLabel({ id: "kurang", label: { id: "Kurang" } }, { locale: "en" })).toBe("Kurang");
    expect(formatLabel({ id: "Sangat Baik", en: "Very good" }, { locale: "en" })).toBe("Very good");
  });
  it("prints nothing to label (outside every band) as a dash or the given text", () => {
    expect(formatLabel(null)).toBe("–");
    expect(formatLabel(null, { missing: "tanpa predikat" })).toBe("tanpa predikat");
  });
  it("rejects what is not a label", () => {
    expect(() => formatLabel({ nope: 1 } as unknown as { id: string })).toThrow(KinerjaError);
    expect(() => formatLabel(band, { locale: "de" as "en" })).toThrow(KinerjaError);
  });
});
