import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../../src/engine/compile.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { KinerjaError } from "../../src/errors/kinerjaError.js";
import { leaderAppraisal, leaderScheme, LEADER_RATING_FROM_UNIT } from "../../src/organisation/leaderRating.js";
import { organisationPredikat } from "../../src/organisation/organisationPredikat.js";
import { organisationScheme } from "../../src/organisation/organisationScheme.js";
import { calibrate } from "../../src/rating/calibrate.js";
import { checkDistribution } from "../../src/rating/checkDistribution.js";
import { ORGANISATION_PREDIKATS, SE_MENPANRB_3_2023_CURVES, type OrganisationPredikat } from "../../src/rating/seMenpanrbCurves.js";
import { BERAKHLAK, scheme6_2022 } from "../../src/presets/index.js";
import { deepFreeze } from "../helpers.js";
import { results } from "../rating/helpers.js";

const pk = (targets: readonly (number | string)[], direction: "higher" | "lower" = "higher") =>
  organisationScheme({ id: "pk-2025", indicators: targets.map((t, i) => ({ id: `iku${i + 1}`, label: `IKU ${i + 1}`, target: t, direction })) });
const realise = (actuals: readonly (number | string)[]) => ({ employee: { id: "dinas" }, actuals: actuals.map((a, i) => ({ indicator: `iku${i + 1}`, actual: a })) });
const predikatOf = (targets: readonly number[], actuals: readonly (number | string)[]) => organisationPredikat({ scheme: pk(targets), appraisal: realise(actuals) });

describe("organisationPredikat (SE MenPANRB 3/2023 stages; default policy: mean capaian, PermenPANRB 8/2021 edges)", () => {
  it("mean capaian: 110 % and 90 % average to exactly 100 → Baik (100 ≤ c < 101)", () => {
    const o = predikatOf([100, 50], [110, 45]);
    expect([o.capaian, o.predikat, o.byCapaian]).toEqual(["100", "baik", "baik"]);
    expect(o.result.indicators.map((i) => i.score)).toEqual(["110", "90"]);
  });

  it("edges are gap-free and classify the exact c: 100.995 stays Baik (rounding would show 101.00)", () => {
    // (101.99 + 100) / 2 = 100.995
    const o = predikatOf([100, 100], ["101.99", 100]);
    expect([o.capaian, o.capaianRounded, o.predikat]).toEqual(["100.995", "101.00", "baik"]);
    expect(predikatOf([100], [101]).predikat).toBe("istimewa");
    expect(predikatOf([100], ["99.99"]).predikat).toBe("butuhPerbaikan");
    expect(predikatOf([100], [80]).predikat).toBe("butuhPerbaikan");
    expect(predikatOf([100], ["79.99"]).predikat).toBe("kurang");
    expect(predikatOf([100], [60]).predikat).toBe("kurang");
    expect(predikatOf([100], ["59.99"]).predikat).toBe("sangatKurang");
  });

  it("each capaian is capped at 120 % (policy cap, as PermenPANRB 8/2021 caps nilai capaian)", () => {
    // 200 % capped to 120; (120 + 80)/2 = 100 → Baik, not Istimewa
    const o = predikatOf([10, 10], [20, 8]);
    expect(o.result.indicators.map((i) => [i.score, i.clamped])).toEqual([["120", "cap"], ["80", null]]);
    expect(o.predikat).toBe("baik");
  });

  it("lower is better: capaian (2 − realisation/target) × 100, floor 0 (PermenPANRB 8/2021 special condition)", () => {
    const o = organisationPredikat({ scheme: pk([10], "lower"), appraisal: realise([9]) });
    expect([o.capaian, o.predikat]).toEqual(["110", "istimewa"]);
    expect(organisationPredikat({ scheme: pk([10], "lower"), appraisal: realise([30]) }).capaian).toBe("0");
  });

  it("the SE anchor: most actions without progress → Sangat Kurang, even when c is high", () => {
    // 3 of 5 actions at 0, two far above target (capped 120): c = 48 is Sangat Kurang already, so the anchor changes nothing
    const o = predikatOf([10, 10, 10, 10, 10], [0, 0, 0, 20, 20]);
    expect(o.noProgress).toEqual({ count: 3, scored: 5, share: "0.6", threshold: "0.5", applied: false });
    expect(o.byCapaian).toBe("sangatKurang");
    // Exactly half without progress is not "most"; the anchor needs more than half.
    const low = { edges: { istimewa: "60", baik: "50", butuhPerbaikan: "40", kurang: "30" } };
    const lowScheme = organisationScheme({ id: "ra", indicators: [1, 2].map((i) => ({ id: `iku${i}`, label: `RA ${i}`, target: 10 })), policy: low });
    const half = organisationPredikat({ scheme: lowScheme, appraisal: realise([0, 25]), policy: low });
    // c = (0 + 120) / 2 = 60 → Istimewa under these edges; 1 of 2 without progress is not "most"
    expect([half.predikat, half.noProgress.applied]).toEqual(["istimewa", false]);
    const most = organisationPredikat({
      scheme: organisationScheme({ id: "ra", indicators: [1, 2, 3].map((i) => ({ id: `iku${i}`, label: `RA ${i}`, target: 10 })), policy: { cap: "400", edges: { istimewa: "101", baik: "100", butuhPerbaikan: "80", kurang: "60" } } }),
      appraisal: realise([0, 0, 40]),
    });
    // c = (0 + 0 + 400)/3 = 133.33… → Istimewa by capaian, but 2 of 3 actions have no progress
    expect([most.byCapaian, most.noProgress.applied, most.predikat]).toEqual(["istimewa", true, "sangatKurang"]);
  });

  it("a policy whose edges or cap differ from the scheme's is an error (one policy, one place)", () => {
    const e = (() => {
      try {
        organisationPredikat({ scheme: pk([100]), appraisal: realise([100]), policy: { cap: "110" } });
      } catch (x) {
        return x;
      }
      return undefined;
    })();
    expect((e as KinerjaError).issues.map((i) => [i.at, i.code])).toEqual([["policy", "policy_mismatch"]]);
    expect(() => organisationPredikat({ scheme: pk([100]), appraisal: realise([100]), policy: { edges: { istimewa: "105", baik: "100", butuhPerbaikan: "80", kurang: "60" } } })).toThrow(KinerjaError);
    // the same policy in both places is fine, and the anchor of that policy applies
    const policy = { cap: "110", noProgressShare: null };
    const ok = organisationPredikat({ scheme: organisationScheme({ id: "x", indicators: [{ id: "iku1", label: "A", target: 1 }], policy }), appraisal: realise([2]), policy });
    expect([ok.capaian, ok.noProgress.threshold]).toEqual(["110", null]);
  });

  it("the result is plain JSON and the arguments are not changed", () => {
    const scheme = deepFreeze(pk([100, 100]));
    const appraisal = deepFreeze(realise([90, 0]));
    const o = organisationPredikat({ scheme, appraisal, kind: "periodic" });
    expect(JSON.parse(JSON.stringify(o))).toEqual(o);
    expect(o.kind).toBe("periodic");
  });

  it("manual override (the annual 'expectation' of the unit) needs a reason and is recorded", () => {
    const o = organisationPredikat({ scheme: pk([100]), appraisal: realise([100]), kind: "annual", override: { predikat: "istimewa", reason: "Target nasional terlampaui" } });
    expect([o.byCapaian, o.predikat, o.override]).toEqual(["baik", "istimewa", { predikat: "istimewa", reason: "Target nasional terlampaui", replaced: "baik" }]);
    expect(() => organisationPredikat({ scheme: pk([100]), appraisal: realise([100]), override: { predikat: "istimewa", reason: " " } })).toThrow(KinerjaError);
  });

  it("rejects a scheme whose bands are not organisation levels, and bad policy edges", () => {
    const employeeScheme = { id: "x", perspectives: [{ id: "p", label: "P" }], indicators: [{ id: "iku1", perspective: "p", label: "K", target: 100 }], bands: { table: [{ id: "baikSekali", label: "B" }] } };
    const e = (() => {
      try {
        organisationPredikat({ scheme: employeeScheme, appraisal: realise([100]) });
      } catch (x) {
        return x;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(KinerjaError);
    expect((e as KinerjaError).issues[0]?.code).toBe("not_organisation_scheme");
    expect(() => organisationScheme({ id: "x", indicators: [{ id: "a", label: "A", target: 1 }], policy: { edges: { istimewa: "100", baik: "100", butuhPerbaikan: "80", kurang: "60" } } })).toThrow(KinerjaError);
  });

  fcTest.prop([fc.array(fc.integer({ min: 0, max: 30000 }), { minLength: 1, maxLength: 8 })])("more realisation never lowers the predikat (higher is better, anchor off)", (hundredths) => {
    const rank = (p: OrganisationPredikat): number => ORGANISATION_PREDIKATS.length - ORGANISATION_PREDIKATS.indexOf(p);
    const scheme = pk(hundredths.map(() => 100));
    const policy = { noProgressShare: null };
    const a = organisationPredikat({ scheme, appraisal: realise(hundredths.map((h) => (h / 100).toFixed(2))), policy });
    const b = organisationPredikat({ scheme, appraisal: realise(hundredths.map((h, i) => (i === 0 ? ((h + 500) / 100).toFixed(2) : (h / 100).toFixed(2)))), policy });
    expect(rank(b.predikat)).toBeGreaterThanOrEqual(rank(a.predikat));
  });
});

describe("curve selection: checkDistribution and calibrate take the organisation predikat", () => {
  it("selects the SE MenPANRB 3/2023 curve itself (same check as passing the curve)", () => {
    const rs = results([120, 115, 112, 111, 100, 95, 95, 80, 60, 40]);
    for (const p of ORGANISATION_PREDIKATS) {
      expect(checkDistribution(rs, { organisationPredikat: p })).toEqual(checkDistribution(rs, { curve: SE_MENPANRB_3_2023_CURVES[p] }));
    }
    expect(calibrate(rs, { organisationPredikat: "butuhPerbaikan" })).toEqual(calibrate(rs, { curve: SE_MENPANRB_3_2023_CURVES.butuhPerbaikan }));
  });

  it("OC-1 (computed from the SE limits, floor for maxima and ceil for minima): unit of 12 in a Butuh Perbaikan org needs BP ≥ 8, allows SB ≤ 1", () => {
    const rs = results([120, 112, 100, 100, 100, 80, 80, 80, 80, 80, 80, 80]);
    const g = checkDistribution(rs, { organisationPredikat: "butuhPerbaikan" }).groups[0];
    expect(g?.violations.map((v) => [v.id, v.problem, v.count, v.allowed])).toEqual([
      ["sangatBaik", "above", 2, { min: 0, max: 1 }],
      ["butuhPerbaikan", "below", 7, { min: 8, max: 12 }],
    ]);
  });

  it("needs exactly one of curve and organisationPredikat", () => {
    const rs = results([100]);
    expect(() => checkDistribution(rs, {} as never)).toThrow(KinerjaError);
    expect(() => checkDistribution(rs, { curve: SE_MENPANRB_3_2023_CURVES.baik, organisationPredikat: "baik" })).toThrow(KinerjaError);
    expect(() => calibrate(rs, { organisationPredikat: "luarBiasa" as OrganisationPredikat })).toThrow(KinerjaError);
  });
});

describe("leaderScheme: a unit leader's Rating Hasil Kerja is the unit's achievement (SE MenPANRB 3/2023)", () => {
  const base = deepFreeze(scheme6_2022({ id: "skp-2025", indicators: [{ id: "k", label: "Kinerja", target: 100 }] }));
  const plan = compile(leaderScheme({ scheme: base }));
  const ratings = (value: number) => BERAKHLAK.map((b) => ({ rater: "atasan", group: "supervisor" as const, competency: b.id, value }));
  const lead = (org: OrganisationPredikat, perilaku: number) => evaluate(plan, leaderAppraisal({ appraisal: { employee: { id: "kabid" }, actuals: [], ratings: ratings(perilaku) }, organisationPredikat: org }));

  it("default map: Istimewa → Di Atas, Baik → Sesuai, Butuh Perbaikan / Kurang / Sangat Kurang → Di Bawah", () => {
    for (const p of ORGANISATION_PREDIKATS) expect(lead(p, 3).resultsRating?.id).toBe(LEADER_RATING_FROM_UNIT[p]);
    expect(LEADER_RATING_FROM_UNIT).toEqual({ istimewa: "above", baik: "meets", butuhPerbaikan: "below", kurang: "below", sangatKurang: "below" });
  });

  it("OC-2 with the PermenPANRB 6/2022 matrix: Istimewa + Sesuai → Baik; Istimewa + Di Atas → Sangat Baik; Butuh Perbaikan + Sesuai → Butuh Perbaikan", () => {
    expect(lead("istimewa", 3).final.band?.id).toBe("baik");
    expect(lead("istimewa", 4).final.band?.id).toBe("sangatBaik");
    expect(lead("butuhPerbaikan", 3).final.band?.id).toBe("butuhPerbaikan");
  });

  it("a declared map is honoured; a map that rates a worse predikat higher is an error", () => {
    const lenient = compile(leaderScheme({ scheme: base, ratingFromUnit: { ...LEADER_RATING_FROM_UNIT, butuhPerbaikan: "meets" } }));
    const r = evaluate(lenient, leaderAppraisal({ appraisal: { employee: { id: "kabid" }, actuals: [], ratings: ratings(3) }, organisationPredikat: "butuhPerbaikan" }));
    expect(r.resultsRating?.id).toBe("meets");
    expect(() => leaderScheme({ scheme: base, ratingFromUnit: { ...LEADER_RATING_FROM_UNIT, kurang: "above" } })).toThrow(KinerjaError);
  });

  it("does not change its arguments", () => {
    const appraisal = deepFreeze({ employee: { id: "kabid" }, actuals: [{ indicator: "k", actual: 1 }] });
    expect(leaderAppraisal({ appraisal, organisationPredikat: "baik" }).actuals).toEqual([{ indicator: "capaianUnit", actual: "4" }]);
    expect(appraisal.actuals).toHaveLength(1);
  });
});

describe("leaderScheme keeps the unit's achievement alone", () => {
  it("drops the scheme's additions (kinerja tambahan would move the results score off the unit's predikat)", () => {
    const base = scheme6_2022({ id: "skp-2025", indicators: [{ id: "k", label: "Kinerja", target: 100 }] });
    const withAdditions = { ...base, additions: [{ id: "tambahan", label: "Kinerja tambahan", fact: "tambahan", max: "10" }], facts: [{ id: "tambahan", type: "number" as const }] };
    const s = leaderScheme({ scheme: withAdditions });
    expect(s.additions).toBeUndefined();
    const r = evaluate(compile(s), leaderAppraisal({ appraisal: { employee: { id: "kabid" }, actuals: [], facts: [{ id: "tambahan", value: 10 }], ratings: BERAKHLAK.map((b) => ({ rater: "atasan", group: "supervisor" as const, competency: b.id, value: 3 })) }, organisationPredikat: "baik" }));
    expect([r.resultsRating?.id, r.components.find((c) => c.id === "results")?.score]).toEqual(["meets", "100"]);
  });
});
