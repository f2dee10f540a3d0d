// The numeric consistency checks of a scheme (src/schema/checkScheme.ts), each at its edge: below, equal,
// above, and with a value that is not a decimal (a raw value validateScheme passes on from a field that
// failed its own check: no comparison applies to it).
import { describe, expect, it } from "vitest";
import { checkScheme } from "../../src/schema/checkScheme.js";
import { checkMessage, type CheckKey, type CheckParams } from "../../src/schema/checkTexts.js";

type Shape = Parameters<typeof checkScheme>[0];
type Indicator = Shape["indicators"][number];

const indicator = (over: Partial<Indicator> = {}): Indicator => ({ id: "i", perspective: "p", direction: "higher", method: { kind: "ratio" }, zeroTarget: "error", ...over });
const scheme = (over: Partial<Shape> = {}): Shape => ({
  perspectives: [{ id: "p" }],
  objectives: [],
  indicators: [indicator({ target: "1" })],
  weighting: { mode: "relative", tolerance: "0" },
  composition: [{ component: "results", weight: "100" }],
  missing: {},
  ...over,
});
/** The issues checkScheme reports, as `path: message`. */
const issuesOf = (s: Shape): string[] => {
  const out: string[] = [];
  checkScheme(s, {
    addIssue: (i) => {
      if (typeof i === "string") throw new Error("a bare message");
      out.push(`${(i.path ?? []).join(".")}: ${i.message ?? ""}`);
    },
  });
  return out;
};
/** The expected issue at `path`, as `path: message`. */
const at_ = <K extends CheckKey>(path: string, key: K, ...params: CheckParams[K] extends Readonly<Record<string, never>> ? [] : [CheckParams[K]]): string =>
  `${path}: ${checkMessage(key, (params[0] ?? {}) as CheckParams[K]).en}`;

describe("checkScheme, numeric checks", () => {
  it("a valid minimal scheme has no issue", () => {
    expect(issuesOf(scheme())).toEqual([]);
  });

  it("rating thresholds: above must exceed meets (a value that is not a decimal cannot show it does)", () => {
    const at = (meets: string, above: string): string[] => issuesOf(scheme({ resultsRating: { meets, above } }));
    expect(at("80", "90")).toEqual([]);
    expect(at("80", "80")).toEqual([at_("resultsRating.above", "above_not_above_meets")]);
    expect(at("80.5", "80.25")).toEqual([at_("resultsRating.above", "above_not_above_meets")]);
    expect(at("x", "90")).toEqual([at_("resultsRating.above", "above_not_above_meets")]);
  });

  it("minimum coverage is a share: above 1 is reported, 1 is not", () => {
    expect(issuesOf(scheme({ missing: { minCoverage: "1" } }))).toEqual([]);
    expect(issuesOf(scheme({ missing: { minCoverage: "1.0000000000000000000000000000000000000000001" } }))).toEqual([at_("missing.minCoverage", "min_coverage_share")]);
  });

  it("percent weights: the exact sum against 100 ± tolerance", () => {
    const at = (weights: string[], tolerance = "0"): string[] =>
      issuesOf(scheme({ weighting: { mode: "percent", tolerance }, perspectives: weights.map((weight, i) => ({ id: `p${i}`, weight })), indicators: weights.map((_, i) => indicator({ id: `i${i}`, perspective: `p${i}`, weight: "100", target: "1" })) }));
    expect(at(["33.3", "66.7"])).toEqual([]);
    expect(at(["33.3", "66.6"])).toEqual([at_("perspectives", "weights_sum", { sum: "99.9", tolerance: "0" })]);
    expect(at(["33.3", "66.6"], "0.1")).toEqual([]);
    expect(at(["33.3", "66.5"], "0.1")).toEqual([at_("perspectives", "weights_sum", { sum: "99.8", tolerance: "0.1" })]);
    expect(at(["50", "50.0000000000000000000000000000000000001"])).toEqual([at_("perspectives", "weights_sum", { sum: "100.0000000000000000000000000000000000001", tolerance: "0" })]);
    // Beyond 40 significant digits the comparison is still exact (the message shows the sum to 40 digits).
    expect(at(["50", "50.000000000000000000000000000000000000000000001"])).toHaveLength(1);
    // A weight that is not a decimal: its own issue says so, not the sum.
    expect(at(["x", "50"])).toEqual([]);
  });

  it("relative weights: all zero is reported, a missing weight counts as 1", () => {
    const at = (weights: (string | undefined)[]): string[] =>
      issuesOf(scheme({ indicators: weights.map((weight, i) => indicator({ id: `i${i}`, target: "1", ...(weight === undefined ? {} : { weight }) })) }));
    expect(at(["0", "0"])).toEqual([at_("indicators", "weights_zero")]);
    expect(at(["0", undefined])).toEqual([]);
    expect(at(["0", "0.001"])).toEqual([]);
  });

  it("a range: min below max, min positive", () => {
    const at = (min: string, max: string): string[] => issuesOf(scheme({ indicators: [indicator({ direction: "range", range: { min, max } })] }));
    expect(at("1", "2")).toEqual([]);
    expect(at("2", "2")).toEqual([]);
    expect(at("2.5", "2")).toEqual([at_("indicators.0.range.max", "range_inverted")]);
    expect(at("0", "2")).toEqual([at_("indicators.0.range.min", "range_min_positive")]);
    expect(at("-1", "2")).toEqual([at_("indicators.0.range.min", "range_min_positive")]);
    expect(at("x", "2")).toEqual([]);
  });

  it("interpolation: baseline and target", () => {
    const at = (direction: string, baseline: string, target: string): string[] =>
      issuesOf(scheme({ indicators: [indicator({ direction, target, method: { kind: "interpolate", baseline, points: [{ x: "0", y: "0" }, { x: "1", y: "100" }] } })] }));
    expect(at("higher", "10", "10.0")).toEqual([at_("indicators.0.method.baseline", "baseline_equals_target")]);
    expect(at("higher", "10", "9")).toEqual([at_("indicators.0.target", "higher_target_below_baseline")]);
    expect(at("higher", "10", "11")).toEqual([]);
    expect(at("lower", "10", "11")).toEqual([at_("indicators.0.target", "lower_target_above_baseline")]);
    expect(at("lower", "10", "9")).toEqual([]);
    expect(at("higher", "x", "9")).toEqual([]);
  });

  it("points and steps strictly increase", () => {
    const at = (xs: string[]): string[] => issuesOf(scheme({ indicators: [indicator({ method: { kind: "steps", steps: xs.map((from) => ({ from, score: "1" })) } })] }));
    expect(at(["0", "1", "2"])).toEqual([]);
    expect(at(["0", "1", "1"])).toEqual([at_("indicators.0.method.steps.2.from", "not_increasing")]);
    expect(at(["0", "2", "1.5"])).toEqual([at_("indicators.0.method.steps.2.from", "not_increasing")]);
    expect(at(["0", "x", "1"])).toEqual([]);
  });

  it("cap and floor; a zero target", () => {
    expect(issuesOf(scheme({ indicators: [indicator({ target: "1", cap: "120", floor: "120" })] }))).toEqual([]);
    expect(issuesOf(scheme({ indicators: [indicator({ target: "1", cap: "119.99", floor: "120" })] }))).toEqual([at_("indicators.0.cap", "cap_below_floor")]);
    expect(issuesOf(scheme({ indicators: [indicator({ target: "0" })] }))).toEqual([at_("indicators.0.target", "zero_target")]);
    expect(issuesOf(scheme({ indicators: [indicator({ target: "0.000001" })] }))).toEqual([]);
  });

  it("bands: each below its max, no gap or overlap between neighbours", () => {
    const at = (table: { id: string; min?: string; max?: string }[]): string[] => issuesOf(scheme({ bands: { table } }));
    expect(at([{ id: "a", max: "50" }, { id: "b", min: "50" }])).toEqual([]);
    expect(at([{ id: "a", min: "60", max: "60" }])).toEqual([at_("bands.table.0.max", "band_inverted")]);
    expect(at([{ id: "a", max: "50" }, { id: "b", min: "50.01" }])).toEqual([at_("bands.table.1.min", "band_gap", { max: "50", min: "50.01" })]);
    expect(at([{ id: "a", max: "50" }, { id: "b", min: "49.99" }])).toEqual([at_("bands.table.1.min", "band_overlap", { max: "50" })]);
    expect(at([{ id: "a", max: "x" }, { id: "b", min: "49.99" }])).toEqual([]);
  });
});
