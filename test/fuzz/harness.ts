// The fuzz harness: every exported function and schema of kinerja and kinerja/presets, called with valid
// seed arguments under structural mutations (holes, `__proto__` / `constructor` keys, getters that throw,
// cycles, BigInt, huge and tiny numbers, 10^5-element arrays, deep nesting, wrong types). A defect is: an
// error other than KinerjaError, a non-finite number or "NaN"/"Infinity" text in an output, a mutated
// (frozen) argument, or a polluted Object.prototype. Used by test/fuzz/fuzz.test.ts (small budget) and
// test/fuzz/run.ts (`npm run fuzz`, ≥ 200 000 runs).
import fc from "fast-check";
import * as core from "../../src/index.js";
import * as presets from "../../src/presets/index.js";

/** One fuzz target: an export and how to call it with arguments. */
export interface Target {
  readonly name: string;
  readonly call: (args: readonly unknown[]) => unknown;
  /** Valid (or nearly valid) argument tuples to mutate. */
  readonly seeds: readonly (readonly unknown[])[];
  /** Mutators not applied (an exported zod schema's `safeParse` is zod's: it reads getters and may recurse deeply). */
  readonly skip?: readonly Mutator[];
}

// ---- seeds ---------------------------------------------------------------------------------------

const SCHEME: core.SchemeInput = {
  id: "fuzz",
  perspectives: [
    { id: "service", label: "Layanan", weight: 60 },
    { id: "process", label: "Proses", weight: 40 },
  ],
  indicators: [
    { id: "ikm", perspective: "service", label: "IKM", target: 85, cap: 120, weight: 2 },
    { id: "complaints", perspective: "service", label: "Pengaduan", direction: "lower", target: 10 },
    { id: "stock", perspective: "process", label: "Stok", direction: "range", range: { min: 30, max: 45 } },
  ],
  behaviour: { competencies: [{ id: "service", label: "Pelayanan" }, { id: "adaptive", label: "Adaptif" }], scale: "likert5" },
  composition: [
    { component: "results", weight: 70 },
    { component: "behaviour", weight: 30 },
  ],
  bands: {
    table: [
      { id: "kurang", label: "Kurang", max: 70 },
      { id: "baik", label: "Baik", min: 70, max: 100 },
      { id: "sangatBaik", label: "Sangat Baik", min: 100 },
    ],
  },
};
const PLAN = core.compile(SCHEME);
const appraisal = (i: number): core.AppraisalInput => ({
  id: `a${i}`,
  employee: { id: `E${i}`, name: "Sari", unit: i % 2 === 0 ? "A" : "B" },
  actuals: [
    { indicator: "ikm", actual: String(70 + (i % 30)) },
    { indicator: "complaints", actual: String(i % 12) },
    { indicator: "stock", actual: "40" },
  ],
  ratings: [
    { rater: "atasan", group: "supervisor", competency: "service", value: String(1 + (i % 5)) },
    { rater: "atasan", group: "supervisor", competency: "adaptive", value: "4" },
  ],
});
const APPRAISALS = Array.from({ length: 12 }, (_, i) => appraisal(i));
const RESULTS = APPRAISALS.map((a) => core.evaluate(PLAN, a));
const SCORES = APPRAISALS.map((a) => core.score(PLAN, a));
const CURVE_RESULTS = Array.from({ length: 12 }, (_, i) => ({ employee: { id: `E${i}`, unit: i % 2 === 0 ? "A" : "B" }, final: { score: String(40 + i * 7), band: { id: ["sangatKurang", "kurang", "butuhPerbaikan", "baik", "sangatBaik"][i % 5] as string, label: "x" } } }));
const CURVE = core.SE_MENPANRB_3_2023_CURVES.baik;
const POLICY = { rules: [{ id: "pip", when: { fact: "final.score", op: "gte", value: "60" }, then: { kind: "reward", type: "bonusPercent", percent: 5 } }] };
const RULES = core.compileRules({ policy: POLICY, facts: [{ id: "final.score", type: "number" }] } as never);
const RULES_RESULT = core.evaluateRules({ rules: RULES, facts: new Map([["final.score", "60"]]) } as never);
const PERIOD = { kind: "year", year: 2026 };
const FORMULA_INPUT = { actual: "90", target: "100", baseline: null, params: {} };

/** Values any function might get: the seeds above, and primitives. */
const POOL: readonly unknown[] = [SCHEME, APPRAISALS[0], RESULTS[0], SCORES[0], RESULTS, SCORES, CURVE, CURVE_RESULTS, POLICY, RULES_RESULT, PERIOD, FORMULA_INPUT, { value: "87.5" }, "87.5", 87.5, 0, null, undefined, [], {}];

/** Targeted seeds: the argument tuples that reach past the first validation of the main functions. */
const SEEDS: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
  compile: [[SCHEME]],
  parseScheme: [[SCHEME]],
  parseAppraisal: [[APPRAISALS[0]]],
  evaluate: [[PLAN, APPRAISALS[0]], [SCHEME, APPRAISALS[1]], [PLAN, APPRAISALS[2], {}]],
  score: [[PLAN, APPRAISALS[0]], [SCHEME, APPRAISALS[3]]],
  evaluateMany: [[PLAN, APPRAISALS.slice(0, 3)]],
  explain: [[RESULTS[0]], [RESULTS[1], { locale: "en" }]],
  explainRules: [[RULES_RESULT], [RULES_RESULT, { locale: "en" }]],
  summarize: [[RESULTS], [SCORES, { by: "unit" }]],
  checkDistribution: [[CURVE_RESULTS, { curve: CURVE }], [CURVE_RESULTS, { curve: CURVE, by: "unit" }]],
  calibrate: [[CURVE_RESULTS, { curve: core.SE_MENPANRB_3_2023_CURVES.kurang }], [CURVE_RESULTS, { curve: CURVE, tieBreak: [{ by: "exactScore" }] }]],
  evaluateRules: [[{ rules: RULES, facts: new Map([["final.score", "60"]]) }]],
  applyRules: [[{ policy: POLICY, declarations: [], facts: { "final.score": "60" } }]],
  compileRules: [[{ policy: POLICY, facts: [{ id: "final.score", type: "number" }] }]],
  largestRemainder: [[{ total: 10, shares: ["1", "2", "3"] }]],
  distributionQuotas: [[{ size: 20, curve: CURVE }]],
  benchmark: [[{ unit: { id: "u", value: "90" }, peers: [{ id: "p", value: "80" }, { id: "q", value: "95" }] }]],
  period: [[PERIOD], [{ kind: "quarter", year: 2026, quarter: 2 }]],
  pp46Bands: [[], ["halfUp"], ["aboveUpper", 2]],
  pp46Band: [[{ value: "90.5" }]],
  pp30Bands: [[], ["inovasi"]],
  "efficiencyFormula.achievement": [[FORMULA_INPUT]],
  "ikiFormula.achievement": [[FORMULA_INPUT]],
  "ikiSpecialFormula.achievement": [[FORMULA_INPUT]],
};

// ---- targets -------------------------------------------------------------------------------------

function isSchema(v: unknown): v is { safeParse: (x: unknown) => unknown } {
  return typeof v === "object" && v !== null && typeof (v as { safeParse?: unknown }).safeParse === "function";
}

/** Every exported function and schema (classes and type guards included), and the presets' plugin methods. */
export function targets(): Target[] {
  const out: Target[] = [];
  const add = (name: string, fn: (...a: unknown[]) => unknown, isClass = false): void => {
    const seeds = SEEDS[name] ?? [[], ...POOL.map((x) => [x]), ...POOL.slice(0, 12).map((x) => [x, {}])];
    out.push({ name, call: isClass ? (a) => new (fn as unknown as new (...x: unknown[]) => unknown)(...a) : (a) => fn(...a), seeds });
  };
  for (const [prefix, mod] of [["", core], ["presets.", presets]] as const) {
    for (const [name, v] of Object.entries(mod as Record<string, unknown>)) {
      // Rational is exported for `instanceof` and its type; its constructor is @internal (values come from
      // `rational`, which is a target of its own).
      if (typeof v === "function" && name === "Rational") continue;
      if (typeof v === "function") add(prefix === "" ? name : `${prefix}${name}`, v as (...a: unknown[]) => unknown, name === "KinerjaError");
      else if (isSchema(v)) out.push({ name: `${prefix}${name}.safeParse`, call: (a) => v.safeParse(a[0]), seeds: POOL.map((x) => [x]), skip: ["getter", "deep"] });
    }
  }
  for (const [name, plugin] of [["efficiencyFormula", presets.efficiencyFormula], ["ikiFormula", presets.ikiFormula], ["ikiSpecialFormula", presets.ikiSpecialFormula]] as const) {
    add(`${name}.achievement`, (...a: unknown[]) => plugin.achievement(a[0] as never));
  }
  // Rename the preset functions that have targeted seeds under their short name.
  return out.map((t): Target => {
    const short = t.name.startsWith("presets.") ? t.name.slice("presets.".length) : undefined;
    const seeds = short !== undefined ? SEEDS[short] : undefined;
    return seeds ? { ...t, seeds } : t;
  });
}

// ---- mutations -----------------------------------------------------------------------------------

export const MUTATORS = ["none", "hole", "proto", "constructor", "getter", "cycle", "bigint", "nan", "infinity", "negZero", "huge", "tiny", "hugeText", "tinyText", "manyDigits", "bigArray", "deep", "wrongType", "longString", "dropKey"] as const;
export type Mutator = (typeof MUTATORS)[number];

// (An object with symbol keys — a compiled plan — is not plain: a copy by string keys would not be a plan.)
const isPlain = (v: unknown): v is Record<string | number, unknown> =>
  typeof v === "object" && v !== null && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype) && Object.getOwnPropertySymbols(v).length === 0;

/** A copy of plain objects and arrays (anything else — a Plan, a Map — is shared). */
function clone(v: unknown, depth = 0): unknown {
  if (!isPlain(v) || depth > 50) return v;
  if (Array.isArray(v)) return v.map((x) => clone(x, depth + 1));
  const o: Record<string, unknown> = {};
  for (const k of Object.keys(v)) o[k] = clone(v[k], depth + 1);
  return o;
}

function nest(v: unknown, levels: number): unknown {
  let x = v;
  for (let i = 0; i < levels; i++) x = i % 2 === 0 ? [x] : { x };
  return x;
}

const WRONG: readonly unknown[] = [null, undefined, "", "x", 0, -1, true, {}, [], () => 1, Symbol("s"), new Date(0), new Map()];

/** Applies one mutation at the node chosen by `path` (an index into the keys at each level). */
export function mutate(args: readonly unknown[], argIndex: number, path: readonly number[], m: Mutator, pick: number): unknown[] {
  const out = args.map((a) => clone(a));
  if (m === "none" || out.length === 0) return out;
  const ai = argIndex % out.length;
  const root = out[ai];
  let parent: Record<string | number, unknown> | undefined;
  let key: string | number = ai;
  let node: unknown = root;
  for (const p of path) {
    if (!isPlain(node)) break;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    parent = node;
    key = keys[p % keys.length] as string | number;
    node = node[key];
  }
  const holder: Record<string | number, unknown> = parent ?? (out as unknown as Record<number, unknown>);
  const set = (v: unknown): void => {
    holder[key] = v;
  };
  switch (m) {
    case "hole":
      delete holder[key];
      break;
    case "proto":
      if (isPlain(node) && !Array.isArray(node)) Object.defineProperty(node, "__proto__", { value: { polluted: true, id: "x", score: "1" }, enumerable: true, writable: true, configurable: true });
      else set(JSON.parse('{"__proto__": {"polluted": true}}'));
      break;
    case "constructor":
      if (isPlain(node) && !Array.isArray(node)) (node as Record<string, unknown>)["constructor"] = { prototype: { polluted: true } };
      else set({ constructor: { prototype: { polluted: true } } });
      break;
    case "getter":
      // (Only inside an argument: a getter on the argument list itself would throw in the caller.)
      if (parent === undefined) {
        set({ get value(): never { throw new Error("getter"); } });
        break;
      }
      Object.defineProperty(holder, key, {
        enumerable: true,
        configurable: true,
        get() {
          throw new Error("getter");
        },
      });
      break;
    case "cycle":
      if (isPlain(node)) (node as Record<string, unknown>)[Array.isArray(node) ? 0 : "self"] = root;
      else set(root);
      break;
    case "bigint":
      set(10n);
      break;
    case "nan":
      set(Number.NaN);
      break;
    case "infinity":
      set(pick % 2 === 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY);
      break;
    case "negZero":
      set(-0);
      break;
    case "huge":
      set([1e308, -1e308, 1e21, Number.MAX_SAFE_INTEGER + 2][pick % 4]);
      break;
    case "tiny":
      set([5e-324, -5e-324, 1e-300][pick % 3]);
      break;
    case "hugeText":
      set(["1e400", "-1e400", "1e15", "9".repeat(400)][pick % 4]);
      break;
    case "tinyText":
      set(["1e-400", "-1e-400", `0.${"0".repeat(300)}1`][pick % 3]);
      break;
    case "manyDigits":
      set("90.000000000000000001");
      break;
    case "bigArray":
      set(new Array<unknown>(100_000).fill(Array.isArray(node) ? node[0] : node));
      break;
    case "deep":
      set(nest(node, 2000 + (pick % 8000)));
      break;
    case "wrongType":
      set(WRONG[pick % WRONG.length]);
      break;
    case "longString":
      set("x".repeat(100_000));
      break;
    case "dropKey":
      if (parent) delete parent[key];
      else out.splice(ai, 1);
      break;
  }
  return out;
}

// ---- the check -----------------------------------------------------------------------------------

/** Freezes every reachable object without calling a getter (a getter is a mutation the target must survive). */
function freezeAll(v: unknown, seen = new Set<unknown>()): void {
  if (typeof v !== "object" || v === null || seen.has(v) || !isPlain(v)) return;
  seen.add(v);
  Object.freeze(v);
  for (const d of Object.values(Object.getOwnPropertyDescriptors(v))) if ("value" in d) freezeAll(d.value, seen);
}

/**
 * The first non-finite number or "NaN"/"Infinity" text in an output, as a path; undefined when there is none.
 * A validation issue's `params.received` is the name of the input's type as zod's messages give it (`"NaN"`
 * for a NaN that was given), not a number: it is not checked.
 */
function badNumber(v: unknown, seen = new Set<unknown>(), path = "out", depth = 0): string | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? undefined : `${path} = ${v}`;
  if (typeof v === "string") return /^-?(NaN|Infinity)$/.test(v) && !(v === "NaN" && path.endsWith(".params.received")) ? `${path} = "${v}"` : undefined;
  if (typeof v !== "object" || v === null || seen.has(v) || depth > 200) return undefined;
  seen.add(v);
  if (v instanceof Map) {
    for (const [k, x] of v) {
      const b = badNumber(x, seen, `${path}.get(${String(k)})`, depth + 1);
      if (b) return b;
    }
    return undefined;
  }
  for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(v))) {
    if (!("value" in d)) continue;
    const b = badNumber(d.value, seen, `${path}.${k}`, depth + 1);
    if (b) return b;
  }
  return undefined;
}

/** Consumes an iterator or async iterator an output may be (at most 100 items), so lazy work runs. */
async function settle(out: unknown): Promise<unknown> {
  if (out instanceof Promise) return settle(await out);
  if (typeof out === "object" && out !== null && !Array.isArray(out) && !(out instanceof Map)) {
    const o = out as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown };
    if (typeof o[Symbol.asyncIterator] === "function") {
      const items: unknown[] = [];
      for await (const x of out as AsyncIterable<unknown>) if (items.push(x) >= 100) break;
      return items;
    }
    if (typeof o[Symbol.iterator] === "function") {
      const items: unknown[] = [];
      for (const x of out as Iterable<unknown>) if (items.push(x) >= 100) break;
      return items;
    }
  }
  return out;
}

/** Runs one call; returns the defect found, or undefined. */
export async function check(t: Target, args: readonly unknown[]): Promise<string | undefined> {
  for (let i = 0; i < args.length; i++) freezeAll(args[i]);
  let out: unknown;
  try {
    out = await settle(t.call(args));
  } catch (e) {
    if (!(e instanceof core.KinerjaError)) return `${t.name} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
    const bad = badNumber({ code: e.code, issues: e.issues });
    if (bad) return `${t.name}: error ${bad}`;
    return polluted(t);
  }
  if (t.name === "KinerjaError" || t.name.endsWith(".safeParse")) return polluted(t);
  // Items of evaluateMany may be KinerjaErrors: they are values, checked like outputs. Objects the caller
  // passed in an array and gets back by identity (calibrate's unmoved results, documented) are the
  // caller's own, not output the function built: they are not checked.
  const own = new Set<unknown>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (Array.isArray(a)) for (let j = 0; j < a.length; j++) if (Object.hasOwn(a, j)) own.add(Object.getOwnPropertyDescriptor(a, j)?.value);
  }
  const bad = badNumber(out, own);
  if (bad) return `${t.name}: ${bad}`;
  return polluted(t);
}

function polluted(t: Target): string | undefined {
  const probe = {} as Record<string, unknown>;
  if (probe["polluted"] !== undefined || probe["id"] !== undefined || probe["score"] !== undefined) return `${t.name} polluted Object.prototype`;
  return undefined;
}

/** The arbitrary of one fuzz case for a target: a seed, an argument, a path, a mutator. */
export function caseArb(t: Target): fc.Arbitrary<{ seed: number; arg: number; path: number[]; m: Mutator; pick: number }> {
  return fc.record({
    seed: fc.nat({ max: Math.max(0, t.seeds.length - 1) }),
    arg: fc.nat({ max: 3 }),
    path: fc.array(fc.nat({ max: 1000 }), { maxLength: 6 }),
    m: fc.constantFrom(...MUTATORS.filter((m) => !(t.skip ?? []).includes(m))),
    pick: fc.nat({ max: 1000 }),
  });
}

/** Runs `runs` cases on one target; returns the number of runs and the defects (empty when none). */
export async function fuzzTarget(t: Target, runs: number, seed: number): Promise<{ runs: number; defects: string[] }> {
  const defects: string[] = [];
  let count = 0;
  await fc.assert(
    fc.asyncProperty(caseArb(t), async (c) => {
      count++;
      const args = mutate(t.seeds[c.seed] ?? [], c.arg, c.path, c.m, c.pick);
      const d = await check(t, args);
      if (d !== undefined && defects.length < 5) defects.push(`${d} [mutator ${c.m}, seed ${c.seed}, path ${c.path.join(".")}]`);
      return true;
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
  return { runs: count, defects };
}
