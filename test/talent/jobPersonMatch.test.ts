// Job Person Match: categories (Memenuhi ≥ 80 %, Masih Memenuhi 68 % to < 80 %, Kurang < 68 %; pass at
// 68 %) and group weights by jenjang from the 2020 uji kompetensi regulation No. 35 (Berita Negara).
// CD-1 is computed by hand below: Ahli Muda 50/50; teknis standard 3 on four competencies, achieved
// 4, 3, 2, 3; manajerial + sosial-kultural standard 3 on nine, achieved 17 of 27.
import { describe, expect, it } from "vitest";
import { JPM_WEIGHTS_BY_JENJANG, jobPersonMatch, type JobPersonMatchInput } from "../../src/index.js";
import { expectError } from "../helpers.js";

type Comp = JobPersonMatchInput["competencies"][number];
const teknis: Comp[] = [4, 3, 2, 3].map((a, i) => ({ id: `t${i}`, group: "technical", standard: 3, achieved: a }));
const mansos: Comp[] = [2, 2, 2, 2, 2, 2, 2, 1, 2].map((a, i) => ({ id: `m${i}`, group: i < 6 ? "managerial" : "socioCultural", standard: 3, achieved: a }));

describe("jobPersonMatch", () => {
  it("CD-1 literal: teknis 12/12 = 100 %, mansos 17/27 = 62.96 % → 50 + 31.48… = 81.48 % Memenuhi Syarat", () => {
    const r = jobPersonMatch({ competencies: [...teknis, ...mansos], weights: JPM_WEIGHTS_BY_JENJANG.ahliMuda, surplus: "literal" });
    expect(r.percent).toBe("81.48");
    expect(r.category.id).toBe("memenuhi");
    expect(r.category.label.id).toBe("Memenuhi Syarat");
  });

  it("CD-1 capAtStandard (default): teknis 11/12 = 91.67 % → 45.833… + 31.481… = 77.31 % Masih Memenuhi Syarat", () => {
    const r = jobPersonMatch({ competencies: [...teknis, ...mansos], weights: JPM_WEIGHTS_BY_JENJANG.ahliMuda });
    expect(r.percent).toBe("77.31");
    expect(r.category.id).toBe("masihMemenuhi");
    expect(r.passed).toBe(true);
    expect(r.groups.technical.weight).toBe("0.5");
    // the surplus of t0 (4 over 3) is not counted: 11/12
    expect(r.trace.find((t) => t.at === "groups.technical.percent")?.inputs["t0.counted"]).toBe("3");
  });

  it("gaps are listed largest first, then heavier group, then id", () => {
    const r = jobPersonMatch({ competencies: [...teknis, ...mansos], weights: JPM_WEIGHTS_BY_JENJANG.ahliPertama });
    // m7 has gap 2; the gap-1 items: t2 (teknis, weight 60) before the mansos ones (weight 40)
    expect(r.gaps.map((g) => g.id)).toEqual(["m7", "t2", "m0", "m1", "m2", "m3", "m4", "m5", "m6", "m8"]);
    expect(r.gaps[0]).toMatchObject({ standard: "3", achieved: "1", gap: "2" });
  });

  it("jenjang weights: Ahli Madya 40/60 and Ahli Pertama 60/40 move the same person", () => {
    // capped teknis 11/12, mansos 17/27; 0.4 × 91.666… + 0.6 × 62.962… = 36.666… + 37.777… = 74.44
    expect(jobPersonMatch({ competencies: [...teknis, ...mansos], weights: JPM_WEIGHTS_BY_JENJANG.ahliMadya }).percent).toBe("74.44");
    // 0.6 × 91.666… + 0.4 × 62.962… = 55 + 25.185… = 80.19
    expect(jobPersonMatch({ competencies: [...teknis, ...mansos], weights: JPM_WEIGHTS_BY_JENJANG.ahliPertama }).percent).toBe("80.19");
  });

  it("edges are lower bounds on the exact value: 79.99… is not Memenuhi, exactly 68 passes", () => {
    // 1 teknis, weight 100: achieved/standard × 100
    const one = (achieved: string, standard: string) => jobPersonMatch({ competencies: [{ id: "t", group: "technical", standard, achieved }], weights: { technical: 1, managerialSocioCultural: 0 } });
    expect(one("7999", "10000")).toMatchObject({ percent: "79.99", category: { id: "masihMemenuhi" } });
    expect(one("17", "25")).toMatchObject({ percent: "68.00", passed: true, category: { id: "masihMemenuhi" } });
    expect(one("6799", "10000")).toMatchObject({ passed: false, category: { id: "kurangMemenuhi" } });
    // 2/3 = 66.67 rounded, but the category reads the exact 66.666…
    expect(one("2", "3").category.id).toBe("kurangMemenuhi");
  });

  it("meanOfRatios differs from ratioOfSums when standards differ", () => {
    const comps: Comp[] = [
      { id: "a", group: "technical", standard: 4, achieved: 2 },
      { id: "b", group: "technical", standard: 2, achieved: 2 },
    ];
    const w = { technical: 1, managerialSocioCultural: 0 };
    expect(jobPersonMatch({ competencies: comps, weights: w }).percent).toBe("66.67"); // 4/6
    expect(jobPersonMatch({ competencies: comps, weights: w, aggregate: "meanOfRatios" }).percent).toBe("75.00"); // (0.5 + 1)/2
  });

  it("bad input: duplicate id, weighted empty group, zero standard", () => {
    expectError(() => jobPersonMatch({ competencies: [teknis[0] as Comp, teknis[0] as Comp], weights: { technical: 1, managerialSocioCultural: 0 } }), "INVALID_INPUT", "competencies[1].id", "duplicate_id");
    expectError(() => jobPersonMatch({ competencies: teknis, weights: { technical: 1, managerialSocioCultural: 1 } }), "INVALID_INPUT", "weights.managerialSocioCultural", "empty_group");
    expectError(() => jobPersonMatch({ competencies: [{ id: "x", group: "technical", standard: 0, achieved: 1 }], weights: { technical: 1, managerialSocioCultural: 0 } }), "INVALID_INPUT", "competencies[0].standard");
  });
});
