// The fast lane of `score`: the scores of an appraisal in binary floating point with a rigorous error
// bound carried next to every number, and decimals only where the value demands them.
//
// Every computed float `v` comes with `e`, a bound on |v − x| where x is the exact value the reference
// decimal path approximates (to 40 digits). Continuous steps (ratios, caps, floors, weighted means,
// interpolation) only propagate the bound. A decision that is not continuous — a rounding (ties for the
// half modes, whole units for the directed ones), a band edge, a rating threshold, a step of a `steps`
// method, the minimum coverage — is taken only when the float lies farther than its bound from the edge;
// otherwise the lane gives up (returns `undefined`) and `score` runs the decimal evaluation. So the lane
// either returns exactly what the decimal path returns or nothing; the property in
// test/scoreLane.test.ts checks it on generated appraisals biased towards ties and edges.
//
// The lane also validates the appraisal by hand for what it reads. It accepts only input the zod
// schema accepts with the same meaning; anything else (and every error case) is left to the decimal path,
// which reports it with the schema's codes and paths.
import { Decimal } from "decimal.js";
import { Dec, type Dec as D } from "../math/decimal.js";
import { unreachable } from "../errors/unreachable.js";
import { ROUNDING, type RoundingMode, type RoundingRule } from "../math/round.js";
import { ID_PATTERN, LIMITS, NOT_APPLICABLE, RATER_GROUPS, type Combination, type Direction, type RatingLevel } from "../concepts/vocabulary.js";
import { METHODS } from "../indicator/methods.js";
import { CENTRAL, CONVERSION } from "../feedback/raterStatistics.js";
import type { Label, Scheme } from "../schema/scheme.js";
import type { Score, ScoreWarning } from "../schema/score.js";
import { warning, type FactScalar } from "../schema/warnings.js";
import { RATING_LABELS } from "./evaluateBehaviour.js";
import type { CompiledNode, CompiledScheme } from "./plan.js";

/** Relative error of one float operation, doubled for slack (covers the rounding of the bound itself). */
const U = 2 ** -52;
/** Relative allowance for the reference path's own 40-significant-digit rounding. */
const SLACK = 1e-25;
const MAX_SAFE = 2 ** 51;

/** A constant of the plan as a float and its error bound. */
interface Num {
  readonly v: number;
  readonly e: number;
}

const num = (d: D): Num => {
  const v = d.toNumber();
  return { v, e: d.isInteger() && Math.abs(v) < MAX_SAFE ? 0 : Math.abs(v) * U };
};

/** A rounding rule resolved for the lane. */
interface FastRounding {
  readonly places: number;
  readonly scale: number;
  readonly half: boolean;
  readonly mode: RoundingMode;
}

const rounding = (r: RoundingRule | undefined): FastRounding | undefined =>
  r === undefined ? undefined : { places: r.places, scale: 10 ** r.places, half: ROUNDING[r.mode].ties, mode: r.mode };

/** Rounds `v` (error `e`) by `r`: the integer `k` of `k / 10^places`, or NaN when the float cannot decide. */
function roundK(v: number, e: number, r: FastRounding): number {
  const s = v * r.scale;
  const a = Math.abs(s);
  const es = e * r.scale + a * (2 * U + SLACK);
  if (!(a < MAX_SAFE)) return Number.NaN;
  const n = Math.floor(s);
  const fr = s - n;
  // Undecidable: near the half for the tie-deciding modes (on either side of a whole unit they agree),
  // near a whole unit for the directed ones.
  if (r.half ? Math.abs(fr - 0.5) <= es : fr <= es || 1 - fr <= es) return Number.NaN;
  return ROUNDING[r.mode].up(fr < 0.5 ? "belowHalf" : "aboveHalf", s < 0, n % 2 === 0) ? n + 1 : n;
}

/** Decimal text of `k / 10^places`, as `show(value, places)` writes it. */
function formatK(k: number, places: number): string {
  if (k === 0) return places === 0 ? "0" : `0.${"0".repeat(places)}`;
  let s = String(Math.abs(k));
  if (places > 0) {
    s = s.padStart(places + 1, "0");
    s = `${s.slice(0, -places)}.${s.slice(-places)}`;
  }
  return k < 0 ? `-${s}` : s;
}

/** `k / 10^places` as `show` writes an unrounded value: without trailing zeros. */
function plainK(k: number, places: number): string {
  const t = formatK(k, places);
  return t.includes(".") ? t.replace(/0+$/, "").replace(/\.$/, "") : t;
}

/** `ceil(x · 10^places)` exactly, for comparing a rounded value k with x: k ≥ x ⇔ k ≥ ceilK, k < x ⇔ k < ceilK. */
const ceilK = (x: D, places: number): number => x.times(new Dec(10).pow(places)).toDecimalPlaces(0, Decimal.ROUND_CEIL).toNumber();

/** A value known to lie strictly on one side of a threshold: +1 above, −1 below, 0 when the float cannot tell. */
function side(v: number, e: number, t: Num): number {
  const d = v - t.v;
  const margin = e + t.e + (Math.abs(v) + Math.abs(t.v)) * (2 * U + SLACK);
  return d > margin ? 1 : d < -margin ? -1 : 0;
}

/** A curve point or step with the differences to the next point. */
interface FastPoint {
  readonly x: Num;
  readonly y: Num;
  readonly dx: Num;
  readonly dy: Num;
}

interface FastIndicator {
  readonly index: number;
  readonly id: string;
  readonly direction: Direction;
  readonly inverse: boolean;
  readonly target: Num | undefined;
  /** The scheme's target has at most 15 significant digits (so comparing its float with an input's is exact). */
  readonly targetFitsFloat: boolean;
  readonly range: { readonly min: Num; readonly max: Num; readonly byMin: boolean } | undefined;
  readonly atLeast: boolean;
  readonly method: NonNullable<(typeof METHODS)[keyof typeof METHODS]["lane"]>;
  readonly points: readonly FastPoint[];
  /** Curve: the steepest slope of any segment (0 beyond the ends), with slack; and the points' largest x error. */
  readonly slope: number;
  readonly pointError: number;
  readonly below: Num;
  /** Curve: the score just below the first point differs from the first point's (a jump there). */
  readonly jumpAtFirst: boolean;
  readonly cap: Num | undefined;
  readonly floor: Num | undefined;
  readonly achievementRounding: FastRounding | undefined;
  readonly indicatorRounding: FastRounding | undefined;
}

interface FastChild {
  /** Index into the indicator (kind 0) or objective (kind 1) values. */
  readonly kind: 0 | 1;
  readonly index: number;
  readonly weight: Num;
}

interface FastBand {
  readonly id: string;
  readonly label: Label;
  readonly minK: number | undefined;
  readonly maxK: number | undefined;
  readonly min: Num | undefined;
  readonly max: Num | undefined;
  readonly requires: CompiledScheme["bands"][number]["requires"];
}

interface FastThresholds {
  readonly meets: Num;
  readonly above: Num;
  readonly meetsK: number;
  readonly aboveK: number;
}

interface FastBehaviour {
  readonly compIndex: ReadonlyMap<string, number>;
  readonly compIds: readonly string[];
  readonly compWeights: readonly Num[];
  readonly scaleMin: number;
  readonly scaleMax: number;
  readonly integer: boolean;
  readonly linear: boolean;
  /** Per group (self, supervisor, peer, subordinate, external): fewest raters for the group to be shown. */
  readonly minShown: readonly number[];
  /** Per group: counted among the others. */
  readonly other: readonly boolean[];
  /** Per group: the configured weight (weighted-group combination), or undefined. */
  readonly weights: readonly (Num | undefined)[];
  readonly weighted: boolean;
  readonly combine: Combination;
  readonly rating: FastThresholds | undefined;
}

interface FastComponent {
  readonly results: boolean;
  readonly weight: Num;
}

/** @internal The plan's fast lane: everything the lane needs, resolved once by `compile`. */
export interface FastLane {
  readonly scheme: Scheme;
  readonly indicators: readonly FastIndicator[];
  readonly indicatorIndex: ReadonlyMap<string, number>;
  readonly objectives: readonly (readonly FastChild[])[];
  readonly perspectives: readonly (readonly FastChild[])[];
  readonly perspectiveWeights: readonly Num[];
  readonly objectiveRounding: FastRounding | undefined;
  readonly perspectiveRounding: FastRounding | undefined;
  readonly componentRounding: FastRounding | undefined;
  readonly finalRounding: FastRounding;
  readonly components: readonly FastComponent[];
  readonly componentsWithPeers: readonly FastComponent[] | undefined;
  readonly needsBehaviour: boolean;
  readonly behaviour: FastBehaviour | undefined;
  readonly bands: readonly FastBand[];
  readonly classifyExact: boolean;
  readonly missingPolicy: "renormalize" | "zero" | "fail";
  readonly minCoverage: Num | undefined;
  readonly resultsRating: FastThresholds | undefined;
  readonly matrix: Scheme["matrix"];
}

/** Why a plan has no fast lane, or its lane. */
export type FastLaneBuild = { readonly lane: FastLane; readonly reason: null } | { readonly lane: undefined; readonly reason: string };

const GROUPS = RATER_GROUPS;
const GROUP_INDEX: ReadonlyMap<unknown, number> = new Map(GROUPS.map((g, i) => [g, i]));
/** The index of a rater group in GROUPS, or −1. */
function groupIndex(g: unknown): number {
  return GROUP_INDEX.get(g) ?? -1;
}

const thresholds = (t: { readonly meets: string; readonly above: string }, places: number | undefined): FastThresholds => ({
  meets: num(new Dec(t.meets)),
  above: num(new Dec(t.above)),
  meetsK: places === undefined ? Number.NaN : ceilK(new Dec(t.meets), places),
  aboveK: places === undefined ? Number.NaN : ceilK(new Dec(t.above), places),
});

/** @internal Builds the fast lane of a compiled scheme, or says why the scheme needs the decimal path. */
export function buildFastLane(scheme: Scheme, c: Omit<CompiledScheme, "fastLane">): FastLaneBuild {
  const no = (reason: string): FastLaneBuild => ({ lane: undefined, reason });
  if (c.rounding.final === undefined) return no("the scheme has no final rounding (the final score is then a 40-digit decimal)");
  if (c.rules !== undefined) return no("the scheme has reward/sanction rules");
  if ((scheme.additions ?? []).length > 0) return no("the scheme has additions");
  const indicators: FastIndicator[] = [];
  for (const ind of c.indicators) {
    const r = ind.rule;
    const method = METHODS[r.method];
    if (method.lane === undefined) return no(`indicator '${ind.id}' uses the ${r.method} method`);
    if (r.target !== undefined && !r.target.gt(0) && r.direction !== "range") return no(`indicator '${ind.id}' has a target of 0 or below`);
    if (r.range !== undefined && (!r.range.min.gt(0) || !r.range.max.gt(0))) return no(`indicator '${ind.id}' has a range bound of 0 or below`);
    if (r.method === "curve" && r.points.some((p, i) => i > 0 && !p.x.gt((r.points[i - 1] as { x: D }).x))) return no(`indicator '${ind.id}' has a curve with repeated points`);
    const pts = r.points.map((p, i) => {
      const next = r.points[i + 1];
      return { x: num(p.x), y: num(p.y), dx: num(next ? next.x.minus(p.x) : new Dec(1)), dy: num(next ? next.y.minus(p.y) : new Dec(0)) };
    });
    indicators.push({
      index: ind.index,
      id: ind.id,
      direction: r.direction,
      inverse: r.formula === "inverse",
      target: r.target === undefined ? undefined : num(r.target),
      targetFitsFloat: r.target !== undefined && r.target.sd(true) <= 15,
      range: r.range === undefined ? undefined : { min: num(r.range.min), max: num(r.range.max), byMin: r.rangeDecay === "min" },
      atLeast: r.pass === "atLeast",
      method: method.lane,
      points: pts,
      slope: pts.slice(0, -1).reduce((acc, p) => Math.max(acc, (Math.abs(p.dy.v) + p.dy.e) / (Math.abs(p.dx.v) - p.dx.e)), 0) * (1 + 1e-9),
      pointError: pts.reduce((acc, p) => Math.max(acc, p.x.e), 0),
      below: num(r.below),
      jumpAtFirst: r.method === "curve" && r.points.length > 0 && !(r.points[0] as { y: D }).y.eq(r.below),
      cap: r.cap === undefined ? undefined : num(r.cap),
      floor: r.floor === undefined ? undefined : num(r.floor),
      achievementRounding: rounding(r.rounding.achievement),
      indicatorRounding: rounding(r.rounding.indicator),
    });
  }
  const childOf = (n: CompiledNode & { readonly kind: string }): FastChild => ({ kind: n.kind === "indicator" ? 0 : 1, index: n.index, weight: num(n.rawWeight) });
  const objectives = c.objectives.map((o) => o.children.map(childOf));
  const perspectives = c.perspectives.map((p) => p.children.map(childOf));
  const componentsOf = (list: CompiledScheme["components"]): FastComponent[] => list.map((x) => ({ results: x.id === "results", weight: num(x.rawWeight) }));
  const componentPlaces = c.rounding.component?.places;
  const finalPlaces = c.rounding.final.places;

  let behaviour: FastBehaviour | undefined;
  if (c.behaviour !== undefined) {
    const prep = c.behaviour.prepared;
    const model = c.behaviour.model;
    if (!CENTRAL[prep.options.central].lane) return no(`the behaviour model uses the ${prep.options.central}`);
    if (prep.comps.length > 30) return no("the behaviour model has more than 30 competencies");
    const plainScaleBound = (t: string) => /^-?\d+(\.\d+)?$/.test(t) && t.replace(/[-.]/g, "").length <= 15;
    if (!plainScaleBound(prep.scale.min) || !plainScaleBound(prep.scale.max)) return no("the rating scale's bounds have more than 15 digits");
    const exempt = new Set<string>(prep.options.exempt);
    behaviour = {
      compIndex: prep.compIndex,
      compIds: prep.comps.map((x) => x.id),
      compWeights: prep.comps.map((x) => num(x.weight)),
      scaleMin: Number(prep.scale.min),
      scaleMax: Number(prep.scale.max),
      integer: prep.scale.integer,
      linear: CONVERSION[prep.options.conversion].origin === "min",
      minShown: GROUPS.map((g) => {
        const own = prep.config.get(g)?.minRaters;
        return own !== undefined ? own : exempt.has(g) ? 1 : prep.options.minRaters;
      }),
      other: GROUPS.map((g) => g !== "self" || prep.options.includeSelf),
      weights: GROUPS.map((g) => {
        const w = prep.config.get(g)?.weight;
        return w === undefined ? undefined : num(new Dec(w));
      }),
      weighted: prep.weighted,
      combine: prep.combine,
      rating: model.rating === undefined ? undefined : thresholds(model.rating, undefined),
    };
  }
  const bandEdgeK = (x: D | undefined) => (x === undefined ? undefined : ceilK(x, finalPlaces));
  const bands: FastBand[] = c.bands.map((b) => ({
    id: b.id,
    label: b.label,
    minK: bandEdgeK(b.min),
    maxK: bandEdgeK(b.max),
    min: b.min === undefined ? undefined : num(b.min),
    max: b.max === undefined ? undefined : num(b.max),
    requires: b.requires,
  }));
  return {
    reason: null,
    lane: {
      scheme,
      indicators,
      indicatorIndex: c.indicatorIndex,
      objectives,
      perspectives,
      perspectiveWeights: c.perspectives.map((p) => num(p.rawWeight)),
      objectiveRounding: rounding(c.rounding.objective),
      perspectiveRounding: rounding(c.rounding.perspective),
      componentRounding: rounding(c.rounding.component),
      finalRounding: rounding(c.rounding.final) as FastRounding,
      components: componentsOf(c.components),
      componentsWithPeers: c.componentsWithPeers === undefined ? undefined : componentsOf(c.componentsWithPeers),
      needsBehaviour: scheme.matrix !== undefined || [...c.components, ...(c.componentsWithPeers ?? [])].some((x) => x.id === "behaviour"),
      behaviour,
      bands,
      classifyExact: c.classify === "exact",
      missingPolicy: c.missing.policy,
      minCoverage: c.missing.minCoverage === undefined ? undefined : num(c.missing.minCoverage),
      resultsRating: scheme.resultsRating === undefined ? undefined : thresholds(scheme.resultsRating, componentPlaces),
      matrix: scheme.matrix,
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Hand validation of what the lane reads. `undefined` from a reader means "not sure: use the decimal path".

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const NA = NOT_APPLICABLE;
const ID = ID_PATTERN;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== "object" || x === null) return false;
  const proto: unknown = Object.getPrototypeOf(x); // an array's is Array.prototype
  return proto === Object.prototype || proto === null;
}

/**
 * A decimal input as a float: a finite JSON number below 10^15 in magnitude, or plain decimal text of at
 * most 15 digits (so that distinct texts are distinct floats and comparisons of inputs are exact).
 * Its error is 0 for whole numbers. NaN when the decimal path must read it.
 */
function readDecimal(x: unknown): number {
  if (typeof x === "number") return Number.isFinite(x) && Math.abs(x) < 1e15 ? x : Number.NaN;
  if (typeof x !== "string" || x.length > 17 || !PLAIN_DECIMAL.test(x)) return Number.NaN;
  const digits = x.length - (x.charCodeAt(0) === 45 ? 1 : 0) - (x.includes(".") ? 1 : 0);
  return digits <= 15 ? Number(x) : Number.NaN;
}

const errorOf = (v: number): number => (Number.isInteger(v) ? 0 : Math.abs(v) * U);

const optionalText = (x: unknown, max: number): boolean => x === undefined || (typeof x === "string" && x.length >= 1 && x.length <= max);

function isDate(s: unknown): s is string {
  if (typeof s !== "string" || !DATE.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const dim = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= dim;
}

/** True when a fact value is one the schema accepts unchanged (boolean, string up to 200, finite number). */
const factValue = (v: unknown): boolean => typeof v === "boolean" || (typeof v === "string" && v.length <= LIMITS.factText) || (typeof v === "number" && Number.isFinite(v));

// ---------------------------------------------------------------------------------------------------

/** Error of a + b (or a − b) with result v. */
const eAdd = (v: number, ea: number, eb: number): number => ea + eb + Math.abs(v) * U;
/** Error of a · b with result v. */
const eMul = (a: number, ea: number, b: number, eb: number, v: number): number => Math.abs(a) * eb + Math.abs(b) * ea + ea * eb + Math.abs(v) * U;
/** Error of a / b with result v (|b| > eb). */
const eDiv = (v: number, ea: number, b: number, eb: number): number => (ea + Math.abs(v) * eb) / (Math.abs(b) - eb) + Math.abs(v) * U;

/** A computed value: the float, its error bound, and when known its exact form k / 10^p (k NaN otherwise). */
interface Val {
  readonly v: number;
  readonly e: number;
  readonly k: number;
  readonly p: number;
}

/** The score of a missing indicator under policy `zero`. */
const ZERO_VAL: Val = { v: 0, e: 0, k: 0, p: 0 };

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** A float value; exact (k = v, p = 0) when its bound is 0 and it is a whole number. */
const val = (v: number, e: number): Val => ({ v, e, k: e === 0 && Number.isInteger(v) && Math.abs(v) < MAX_SAFE ? v : Number.NaN, p: 0 });

/** The exact value k / 10^places after a rounding. */
const roundedVal = (k: number, places: number): Val => {
  const v = k / (POW10[places] as number);
  return { v, e: Math.abs(v) * U, k, p: places };
};

/** num / den (den > 0, both safe integers) rounded to a whole number by `mode`, exactly. */
function divRound(num: number, den: number, mode: RoundingMode): number {
  let q = Math.floor(num / den);
  let rem = num - q * den;
  if (rem < 0) {
    q -= 1;
    rem += den;
  } else if (rem >= den) {
    q += 1;
    rem -= den;
  }
  if (rem === 0) return q;
  const twice = 2 * rem;
  return ROUNDING[mode].up(twice < den ? "belowHalf" : twice === den ? "half" : "aboveHalf", num < 0, q % 2 === 0) ? q + 1 : q;
}

/**
 * Σ wᵢxᵢ / Σ wᵢ, rounded by `r` when given. When every xᵢ is exact (k / 10^p) and every weight a whole
 * number, the mean is computed on scaled integers and rounded exactly (ties included); otherwise in
 * floats with the error bound, giving up (undefined) when the rounding is within the bound.
 */
function weightedMean(ws: readonly Num[], xs: readonly Val[], r: FastRounding | undefined): Val | undefined {
  let exact = true;
  let P = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as Val;
    const w = ws[i] as Num;
    if (Number.isNaN(x.k) || w.e !== 0 || !Number.isInteger(w.v)) {
      exact = false;
      break;
    }
    if (x.p > P) P = x.p;
  }
  if (exact) {
    let N = 0;
    let W = 0;
    for (let i = 0; i < xs.length && exact; i++) {
      const x = xs[i] as Val;
      const w = (ws[i] as Num).v;
      const t = w * x.k * (POW10[P - x.p] as number);
      N += t;
      W += w;
      exact = Math.abs(t) < MAX_SAFE && Math.abs(N) < MAX_SAFE && W < MAX_SAFE;
    }
    if (exact && W > 0) {
      if (r !== undefined) {
        const shift = r.places - P;
        const num = shift >= 0 ? N * (POW10[shift] as number) : N;
        const den = shift >= 0 ? W : W * (POW10[-shift] as number);
        if (Math.abs(num) < MAX_SAFE && den < MAX_SAFE) return roundedVal(divRound(num, den, r.mode), r.places);
      } else {
        const den = W * (POW10[P] as number);
        if (den < MAX_SAFE) {
          const v = N / den;
          return { v, e: Math.abs(v) * U, k: N % W === 0 ? N / W : Number.NaN, p: P };
        }
      }
    }
  }
  let sum = 0;
  let esum = 0;
  let total = 0;
  let etotal = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as Val;
    const w = ws[i] as Num;
    const m = w.v * x.v;
    sum += m;
    esum = eAdd(sum, esum, eMul(w.v, w.e, x.v, x.e, m));
    total += w.v;
    etotal = eAdd(total, etotal, w.e);
  }
  if (!(total > etotal)) return undefined;
  const v = sum / total;
  const e = eDiv(v, esum, total, etotal);
  if (r === undefined) return val(v, e);
  const k = roundK(v, e, r);
  return Number.isNaN(k) ? undefined : roundedVal(k, r.places);
}

/** a · 100 / b for a ratio; exact (error 0) when both are whole numbers and b divides a. */
function percentRatio(a: number, ea: number, b: number, eb: number): { readonly v: number; readonly e: number } {
  const q = a / b;
  const v = q * 100;
  if (ea === 0 && eb === 0 && Number.isInteger(q) && q * b === a && Math.abs(v) < MAX_SAFE) return { v, e: 0 };
  return { v, e: eDiv(q, ea, b, eb) * 100 + Math.abs(v) * U };
}

/**
 * @internal Scores an appraisal on the fast lane, or returns `undefined` when the decimal path must
 * (an input the lane does not read, an error case, or a decision closer to its edge than the float's bound).
 */
export function runFastLane(lane: FastLane, input: unknown): Score | undefined {
  // 1. The appraisal's shape.
  if (!isPlainObject(input)) return undefined;
  let actuals: unknown;
  let ratings: unknown;
  let facts: unknown;
  let period: unknown;
  let employee: unknown;
  let appraisalId: unknown;
  for (const k in input) {
    const v = input[k];
    switch (k) {
      case "id":
        appraisalId = v;
        break;
      case "employee":
        employee = v;
        break;
      case "period":
        period = v;
        break;
      case "actuals":
        actuals = v;
        break;
      case "ratings":
        ratings = v;
        break;
      case "facts":
        facts = v;
        break;
      case "daysServed":
        if (v !== undefined && !(Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= LIMITS.daysServed)) return undefined;
        break;
      case "history":
        if (v !== undefined) return undefined;
        break;
      default:
        return undefined;
    }
  }
  if (!optionalText(appraisalId, LIMITS.personId) || !isPlainObject(employee)) return undefined;
  for (const k in employee) if (k !== "id" && k !== "name" && k !== "unit" && k !== "position") return undefined;
  const emp = employee as { id?: unknown; name?: unknown; unit?: unknown; position?: unknown };
  if (typeof emp.id !== "string" || emp.id.length < 1 || emp.id.length > LIMITS.personId) return undefined;
  if (!optionalText(emp.name, LIMITS.name) || !optionalText(emp.unit, LIMITS.name) || !optionalText(emp.position, LIMITS.name)) return undefined;
  let periodOut: Score["period"] = lane.scheme.period ?? null;
  if (period !== undefined) {
    if (!isPlainObject(period)) return undefined;
    for (const k in period) if (k !== "start" && k !== "end") return undefined;
    const { start, end } = period as { start?: unknown; end?: unknown };
    if (!isDate(start) || !isDate(end) || start > end) return undefined;
    const sp = lane.scheme.period;
    if (sp && (start < sp.start || end > sp.end)) return undefined;
    periodOut = { start, end };
  }
  const factMap = new Map<string, unknown>();
  if (facts !== undefined) {
    if (!Array.isArray(facts) || facts.length > LIMITS.facts) return undefined;
    for (const f of facts) {
      if (!isPlainObject(f)) return undefined;
      for (const k in f) if (k !== "id" && k !== "value") return undefined;
      if (typeof f["id"] !== "string" || !ID.test(f["id"]) || !factValue(f["value"]) || factMap.has(f["id"])) return undefined;
      factMap.set(f["id"], f["value"]);
    }
  }

  // 2. Actuals and indicator scores.
  if (!Array.isArray(actuals) || actuals.length > LIMITS.indicators) return undefined;
  const n = lane.indicators.length;
  // Plain arrays: allocating typed arrays costs more than this whole loop.
  const row: number[] = new Array<number>(n).fill(-1);
  const actual: number[] = new Array<number>(n).fill(0);
  const target: number[] = new Array<number>(n).fill(Number.NaN);
  for (let i = 0; i < actuals.length; i++) {
    const r: unknown = actuals[i];
    if (!isPlainObject(r)) return undefined;
    for (const k in r) if (k !== "indicator" && k !== "actual" && k !== "target" && k !== "baseline") return undefined;
    const idx = lane.indicatorIndex.get(r["indicator"] as string);
    if (idx === undefined || row[idx] !== -1 || r["baseline"] !== undefined) return undefined;
    const a = r["actual"];
    if (a === null) actual[idx] = Number.NaN;
    else {
      const v = readDecimal(a);
      if (Number.isNaN(v)) return undefined;
      actual[idx] = v;
    }
    if (r["target"] !== undefined) {
      const t = readDecimal(r["target"]);
      if (Number.isNaN(t)) return undefined;
      target[idx] = t;
    }
    row[idx] = i;
  }
  const scores: (Val | undefined)[] = new Array<Val | undefined>(n).fill(undefined);
  const warnings: ScoreWarning[] = [];
  let missing = 0;
  for (let j = 0; j < n; j++) {
    const ind = lane.indicators[j] as FastIndicator;
    const a = actual[j] as number;
    if (row[j] === -1 || Number.isNaN(a)) {
      missing++;
      warnings.push(warning("missing_actual", row[j] === -1 ? "actuals" : `actuals[${row[j]}].actual`, { indicator: ind.id, policy: lane.missingPolicy === "zero" ? "zero" : "renormalize" }));
      if (lane.missingPolicy === "zero") scores[j] = ZERO_VAL; // scored 0
      continue;
    }
    // Individual targets still go through the scheme's range/direction rules.
    const ov = target[j] as number;
    const t: Num | undefined = Number.isNaN(ov) ? ind.target : { v: ov, e: errorOf(ov) };
    const ea0 = errorOf(a);
    /** 200 − r (the reflected ratio), exact when r is. */
    const reflect = (r: { readonly v: number; readonly e: number }) => {
      const v = 200 - r.v;
      return { v, e: r.e === 0 ? 0 : r.e + Math.abs(v) * U };
    };
    let ach: { readonly v: number; readonly e: number };
    switch (ind.direction) {
    case "range": {
      if (!Number.isNaN(ov)) return undefined; // a range indicator ignores an individual target: left to the decimal path
      const rg = ind.range as NonNullable<FastIndicator["range"]>;
      if (a < rg.min.v) ach = percentRatio(a, ea0, rg.min.v, rg.min.e);
      else if (a > rg.max.v) {
        if (rg.byMin) {
          const d = a - rg.max.v;
          const r = percentRatio(d, ea0 === 0 && rg.max.e === 0 ? 0 : eAdd(d, ea0, rg.max.e), rg.min.v, rg.min.e);
          const v = 100 - r.v;
          ach = { v, e: r.e === 0 ? 0 : r.e + Math.abs(v) * U };
        } else ach = reflect(percentRatio(a, ea0, rg.max.v, rg.max.e));
      } else if (a !== rg.min.v && a !== rg.max.v) ach = { v: 100, e: 0 }; // strictly inside as floats, so inside as decimals
      else {
        // On an edge as floats: the decimals may lie just outside, where the score is within 100 × (their distance) / edge of 100.
        ach = { v: 100, e: ((ea0 + rg.min.e + rg.max.e) * 100) / Math.min(rg.min.v, rg.max.v) + 400 * U };
      }
      break;
    }
    case "binary":
      if (t === undefined || !(t.v > 0) || t.e >= t.v) return undefined;
      // The actual has at most 15 significant digits (readDecimal), and so has the target when it is the
      // appraisal's or `targetFitsFloat`: then distinct decimals are distinct floats and equal floats equal decimals.
      if (a === t.v && Number.isNaN(ov) && !ind.targetFitsFloat) return undefined;
      ach = { v: (ind.atLeast ? a >= t.v : a <= t.v) ? 100 : 0, e: 0 };
      break;
    case "higher":
      if (t === undefined || !(t.v > 0) || t.e >= t.v) return undefined;
      ach = percentRatio(a, ea0, t.v, t.e);
      break;
    case "lower":
      if (t === undefined || !(t.v > 0) || t.e >= t.v) return undefined;
      if (!ind.inverse) ach = reflect(percentRatio(a, ea0, t.v, t.e));
      else if (a <= 0) {
        if (ind.cap === undefined) return undefined;
        ach = ind.cap;
      } else ach = percentRatio(t.v, t.e, a, ea0);
      break;
    default:
      return unreachable(ind.direction);
    }
    let x = ach.v;
    let ex = ach.e;
    if (ind.achievementRounding !== undefined) {
      const k = roundK(x, ex, ind.achievementRounding);
      if (Number.isNaN(k)) return undefined;
      ({ v: x, e: ex } = roundedVal(k, ind.achievementRounding.places));
    }
    // The method.
    let s = x;
    let es = ex;
    switch (ind.method) {
    case "identity":
      break;
    case "steps":
      s = ind.below.v;
      es = ind.below.e;
      for (const p of ind.points) {
        const at = side(x, ex, p.x);
        if (at === 0) return undefined;
        if (at > 0) {
          s = p.y.v;
          es = p.y.e;
        }
      }
      break;
    case "curve": {
      // Piecewise linear and continuous except, perhaps, at the first point: evaluated at the float x,
      // plus the curve's steepest slope × (x's error + the points' representation error).
      const pts = ind.points;
      const first = pts[0] as FastPoint;
      const last = pts[pts.length - 1] as FastPoint;
      if (ind.jumpAtFirst && side(x, ex, first.x) === 0) return undefined;
      const input = ind.slope * (ex + ind.pointError);
      if (x < first.x.v) {
        s = ind.below.v;
        es = ind.below.e + (ind.jumpAtFirst ? 0 : input);
      } else if (x >= last.x.v) {
        s = last.y.v;
        es = last.y.e + input;
      } else {
        let i = 1;
        while (i < pts.length - 1 && x >= (pts[i] as FastPoint).x.v) i++;
        const lo = pts[i - 1] as FastPoint;
        const d = x - lo.x.v;
        const ed = eAdd(d, 0, lo.x.e);
        const m = d * lo.dy.v;
        const em = eMul(d, ed, lo.dy.v, lo.dy.e, m);
        const q = m / lo.dx.v;
        const eq = eDiv(q, em, lo.dx.v, lo.dx.e);
        s = lo.y.v + q;
        es = eAdd(s, lo.y.e, eq) + input;
      }
      break;
    }
    default:
      return unreachable(ind.method);
    }
    if (ind.cap !== undefined && s > ind.cap.v) {
      s = ind.cap.v;
      es = es + ind.cap.e;
    } else if (ind.floor !== undefined && s < ind.floor.v) {
      s = ind.floor.v;
      es = es + ind.floor.e;
    } else if (ind.cap !== undefined || ind.floor !== undefined) {
      es += (ind.cap?.e ?? 0) + (ind.floor?.e ?? 0);
    }
    if (ind.indicatorRounding !== undefined) {
      const k = roundK(s, es, ind.indicatorRounding);
      if (Number.isNaN(k)) return undefined;
      scores[j] = roundedVal(k, ind.indicatorRounding.places);
    } else scores[j] = val(s, es);
  }
  if (missing > 0 && lane.missingPolicy === "fail") return undefined;


  // 3. Roll-up: weighted means of the present children (raw weights, one division), rounded where the scheme says.
  const objectives: (Val | undefined)[] = new Array<Val | undefined>(lane.objectives.length).fill(undefined);
  /** The node's mean over its present children; null when none is present; undefined when the lane gives up. */
  const rollUp = (children: readonly FastChild[], r: FastRounding | undefined): Val | undefined | null => {
    const ws: Num[] = [];
    const xs: Val[] = [];
    for (const ch of children) {
      const x = ch.kind === 1 ? objectives[ch.index] : scores[ch.index];
      if (x === undefined) continue;
      ws.push(ch.weight);
      xs.push(x);
    }
    return xs.length === 0 ? null : weightedMean(ws, xs, r);
  };
  for (let o = 0; o < lane.objectives.length; o++) {
    const got = rollUp(lane.objectives[o] as readonly FastChild[], lane.objectiveRounding);
    if (got === undefined) return undefined;
    if (got !== null) objectives[o] = got;
  }
  const pws: Num[] = [];
  const pxs: Val[] = [];
  for (let p = 0; p < lane.perspectives.length; p++) {
    const got = rollUp(lane.perspectives[p] as readonly FastChild[], lane.perspectiveRounding);
    if (got === undefined) return undefined;
    if (got === null) continue;
    pws.push(lane.perspectiveWeights[p] as Num);
    pxs.push(got);
  }
  if (pxs.length === 0) return undefined; // nothing present: INSUFFICIENT_COVERAGE on the decimal path
  // Coverage is exactly 1 when nothing is missing; below 1 next to a minimum it is left to the decimal path.
  if (lane.minCoverage !== undefined && (missing > 0 || !(side(1, 0, lane.minCoverage) > 0 || (lane.minCoverage.e === 0 && lane.minCoverage.v === 1)))) {
    return undefined;
  }
  const cr = lane.componentRounding;
  const results = weightedMean(pws, pxs, cr);
  if (results === undefined) return undefined;

  // 4. Behaviour: the 360° others score (self excluded unless configured), groups below their minimum dropped.
  let behaviour: Val | undefined;
  let behaviourLevel: RatingLevel | undefined;
  let peersAndSubordinates = false;
  const b = lane.behaviour;
  if (b === undefined && ratings !== undefined) return undefined; // ratings the scheme ignores: only their shape is checked, by the schema
  if (b !== undefined && (ratings !== undefined || lane.needsBehaviour)) {
    if (!Array.isArray(ratings) || ratings.length === 0 || ratings.length > LIMITS.ratings) return undefined;
    const C = b.compWeights.length;
    const sum: number[] = new Array<number>(C * 5).fill(0);
    const sumE: number[] = new Array<number>(C * 5).fill(0);
    const count: number[] = new Array<number>(C * 5).fill(0);
    const raterSlot = new Map<string, number>();
    const slotGroup: number[] = [];
    const slotMask: number[] = [];
    let self: string | undefined;
    let rated = 0;
    let next = 0;
    let lastRater: string | undefined;
    let lastSlot = 0;
    for (let i = 0; i < ratings.length; i++) {
      const r: unknown = ratings[i];
      if (!isPlainObject(r)) return undefined;
      for (const k in r) if (k !== "rater" && k !== "group" && k !== "competency" && k !== "value" && k !== "subgroup") return undefined;
      const rater = r["rater"];
      if (typeof rater !== "string" || rater.length < 1 || rater.length > LIMITS.personId || r["subgroup"] !== undefined) return undefined;
      const g = groupIndex(r["group"]);
      // Raters usually answer the competencies in the scheme's order: try the next one before the map.
      const competency = r["competency"];
      const ci = next < C && b.compIds[next] === competency ? next : b.compIndex.get(competency as string);
      if (g < 0 || ci === undefined) return undefined;
      next = ci + 1 === C ? 0 : ci + 1;
      // A rater's answers usually come together: the previous rater's slot before the map.
      let slot = rater === lastRater ? lastSlot : raterSlot.get(rater);
      if (slot === undefined) {
        slot = slotGroup.length;
        raterSlot.set(rater, slot);
        slotGroup.push(g);
        slotMask.push(0);
      } else if (slotGroup[slot] !== g) return undefined;
      lastRater = rater;
      lastSlot = slot;
      const bit = 1 << ci;
      if (((slotMask[slot] as number) & bit) !== 0) return undefined;
      slotMask[slot] = (slotMask[slot] as number) | bit;
      if (g === 0) {
        if (self === undefined) self = rater;
        else if (self !== rater) return undefined;
      }
      rated |= 1 << g;
      const value = r["value"];
      if (value === null || (typeof value === "string" && NA.test(value))) continue;
      const v = readDecimal(value);
      if (Number.isNaN(v) || v < b.scaleMin || v > b.scaleMax || (b.integer && !Number.isInteger(v))) return undefined;
      const cell = ci * 5 + g;
      sum[cell] = (sum[cell] as number) + v;
      sumE[cell] = eAdd(sum[cell] as number, sumE[cell] as number, errorOf(v));
      count[cell] = (count[cell] as number) + 1;
    }
    if (b.weighted) for (let g = 0; g < 5; g++) if ((rated & (1 << g)) !== 0 && b.other[g] && b.weights[g] === undefined) return undefined;
    let shownAny = 0;
    let oSum = 0;
    let oSumE = 0;
    let oTotal = 0;
    let oTotalE = 0;
    for (let ci = 0; ci < C; ci++) {
      // Per competency: the chosen others figure over the groups shown.
      let pooled = 0;
      let pooledE = 0;
      let pooledN = 0;
      let eqSum = 0;
      let eqSumE = 0;
      let wSum = 0;
      let wSumE = 0;
      let wTotal = 0;
      let wTotalE = 0;
      let members = 0;
      for (let g = 0; g < 5; g++) {
        const cell = ci * 5 + g;
        const cnt = count[cell] as number;
        if (cnt === 0 || cnt < (b.minShown[g] as number)) continue;
        shownAny |= 1 << g;
        if (!b.other[g]) continue;
        members++;
        const s = sum[cell] as number;
        const es = sumE[cell] as number;
        pooled += s;
        pooledE = eAdd(pooled, pooledE, es);
        pooledN += cnt;
        const mean = s / cnt;
        const em = eDiv(mean, es, cnt, 0);
        eqSum += mean;
        eqSumE = eAdd(eqSum, eqSumE, em);
        const w = b.weights[g];
        if (w !== undefined) {
          const m = w.v * mean;
          wSum += m;
          wSumE = eAdd(wSum, wSumE, eMul(w.v, w.e, mean, em, m));
          wTotal += w.v;
          wTotalE = eAdd(wTotal, wTotalE, w.e);
        }
      }
      if (members === 0) {
        warnings.push(warning("unrated_competency", `behaviour.competencies[${ci}]`, { competency: b.compIds[ci] as string }));
        continue;
      }
      let v: number;
      let e: number;
      switch (b.combine) {
        case "pooled":
          v = pooled / pooledN;
          e = eDiv(v, pooledE, pooledN, 0);
          break;
        case "equalGroup":
          v = eqSum / members;
          e = eDiv(v, eqSumE, members, 0);
          break;
        case "weightedGroup":
          if (wTotal === 0 && wTotalE === 0) {
            // The shown groups weigh 0: no score on this competency.
            warnings.push(warning("unrated_competency", `behaviour.competencies[${ci}]`, { competency: b.compIds[ci] as string }));
            continue;
          }
          if (!(wTotal > wTotalE)) return undefined;
          v = wSum / wTotal;
          e = eDiv(v, wSumE, wTotal, wTotalE);
          break;
        default:
          return unreachable(b.combine);
      }
      const cw = b.compWeights[ci] as Num;
      const m = cw.v * v;
      oSum += m;
      oSumE = eAdd(oSum, oSumE, eMul(cw.v, cw.e, v, e, m));
      oTotal += cw.v;
      oTotalE = eAdd(oTotal, oTotalE, cw.e);
    }
    if (oTotal === 0 || !(oTotal > oTotalE)) return undefined; // no behaviour score: INSUFFICIENT_COVERAGE on the decimal path
    const x = oSum / oTotal;
    const ex = eDiv(x, oSumE, oTotal, oTotalE);
    // 0–100: linear (x − min) × 100 / (max − min), proportional x × 100 / max (scale bounds are exact below 10^15 with ≤ 15 digits).
    const lo = b.linear ? b.scaleMin : 0;
    const d = x - lo;
    const ed = eAdd(d, ex, errorOf(lo));
    const h = d * 100;
    const eh = ed * 100 + Math.abs(h) * U;
    const span = b.scaleMax - lo;
    const espan = eAdd(span, errorOf(b.scaleMax), errorOf(lo));
    if (!(span > espan)) return undefined;
    const behaviourV = h / span;
    const behaviourE = eDiv(behaviourV, eh, span, espan);
    if (b.rating !== undefined) {
      const above = side(behaviourV, behaviourE, b.rating.above);
      const meets = side(behaviourV, behaviourE, b.rating.meets);
      if (above === 0 || meets === 0) return undefined;
      behaviourLevel = above > 0 ? "above" : meets > 0 ? "meets" : "below";
    }
    peersAndSubordinates = (shownAny & (1 << 2)) !== 0 && (shownAny & (1 << 3)) !== 0;
    if (cr !== undefined) {
      const k = roundK(behaviourV, behaviourE, cr);
      if (Number.isNaN(k)) return undefined;
      behaviour = roundedVal(k, cr.places);
    } else behaviour = val(behaviourV, behaviourE);
  }

  // 5. Final composition, rounding and band.
  const composition = peersAndSubordinates && lane.componentsWithPeers !== undefined ? lane.componentsWithPeers : lane.components;
  const cws: Num[] = [];
  const cxs: Val[] = [];
  for (const comp of composition) {
    const x = comp.results ? results : behaviour;
    if (x === undefined) return undefined; // the composition needs a behaviour score
    cws.push(comp.weight);
    cxs.push(x);
  }
  const fr = lane.finalRounding;
  const finalRounded = weightedMean(cws, cxs, fr);
  if (finalRounded === undefined) return undefined;
  const finalK = finalRounded.k;
  // The unrounded final score, for classification by the exact score.
  const finalExact = lane.classifyExact ? weightedMean(cws, cxs, undefined) : undefined;
  if (lane.classifyExact && finalExact === undefined) return undefined;

  let resultsLevel: RatingLevel | undefined;
  const rt = lane.resultsRating;
  if (rt !== undefined) {
    if (cr !== undefined) resultsLevel = results.k >= rt.aboveK ? "above" : results.k >= rt.meetsK ? "meets" : "below";
    else {
      const above = side(results.v, results.e, rt.above);
      const meets = side(results.v, results.e, rt.meets);
      if (above === 0 || meets === 0) return undefined;
      resultsLevel = above > 0 ? "above" : meets > 0 ? "meets" : "below";
    }
  }
  let bandIndex = -1;
  if (lane.matrix !== undefined && resultsLevel !== undefined && behaviourLevel !== undefined) {
    const cell = lane.matrix.cells.find((x) => x.results === resultsLevel && x.behaviour === behaviourLevel);
    bandIndex = lane.bands.findIndex((x) => x.id === cell?.band);
  } else {
    for (let i = 0; i < lane.bands.length; i++) {
      const band = lane.bands[i] as FastBand;
      let inside: boolean;
      if (!lane.classifyExact) inside = (band.minK === undefined || finalK >= band.minK) && (band.maxK === undefined || finalK < band.maxK);
      else {
        const f = finalExact as Val;
        const lo = band.min === undefined ? 1 : side(f.v, f.e, band.min);
        const hi = band.max === undefined ? -1 : side(f.v, f.e, band.max);
        if (lo === 0 || hi === 0) return undefined;
        inside = lo > 0 && hi < 0;
      }
      if (inside) {
        bandIndex = i;
        break;
      }
    }
    if (lane.bands.length > 0 && bandIndex < 0) {
      if (lane.classifyExact) return undefined; // the warning shows the exact score, which is the decimal path's to write
      warnings.push(warning("no_band", "final.score", { score: plainK(finalK, fr.places) }));
    }
  }
  for (let band = lane.bands[bandIndex]; band?.requires && bandIndex >= 0; band = lane.bands[bandIndex]) {
    const unmet = band.requires.find((q) => !factMap.has(q.fact) || factMap.get(q.fact) !== q.equals);
    if (!unmet) break;
    warnings.push(warning("band_condition", "final.band", { band: band.id, fact: unmet.fact, expected: unmet.equals, got: (factMap.get(unmet.fact) as FactScalar | undefined) ?? null }));
    bandIndex -= 1;
  }
  const band = bandIndex >= 0 ? lane.bands[bandIndex] : undefined;
  return {
    kind: "kinerja.score",
    scheme: { id: lane.scheme.id, version: lane.scheme.version ?? null },
    appraisal: { id: (appraisalId as string | undefined) ?? null },
    employee: {
      id: emp.id,
      name: (emp.name as string | undefined) ?? null,
      unit: (emp.unit as string | undefined) ?? null,
      position: (emp.position as string | undefined) ?? null,
    },
    period: periodOut,
    final: { score: formatK(finalK, fr.places), band: band ? { id: band.id, label: band.label } : null },
    resultsRating: resultsLevel === undefined ? null : { id: resultsLevel, label: RATING_LABELS[resultsLevel] },
    behaviourRating: behaviourLevel === undefined ? null : { id: behaviourLevel, label: RATING_LABELS[behaviourLevel] },
    warnings,
  };
}
