import type * as z from "zod/mini";
import { R0, Rational, rational } from "../math/rational.js";
import { checkIssue, type CheckKey, type CheckParams } from "./checkTexts.js";

type Path = (string | number)[];
/** Reports one problem: where, and the catalogue key and parameters of its message. */
type Report = <K extends CheckKey>(path: Path, key: K, params: CheckParams[K]) => void;

/**
 * An exact decimal, or null when the value is not one (that field's own issue is reported by the schema).
 * Like NaN, null compares as neither below, equal to nor above anything: see {@link cmp}.
 */
function num(x: unknown): Rational | null {
  if (typeof x !== "string" && typeof x !== "number" && !(x instanceof Rational)) return null;
  try {
    return rational(x);
  } catch {
    return null;
  }
}
/** `a` compared with `b` (−1, 0, 1), or null when either is not a decimal (then no check applies). */
function cmp(a: unknown, b: unknown): -1 | 0 | 1 | null {
  const x = num(a);
  const y = num(b);
  return x === null || y === null ? null : x.cmp(y);
}
/** `a < b`, false when either is not a decimal. */
const lt = (a: unknown, b: unknown): boolean => cmp(a, b) === -1;
/** `a > b`, false when either is not a decimal. */
const gt = (a: unknown, b: unknown): boolean => cmp(a, b) === 1;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface WeightedNode {
  readonly id: string;
  readonly weight?: string | undefined;
}

interface SchemeShape {
  readonly period?: { readonly start: string; readonly end: string } | undefined;
  readonly perspectives: readonly WeightedNode[];
  readonly objectives: readonly (WeightedNode & { readonly perspective: string })[];
  readonly indicators: readonly (WeightedNode & {
    readonly objective?: string | undefined;
    readonly perspective?: string | undefined;
    readonly direction: string;
    readonly target?: string | undefined;
    readonly range?: { readonly min: string; readonly max: string } | undefined;
    readonly pass?: string | undefined;
    readonly method: {
      readonly kind: string;
      readonly formula?: string | undefined;
      readonly baseline?: string | undefined;
      readonly points?: readonly { readonly x: string; readonly y: string }[];
      readonly steps?: readonly { readonly from: string; readonly score: string }[];
    };
    readonly cap?: string | undefined;
    readonly floor?: string | undefined;
    readonly zeroTarget: string;
  })[];
  readonly weighting: { readonly mode: string; readonly tolerance: string };
  readonly composition: readonly { readonly component: string; readonly weight: string }[];
  readonly compositionWithPeers?: readonly { readonly component: string; readonly weight: string }[] | undefined;
  readonly behaviour?: { readonly competencies: readonly { readonly id: string }[]; readonly rating?: { readonly meets: string; readonly above: string } | undefined } | undefined;
  readonly missing: { readonly minCoverage?: string | undefined };
  readonly additions?: readonly { readonly id: string }[] | undefined;
  readonly bands?: { readonly table: readonly { readonly id: string; readonly min?: string | undefined; readonly max?: string | undefined }[] } | undefined;
  readonly resultsRating?: { readonly meets: string; readonly above: string } | undefined;
  readonly matrix?: { readonly cells: readonly { readonly results: string; readonly behaviour: string; readonly band: string }[] } | undefined;
}

/**
 * Cross-field checks of a scheme that a field-by-field schema cannot express: unique ids, references,
 * weights, method/direction combinations, and band tables without gaps or overlaps. Every problem is
 * reported with its path; nothing is thrown here.
 */
export function checkScheme(s: SchemeShape, ctx: { addIssue: z.core.$RefinementCtx["addIssue"] }): void {
  // Every problem is reported through the catalogue of check messages (code and text from its key).
  const report: Report = (path, key, params) => {
    const m = checkIssue(key, params);
    ctx.addIssue({ code: "custom", path, message: m.en, params: { kinerja: m.code } });
  };

  if (s.period && DATE.test(s.period.start) && DATE.test(s.period.end) && s.period.start > s.period.end) report(["period", "end"], "period_order", {});

  const unique = (items: readonly { id: string }[], key: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) report([key, i, "id"], "duplicate_id", { id: item.id });
      seen.add(item.id);
    });
    return seen;
  };
  const perspectiveIds = unique(s.perspectives, "perspectives");
  if (s.additions) unique(s.additions, "additions");
  const objectiveIds = unique(s.objectives, "objectives");
  unique(s.indicators, "indicators");

  const children = new Map<string, { path: Path; weight?: string | undefined }[]>();
  const addChild = (parent: string, path: Path, weight: string | undefined): void => {
    const list = children.get(parent) ?? [];
    list.push({ path, weight });
    children.set(parent, list);
  };

  s.objectives.forEach((o, i) => {
    if (!perspectiveIds.has(o.perspective)) report(["objectives", i, "perspective"], "unknown_perspective", { id: o.perspective });
    else addChild(`p:${o.perspective}`, ["objectives", i, "weight"], o.weight);
  });

  s.indicators.forEach((ind, i) => {
    const at = (...rest: Path): Path => ["indicators", i, ...rest];
    if ((ind.objective === undefined) === (ind.perspective === undefined)) {
      report(at("objective"), "objective_or_perspective", {});
    } else if (ind.objective !== undefined) {
      if (!objectiveIds.has(ind.objective)) report(at("objective"), "unknown_objective", { id: ind.objective });
      else addChild(`o:${ind.objective}`, at("weight"), ind.weight);
    } else if (ind.perspective !== undefined) {
      if (!perspectiveIds.has(ind.perspective)) report(at("perspective"), "unknown_perspective", { id: ind.perspective });
      else addChild(`p:${ind.perspective}`, at("weight"), ind.weight);
    }
    checkIndicator(ind, at, report);
  });

  s.perspectives.forEach((p, i) => {
    if (!children.has(`p:${p.id}`)) report(["perspectives", i], "empty_perspective", { id: p.id });
  });
  s.objectives.forEach((o, i) => {
    if (!children.has(`o:${o.id}`)) report(["objectives", i], "empty_objective", { id: o.id });
  });

  const groups: { path: Path; weight?: string | undefined }[][] = [
    s.perspectives.map((p, i) => ({ path: ["perspectives", i, "weight"], weight: p.weight })),
    ...children.values(),
    s.composition.map((c, i) => ({ path: ["composition", i, "weight"], weight: c.weight })),
  ];
  for (const group of groups) checkWeights(group, s.weighting, report);

  for (const key of ["composition", "compositionWithPeers"] as const) {
    const list = s[key];
    if (!list) continue;
    if (key === "compositionWithPeers") checkWeights(list.map((c, i) => ({ path: [key, i, "weight"], weight: c.weight })), s.weighting, report);
    const components = new Set<string>();
    list.forEach((c, i) => {
      if (components.has(c.component)) report([key, i, "component"], "duplicate_component", { id: c.component });
      if (c.component === "behaviour" && !s.behaviour) report([key, i, "component"], "behaviour_model_missing", {});
      components.add(c.component);
    });
  }
  if (s.behaviour) {
    const seen = new Set<string>();
    s.behaviour.competencies.forEach((c, i) => {
      if (seen.has(c.id)) report(["behaviour", "competencies", i, "id"], "duplicate_id", { id: c.id });
      seen.add(c.id);
    });
    const r = s.behaviour.rating;
    if (r && !lt(r.meets, r.above)) report(["behaviour", "rating", "above"], "above_not_above_meets", {});
  }

  if (s.missing.minCoverage !== undefined && gt(s.missing.minCoverage, 1)) {
    report(["missing", "minCoverage"], "min_coverage_share", {});
  }
  if (s.bands) checkBands(s.bands.table, report);
  const rr = s.resultsRating;
  if (rr && !lt(rr.meets, rr.above)) report(["resultsRating", "above"], "above_not_above_meets", {});
  if (s.matrix) {
    if (!rr) report(["matrix"], "matrix_needs_rating", { field: "resultsRating" });
    if (!s.behaviour?.rating) report(["matrix"], "matrix_needs_rating", { field: "behaviour.rating" });
    const bandIds = new Set((s.bands?.table ?? []).map((b) => b.id));
    const seen = new Set<string>();
    s.matrix.cells.forEach((cell, i) => {
      const key = `${cell.results}/${cell.behaviour}`;
      if (seen.has(key)) report(["matrix", "cells", i], "duplicate_cell", { cell: key });
      seen.add(key);
      if (!bandIds.has(cell.band)) report(["matrix", "cells", i, "band"], "unknown_band", { id: cell.band });
    });
    for (const r of ["below", "meets", "above"]) {
      for (const b of ["below", "meets", "above"]) {
        if (!seen.has(`${r}/${b}`)) report(["matrix", "cells"], "missing_cell", { results: r, behaviour: b });
      }
    }
  }
}

/** `sum + x`, or null when either is unknown. */
function add(sum: Rational | null, x: unknown): Rational | null {
  const v = num(x);
  return sum === null || v === null ? null : sum.plus(v);
}

function checkWeights(
  group: readonly { path: Path; weight?: string | undefined }[],
  weighting: { readonly mode: string; readonly tolerance: string },
  report: Report,
): void {
  const first = group[0];
  if (!first) return;
  if (weighting.mode === "percent") {
    // A weight that is not a decimal makes the sum unknown (null): its own issue is reported, not the sum.
    let sum: Rational | null = R0;
    for (const g of group) {
      if (g.weight === undefined) report(g.path, "missing_weight", {});
      else sum = add(sum, g.weight);
    }
    if (sum !== null && gt(sum.minus(100).abs(), weighting.tolerance)) {
      report(first.path.slice(0, -2), "weights_sum", { sum: sum.toFixed(), tolerance: weighting.tolerance });
    }
    return;
  }
  const sum = group.reduce((acc: Rational | null, g) => add(acc, g.weight ?? 1), R0);
  if (sum?.isZero() === true) report(first.path.slice(0, -2), "weights_zero", {});
}

function checkIndicator(
  ind: SchemeShape["indicators"][number],
  at: (...rest: Path) => Path,
  report: Report,
): void {
  const m = ind.method;
  if (m.formula !== undefined && ind.direction !== "lower") report(at("method", "formula"), "formula_lower_only", {});
  if (ind.direction === "range") {
    if (!ind.range) report(at("range"), "range_missing", {});
    else {
      if (gt(ind.range.min, ind.range.max)) report(at("range", "max"), "range_inverted", {});
      const lo = cmp(ind.range.min, 0);
      if (lo === -1 || lo === 0) report(at("range", "min"), "range_min_positive", {});
    }
    if (ind.target !== undefined) report(at("target"), "range_with_target", {});
    if (m.kind === "interpolate") report(at("method", "kind"), "interpolate_direction", {});
  } else if (ind.range !== undefined) {
    report(at("range"), "range_direction", {});
  }
  if (ind.pass !== undefined && ind.direction !== "binary") report(at("pass"), "pass_binary_only", {});
  if (m.kind === "formula" && (ind.direction === "range" || ind.direction === "binary")) {
    report(at("method", "kind"), "formula_plugin_direction", {});
  }
  if (ind.direction === "binary" && m.kind !== "ratio") report(at("method", "kind"), "binary_ratio", {});
  if (m.kind === "interpolate" && m.baseline !== undefined && ind.target !== undefined) {
    const c = cmp(ind.target, m.baseline);
    if (c === 0) report(at("method", "baseline"), "baseline_equals_target", {});
    else if (ind.direction === "higher" && c === -1) report(at("target"), "higher_target_below_baseline", {});
    else if (ind.direction === "lower" && c === 1) report(at("target"), "lower_target_above_baseline", {});
  }
  const increasing = (xs: readonly string[], path: (i: number) => Path): void => {
    for (let i = 1; i < xs.length; i++) {
      const c = cmp(xs[i], xs[i - 1]);
      if (c !== null && c !== 1) report(path(i), "not_increasing", {});
    }
  };
  if (m.points) increasing(m.points.map((p) => p.x), (i) => at("method", "points", i, "x"));
  if (m.steps) increasing(m.steps.map((p) => p.from), (i) => at("method", "steps", i, "from"));
  if (ind.cap !== undefined && ind.floor !== undefined && lt(ind.cap, ind.floor)) report(at("cap"), "cap_below_floor", {});
  if (ind.target !== undefined && cmp(ind.target, 0) === 0 && ind.zeroTarget === "error" && m.kind !== "interpolate" && ind.direction !== "binary") {
    report(at("target"), "zero_target", {});
  }
}

function checkBands(
  table: readonly { readonly id: string; readonly min?: string | undefined; readonly max?: string | undefined }[],
  report: Report,
): void {
  const seen = new Set<string>();
  table.forEach((b, i) => {
    if (seen.has(b.id)) report(["bands", "table", i, "id"], "duplicate_id", { id: b.id });
    seen.add(b.id);
    const c = cmp(b.min, b.max);
    if (c !== null && c !== -1) report(["bands", "table", i, "max"], "band_inverted", {});
    if (i > 0 && b.min === undefined) report(["bands", "table", i, "min"], "band_open_below", {});
    if (i < table.length - 1 && b.max === undefined) report(["bands", "table", i, "max"], "band_open_above", {});
  });
  for (let i = 1; i < table.length; i++) {
    const prev = table[i - 1];
    const cur = table[i];
    if (!prev || !cur || prev.max === undefined || cur.min === undefined) continue;
    const c = cmp(cur.min, prev.max);
    if (c === 1) report(["bands", "table", i, "min"], "band_gap", { max: prev.max, min: cur.min });
    if (c === -1) report(["bands", "table", i, "min"], "band_overlap", { max: prev.max });
  }
}
