// Properties of the 360° aggregation (src/feedback/aggregateFeedback.ts), docs/concepts.md: invariance to rater
// order and identifiers, bounds, determinism, no mutation, anonymity, weights, and the steps.
import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { expect } from "vitest";
import {
  aggregateFeedback,
  type AggregateFeedbackInput,
  type AggregateFeedbackOptions,
  type FeedbackGroupInput,
  type FeedbackRatingInput,
  type RaterGroup,
} from "../../src/feedback/aggregateFeedback.js";
import type { RatingScaleName } from "../../src/feedback/scales.js";
import { X, decimalsOf, deepFreeze, permutationOf, scaled } from "./helpers.js";

type Spec = readonly [RaterGroup, string | undefined, number];
/** The groups generated, with the most raters each: self, supervisor, peer, subordinate, external:public. */
const SPECS: readonly Spec[] = [
  ["self", undefined, 1],
  ["supervisor", undefined, 2],
  ["peer", undefined, 6],
  ["subordinate", undefined, 6],
  ["external", "public", 4],
];
const SLOTS = SPECS.reduce((acc, s) => acc + s[2], 0) * 3;

/** An answer: a value 1–5, N/A, or no rating at all. */
const answerArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant("absent" as const) },
);

const optionsArb: fc.Arbitrary<AggregateFeedbackOptions> = fc.record(
  {
    central: fc.constantFrom("mean" as const, "median" as const, "trimmed" as const),
    trim: fc.constantFrom("0", "0.2", "0.4", "0.5"),
    minRaters: fc.integer({ min: 1, max: 4 }),
    includeSelf: fc.boolean(),
    conversion: fc.constantFrom("linear" as const, "proportional" as const),
  },
  { requiredKeys: [] },
);

interface Generated {
  readonly input: AggregateFeedbackInput;
  /** Ids of the raters generated. */
  readonly raters: readonly string[];
}

function build(
  competencies: number,
  counts: readonly number[],
  answers: readonly (number | null | "absent")[],
  weights: readonly number[] | null,
  options: AggregateFeedbackOptions,
  scale: RatingScaleName,
): Generated {
  const ratings: FeedbackRatingInput[] = [];
  let slot = 0;
  SPECS.forEach(([group, subgroup], s) => {
    for (let i = 0; i < (counts[s] ?? 0); i++) {
      for (let c = 0; c < competencies; c++) {
        const a = answers[slot++] ?? "absent";
        if (a === "absent") continue;
        const r = { rater: `${group}-${i}`, group, competency: `c${c}`, value: a };
        ratings.push(subgroup === undefined ? r : { ...r, subgroup });
      }
    }
  });
  if (ratings.length === 0) ratings.push({ rater: "supervisor-0", group: "supervisor", competency: "c0", value: 3 });
  const groups: FeedbackGroupInput[] | undefined =
    weights === null
      ? undefined
      : SPECS.map(([group, subgroup], s) => (subgroup === undefined ? { group, weight: weights[s] ?? 1 } : { group, subgroup, weight: weights[s] ?? 1 }));
  const input: AggregateFeedbackInput = {
    competencies: Array.from({ length: competencies }, (_, c) => `c${c}`),
    ratings,
    scale,
    ...(groups === undefined ? {} : { groups }),
    options,
  };
  return { input, raters: [...new Set(ratings.map((r) => r.rater))] };
}

const generatedArb: fc.Arbitrary<Generated> = fc
  .tuple(
    fc.integer({ min: 1, max: 3 }),
    fc.tuple(...SPECS.map(([, , max]) => fc.integer({ min: 0, max }))),
    fc.array(answerArb, { minLength: SLOTS, maxLength: SLOTS }),
    fc.option(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: SPECS.length, maxLength: SPECS.length })),
    optionsArb,
    fc.constantFrom<RatingScaleName>("likert5", "likert7", "percent"),
  )
  .map(([c, counts, answers, weights, options, scale]) => build(c, counts, answers, weights, options, scale));

fcTest.prop([generatedArb.chain((g) => fc.tuple(fc.constant(g), permutationOf(g.input.ratings)))])(
  "the aggregate does not depend on the order of the ratings",
  ([g, shuffled]) => {
    expect(aggregateFeedback({ ...g.input, ratings: shuffled })).toEqual(aggregateFeedback(g.input));
  },
);

fcTest.prop([
  generatedArb.chain((g) =>
    fc.tuple(fc.constant(g), fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: g.raters.length, maxLength: g.raters.length })),
  ),
])("the aggregate does not depend on the raters' identifiers (renaming them changes nothing)", ([g, names]) => {
  const rename = new Map(g.raters.map((r, i) => [r, names[i] ?? r]));
  const renamed = g.input.ratings.map((r) => ({ ...r, rater: rename.get(r.rater) ?? r.rater }));
  expect(JSON.stringify(aggregateFeedback({ ...g.input, ratings: renamed }))).toBe(JSON.stringify(aggregateFeedback(g.input)));
});

fcTest.prop([generatedArb])("every 0–100 figure lies within [0, 100] and every score within the scale", (g) => {
  const r = aggregateFeedback(g.input);
  const { min, max } = r.settings.scale;
  for (const [path, value] of decimalsOf({ competencies: r.competencies, overall: r.overall })) {
    const x = new X(value);
    if (path.endsWith(".percent")) expect(x.gte(0) && x.lte(100), `${path} = ${value}`).toBe(true);
    if (/\.(mean|median|trimmedMean|score|pooled|equalGroup|weightedGroup)$/.test(path)) expect(x.gte(min) && x.lte(max), `${path} = ${value}`).toBe(true);
    if (/\.(share|weight|rate)$/.test(path)) expect(x.gte(0) && x.lte(1), `${path} = ${value}`).toBe(true);
  }
});

fcTest.prop([generatedArb])("the aggregate is deterministic, plain JSON, and every number has its step", (g) => {
  const a = aggregateFeedback(g.input);
  const b = aggregateFeedback(g.input);
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  const numbers = decimalsOf({ competencies: a.competencies, overall: a.overall }).filter(([p]) => !/\.(competency|subgroup)$/.test(p));
  const steps = new Map(a.steps.map((s) => [s.at, s.value]));
  expect(a.steps.length).toBe(numbers.length);
  for (const [path, value] of numbers) expect(steps.get(path), path).toBe(value);
});

fcTest.prop([generatedArb])("the input is never mutated (deep-frozen input works and is unchanged)", (g) => {
  const before = structuredClone(g.input);
  const frozen = deepFreeze(structuredClone(g.input));
  expect(aggregateFeedback(frozen)).toEqual(aggregateFeedback(g.input));
  expect(frozen).toEqual(before);
});

// A group of peers whose mean is a terminating decimal: n ∈ {1, 2, 4, 5, 8} answers on the percent scale.
const peersArb = fc
  .constantFrom(1, 2, 4, 5, 8)
  .chain((n) => fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }));

fcTest.prop([peersArb, fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 })])(
  "adding a rater who answers exactly the group mean leaves the group mean unchanged",
  (peers, subordinates) => {
    const base = (values: readonly (number | string)[]): AggregateFeedbackInput => ({
      competencies: ["c"],
      scale: "percent",
      options: { minRaters: 1 },
      ratings: [
        ...values.map((value, i) => ({ rater: `p${i}`, group: "peer" as const, competency: "c", value })),
        ...subordinates.map((value, i) => ({ rater: `d${i}`, group: "subordinate" as const, competency: "c", value })),
      ],
    });
    const meanOf = (input: AggregateFeedbackInput): string => {
      const g = aggregateFeedback(input).competencies[0]?.groups.find((x) => x.group === "peer");
      if (g?.status !== "shown") throw new Error("peers not shown");
      return g.mean;
    };
    const mean = meanOf(base(peers));
    expect(new X(peers.reduce((a, b) => a + b, 0)).div(peers.length).toFixed()).toBe(new X(mean).toFixed());
    expect(meanOf(base([...peers, mean]))).toBe(mean);
  },
);

// Peers below the minimum (1–2 raters, minimum 3) next to groups that are shown.
const suppressedArb = fc.record({
  peers: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 2 }),
  changed: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 2 }),
  subordinates: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 5 }),
  supervisor: fc.integer({ min: 1, max: 5 }),
  self: fc.integer({ min: 1, max: 5 }),
  weighted: fc.boolean(),
  options: optionsArb.map((o) => ({ ...o, minRaters: 3 })),
});

fcTest.prop([suppressedArb])("changing the answers of a suppressed group never changes the output (JSON-identical)", (s) => {
  const input = (peers: readonly number[]): AggregateFeedbackInput => ({
    competencies: ["c"],
    ratings: [
      { rater: "me", group: "self", competency: "c", value: s.self },
      { rater: "boss", group: "supervisor", competency: "c", value: s.supervisor },
      ...peers.map((value, i) => ({ rater: `p${i}`, group: "peer" as const, competency: "c", value })),
      ...s.subordinates.map((value, i) => ({ rater: `d${i}`, group: "subordinate" as const, competency: "c", value })),
    ],
    ...(s.weighted
      ? { groups: [{ group: "self", weight: 1 }, { group: "supervisor", weight: 2 }, { group: "peer", weight: 3 }, { group: "subordinate", weight: 4 }] as const }
      : {}),
    options: s.options,
  });
  const changed = s.peers.map((_, i) => s.changed[i] ?? 1);
  const a = aggregateFeedback(input(s.peers));
  expect(a.competencies[0]?.groups.find((g) => g.group === "peer")?.status).toBe("suppressed");
  expect(JSON.stringify(aggregateFeedback(input(changed)))).toBe(JSON.stringify(a));
});

fcTest.prop([
  generatedArb.filter((g) => g.input.groups !== undefined),
  fc.constantFrom<RaterGroup>("supervisor", "peer", "subordinate", "external"),
])("a group weight of 0 gives the same weighted-group figures as removing the group", (g, dropped) => {
  const groups = (g.input.groups ?? []).map((x) => (x.group === dropped ? { ...x, weight: 0 } : x));
  const rest = g.input.ratings.filter((r) => r.group !== dropped);
  fc.pre(rest.length > 0);
  const zero = aggregateFeedback({ ...g.input, groups });
  const removed = aggregateFeedback({ ...g.input, ratings: rest });
  expect(zero.competencies.map((c) => c.others.weightedGroup)).toEqual(removed.competencies.map((c) => c.others.weightedGroup));
  expect(zero.overall.others.weightedGroup).toBe(removed.overall.others.weightedGroup);
});

fcTest.prop([fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 8 }), fc.nat(), fc.integer({ min: 1, max: 4 })])(
  "raising one answer never lowers the group's mean, median, trimmed mean or the pooled others",
  (values, pick, delta) => {
    const i = pick % values.length;
    const raised = values.map((v, j) => (j === i ? Math.min(5, v + delta) : v));
    const run = (vs: readonly number[]) => {
      const c = aggregateFeedback({ competencies: ["c"], ratings: vs.map((value, j) => ({ rater: `p${j}`, group: "peer", competency: "c", value })) }).competencies[0];
      const g = c?.groups[0];
      if (g?.status !== "shown") throw new Error("not shown");
      return [g.mean, g.median, g.trimmedMean, c?.others.pooled ?? ""];
    };
    const before = run(values);
    const after = run(raised);
    before.forEach((b, k) => expect(new X(after[k] ?? "").gte(b)).toBe(true));
  },
);

fcTest.prop([fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 })])(
  "a number and its decimal string are the same answer (0.1 and \"0.1\")",
  (a, b) => {
    const input = (asText: boolean): AggregateFeedbackInput => ({
      competencies: ["c"],
      scale: "percent",
      ratings: [a, b, a].map((n, i) => {
        const text = scaled(n, 2);
        return { rater: `p${i}`, group: "peer" as const, competency: "c", value: asText ? text : Number(text) };
      }),
    });
    expect(aggregateFeedback(input(true))).toEqual(aggregateFeedback(input(false)));
  },
);
