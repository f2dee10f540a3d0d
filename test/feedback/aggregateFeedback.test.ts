// 360° aggregation (src/feedback/aggregateFeedback.ts): the vectors of group-weighted and pooled means (docs/sources.md#methods),
// the anonymity rules of docs/concepts.md / anonymity minimum (docs/sources.md#methods), the steps, and every validation error.
import { describe, expect, it } from "vitest";
import {
  aggregateFeedback,
  type AggregateFeedbackInput,
  type FeedbackAggregate,
  type FeedbackRatingInput,
  type RaterGroup,
} from "../../src/feedback/aggregateFeedback.js";
import type { GroupFeedback, ShownGroupFeedback } from "../../src/schema/feedback.js";
import type { RatingAnswer } from "../../src/feedback/scales.js";
import { X, decimalsOf, expectDec, expectInvalid, nth } from "./helpers.js";

/** One rating. */
const rate = (rater: string, group: RaterGroup, value: RatingAnswer, competency = "c", subgroup?: string): FeedbackRatingInput =>
  subgroup === undefined ? { rater, group, competency, value } : { rater, group, subgroup, competency, value };
/** Ratings of one group on one competency, raters `${prefix}0`, `${prefix}1`, … */
const group = (prefix: string, g: RaterGroup, values: readonly RatingAnswer[], competency = "c"): FeedbackRatingInput[] =>
  values.map((v, i) => rate(`${prefix}${i}`, g, v, competency));

/** group-weighted and pooled means (docs/sources.md#methods): manager [3], peers [4, 4, 3], direct reports [3, 3, 4, 3]. */
const S33: FeedbackRatingInput[] = [...group("m", "supervisor", [3]), ...group("p", "peer", [4, 4, 3]), ...group("d", "subordinate", [3, 3, 4, 3])];
const W33 = [
  { group: "supervisor", weight: 0.5 },
  { group: "peer", weight: 0.3 },
  { group: "subordinate", weight: 0.2 },
] as const;

const run = (ratings: FeedbackRatingInput[], extra: Partial<AggregateFeedbackInput> = {}): FeedbackAggregate =>
  aggregateFeedback({ competencies: ["c"], ratings, ...extra });
const comp = (r: FeedbackAggregate, i = 0) => nth(r.competencies, i);
const row = (rows: readonly GroupFeedback[], g: RaterGroup, subgroup: string | null = null): GroupFeedback => {
  const found = rows.find((x) => x.group === g && x.subgroup === subgroup);
  if (found === undefined) throw new Error(`no row ${g}/${subgroup}`);
  return found;
};
const shown = (rows: readonly GroupFeedback[], g: RaterGroup, subgroup: string | null = null): ShownGroupFeedback => {
  const found = row(rows, g, subgroup);
  if (found.status !== "shown") throw new Error(`row ${g} is ${found.status}`);
  return found;
};

describe("others: pooled, equal-group and weighted-group (docs/sources.md#methods)", () => {
  it("recomputed vector (360 others): mgr [3], peers [4,4,3], DR [3,3,4,3] → pooled 3.375 / equal-group 3.3056 / weighted (0.5, 0.3, 0.2) 3.25", () => {
    const c = comp(run(S33, { groups: [...W33] }));
    expectDec(c.others.pooled, "3.375");
    expectDec(c.others.equalGroup, "3.3056", 4);
    expectDec(c.others.equalGroup, new X(3).plus(new X(11).div(3)).plus("3.25").div(3), 38);
    expectDec(c.others.weightedGroup, "3.25");
    expect(c.others.n).toBe(8);
    expect(c.others.groups).toBe(3);
    // with weights, the weighted-group mean is the others score
    expectDec(c.others.score, "3.25");
    expectDec(c.others.percent, "56.25");
    expectDec(shown(c.groups, "peer").mean, new X(11).div(3), 38);
    expectDec(shown(c.groups, "subordinate").mean, "3.25");
    expect(c.groups.map((g) => (g.status === "shown" ? g.share : null))).toEqual(["0.5", "0.3", "0.2"]);
  });

  it("docs/concepts.md: without group weights the others score is the pooled mean and no weighted figure is reported", () => {
    const r = run(S33);
    expect(r.settings.combine).toBe("pooled");
    expectDec(comp(r).others.score, "3.375");
    expect(comp(r).others.weightedGroup).toBeNull();
    expect(comp(r).groups.every((g) => g.status === "shown" && g.share === null)).toBe(true);
  });

  it("combine: equalGroup makes the equal-group mean the others score", () => {
    const c = comp(run(S33, { options: { combine: "equalGroup" } }));
    expect(c.others.score).toBe(c.others.equalGroup);
  });

  it("group-weighted and pooled means (docs/sources.md#methods): self is reported separately and excluded from the others by default; includeSelf counts it", () => {
    const ratings = [...S33, rate("me", "self", 5)];
    const c = comp(run(ratings));
    expectDec(c.self?.score, 5);
    expectDec(c.self?.percent, 100);
    expectDec(c.others.pooled, "3.375");
    const withSelf = comp(run(ratings, { options: { includeSelf: true } }));
    expectDec(withSelf.others.pooled, new X(32).div(9), 38);
    expect(withSelf.others.n).toBe(9);
  });

  it("groups appear in the order self, supervisor, peer, subordinate, external (subgroups by name), whatever the input order", () => {
    const ratings = [
      ...group("x", "external", [4], "c").map((r) => ({ ...r, subgroup: "students" })),
      ...group("q", "external", [3], "c"),
      ...group("y", "external", [2], "c").map((r) => ({ ...r, subgroup: "public" })),
      ...S33.slice().reverse(),
      rate("me", "self", 4),
    ];
    const r = run(ratings, { groups: ["public", "students"].map((s) => ({ group: "external" as const, subgroup: s, minRaters: 1 })) });
    expect(comp(r).groups.map((g) => `${g.group}${g.subgroup === null ? "" : `:${g.subgroup}`}`)).toEqual([
      "self",
      "supervisor",
      "peer",
      "subordinate",
      "external",
      "external:public",
      "external:students",
    ]);
    // external without subgroup keeps the default minimum (3) and is suppressed; the named subgroups have minRaters 1
    expect(row(comp(r).groups, "external")).toEqual({ status: "suppressed", group: "external", subgroup: null, n: 1 });
    expectDec(shown(comp(r).groups, "external", "public").score, 2);
  });
});

describe("anonymity (docs/concepts.md, anonymity minimum (docs/sources.md#methods))", () => {
  const S32 = [...group("m", "supervisor", [3]), ...group("p", "peer", [4, 4]), ...group("d", "subordinate", [3, 3, 4, 3])];

  it("recomputed vector (anonymity): peers n = 2 < 3 are suppressed and not rolled up → others 3.20 (not 24/7 = 3.43)", () => {
    const c = comp(run(S32));
    expectDec(c.others.pooled, "3.2");
    expect(new X(c.others.pooled as string).eq(new X(24).div(7))).toBe(false);
    expect(row(c.groups, "peer")).toEqual({ status: "suppressed", group: "peer", subgroup: null, n: 2 });
    expect(c.others.n).toBe(5);
    expect(c.others.groups).toBe(2);
  });

  it("the weight of a suppressed group is re-distributed over the groups shown", () => {
    const c = comp(run(S32, { groups: [...W33] }));
    expectDec(c.others.weightedGroup, new X("2.15").div("0.7"), 38);
    expectDec(shown(c.groups, "supervisor").share, new X(5).div(7), 38);
    expectDec(shown(c.groups, "subordinate").share, new X(2).div(7), 38);
  });

  it("nothing of a suppressed group is in the result or its steps: only its rater count", () => {
    const r = run(S32, { groups: [...W33] });
    const peerRow = comp(r).groups.findIndex((g) => g.group === "peer");
    expect(Object.keys(nth(comp(r).groups, peerRow)).sort()).toEqual(["group", "n", "status", "subgroup"]);
    expect(r.steps.some((s) => s.at.includes(`groups[${peerRow}]`))).toBe(false);
    expect(r.steps.some((s) => Object.keys(s.inputs).some((k) => k.includes("peer")))).toBe(false);
    expect(r.overall.groups.find((g) => g.group === "peer")).toEqual({ status: "suppressed", group: "peer", subgroup: null, n: 2 });
  });

  it("no rater identifier appears anywhere in the result", () => {
    const ratings = S33.map((x, i) => ({ ...x, rater: `SECRET-RATER-${i}` }));
    expect(JSON.stringify(run(ratings))).not.toContain("SECRET-RATER");
  });

  it("anonymity minimum (docs/sources.md#methods): supervisor and self are exempt; with no exemption a single supervisor is suppressed", () => {
    const ratings = [...S33, rate("me", "self", 4)];
    expect(shown(comp(run(ratings)).groups, "supervisor").n).toBe(1);
    const strict = comp(run(ratings, { options: { exempt: [] } }));
    expect(row(strict.groups, "supervisor").status).toBe("suppressed");
    expect(row(strict.groups, "self").status).toBe("suppressed");
    expect(strict.self).toBeNull();
  });

  it("the minimum is configurable (default 3) and per group (minRaters overrides it)", () => {
    expect(row(comp(run(S32, { options: { minRaters: 2 } })).groups, "peer").status).toBe("shown");
    expect(row(comp(run(S33, { options: { minRaters: 4 } })).groups, "peer").status).toBe("suppressed");
    expect(row(comp(run(S33, { groups: [{ group: "subordinate", minRaters: 5 }] })).groups, "subordinate").status).toBe("suppressed");
  });

  it("N/A answers (docs/sources.md#methods): the threshold is counted per competency after N/A — a second N/A peer (n = 2) suppresses the item", () => {
    const ratings = [
      ...group("p", "peer", [4, null, 5, 3], "c1"),
      ...group("p", "peer", [4, null, 5, null], "c2"),
      ...group("m", "supervisor", [3], "c1"),
      ...group("m", "supervisor", [3], "c2"),
    ];
    const r = aggregateFeedback({ competencies: ["c1", "c2"], ratings });
    expect(row(comp(r, 0).groups, "peer")).toMatchObject({ status: "shown", n: 3, na: 1 });
    expect(row(comp(r, 1).groups, "peer")).toEqual({ status: "suppressed", group: "peer", subgroup: null, n: 2 });
    // N/A counts only cover the groups reported
    expect(comp(r, 1).na).toEqual({ count: 0, answers: 1, rate: "0" });
    // overall: the peers are shown on one competency, by 3 distinct raters
    expect(r.overall.groups.find((g) => g.group === "peer")).toMatchObject({ status: "shown", n: 3, competencies: 1, na: 1 });
  });

  it("an exempt group whose raters all answered N/A is listed as empty", () => {
    const c = comp(run([...group("p", "peer", [4, 4, 3]), rate("m", "supervisor", "na")]));
    expect(row(c.groups, "supervisor")).toEqual({ status: "empty", group: "supervisor", subgroup: null, n: 0, na: 1 });
    expect(c.na).toEqual({ count: 1, answers: 4, rate: "0.25" });
  });
});

describe("central tendency (docs/sources.md#methods)", () => {
  const P = group("p", "peer", [4, 4, 5, 4, 1]);

  it("recomputed vector (trimmed mean): [4,4,5,4,1] → mean 3.6 / median 4.0 / Olympic 4.0 (default trim 0.4: k = ⌊5·0.4/2⌋ = 1 each end)", () => {
    const g = shown(comp(run(P)).groups, "peer");
    expectDec(g.mean, "3.6");
    expectDec(g.median, "4.0");
    expectDec(g.trimmedMean, "4.0");
    expect(g.trimmedEachEnd).toBe(1);
    expectDec(g.score, "3.6");
  });

  it("central chooses the statistic that becomes the group score", () => {
    expectDec(shown(comp(run(P, { options: { central: "median" } })).groups, "peer").score, 4);
    expectDec(shown(comp(run(P, { options: { central: "trimmed" } })).groups, "peer").score, 4);
    // and the pooled figure uses it too
    expectDec(comp(run(P, { options: { central: "median" } })).others.pooled, 4);
  });

  it("median and trimmed mean (docs/sources.md#methods): k = ⌊n·p/2⌋ — p = 0.2 trims nothing from 5 answers; p = 0.9 trims 2 from each end of 5", () => {
    expectDec(shown(comp(run(P, { options: { trim: "0.2" } })).groups, "peer").trimmedMean, "3.6");
    const g = shown(comp(run(P, { options: { trim: 0.9 } })).groups, "peer");
    expect(g.trimmedEachEnd).toBe(2);
    expectDec(g.trimmedMean, 4);
  });

  it("the median of an even count is the mean of the two middle answers", () => {
    expectDec(shown(comp(run(group("p", "peer", [1, 2, 4, 5]))).groups, "peer").median, 3);
  });
});

describe("N/A answers (docs/sources.md#methods)", () => {
  it("recomputed vector (N/A): [4, N/A, 5, 3] → 4.0 (n = 3), and the N/A rate is reported", () => {
    const c = comp(run(group("p", "peer", [4, "na", 5, 3])));
    const g = shown(c.groups, "peer");
    expect(g.n).toBe(3);
    expect(g.na).toBe(1);
    expectDec(g.mean, "4.0");
    expect(c.na).toEqual({ count: 1, answers: 4, rate: "0.25" });
  });
});

describe("overall, conversion, steps, plain JSON", () => {
  const ratings = [
    ...group("m", "supervisor", [3], "a"),
    ...group("p", "peer", [4, 4, 3], "a"),
    ...group("m", "supervisor", [5], "b"),
    ...group("p", "peer", [2, 2, 2], "b"),
    rate("me", "self", 4, "a"),
  ];
  const r = aggregateFeedback({ competencies: [{ id: "a", weight: 3 }, "b"], ratings, groups: [{ group: "supervisor", weight: 1 }, { group: "peer", weight: 1 }] });

  it("overall figures are competency-weighted means over the competencies where they exist", () => {
    expect(comp(r, 0).weight).toBe("0.75");
    expect(comp(r, 1).weight).toBe("0.25");
    // others (weighted-group, equal weights): a → (3 + 11/3)/2 = 10/3, b → (5 + 2)/2 = 3.5
    expectDec(comp(r, 0).others.score, new X(10).div(3), 38);
    expectDec(r.overall.others.score, new X(10).div(3).times(3).plus("3.5").div(4), 38);
    expect(r.overall.others.competencies).toBe(2);
    // self only on a
    expectDec(r.overall.self?.score, 4);
    expectDec(r.overall.self?.percent, 75);
    const sup = r.overall.groups.find((g) => g.group === "supervisor");
    expect(sup).toMatchObject({ status: "shown", n: 1, competencies: 2 });
    expectDec(sup?.status === "shown" ? sup.score : null, new X(3).times(3).plus(5).div(4));
  });

  it("docs/concepts.md: proportional conversion is selectable (default linear)", () => {
    expect(r.settings.conversion).toBe("linear");
    const prop = aggregateFeedback({ competencies: ["c"], ratings: S33, options: { conversion: "proportional" } });
    expectDec(comp(prop).others.percent, new X("3.375").times(20));
  });

  it("every number of the result has exactly one step at its path with the same value, and every step points at a number", () => {
    const { steps } = r;
    const body = { competencies: r.competencies, overall: r.overall };
    const numbers = decimalsOf(body).filter(([path]) => !/\.(competency|subgroup)$/.test(path));
    expect(numbers.length).toBeGreaterThan(20);
    for (const [path, value] of numbers) expect(steps.filter((s) => s.at === path).map((s) => s.value), path).toEqual([value]);
    const at = new Set(numbers.map(([p]) => p));
    for (const s of steps) expect(at.has(s.at), s.at).toBe(true);
  });

  it("steps name their formula and inputs (mean: sum and n; weighted-group: weights and scores)", () => {
    const mean = r.steps.find((s) => s.at === "competencies[0].groups[2].mean");
    expect(mean).toEqual({ at: "competencies[0].groups[2].mean", formula: "mean", inputs: { sum: "11", n: "3" }, value: comp(r, 0).groups[2]?.status === "shown" ? (comp(r, 0).groups[2] as ShownGroupFeedback).mean : "" });
    const w = r.steps.find((s) => s.at === "competencies[1].others.weightedGroup");
    expect(w?.formula).toBe("weightedGroupMean");
    expect(w?.inputs).toEqual({ "weight.supervisor": "1", "score.supervisor": "5", "weight.peer": "1", "score.peer": "2", totalWeight: "2" });
    expect(r.steps.find((s) => s.at === "competencies[0].groups[0].percent")?.formula).toBe("likertLinear");
  });

  it("a competency nobody rated has no groups and null figures, and does not count in the overall", () => {
    const x = aggregateFeedback({ competencies: ["c", "unrated"], ratings: S33 });
    expect(comp(x, 1)).toEqual({
      competency: "unrated",
      weight: "0.5",
      groups: [],
      self: null,
      others: { n: 0, groups: 0, pooled: null, equalGroup: null, weightedGroup: null, score: null, percent: null },
      na: { count: 0, answers: 0, rate: null },
    });
    expect(x.overall.others.score).toBe(comp(x, 0).others.score);
    expect(x.overall.others.competencies).toBe(1);
  });

  it("the result is plain JSON: it survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("settings echo the defaults: likert5, mean, trim 0.4, min 3, self and supervisor exempt", () => {
    const s = run(S33).settings;
    expect(s).toMatchObject({ central: "mean", trim: "0.4", minRaters: 3, exempt: ["self", "supervisor"], includeSelf: false, conversion: "linear" });
    expect(s.scale.name).toBe("likert5");
    expect(s.groups).toEqual([
      { group: "supervisor", subgroup: null, weight: null, minRaters: null },
      { group: "peer", subgroup: null, weight: null, minRaters: 3 },
      { group: "subordinate", subgroup: null, weight: null, minRaters: 3 },
    ]);
  });

  it("accepts answers as decimal strings on a continuous scale (percent)", () => {
    const c = comp(aggregateFeedback({ competencies: ["c"], ratings: group("p", "peer", ["87.5", 90, "92.25"]), scale: "percent" }));
    expectDec(c.others.pooled, new X("269.75").div(3), 38);
    expectDec(c.others.percent, new X("269.75").div(3), 38);
  });
});

describe("validation errors (INVALID_INPUT with paths)", () => {
  it("empty ratings → ratings", () => {
    expectInvalid(() => run([]), "ratings", "too_small");
  });

  it("an unknown competency → ratings[i].competency", () => {
    expectInvalid(() => run([...S33, rate("z", "peer", 3, "nope")]), "ratings[8].competency", "unknown_reference");
  });

  it("an answer off the scale → ratings[i].value (above, below, a fraction on a whole-number scale, malformed)", () => {
    expectInvalid(() => run([...S33.slice(0, 4), rate("z", "peer", 6)]), "ratings[4].value", "off_scale");
    expectInvalid(() => run([...S33.slice(0, 4), rate("z", "peer", 0)]), "ratings[4].value", "off_scale");
    expectInvalid(() => run([...S33.slice(0, 4), rate("z", "peer", "3.5")]), "ratings[4].value", "off_scale");
    expectInvalid(() => run([...S33.slice(0, 4), rate("z", "peer", "four")]), "ratings[4].value", "invalid_answer");
    expectInvalid(() => run([...S33.slice(0, 4), rate("z", "peer", 101)], { scale: "percent" }), "ratings[4].value", "off_scale");
  });

  it("the same rater rating the same competency twice → ratings[i].rater", () => {
    expectInvalid(() => run([...S33, rate("p1", "peer", 4)]), "ratings[8].rater", "duplicate_rating");
  });

  it("one rater in two groups, a second self rater, a subgroup outside external", () => {
    expectInvalid(() => aggregateFeedback({ competencies: ["c", "d"], ratings: [...S33, rate("p1", "subordinate", 4, "d")] }), "ratings[8].group", "inconsistent_group");
    expectInvalid(() => run([...S33, rate("me", "self", 4), rate("me2", "self", 4)]), "ratings[9].rater", "multiple_self");
    expectInvalid(() => run([...S33, rate("z", "peer", 4, "c", "public")]), "ratings[8].subgroup", "invalid_subgroup");
  });

  it("competencies: duplicates, zero weight, none", () => {
    expectInvalid(() => aggregateFeedback({ competencies: ["c", "c"], ratings: S33 }), "competencies[1]", "duplicate_id");
    expectInvalid(() => aggregateFeedback({ competencies: [{ id: "c", weight: 0 }], ratings: S33 }), "competencies[0].weight", "invalid_weight");
    expectInvalid(() => aggregateFeedback({ competencies: [], ratings: S33 }), "competencies", "too_small");
  });

  it("groups: duplicates, a subgroup outside external, a rated group without a weight when weights are given", () => {
    expectInvalid(() => run(S33, { groups: [{ group: "peer" }, { group: "peer" }] }), "groups[1]", "duplicate_group");
    expectInvalid(() => run(S33, { groups: [{ group: "peer", subgroup: "x" }] }), "groups[0].subgroup", "invalid_subgroup");
    expectInvalid(() => run(S33, { groups: [{ group: "supervisor", weight: 1 }, { group: "peer", weight: 1 }] }), "ratings[4].group", "missing_weight");
    // self needs a weight only when it counts among the others
    expect(() => run([...S33, rate("me", "self", 4)], { groups: [...W33] })).not.toThrow();
    expectInvalid(() => run([...S33, rate("me", "self", 4)], { groups: [...W33], options: { includeSelf: true } }), "ratings[8].group", "missing_weight");
  });

  it("options: weightedGroup without weights, proportional on a negative scale, trim outside [0, 1), unknown keys", () => {
    expectInvalid(() => run(S33, { options: { combine: "weightedGroup" } }), "options.combine", "missing_weight");
    expectInvalid(() => run([rate("p", "supervisor", 0)], { scale: { min: -2, max: 2 }, options: { conversion: "proportional" } }), "options.conversion", "invalid_conversion");
    expectInvalid(() => run(S33, { options: { trim: 1 } }), "options.trim");
    expectInvalid(() => run(S33, { options: { trim: -0.1 } }), "options.trim");
    expectInvalid(() => run(S33, { options: { minRaters: 0 } }), "options.minRaters");
    expectInvalid(() => run(S33, { options: { nope: true } as never }), "options", "unrecognized_keys");
  });

  it("a `__proto__` key in JSON input is rejected as data, never followed", () => {
    const input = JSON.parse(`{"competencies":["c"],"ratings":[{"rater":"a","group":"peer","competency":"c","value":3}],"__proto__":{"polluted":1}}`) as AggregateFeedbackInput;
    expectInvalid(() => aggregateFeedback(input), "", "unrecognized_keys");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("a rating without a value → ratings[i].value (N/A must be explicit: null or \"na\")", () => {
    expectInvalid(() => run([{ rater: "a", group: "peer", competency: "c" } as unknown as FeedbackRatingInput]), "ratings[0].value", "invalid_answer");
  });

  it("ids such as `constructor` and a rater named `__proto__` are plain data", () => {
    const r = aggregateFeedback({ competencies: ["constructor"], ratings: [{ rater: "__proto__", group: "supervisor", competency: "constructor", value: 3 }] });
    expectDec(comp(r).others.score, 3);
    expect(r.steps.find((s) => s.at === "overall.others.score")?.inputs).toEqual({ "weight.constructor": "1", "value.constructor": "3", totalWeight: "1" });
  });

  it("several problems are reported together, each with its path", () => {
    const e = expectInvalid(() => run([...S33, rate("z", "peer", 9, "nope"), rate("p0", "peer", 4)]), "ratings[8].competency");
    expect(e.issues.map((i) => i.at)).toEqual(expect.arrayContaining(["ratings[8].competency", "ratings[8].value", "ratings[9].rater"]));
  });
});
