import type * as z from "zod/mini";
import { Dec } from "../math/decimal.js";
import { checkMessage, type CheckKey, type CheckParams } from "./checkTexts.js";

type Path = (string | number)[];
/** Reports one problem: where, and the catalogue key and parameters of its message. */
type Report = <K extends CheckKey>(path: Path, key: K, params: CheckParams[K]) => void;

const ZERO_ = new Dec(0);
/** A decimal, or NaN when the text is not one (that field's own issue is reported by the schema). */
function num(x: unknown): Dec {
  try {
    return new Dec(x as string);
  } catch {
    return new Dec(NaN);
  }
}
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
    const m = checkMessage(key, params);
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
    if (r && !(num(r.meets).lt(num(r.above)))) report(["behaviour", "rating", "above"], "above_not_above_meets", {});
  }

  if (s.missing.minCoverage !== undefined && num(s.missing.minCoverage).gt(1)) {
    report(["missing", "minCoverage"], "min_coverage_share", {});
  }
  if (s.bands) checkBands(s.bands.table, report);
  const rr = s.resultsRating;
  if (rr && !num(rr.meets).lt(num(rr.above))) report(["resultsRating", "above"], "above_not_above_meets", {});
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

function checkWeights(
  group: readonly { path: Path; weight?: string | undefined }[],
  weighting: { readonly mode: string; readonly tolerance: string },
  report: Report,
): void {
  const first = group[0];
  if (!first) return;
  if (weighting.mode === "percent") {
    let sum = ZERO_;
    for (const g of group) {
      if (g.weight === undefined) report(g.path, "missing_weight", {});
      else sum = sum.plus(num(g.weight));
    }
    if (sum.minus(100).abs().gt(num(weighting.tolerance))) {
      report(first.path.slice(0, -2), "weights_sum", { sum: sum.toFixed(), tolerance: weighting.tolerance });
    }
    return;
  }
  const sum = group.reduce((acc, g) => acc.plus(num(g.weight ?? 1)), ZERO_);
  if (sum.isZero()) report(first.path.slice(0, -2), "weights_zero", {});
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
      const lo = num(ind.range.min);
      if (lo.gt(num(ind.range.max))) report(at("range", "max"), "range_inverted", {});
      if (lo.lte(0)) report(at("range", "min"), "range_min_positive", {});
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
    const b = num(m.baseline);
    const t = num(ind.target);
    if (b.eq(t)) report(at("method", "baseline"), "baseline_equals_target", {});
    else if (ind.direction === "higher" && t.lt(b)) report(at("target"), "higher_target_below_baseline", {});
    else if (ind.direction === "lower" && t.gt(b)) report(at("target"), "lower_target_above_baseline", {});
  }
  const increasing = (xs: readonly string[], path: (i: number) => Path): void => {
    for (let i = 1; i < xs.length; i++) {
      const cur = num(xs[i]);
      const prev = num(xs[i - 1]);
      if (!cur.isNaN() && !prev.isNaN() && !cur.gt(prev)) report(path(i), "not_increasing", {});
    }
  };
  if (m.points) increasing(m.points.map((p) => p.x), (i) => at("method", "points", i, "x"));
  if (m.steps) increasing(m.steps.map((p) => p.from), (i) => at("method", "steps", i, "from"));
  if (ind.cap !== undefined && ind.floor !== undefined && num(ind.cap).lt(num(ind.floor))) report(at("cap"), "cap_below_floor", {});
  if (ind.target !== undefined && num(ind.target).isZero() && ind.zeroTarget === "error" && m.kind !== "interpolate" && ind.direction !== "binary") {
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
    const lo = num(b.min);
    const hi = num(b.max);
    if (b.min !== undefined && b.max !== undefined && !lo.isNaN() && !hi.isNaN() && !lo.lt(hi)) report(["bands", "table", i, "max"], "band_inverted", {});
    if (i > 0 && b.min === undefined) report(["bands", "table", i, "min"], "band_open_below", {});
    if (i < table.length - 1 && b.max === undefined) report(["bands", "table", i, "max"], "band_open_above", {});
  });
  for (let i = 1; i < table.length; i++) {
    const prev = table[i - 1];
    const cur = table[i];
    if (!prev || !cur || prev.max === undefined || cur.min === undefined) continue;
    const cmp = num(cur.min).cmp(num(prev.max));
    if (cmp > 0) report(["bands", "table", i, "min"], "band_gap", { max: prev.max, min: cur.min });
    if (cmp < 0) report(["bands", "table", i, "min"], "band_overlap", { max: prev.max });
  }
}
