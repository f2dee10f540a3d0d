import fc from "fast-check";
import { test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { compile, evaluate, explain, type AppraisalInput, type SchemeInput } from "../src/index.js";
import { deepFreeze, expectError, expectFullyTraced } from "./helpers.js";

// The 360 vector of group-weighted and pooled means (docs/sources.md#methods): self 4.5 (here 5: a Likert answer is whole), manager [3],
// peers [4, 4, 3], direct reports [3, 3, 4, 3] → pooled others 27/8 = 3.375 → linear 0–100: (3.375 − 1)/4 × 100 = 59.375.
const scheme: SchemeInput = {
  id: "s",
  perspectives: [{ id: "financial", label: "Keuangan" }],
  indicators: [{ id: "k", perspective: "financial", label: "K", target: 100 }],
  behaviour: {
    competencies: [{ id: "service", label: { id: "Berorientasi pelayanan", en: "Service orientation" } }],
    rating: { meets: 50, above: 75 },
  },
  composition: [
    { component: "results", weight: 70 },
    { component: "behaviour", weight: 30 },
  ],
  compositionWithPeers: [
    { component: "results", weight: 60 },
    { component: "behaviour", weight: 40 },
  ],
};
type Rating = NonNullable<AppraisalInput["ratings"]>[number];
const ratings = (peers: readonly number[], extra: readonly Rating[] = []): Rating[] => [
  { rater: "m", group: "supervisor", competency: "service", value: 3 },
  ...peers.map((value, i): Rating => ({ rater: `p${i}`, group: "peer", competency: "service", value })),
  ...[3, 3, 4, 3].map((value, i): Rating => ({ rater: `d${i}`, group: "subordinate", competency: "service", value })),
  { rater: "self", group: "self", competency: "service", value: 5 },
  ...extra,
];
const appraisal = (peers: readonly number[], actual = 90): AppraisalInput => ({
  employee: { id: "E" },
  actuals: [{ indicator: "k", actual }],
  ratings: ratings(peers),
});

describe("behaviour in evaluate (issue 3)", () => {
  it("recomputed vector 360 pooled others 3.375 → behaviour score 59.375; with peers and subordinates shown, compositionWithPeers 60/40: 0.6 × 90 + 0.4 × 59.375 = 77.75", () => {
    const r = evaluate(scheme, appraisal([4, 4, 3]));
    expect(r.behaviour?.competencies[0]?.others.pooled).toBe("3.375");
    expect(r.behaviour?.score).toBe("59.375");
    expect(r.behaviour?.peersAndSubordinates).toBe(true);
    expect(r.components.map((c) => [c.id, c.weight, c.score])).toEqual([
      ["results", "0.6", "90"],
      ["behaviour", "0.4", "59.375"],
    ]);
    expect(r.final.score).toBe("77.75");
  });

  it("anonymity minimum (docs/sources.md#methods) anonymity: peers n = 2 < 3 are suppressed, others = 16/5 = 3.20 → 55; the 70/30 composition applies: 0.7 × 90 + 0.3 × 55 = 79.5", () => {
    const r = evaluate(scheme, appraisal([4, 4]));
    expect(r.behaviour?.competencies[0]?.others.pooled).toBe("3.2");
    expect(r.behaviour?.competencies[0]?.groups.find((g) => g.group === "peer")).toEqual({ status: "suppressed", group: "peer", subgroup: null, n: 2 });
    expect(r.behaviour?.peersAndSubordinates).toBe(false);
    expect(r.final.score).toBe("79.50");
  });

  it("PermenPANRB 6/2022-style categorical rating from thresholds meets 50 / above 75 (half-open)", () => {
    expect(evaluate(scheme, appraisal([4, 4, 3])).behaviour?.rating?.id).toBe("meets");
    const high = evaluate(scheme, { ...appraisal([5, 5, 5]), ratings: ratings([5, 5, 5]).map((x) => ({ ...x, value: 5 })) });
    expect(high.behaviour?.rating?.id).toBe("above");
    const low = evaluate(scheme, { ...appraisal([1, 1, 1]), ratings: ratings([1, 1, 1]).map((x) => ({ ...x, value: 1 })) });
    expect(low.behaviour?.rating?.id).toBe("below");
  });

  it("recomputed vector gap: self 5 vs pooled others 3.375 → +1.625, a blind spot at θ = 1 (0.25 of the 1–5 range)", () => {
    const r = evaluate(scheme, appraisal([4, 4, 3]));
    expect(r.behaviour?.gaps.items[0]?.gap).toBe("1.625");
    expect(r.behaviour?.gaps.blindSpots).toEqual(["service"]);
  });

  it("every number of a result with behaviour has its trace entry, and the result survives a JSON round trip", () => {
    const r = evaluate(scheme, appraisal([4, 4, 3]));
    expectFullyTraced(r);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expectFullyTraced(evaluate(scheme, appraisal([4, 4])));
  });

  it("explain shows the behaviour section with per-group figures and suppressed groups by count only", () => {
    const en = explain(evaluate(scheme, appraisal([4, 4])), { locale: "en" });
    expect(en).toMatch(/Behaviour \(360°\): score 55/);
    expect(en).toMatch(/peers suppressed \(too few raters\) \(n=2\)/);
    const id = explain(evaluate(scheme, appraisal([4, 4])), { locale: "id" });
    expect(id).toMatch(/rekan kerja disembunyikan/);
  });

  it("bad ratings are appraisal errors with paths: off the scale, unknown competency, a rater listed twice, no ratings", () => {
    const withRatings = (rs: Rating[]): AppraisalInput => ({ employee: { id: "E" }, actuals: [{ indicator: "k", actual: 90 }], ratings: rs });
    expectError(() => evaluate(scheme, withRatings(ratings([4, 4, 3], [{ rater: "x", group: "peer", competency: "service", value: 6 }]))), "INVALID_APPRAISAL", "ratings[9].value");
    expectError(() => evaluate(scheme, withRatings(ratings([4, 4, 3], [{ rater: "x", group: "peer", competency: "nope", value: 3 }]))), "INVALID_APPRAISAL", "ratings[9].competency");
    expectError(() => evaluate(scheme, withRatings(ratings([4, 4, 3], [{ rater: "p0", group: "peer", competency: "service", value: 3 }]))), "INVALID_APPRAISAL", "ratings[9].rater");
    expectError(() => evaluate(scheme, { employee: { id: "E" }, actuals: [{ indicator: "k", actual: 90 }] }), "INVALID_APPRAISAL", "ratings");
  });

  it("a behaviour model the aggregation cannot use is a scheme error at compile time, with a path under behaviour", () => {
    const bad = { ...scheme, behaviour: { ...scheme.behaviour!, combine: "weightedGroup" as const } };
    expectError(() => compile(bad), "INVALID_SCHEME", "behaviour.combine", "missing_weight");
  });

  it("recomputed vector N/A: 'na' answers in an appraisal are excluded and counted (peers [4, na, 5, 3] → mean 4, n 3)", () => {
    const withNa = (["4", "na", "5", "3"] as const).map((v, i): Rating => ({ rater: `q${i}`, group: "peer", competency: "service", value: v === "na" ? "na" : Number(v) }));
    const r = evaluate(scheme, { employee: { id: "E" }, actuals: [{ indicator: "k", actual: 90 }], ratings: [{ rater: "m", group: "supervisor", competency: "service", value: 3 }, ...withNa] });
    const peers = r.behaviour?.competencies[0]?.groups.find((g) => g.group === "peer");
    expect(peers).toMatchObject({ status: "shown", n: 3, na: 1, mean: "4" });
  });

  it("a behaviour component without a behaviour model is a scheme error", () => {
    const { behaviour: _b, compositionWithPeers: _c, ...rest } = scheme;
    expectError(() => evaluate(rest, appraisal([4, 4, 3])), "INVALID_SCHEME", "composition[1].component");
  });

  fcTest.prop([fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 2 }), fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 2 })])(
    "anonymity: changing the answers of a suppressed group (peers below 3) never changes the serialized result",
    (peersA, peersB) => {
      const a = evaluate(scheme, appraisal(peersA));
      const b = evaluate(scheme, appraisal(peersA.map((_, i) => peersB[i % peersB.length] as number)));
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    },
  );

  fcTest.prop([fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 8 }), fc.integer({ min: 0, max: 1000 })])(
    "the behaviour score is within 0–100, invariant to rater order, and the inputs are not mutated",
    (peers, seed) => {
      const input = deepFreeze(appraisal(peers));
      const r = evaluate(scheme, input);
      const score = Number(r.behaviour?.score);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
      const shuffled = [...(input.ratings ?? [])].sort((x, y) => ((x.rater.length * 31 + seed) % 7) - ((y.rater.length * 17 + seed) % 5));
      expect(evaluate(scheme, { ...input, ratings: shuffled }).final).toEqual(r.final);
    },
  );
});

describe("behaviour: every number traced, and the two ways it can fail", () => {
  it("the score, the gap threshold and the self–other gap each have their entry (self 5, others 27/8 = 3.375, gap 1.625; threshold 0.25 × (5 − 1) = 1)", () => {
    const r = evaluate(scheme, appraisal([4, 4, 3]));
    const at = (p: string) => r.trace.find((t) => t.at === p);
    expect(at("behaviour.score")).toMatchObject({ formula: "behaviourScore", value: "59.375", inputs: { othersPercent: "59.375" } });
    expect(at("behaviour.gaps.threshold")).toMatchObject({ formula: "gapThreshold", value: "1", inputs: { share: "0.25" } });
    expect(at("behaviour.gaps.items[0].self")).toMatchObject({ formula: "input", value: "5", source: "behaviour.competencies[0].self.score" });
    expect(at("behaviour.gaps.items[0].others")).toMatchObject({ formula: "input", value: "3.375", source: "behaviour.competencies[0].others.score" });
    expect(at("behaviour.gaps.items[0].gap")).toMatchObject({ formula: "selfOtherGap", value: "1.625", inputs: { self: "5", others: "3.375" } });
    expect(r.behaviour?.competencies[0]?.label).toEqual({ id: "Berorientasi pelayanan", en: "Service orientation" });
  });

  it("no ratings at all: INVALID_APPRAISAL missing_ratings; only the self-rating: INSUFFICIENT_COVERAGE no_behaviour_score", () => {
    const none = expectError(() => evaluate(scheme, { ...appraisal([]), ratings: [] }), "INVALID_APPRAISAL", "ratings", "missing_ratings");
    expect(none.message).toContain("the appraisal has no ratings");
    const self = expectError(() => evaluate(scheme, { ...appraisal([]), ratings: [{ rater: "self", group: "self", competency: "service", value: 4 }] }), "INSUFFICIENT_COVERAGE", "ratings", "no_behaviour_score");
    expect(self.message).toContain("no behaviour score");
  });
});
