import { describe, expect, it } from "vitest";
import { SchemeSchema, balancedScorecardPerspectives, evaluate, parseScheme, publicSectorPerspectives } from "../src/index.js";

const oneIndicatorEach = (ids: readonly string[]) =>
  ids.map((p, i) => ({ id: `k${i}`, perspective: p, label: `K${i}`, target: 100 }));

describe("perspective sets", () => {
  it("Kaplan & Norton (docs/sources.md#methods): the default scheme perspectives are the four BSC ones, equally weighted", () => {
    const scheme = parseScheme({ id: "s", indicators: oneIndicatorEach(["financial", "customer", "internalProcess", "learningGrowth"]) });
    expect(scheme.perspectives.map((p) => p.id)).toEqual(balancedScorecardPerspectives().map((p) => p.id));
    expect(scheme.perspectives.every((p) => p.weight === undefined)).toBe(true);
  });

  it("the public-sector variant (Niven; BSC Institute, Balanced Scorecard (docs/sources.md#methods)) puts stakeholders first and the budget last", () => {
    const ids = publicSectorPerspectives().map((p) => p.id);
    expect(ids[0]).toBe("stakeholder");
    expect(ids[ids.length - 1]).toBe("budget");
    expect(new Set(ids).size).toBe(4);
  });

  it("each call returns fresh objects: changing one does not change the next", () => {
    const a = publicSectorPerspectives();
    (a[0] as { weight?: number }).weight = 40;
    expect(publicSectorPerspectives()[0]).not.toHaveProperty("weight");
  });

  it("a scheme on the public-sector perspectives with weights 40/20/20/20 scores 0.4 × 50 + 0.6 × 100 = 80", () => {
    const perspectives = publicSectorPerspectives().map((p) => ({ ...p, weight: p.id === "stakeholder" ? 40 : 20 }));
    const r = evaluate(
      { id: "s", perspectives, indicators: oneIndicatorEach(perspectives.map((p) => p.id)) },
      { employee: { id: "E" }, actuals: [0, 1, 2, 3].map((i) => ({ indicator: `k${i}`, actual: i === 0 ? 50 : 100 })) },
    );
    expect(r.final.score).toBe("80.00");
  });

  it("SchemeSchema is the exported zod schema behind parseScheme (safeParse reports instead of throwing)", () => {
    expect(SchemeSchema.safeParse({ id: "s" }).success).toBe(false);
    expect(SchemeSchema.safeParse({ id: "s", indicators: oneIndicatorEach(["financial", "customer", "internalProcess", "learningGrowth"]) }).success).toBe(true);
  });

  it("the four BSC perspectives in Kaplan & Norton's order and words (The Balanced Scorecard, 1996: financial, customer, internal business process, learning and growth), with the Indonesian terms in common use", () => {
    expect(balancedScorecardPerspectives()).toEqual([
      { id: "financial", label: { id: "Keuangan", en: "Financial" } },
      { id: "customer", label: { id: "Pelanggan", en: "Customer" } },
      { id: "internalProcess", label: { id: "Proses Bisnis Internal", en: "Internal process" } },
      { id: "learningGrowth", label: { id: "Pembelajaran dan Pertumbuhan", en: "Learning and growth" } },
    ]);
  });

  it("the public-sector perspectives (Niven, Balanced Scorecard Step-by-Step for Government and Nonprofit Agencies, 2008: the mission's stakeholders on top, the budget as an enabler), labelled in Indonesian and English", () => {
    expect(publicSectorPerspectives()).toEqual([
      { id: "stakeholder", label: { id: "Pemangku Kepentingan dan Masyarakat", en: "Stakeholders and community" } },
      { id: "internalProcess", label: { id: "Proses Bisnis Internal", en: "Internal process" } },
      { id: "learningGrowth", label: { id: "Pembelajaran dan Pertumbuhan", en: "Learning and growth" } },
      { id: "budget", label: { id: "Anggaran", en: "Budget" } },
    ]);
    // The two perspectives the variants share carry the same words.
    const shared = balancedScorecardPerspectives().filter((p) => p.id === "internalProcess" || p.id === "learningGrowth");
    expect(publicSectorPerspectives().filter((p) => shared.some((q) => q.id === p.id))).toEqual(shared);
  });
});
