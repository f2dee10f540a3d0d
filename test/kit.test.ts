// The authoring kit (docs/presets/authoring.md): each function on good input (values computed by hand or
// with decimal.js, independently of kinerja), bad input → KinerjaError with a path, and a formula plugin
// written only with the kit, compiled and evaluated.
import { readFileSync } from "node:fs";
import { Decimal } from "decimal.js";
import * as z from "zod/mini";
import { describe, expect, test } from "vitest";
import {
  compile,
  evaluate,
  DecimalInputSchema,
  KinerjaError,
  Rational,
  formatPath,
  issue,
  parseFormulaInput,
  parseInput,
  rational,
  roundRational,
  showRational,
  traceEntry,
  type FormulaPlugin,
} from "../src/index.js";
import { catchKinerja, expectError, first, scheme1, appraisal1, traceAt } from "./helpers.js";

const THIRD_40 = `0.${"3".repeat(40)}`;

describe("rational", () => {
  test("reads decimal text, numbers and rationals exactly", () => {
    expect(rational("1").div(3).times(3).eq(1)).toBe(true);
    expect(showRational(rational(0.1).plus("0.2"))).toBe("0.3");
    expect(showRational(rational("-1e-3"))).toBe("-0.001");
    const r = rational("2.5");
    expect(rational(r)).toBe(r);
    expect(r).toBeInstanceOf(Rational);
  });
  test("anything else is INVALID_INPUT", () => {
    expectError(() => rational("abc"), "INVALID_INPUT", "", "invalid_decimal");
    expectError(() => rational(Number.POSITIVE_INFINITY), "INVALID_INPUT", "", "invalid_decimal");
    for (const bad of [null, undefined, {}, [], true]) expectError(() => rational(bad as never), "INVALID_INPUT", "value", "invalid_type");
  });
});

describe("showRational", () => {
  test("canonical text: plain, 40 significant digits at most, no negative zero, places kept", () => {
    expect(showRational(rational("87.4"), 2)).toBe("87.40");
    expect(showRational(rational(1).div(3))).toBe(THIRD_40);
    expect(showRational(rational("-0"))).toBe("0");
    expect(showRational(rational("-0"), 2)).toBe("0.00");
    expect(showRational(rational("1e21"))).toBe("1000000000000000000000");
  });
  test("bad value or places is INVALID_INPUT", () => {
    expectError(() => showRational("1" as never), "INVALID_INPUT", "value", "invalid_type");
    expectError(() => showRational(rational(1), -1), "INVALID_INPUT", "places", "invalid_places");
    expectError(() => showRational(rational(1), 1.5), "INVALID_INPUT", "places", "invalid_places");
    expectError(() => showRational(rational(1), 21), "INVALID_INPUT", "places", "invalid_places");
  });
});

describe("roundRational", () => {
  const D = Decimal.clone({ precision: 60 });
  const cases: [string, number, "halfUp" | "halfEven" | "halfDown" | "down" | "up" | "floor" | "ceil", Decimal.Rounding][] = [
    ["84.985", 2, "halfEven", Decimal.ROUND_HALF_EVEN],
    ["84.985", 2, "halfUp", Decimal.ROUND_HALF_UP],
    ["84.985", 2, "halfDown", Decimal.ROUND_HALF_DOWN],
    ["88.666", 2, "down", Decimal.ROUND_DOWN],
    ["-88.661", 2, "up", Decimal.ROUND_UP],
    ["-2.5", 0, "floor", Decimal.ROUND_FLOOR],
    ["2.01", 0, "ceil", Decimal.ROUND_CEIL],
  ];
  test.each(cases)("%s to %i places %s: as decimal.js rounds it", (value, places, mode, decimalMode) => {
    const expected = new D(value).toDecimalPlaces(places, decimalMode).toFixed(places);
    expect(showRational(roundRational(rational(value), { places, mode }), places)).toBe(expected);
  });
  test("decides on the exact value: 2/3 of 1.5 is exactly 1, and 1/3 rounds to 0.33", () => {
    expect(roundRational(rational("1.5").times(2).div(3), { places: 0, mode: "halfUp" }).eq(1)).toBe(true);
    expect(showRational(roundRational(rational(1).div(3), { places: 2, mode: "halfUp" }), 2)).toBe("0.33");
  });
  test("bad value or rule is INVALID_INPUT with each problem's path", () => {
    const e = catchKinerja(() => roundRational("1" as never, { places: 30, mode: "nearest" as never }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.issues.map((i) => i.at).sort()).toEqual(["rule.mode", "rule.places", "value"]);
    expectError(() => roundRational(rational(1), null as never), "INVALID_INPUT", "rule", "invalid_type");
    const getter = { mode: "halfUp" as const, get places(): number { throw new Error("boom"); } };
    expectError(() => roundRational(rational(1), getter), "INVALID_INPUT", "", "unreadable");
  });
});

describe("issue and formatPath", () => {
  test("an issue carries its path as text", () => {
    expect(issue(["items", 2, "bobot"], "too_big", "bobot lies between 0 and 100")).toEqual({ code: "too_big", path: ["items", 2, "bobot"], at: "items[2].bobot", message: "bobot lies between 0 and 100" });
    const e = new KinerjaError("INVALID_INPUT", "invalid input", [issue([], "x", "y")]);
    expect(e.issues[0]?.at).toBe("");
  });
  test("formatPath writes keys with dots and indices in brackets", () => {
    expect(formatPath(["indicators", 3, "target"])).toBe("indicators[3].target");
    expect(formatPath([0, "a"])).toBe("[0].a");
    expect(formatPath([])).toBe("");
  });
  test("bad arguments are INVALID_INPUT", () => {
    expectError(() => issue("a.b" as never, "c", "m"), "INVALID_INPUT", "path", "invalid_path");
    expectError(() => issue([{}] as never, "c", "m"), "INVALID_INPUT", "path", "invalid_path");
    expectError(() => issue([], "", "m"), "INVALID_INPUT", "code", "invalid_type");
    expectError(() => issue([], "c", 3 as never), "INVALID_INPUT", "message", "invalid_type");
    expectError(() => formatPath(null as never), "INVALID_INPUT", "path", "invalid_path");
    expectError(() => formatPath([Number.NaN]), "INVALID_INPUT", "path", "invalid_path");
  });
});

describe("traceEntry", () => {
  test("an exact value with its inputs as decimal text", () => {
    expect(traceEntry({ at: "items[0]", formula: "sum", value: rational(1).div(3), inputs: { a: rational("0.5"), b: "2" } })).toEqual({ at: "items[0]", formula: "sum", value: THIRD_40, inputs: { a: "0.5", b: "2" } });
    expect(traceEntry({ at: "akk", formula: "input", value: rational(100), source: "input.akk" })).toEqual({ at: "akk", formula: "input", value: "100", inputs: {}, source: "input.akk" });
  });
  test("with a rounding rule: the rounded value with its places and the rounding record", () => {
    const exact = rational(25).div(12); // 2.08333…: 40 significant digits are 2, 0, 8 and 37 threes
    expect(traceEntry({ at: "value", formula: "round", value: exact, inputs: { exact }, rounding: { places: 2, mode: "halfUp" } })).toEqual({
      at: "value",
      formula: "round",
      value: "2.08",
      inputs: { exact: `2.08${"3".repeat(37)}` },
      rounding: { places: 2, mode: "halfUp", exact: `2.08${"3".repeat(37)}` },
    });
    expect(traceEntry({ at: "v", formula: "round", value: rational(2), rounding: { places: 2, mode: "down" } }).value).toBe("2.00");
  });
  test("bad options are INVALID_INPUT with paths", () => {
    const e = catchKinerja(() => traceEntry({ at: 1, formula: "", value: "2", inputs: { x: "NaN", y: 3 }, rounding: { places: 2 } } as never));
    expect(e.issues.map((i) => i.at).sort()).toEqual(["at", "formula", "inputs.x", "inputs.y", "rounding.mode", "value"]);
    expectError(() => traceEntry(null as never), "INVALID_INPUT", "value", "invalid_type");
    expectError(() => traceEntry({ at: "a", formula: "f", value: rational(1), inputs: "x" as never }), "INVALID_INPUT", "inputs", "invalid_type");
    const getter = { at: "a", formula: "f", value: rational(1), inputs: { get x(): string { throw new Error("boom"); } } };
    expectError(() => traceEntry(getter), "INVALID_INPUT", "", "unreadable");
  });
});

describe("parseInput", () => {
  const Input = z.strictObject({
    target: DecimalInputSchema,
    actual: z._default(DecimalInputSchema, "0"),
    share: z.optional(DecimalInputSchema.check(z.refine((v) => rational(v).lte(1), { message: "a share is at most 1", params: { kinerja: "too_big" } }))),
  });
  test("the parsed input: canonical decimals, defaults filled", () => {
    expect(parseInput(Input, { target: 12 }, { what: "efficiency input" })).toEqual({ target: "12", actual: "0" });
    expect(parseInput(Input, { target: "1.50", actual: " 9.12 " })).toEqual({ target: "1.5", actual: "9.12" });
  });
  test("a bad input is INVALID_INPUT named by `what`, one issue per problem with its path and zod's English message", () => {
    const e = catchKinerja(() => parseInput(Input, { target: "x", share: "2", extra: 1 }, { what: "efficiency input" }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.message).toContain("invalid efficiency input");
    const issues = e.issues.map((i) => ({ at: i.at, code: i.code }));
    expect(issues).toContainEqual({ at: "target", code: "invalid_union" });
    expect(issues).toContainEqual({ at: "share", code: "too_big" });
    expect(issues).toContainEqual({ at: "", code: "unrecognized_keys" });
    expect(e.issues.find((i) => i.at === "")?.message).toMatch(/Unrecognized key/);
    expect(catchKinerja(() => parseInput(Input, 3)).message).toContain("invalid input");
  });
  test("an unreadable input is one issue, not a crash; a bad schema or options are INVALID_INPUT", () => {
    const input = { get target(): string { throw new Error("boom"); } };
    expectError(() => parseInput(Input, input), "INVALID_INPUT", "", "unreadable");
    expectError(() => parseInput({} as never, {}), "INVALID_INPUT", "schema", "invalid_type");
    expectError(() => parseInput(Input, { target: 1 }, "what" as never), "INVALID_INPUT", "options", "invalid_type");
    expectError(() => parseInput(Input, { target: 1 }, { what: 3 as never }), "INVALID_INPUT", "options.what", "invalid_type");
  });
});

describe("parseFormulaInput", () => {
  test("canonical decimals, baseline null by default, params without prototype", () => {
    const v = parseFormulaInput({ actual: 10, target: "8.0", params: { scale: "50" } });
    expect(v).toEqual({ actual: "10", target: "8", baseline: null, params: { scale: "50" } });
    expect(Object.getPrototypeOf(v.params)).toBeNull();
    expect(parseFormulaInput({ actual: "1", target: null, baseline: "0.5" }).baseline).toBe("0.5");
  });
  test("a bad input is INVALID_INPUT with the path", () => {
    expectError(() => parseFormulaInput({ actual: "x", target: null }, { what: "acme formula input" }), "INVALID_INPUT", "actual");
    expectError(() => parseFormulaInput({ actual: "1" }), "INVALID_INPUT", "target");
    expectError(() => parseFormulaInput({ actual: "1", target: "1", params: { k: 1 } }), "INVALID_INPUT", "params.k");
  });
});

describe("a formula plugin written only with the kit", () => {
  /** Achievement = (actual − baseline) / (target − baseline) × 100, rounded half-even to 1 place inside the plugin. */
  const progress: FormulaPlugin = {
    name: "kit.progress",
    achievement: (raw) => {
      const { actual, target, params } = parseFormulaInput(raw, { what: "kit.progress formula input" });
      if (target === null) throw new KinerjaError("INVALID_APPRAISAL", "kit.progress needs a target", [issue(["target"], "missing_target", "no target")]);
      const baseline = rational(params["from"] ?? "0");
      const span = rational(target).minus(baseline);
      if (span.isZero()) throw new KinerjaError("DIVISION_BY_ZERO", "target equals the baseline", [issue(["target"], "division_by_zero", "target − from is 0")]);
      const exact = rational(actual).minus(baseline).div(span).times(100);
      return { value: showRational(roundRational(exact, { places: 1, mode: "halfEven" }), 1), inputs: { exact: showRational(exact) } };
    },
  };
  const ind = (from: string) => ({ target: 10, method: { kind: "formula" as const, name: "kit.progress", params: { from } } });

  test("compile and evaluate use it: (8 − 4) / (10 − 4) × 100 = 66.666… → 66.7", () => {
    const r = evaluate(compile(scheme1(ind("4")), { formulas: [progress] }), appraisal1(8));
    expect(first(r.indicators).achievement).toBe("66.7");
    const t = traceAt(r, "indicators[0].achievement");
    expect(t.formula).toBe("kit.progress");
    expect(t.inputs["exact"]).toBe(`66.${"6".repeat(37)}7`);
  });
  test("a tie rounds half-even: (6.25 − 5) / (10 − 5) × 100 = 25 exactly (written canonically: 25); (5.0125 − 5) / 5 × 100 = 0.25 → 0.2", () => {
    expect(first(evaluate(compile(scheme1(ind("5")), { formulas: [progress] }), appraisal1("6.25")).indicators).achievement).toBe("25");
    expect(first(evaluate(compile(scheme1(ind("5")), { formulas: [progress] }), appraisal1("5.0125")).indicators).achievement).toBe("0.2");
  });
  test("its KinerjaError passes through evaluate unchanged", () => {
    expectError(() => evaluate(compile(scheme1(ind("10")), { formulas: [progress] }), appraisal1(8)), "DIVISION_BY_ZERO", "target", "division_by_zero");
  });
});

test("docs/presets/authoring.md shows examples/authoring.ts as it is (the example npm run examples runs)", () => {
  const md = readFileSync(new URL("../docs/presets/authoring.md", import.meta.url), "utf8");
  const example = readFileSync(new URL("../examples/authoring.ts", import.meta.url), "utf8");
  const block = /```ts\n(\/\/ A preset written with the authoring kit[\s\S]*?)```/.exec(md)?.[1];
  expect(block).toBe(example);
});
