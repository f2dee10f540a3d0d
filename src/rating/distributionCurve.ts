import * as z from "zod/mini";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { Dec, ZERO, show, type Dec as D } from "../math/decimal.js";
import { type RoundingMode } from "../math/round.js";
import { roundDec } from "../math/roundDec.js";
import { DecimalInputSchema, IdSchema, LabelSchema, NonNegativeDecimalSchema, RoundingModeSchema } from "../schema/primitives.js";
import type { DecimalText } from "../schema/result.js";
import type { Label } from "../schema/scheme.js";
import { largestRemainder, type LargestRemainderResult } from "./largestRemainder.js";

/** A share of the unit between 0 and 1 (e.g. `"0.7"` for 70 %). */
const ShareSchema = DecimalInputSchema.check(z.refine((v) => !v.startsWith("-") && new Dec(v).lte(1), "must be a share between 0 and 1 (e.g. 0.7 for 70 %)"));

/** A head-count limit (a whole number of employees). */
const CountSchema = z.int().check(z.gte(0), z.lte(10_000_000));

const LIMIT_FIELDS = {
  /** At least this share (0–1) of the unit. */
  min: z.optional(ShareSchema),
  /** At most this share (0–1) of the unit. */
  max: z.optional(ShareSchema),
  /** At least this many employees (e.g. 1 for "there must be at least one"). */
  minCount: z.optional(CountSchema),
  /** At most this many employees. */
  maxCount: z.optional(CountSchema),
};

/**
 * A category of a distribution curve: one predikat (e.g. "Sangat Baik"), the band ids of the results
 * that count as this category (default: the category's own id), and its limits.
 *
 * Limits are shares of the unit (`min`, `max`, 0–1) and/or head-counts (`minCount`, `maxCount`).
 * For a curve of exact shares (a forced distribution such as 20/70/10) give `share` on every
 * category instead: relative numbers, apportioned by the largest-remainder method.
 */
export const CurveCategorySchema = z.strictObject({
  id: IdSchema,
  label: z.optional(LabelSchema),
  /** Band ids (`result.final.band.id`) counted as this category; default `[id]`. */
  bands: z.optional(z.array(IdSchema).check(z.minLength(1), z.maxLength(50))),
  ...LIMIT_FIELDS,
  /** Exact share (relative, normalised over the categories); head-counts by largest remainder. */
  share: z.optional(NonNegativeDecimalSchema),
});

/**
 * A joint limit on adjacent categories ("at least 10 % are Kurang and/or Butuh Perbaikan"):
 * the limit applies to the sum of their head-counts.
 */
export const CurveGroupSchema = z.strictObject({
  id: IdSchema,
  label: z.optional(LabelSchema),
  /** Ids of two or more categories that are adjacent in the curve's order. */
  categories: z.array(IdSchema).check(z.minLength(2), z.maxLength(50)),
  ...LIMIT_FIELDS,
});

/**
 * A distribution curve: its categories **in order from best to worst**, each with the band ids it
 * covers and its limits, plus joint limits on groups of adjacent categories.
 * See `SE_MENPANRB_3_2023_CURVES` for the Indonesian curves.
 */
export const DistributionCurveSchema = z.strictObject({
  id: IdSchema,
  label: z.optional(LabelSchema),
  /** Where the curve comes from (regulation, article), for the record. */
  source: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  categories: z.array(CurveCategorySchema).check(z.minLength(1), z.maxLength(20)),
  groups: z._default(z.array(CurveGroupSchema).check(z.maxLength(20)), []),
});

/**
 * How a share of the unit becomes a head-count: the mode applied to `size × min` and to
 * `size × max`. Default `{ min: "ceil", max: "floor" }` (the limits are never loosened).
 * For a unit of 7 and "at most 70 %": 4.9 → 4 with `floor`, 5 with `halfUp`.
 */
export const QuotaRoundingSchema = z._default(z.strictObject({ min: z._default(RoundingModeSchema, "ceil"), max: z._default(RoundingModeSchema, "floor") }), { min: "ceil", max: "floor" });

/** A distribution curve as written in JSON. */
export type DistributionCurveInput = z.input<typeof DistributionCurveSchema>;
/** A validated distribution curve. */
export type DistributionCurve = z.output<typeof DistributionCurveSchema>;
/** Quota rounding as written in JSON (both fields optional). */
export type QuotaRoundingInput = z.input<typeof QuotaRoundingSchema>;

/** A head-count range, both ends inclusive. */
export interface CountRange {
  /** Fewest employees allowed. */
  readonly min: number;
  /** Most employees allowed. */
  readonly max: number;
}

/** The limits of a category or group as the curve states them. */
export interface LimitSpec {
  /** Minimum share (0–1), or null. */
  readonly min: DecimalText | null;
  /** Maximum share (0–1), or null. */
  readonly max: DecimalText | null;
  /** Minimum head-count, or null. */
  readonly minCount: number | null;
  /** Maximum head-count, or null. */
  readonly maxCount: number | null;
  /** Exact relative share (largest-remainder curves), or null. */
  readonly share: DecimalText | null;
}

// ---------------------------------------------------------------------------------------------
// Internal: the compiled curve and the head-count limits of a unit of a given size.

/** @internal A limit on categories `from..to` (indices in best→worst order). */
export interface CompiledLimit {
  readonly kind: "category" | "group";
  readonly id: string;
  readonly label: Label | null;
  /** Index in `curve.categories` or `curve.groups` (for issue paths). */
  readonly index: number;
  readonly from: number;
  readonly to: number;
  readonly min: D | undefined;
  readonly max: D | undefined;
  readonly minCount: number | undefined;
  readonly maxCount: number | undefined;
  readonly share: D | undefined;
  readonly spec: LimitSpec;
}

/** @internal A category in effective order. */
export interface CompiledCategory extends CompiledLimit {
  readonly bands: readonly string[];
}

/** @internal A validated curve with its categories in best→worst order. */
export interface CompiledCurve {
  readonly id: string;
  readonly categories: readonly CompiledCategory[];
  readonly groups: readonly CompiledLimit[];
  /** Exact-share curve (largest remainder). */
  readonly exact: boolean;
  readonly bandToCategory: ReadonlyMap<string, number>;
  /** Index of each category id. */
  readonly categoryIndex: ReadonlyMap<string, number>;
}

const text = (v: string | undefined): DecimalText | null => (v === undefined ? null : show(new Dec(v)));

/**
 * @internal Checks a parsed curve (ids, bands, groups, order) and compiles it. Throws INVALID_INPUT
 * with every problem; `at` is the path of the curve in the caller's input.
 */
export function compileCurve(curve: DistributionCurve, order: readonly string[] | undefined, at: readonly (string | number)[]): CompiledCurve {
  const problems: KinerjaIssue[] = [];
  const p = (...rest: (string | number)[]): (string | number)[] => [...at, ...rest];
  const ids = new Map<string, number>();
  curve.categories.forEach((c, i) => {
    if (ids.has(c.id)) problems.push(issue(p("categories", i, "id"), "duplicate_id", `duplicate category id '${c.id}'`));
    else ids.set(c.id, i);
  });
  const bandOwner = new Map<string, number>();
  curve.categories.forEach((c, i) => {
    (c.bands ?? [c.id]).forEach((b, j) => {
      const owner = bandOwner.get(b);
      if (owner !== undefined) {
        const other = curve.categories[owner]?.id ?? "";
        problems.push(issue(p("categories", i, ...(c.bands ? ["bands", j] : ["id"])), "overlapping_category", `band '${b}' is already counted in category '${other}'`));
      } else bandOwner.set(b, i);
    });
  });
  const checkLimit = (l: { min?: string | undefined; max?: string | undefined; minCount?: number | undefined; maxCount?: number | undefined }, path: (string | number)[]): void => {
    if (l.min !== undefined && l.max !== undefined && new Dec(l.min).gt(new Dec(l.max))) {
      problems.push(issue([...path, "min"], "invalid_limit", `the minimum share ${l.min} is above the maximum ${l.max}`));
    }
    if (l.minCount !== undefined && l.maxCount !== undefined && l.minCount > l.maxCount) {
      problems.push(issue([...path, "minCount"], "invalid_limit", `the minimum count ${l.minCount} is above the maximum ${l.maxCount}`));
    }
  };
  curve.categories.forEach((c, i) => checkLimit(c, p("categories", i)));
  const withShare = curve.categories.filter((c) => c.share !== undefined).length;
  const exact = withShare > 0;
  if (exact) {
    curve.categories.forEach((c, i) => {
      if (c.share === undefined) problems.push(issue(p("categories", i, "share"), "invalid_limit", "give an exact share on every category, or on none"));
      for (const k of ["min", "max", "minCount", "maxCount"] as const) {
        if (c[k] !== undefined) problems.push(issue(p("categories", i, k), "invalid_limit", `an exact share cannot be combined with '${k}'`));
      }
    });
    if (withShare === curve.categories.length && curve.categories.every((c) => new Dec(c.share ?? "0").isZero())) {
      problems.push(issue(p("categories"), "invalid_limit", "the exact shares must not all be zero"));
    }
    if (curve.groups.length > 0) problems.push(issue(p("groups"), "invalid_limit", "a curve of exact shares cannot have group limits"));
  }

  // Effective order (best → worst).
  let sequence: number[] = curve.categories.map((_, i) => i);
  if (order !== undefined) {
    const seen = new Set<string>();
    const seq: number[] = [];
    order.forEach((id, j) => {
      const i = ids.get(id);
      if (i === undefined) problems.push(issue(["order", j], "unknown_reference", `'${id}' is not a category of the curve`));
      else if (seen.has(id)) problems.push(issue(["order", j], "duplicate_id", `category '${id}' is listed twice`));
      else seq.push(i);
      seen.add(id);
    });
    const missing = curve.categories.filter((c) => !seen.has(c.id)).map((c) => c.id);
    if (missing.length > 0) problems.push(issue(["order"], "missing_category", `the order leaves out ${missing.map((m) => `'${m}'`).join(", ")}`));
    sequence = seq;
  }
  const position = new Map<string, number>();
  sequence.forEach((i, pos) => {
    const c = curve.categories[i];
    if (c) position.set(c.id, pos);
  });

  const groupIds = new Set<string>();
  const groups: CompiledLimit[] = [];
  curve.groups.forEach((g, gi) => {
    if (groupIds.has(g.id) || ids.has(g.id)) problems.push(issue(p("groups", gi, "id"), "duplicate_id", `duplicate id '${g.id}' (group ids must differ from each other and from category ids)`));
    groupIds.add(g.id);
    checkLimit(g, p("groups", gi));
    const members: number[] = [];
    const inGroup = new Set<string>();
    g.categories.forEach((cid, j) => {
      const pos = position.get(cid);
      if (!ids.has(cid)) problems.push(issue(p("groups", gi, "categories", j), "unknown_reference", `'${cid}' is not a category of the curve`));
      else if (inGroup.has(cid)) problems.push(issue(p("groups", gi, "categories", j), "duplicate_id", `category '${cid}' is listed twice`));
      else if (pos !== undefined) members.push(pos);
      inGroup.add(cid);
    });
    if (members.length === 0) return;
    const from = Math.min(...members);
    const to = Math.max(...members);
    if (to - from + 1 !== members.length) {
      problems.push(issue(p("groups", gi, "categories"), "not_adjacent", "the categories of a group must be adjacent in the order best → worst"));
    }
    groups.push({
      kind: "group",
      id: g.id,
      label: g.label ?? null,
      index: gi,
      from,
      to,
      min: g.min === undefined ? undefined : new Dec(g.min),
      max: g.max === undefined ? undefined : new Dec(g.max),
      minCount: g.minCount,
      maxCount: g.maxCount,
      share: undefined,
      spec: { min: text(g.min), max: text(g.max), minCount: g.minCount ?? null, maxCount: g.maxCount ?? null, share: null },
    });
  });
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", `invalid distribution curve '${curve.id}'`, problems);

  const categories: CompiledCategory[] = sequence.map((i, pos) => {
    const c = curve.categories[i];
    if (!c) throw new Error("unreachable");
    return {
      kind: "category",
      id: c.id,
      label: c.label ?? null,
      index: i,
      from: pos,
      to: pos,
      bands: c.bands ?? [c.id],
      min: c.min === undefined ? undefined : new Dec(c.min),
      max: c.max === undefined ? undefined : new Dec(c.max),
      minCount: c.minCount,
      maxCount: c.maxCount,
      share: c.share === undefined ? undefined : new Dec(c.share),
      spec: { min: text(c.min), max: text(c.max), minCount: c.minCount ?? null, maxCount: c.maxCount ?? null, share: text(c.share) },
    };
  });
  const bandToCategory = new Map<string, number>();
  categories.forEach((c, pos) => c.bands.forEach((b) => bandToCategory.set(b, pos)));
  return { id: curve.id, categories, groups, exact, bandToCategory, categoryIndex: new Map(categories.map((c, pos) => [c.id, pos])) };
}

/** @internal Quota rounding after parsing. */
export interface QuotaRounding {
  readonly min: RoundingMode;
  readonly max: RoundingMode;
}

/** @internal The head-count range of one limit for a unit of `size`. */
export interface SizedLimit {
  readonly limit: CompiledLimit;
  /** Head-count range this limit allows on its own (always within 0..size). */
  readonly range: CountRange;
  /** size × min and size × max before rounding. */
  readonly exactMin: D | undefined;
  readonly exactMax: D | undefined;
}

/** @internal Applies the rounding policy to `size × share`. */
export function sizeLimit(limit: CompiledLimit, size: number, rounding: QuotaRounding): SizedLimit {
  const n = new Dec(size);
  const exactMin = limit.min?.times(n);
  const exactMax = limit.max?.times(n);
  let lo = 0;
  let hi = size;
  if (exactMin !== undefined) lo = Math.max(lo, roundDec(exactMin, { places: 0, mode: rounding.min }).toNumber());
  if (limit.minCount !== undefined) lo = Math.max(lo, limit.minCount);
  if (exactMax !== undefined) hi = Math.min(hi, roundDec(exactMax, { places: 0, mode: rounding.max }).toNumber());
  if (limit.maxCount !== undefined) hi = Math.min(hi, limit.maxCount);
  return { limit, range: { min: lo, max: hi }, exactMin, exactMax };
}

/** @internal An edge `B[v] − B[u] ≤ weight` of the difference-constraint system on cumulative counts. */
export interface Edge {
  readonly u: number;
  readonly v: number;
  readonly weight: number;
  /** The limit and bound it comes from; undefined for the unit size and for trivial bounds. */
  readonly source: { readonly limit: SizedLimit; readonly bound: "min" | "max" } | undefined;
}

/**
 * @internal The limits of a unit of `size` as difference constraints on the cumulative counts
 * `B[0] = 0 ≤ B[1] ≤ … ≤ B[K] = size` (B[k] = employees in the k best categories): a limit on
 * categories `from..to` bounds `B[to + 1] − B[from]`.
 */
export interface System {
  readonly size: number;
  readonly k: number;
  readonly categories: readonly SizedLimit[];
  readonly groups: readonly SizedLimit[];
  readonly edges: readonly Edge[];
}

/** @internal Builds the constraint system of a compiled curve for a unit of `size`. */
export function buildSystem(curve: CompiledCurve, size: number, rounding: QuotaRounding, exactCounts?: readonly number[]): System {
  const k = curve.categories.length;
  const categories = curve.categories.map((c, i) => {
    if (exactCounts) {
      const count = exactCounts[i] ?? 0;
      return { limit: c, range: { min: count, max: count }, exactMin: undefined, exactMax: undefined };
    }
    return sizeLimit(c, size, rounding);
  });
  const groups = curve.groups.map((g) => sizeLimit(g, size, rounding));
  const edges: Edge[] = [
    { u: 0, v: k, weight: size, source: undefined },
    { u: k, v: 0, weight: -size, source: undefined },
  ];
  for (const s of [...categories, ...groups]) {
    const u = s.limit.from;
    const v = s.limit.to + 1;
    const hasMax = exactCounts !== undefined || s.limit.max !== undefined || s.limit.maxCount !== undefined;
    const hasMin = exactCounts !== undefined || s.limit.min !== undefined || s.limit.minCount !== undefined;
    edges.push({ u, v, weight: s.range.max, source: hasMax ? { limit: s, bound: "max" } : undefined });
    edges.push({ u: v, v: u, weight: -s.range.min, source: hasMin ? { limit: s, bound: "min" } : undefined });
  }
  return { size, k, categories, groups, edges };
}

/** @internal Describes one bound of a limit for messages, e.g. `kurang at least 5 (60 % of 7 = 4.2, ceil)`. */
export function describeBound(s: SizedLimit, bound: "min" | "max", size: number, rounding: QuotaRounding): string {
  const l = s.limit;
  const name = l.kind === "group" ? `group '${l.id}'` : `'${l.id}'`;
  const count = bound === "min" ? s.range.min : s.range.max;
  const parts: string[] = [];
  const share = bound === "min" ? l.min : l.max;
  const exact = bound === "min" ? s.exactMin : s.exactMax;
  if (l.share !== undefined) parts.push("largest remainder");
  if (share !== undefined && exact !== undefined) {
    parts.push(`${show(share.times(100))} % of ${size} = ${show(exact)}, ${bound === "min" ? rounding.min : rounding.max}`);
  }
  const countLimit = bound === "min" ? l.minCount : l.maxCount;
  if (countLimit !== undefined) parts.push(`${bound === "min" ? "minCount" : "maxCount"} ${countLimit}`);
  if (l.share !== undefined) return `${name} exactly ${count} (largest remainder)`;
  return `${name} ${bound === "min" ? "at least" : "at most"} ${count}${parts.length > 0 ? ` (${parts.join("; ")})` : ""}`;
}

/**
 * @internal Finds a set of limits that cannot hold together (a negative cycle of the constraint
 * graph), or undefined when the system is feasible. Bellman–Ford from a virtual source.
 */
export function findConflict(system: System): Edge[] | undefined {
  const nodes = system.k + 1;
  const dist = new Array<number>(nodes).fill(0);
  const pred = new Array<Edge | undefined>(nodes).fill(undefined);
  let last = -1;
  for (let round = 0; round < nodes; round++) {
    last = -1;
    for (const e of system.edges) {
      const du = dist[e.u] ?? 0;
      if (du + e.weight < (dist[e.v] ?? 0)) {
        dist[e.v] = du + e.weight;
        pred[e.v] = e;
        last = e.v;
      }
    }
    if (last === -1) return undefined;
  }
  // `last` was relaxed in round `nodes`: walk back into the cycle, then collect it.
  let x = last;
  for (let i = 0; i < nodes; i++) x = pred[x]?.u ?? x;
  const cycle: Edge[] = [];
  let y = x;
  do {
    const e = pred[y];
    if (!e) break;
    cycle.push(e);
    y = e.u;
  } while (y !== x && cycle.length <= nodes);
  return cycle.reverse();
}

/** @internal Message and issues for an infeasible system. */
export function conflictMessages(system: System, cycle: readonly Edge[], rounding: QuotaRounding): string[] {
  const out: string[] = [];
  for (const e of cycle) {
    if (e.source) out.push(describeBound(e.source.limit, e.source.bound, system.size, rounding));
  }
  if (cycle.some((e) => e.source === undefined && (e.u === 0 || e.v === 0) && (e.u === system.k || e.v === system.k))) {
    out.push(`the unit has ${system.size} employee${system.size === 1 ? "" : "s"}`);
  }
  return out;
}

/**
 * @internal All-pairs shortest paths of a feasible system: `d[u][v]` is the largest possible
 * `B[v] − B[u]`; `next` reconstructs the binding limits.
 */
export interface Closure {
  readonly d: number[][];
  readonly via: (Edge | undefined)[][];
  readonly next: number[][];
}

/** @internal Floyd–Warshall closure of a feasible system. */
export function closure(system: System): Closure {
  const n = system.k + 1;
  const INF = Number.POSITIVE_INFINITY;
  const d: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : INF)));
  const via: (Edge | undefined)[][] = Array.from({ length: n }, () => new Array<Edge | undefined>(n).fill(undefined));
  const next: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? j : -1)));
  const row = (i: number): number[] => d[i] as number[];
  for (const e of system.edges) {
    if (e.weight < row(e.u)[e.v]! || (e.weight === row(e.u)[e.v] && via[e.u]![e.v] === undefined && e.source !== undefined)) {
      row(e.u)[e.v] = e.weight;
      via[e.u]![e.v] = e;
      next[e.u]![e.v] = e.v;
    }
  }
  for (let m = 0; m < n; m++) {
    for (let i = 0; i < n; i++) {
      const dim = row(i)[m]!;
      if (dim === INF) continue;
      for (let j = 0; j < n; j++) {
        const alt = dim + row(m)[j]!;
        if (alt < row(i)[j]!) {
          row(i)[j] = alt;
          next[i]![j] = next[i]![m]!;
        }
      }
    }
  }
  return { d, via, next };
}

/** @internal The limits on the binding path u → v of the closure (the reason a bound holds). */
export function bindingLimits(c: Closure, u: number, v: number): Edge[] {
  const out: Edge[] = [];
  let x = u;
  let guard = 0;
  while (x !== v && guard++ < c.d.length + 1) {
    const y = c.next[x]?.[v] ?? -1;
    if (y < 0) break;
    const e = c.via[x]?.[y];
    if (e) out.push(e);
    x = y;
  }
  return out;
}

/** @internal The joint range of `B[v] − B[u]` (u < v) in a feasible closure. */
export function jointRange(c: Closure, u: number, v: number): CountRange {
  return { min: -(c.d[v]?.[u] ?? 0), max: c.d[u]?.[v] ?? 0 };
}

/** @internal The exact counts of an exact-share curve, or undefined. */
export function exactCounts(curve: CompiledCurve, size: number): LargestRemainderResult | undefined {
  if (!curve.exact) return undefined;
  return largestRemainder({ total: size, shares: curve.categories.map((c) => show(c.share ?? ZERO)) });
}
