import { describe, expect, it } from "vitest";
import { SE_MENPANRB_3_2023_CURVES, calibrate, checkDistribution } from "../../src/index.js";
import { PLAN, results } from "./helpers.js";

// A unit of 10 all scoring 95 (Baik). Under the curve of an organisation rated Kurang (SE MenPANRB 3/2023,
// SE MenPANRB 3/2023), at least 60 % must be Kurang/Misconduct, so calibration moves people down into
// 'kurang', a band that no result of the unit has yet.
const unit = results(["95", "95", "95", "95", "95", "95", "95", "95", "95", "95"]);
const curve = SE_MENPANRB_3_2023_CURVES.kurang;

describe("calibrate: labels of moved results", () => {
  it("with the scheme's band table, a moved result carries the scheme's label ('Kurang'), not the curve's ('Kurang/Misconduct')", () => {
    const cal = calibrate(unit, { curve, bands: PLAN.scheme.bands?.table });
    const moved = cal.results.filter((r) => r.final.band?.id === "kurang");
    expect(moved.length).toBeGreaterThan(0);
    for (const r of moved) expect(r.final.band?.label).toEqual({ id: "Kurang" });
  });

  it("without it, the label falls back to the curve category's", () => {
    const cal = calibrate(unit, { curve });
    const moved = cal.results.find((r) => r.final.band?.id === "kurang");
    expect(moved?.final.band?.label).toEqual({ id: "Kurang/Misconduct", en: "Poor/Misconduct" });
  });

  it("checkDistribution words a broken minimum as 'required'", () => {
    const check = checkDistribution(unit, { curve });
    const min = check.groups[0]?.violations.find((v) => v.problem === "below");
    expect(min?.message).toMatch(/at least \d+ required/);
  });
});
