import { describe, expect, test } from "vitest";
import { compile, evaluate } from "../../src/index.js";
import { ikm } from "../../src/presets/ikm14_2017/index.js";
import { publicSectorBscScheme } from "../../src/presets/publicSectorBsc/index.js";
import { byId, expectDec, expectError, X } from "../helpers.js";

describe("public-sector Balanced Scorecard preset", () => {
  const scheme = publicSectorBscScheme({
    id: "renstra-2026",
    objectives: [{ id: "satisfaction", perspective: "stakeholder", label: "Masyarakat puas" }],
    iku: [
      { id: "onTime", perspective: "internalProcess", label: "Layanan tepat waktu", target: 95, unit: "%" },
      { id: "training", perspective: "learningGrowth", label: "Jam pelatihan", target: 20 },
      { id: "absorption", perspective: "budget", label: "Serapan anggaran", target: 95, cap: 100 },
    ],
    ikm: { target: "88.31", objective: "satisfaction" },
  });

  test("four perspectives (stakeholder on top, budget as enabler) weighted 40/30/15/15; IKM under stakeholder", () => {
    expect(scheme.perspectives?.map((p) => [p.id, p.weight])).toEqual([
      ["stakeholder", "40"],
      ["internalProcess", "30"],
      ["learningGrowth", "15"],
      ["budget", "15"],
    ]);
    expect(scheme.indicators.find((i) => i.id === "ikm")?.objective).toBe("satisfaction");
  });

  test("PermenPANRB 14/2017 WE-4.1 as a KPI: IKM 91.48 against target 88.31 → achievement 103.589…; final is the weighted mean", () => {
    const ikmScore = ikm({ totals: [105, 101, 100, 116, 102, 105, 106, 105, 115], respondents: 29 }).score;
    const r = evaluate(compile(scheme), {
      employee: { id: "unit" },
      actuals: [
        { indicator: "ikm", actual: ikmScore },
        { indicator: "onTime", actual: 95 },
        { indicator: "training", actual: 20 },
        { indicator: "absorption", actual: 95 },
      ],
    });
    const ach = new X("91.48").div("88.31").times(100);
    expectDec(byId(r.indicators, "ikm").score, ach, 30);
    expectDec(r.final.score, ach.times("0.4").plus(new X("0.6").times(100)), 2);
  });

  test("invalid input is INVALID_INPUT", () => {
    expectError(() => publicSectorBscScheme({ id: "x", iku: [] }), "INVALID_INPUT", "iku");
  });
});
