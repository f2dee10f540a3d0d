// Bad input (docs/concepts.md): every class of bad input is a KinerjaError with a stable code and an issue
// whose path points into the input; never a TypeError, never NaN/Infinity, never a mutated input,
// never a polluted prototype. Covers src/errors/kinerjaError.ts, src/schema/*.ts and the checks in
// src/engine/evaluate.ts.
import { describe, expect, it } from "vitest";
import {
  KinerjaError,
  cascadeGoals,
  checkGoals,
  compile,
  evaluate,
  explain,
  isKinerjaError,
  parseAppraisal,
  parseScheme,
  type AppraisalInput,
  type SchemeInput,
} from "../src/index.js";
import { catchKinerja, deepFreeze, expectError, snapshot } from "./helpers.js";

/** A valid scheme: two perspectives, one objective, three indicators. */
function good(): SchemeInput {
  return {
    id: "s",
    perspectives: [
      { id: "p", label: "P", weight: 60 },
      { id: "q", label: "Q", weight: 40 },
    ],
    objectives: [{ id: "o", perspective: "p", label: "O" }],
    indicators: [
      { id: "i1", label: "I1", objective: "o", target: 100 },
      { id: "i2", label: "I2", objective: "o", target: 50, direction: "lower" },
      { id: "i3", label: "I3", perspective: "q", target: 10 },
    ],
  };
}

function goodAppraisal(): AppraisalInput {
  return {
    employee: { id: "E1" },
    actuals: [
      { indicator: "i1", actual: 90 },
      { indicator: "i2", actual: 40 },
      { indicator: "i3", actual: 12 },
    ],
  };
}

/** A scheme as untyped JSON (bad input is not a SchemeInput). */
type SchemeJson = Record<string, unknown> & { indicators: Record<string, unknown>[]; perspectives: Record<string, unknown>[]; objectives: Record<string, unknown>[] };

/** The good scheme with one change. */
function bad(change: (s: SchemeJson) => void): unknown {
  const s = snapshot(good()) as never;
  change(s);
  return s;
}

function badAppraisal(change: (a: Record<string, unknown> & { actuals: Record<string, unknown>[]; employee: Record<string, unknown> }) => void): unknown {
  const a = snapshot(goodAppraisal()) as never;
  change(a);
  return a;
}

const scheme = (s: unknown) => (): unknown => compile(s as SchemeInput);
const appraise = (a: unknown) => (): unknown => evaluate(good(), a as AppraisalInput);

it("the good scheme and appraisal of this file are valid (so every failure below is the change's)", () => {
  expect(evaluate(good(), goodAppraisal()).final.score).toMatch(/^\d+\.\d\d$/);
});

describe("wrong types", () => {
  it("scheme id a number → INVALID_SCHEME at id", () => {
    expectError(scheme(bad((s) => (s["id"] = 5))), "INVALID_SCHEME", "id", "invalid_type");
  });

  it("indicators not an array → at indicators", () => {
    expectError(scheme(bad((s) => ((s as Record<string, unknown>)["indicators"] = "i1"))), "INVALID_SCHEME", "indicators", "invalid_type");
  });

  it("a label that is a number → at indicators[0].label", () => {
    expectError(scheme(bad((s) => (s.indicators[0]!["label"] = 3))), "INVALID_SCHEME", "indicators[0].label");
  });

  it("an unknown direction → at indicators[1].direction", () => {
    expectError(scheme(bad((s) => (s.indicators[1]!["direction"] = "sideways"))), "INVALID_SCHEME", "indicators[1].direction");
  });

  it("an unknown method kind → at indicators[0].method…", () => {
    const e = catchKinerja(scheme(bad((s) => (s.indicators[0]!["method"] = { kind: "magic" }))));
    expect(e.code).toBe("INVALID_SCHEME");
    expect(e.issues.some((i) => i.at.startsWith("indicators[0].method"))).toBe(true);
  });

  it("a weight that is a boolean → at perspectives[0].weight", () => {
    expectError(scheme(bad((s) => (s.perspectives[0]!["weight"] = true))), "INVALID_SCHEME", "perspectives[0].weight");
  });

  it("an appraisal actual that is a boolean → INVALID_APPRAISAL at actuals[0].actual", () => {
    expectError(appraise(badAppraisal((a) => (a.actuals[0]!["actual"] = true))), "INVALID_APPRAISAL", "actuals[0].actual");
  });

  it("an employee id that is a number → at employee.id", () => {
    expectError(appraise(badAppraisal((a) => (a.employee["id"] = 7))), "INVALID_APPRAISAL", "employee.id", "invalid_type");
  });

  it("actuals not an array → at actuals", () => {
    expectError(appraise(badAppraisal((a) => ((a as Record<string, unknown>)["actuals"] = {}))), "INVALID_APPRAISAL", "actuals", "invalid_type");
  });

  it("a rounding rule with 21 places → at rounding.final.places", () => {
    expectError(scheme(bad((s) => (s["rounding"] = { final: { places: 21 } }))), "INVALID_SCHEME", "rounding.final.places");
  });

  it("an unknown rounding mode → at rounding.final.mode", () => {
    expectError(scheme(bad((s) => (s["rounding"] = { final: { places: 2, mode: "bankers" } }))), "INVALID_SCHEME", "rounding.final.mode");
  });

  it("the whole scheme or appraisal of a wrong type → an issue at the root", () => {
    for (const v of [null, undefined, 42, "scheme", [], true]) {
      expectError(() => compile(v as never), "INVALID_SCHEME", "");
      expectError(() => evaluate(good(), v as never), "INVALID_APPRAISAL", "");
    }
  });
});

describe("missing and unknown fields", () => {
  it("a scheme without id → at id", () => {
    expectError(scheme(bad((s) => delete s["id"])), "INVALID_SCHEME", "id", "invalid_type");
  });

  it("a scheme without indicators → at indicators", () => {
    expectError(scheme(bad((s) => delete (s as Record<string, unknown>)["indicators"])), "INVALID_SCHEME", "indicators");
  });

  it("an indicator without id or label → at indicators[0].id and indicators[0].label", () => {
    expectError(scheme(bad((s) => delete s.indicators[0]!["id"])), "INVALID_SCHEME", "indicators[0].id");
    expectError(scheme(bad((s) => delete s.indicators[0]!["label"])), "INVALID_SCHEME", "indicators[0].label");
  });

  it("an appraisal without employee → at employee", () => {
    expectError(appraise(badAppraisal((a) => delete (a as Record<string, unknown>)["employee"])), "INVALID_APPRAISAL", "employee", "invalid_type");
  });

  it("an actual row without indicator or without actual → at its field", () => {
    expectError(appraise(badAppraisal((a) => delete a.actuals[0]!["indicator"])), "INVALID_APPRAISAL", "actuals[0].indicator");
    expectError(appraise(badAppraisal((a) => delete a.actuals[1]!["actual"])), "INVALID_APPRAISAL", "actuals[1].actual");
  });

  it("an unknown key (a typo) is rejected, not ignored → unrecognized_keys at its object", () => {
    expectError(scheme(bad((s) => (s.indicators[2]!["traget"] = 10))), "INVALID_SCHEME", "indicators[2]", "unrecognized_keys");
    expectError(scheme(bad((s) => (s["weights"] = {}))), "INVALID_SCHEME", "", "unrecognized_keys");
    expectError(appraise(badAppraisal((a) => (a.actuals[0]!["value"] = 1))), "INVALID_APPRAISAL", "actuals[0]", "unrecognized_keys");
  });

  it("an indicator with both objective and perspective, or neither → at indicators[i].objective", () => {
    expectError(scheme(bad((s) => (s.indicators[0]!["perspective"] = "p"))), "INVALID_SCHEME", "indicators[0].objective");
    expectError(scheme(bad((s) => delete s.indicators[2]!["perspective"])), "INVALID_SCHEME", "indicators[2].objective");
  });

  it("a range indicator without range → at indicators[2].range", () => {
    expectError(
      scheme(
        bad((s) => {
          s.indicators[2]!["direction"] = "range";
          delete s.indicators[2]!["target"];
        }),
      ),
      "INVALID_SCHEME",
      "indicators[2].range",
    );
  });
});

describe("unknown references", () => {
  it("an indicator's unknown objective → unknown_reference at indicators[0].objective", () => {
    expectError(scheme(bad((s) => (s.indicators[0]!["objective"] = "nope"))), "INVALID_SCHEME", "indicators[0].objective", "unknown_reference");
  });

  it("an indicator's unknown perspective → unknown_reference at indicators[2].perspective", () => {
    expectError(scheme(bad((s) => (s.indicators[2]!["perspective"] = "nope"))), "INVALID_SCHEME", "indicators[2].perspective", "unknown_reference");
  });

  it("an objective's unknown perspective → unknown_reference at objectives[0].perspective", () => {
    expectError(scheme(bad((s) => (s.objectives[0]!["perspective"] = "nope"))), "INVALID_SCHEME", "objectives[0].perspective", "unknown_reference");
  });

  it("an appraisal actual for an unknown indicator → INVALID_APPRAISAL unknown_reference at actuals[1].indicator", () => {
    expectError(appraise(badAppraisal((a) => (a.actuals[1]!["indicator"] = "nope"))), "INVALID_APPRAISAL", "actuals[1].indicator", "unknown_reference");
  });

  it("a perspective or objective without children → empty_node at it", () => {
    expectError(scheme(bad((s) => s.perspectives.push({ id: "r", label: "R" }))), "INVALID_SCHEME", "perspectives[2]", "empty_node");
    expectError(scheme(bad((s) => s.objectives.push({ id: "o2", perspective: "q", label: "O2" }))), "INVALID_SCHEME", "objectives[1]", "empty_node");
  });
});

describe("duplicate ids", () => {
  it("a duplicate indicator, objective, perspective or band id → at the second one's id", () => {
    expectError(scheme(bad((s) => (s.indicators[1]!["id"] = "i1"))), "INVALID_SCHEME", "indicators[1].id");
    expectError(
      scheme(bad((s) => s.objectives.push({ id: "o", perspective: "q", label: "O again" }))),
      "INVALID_SCHEME",
      "objectives[1].id",
    );
    expectError(scheme(bad((s) => (s.perspectives[1]!["id"] = "p"))), "INVALID_SCHEME", "perspectives[1].id");
    expectError(
      scheme(bad((s) => (s["bands"] = { table: [{ id: "a", label: "A", max: 50 }, { id: "a", label: "B", min: 50 }] }))),
      "INVALID_SCHEME",
      "bands.table[1].id",
    );
  });

  // Regression (was a bug, fixed): checkScheme reports duplicate ids with the generic issue code `invalid_scheme`
  // (src/schema/checkScheme.ts:54 in `unique()` and :184 in `checkBands` call `report` without a
  // code), while KinerjaIssue documents `duplicate_id` and the appraisal check (actual listed twice) and
  // cascadeGoals/checkGoals use `duplicate_id`. Fix: pass "duplicate_id" as the third argument of `report`.
  it("a duplicate id has the issue code duplicate_id (as documented on KinerjaIssue)", () => {
    expectError(scheme(bad((s) => (s.indicators[1]!["id"] = "i1"))), "INVALID_SCHEME", "indicators[1].id", "duplicate_id");
  });

  it("an actual listed twice → INVALID_APPRAISAL duplicate_id at actuals[3].indicator", () => {
    expectError(appraise(badAppraisal((a) => a.actuals.push({ indicator: "i1", actual: 1 }))), "INVALID_APPRAISAL", "actuals[3].indicator", "duplicate_id");
  });

  it("a component listed twice in the composition → at composition[1].component", () => {
    expectError(
      scheme(bad((s) => (s["composition"] = [{ component: "results", weight: 50 }, { component: "results", weight: 50 }]))),
      "INVALID_SCHEME",
      "composition[1].component",
    );
  });
});

describe("weights", () => {
  it("relative weights (docs/sources.md#methods): a negative weight → at its weight (perspective, objective, indicator, composition)", () => {
    expectError(scheme(bad((s) => (s.perspectives[0]!["weight"] = -1))), "INVALID_SCHEME", "perspectives[0].weight");
    expectError(scheme(bad((s) => (s.objectives[0]!["weight"] = "-0.5"))), "INVALID_SCHEME", "objectives[0].weight");
    expectError(scheme(bad((s) => (s.indicators[1]!["weight"] = -3))), "INVALID_SCHEME", "indicators[1].weight");
    expectError(scheme(bad((s) => (s["composition"] = [{ component: "results", weight: -100 }]))), "INVALID_SCHEME", "composition[0].weight");
  });

  it("relative weights (docs/sources.md#methods): all-zero sibling weights → weights_sum at the siblings' list", () => {
    expectError(
      scheme(
        bad((s) => {
          s.perspectives[0]!["weight"] = 0;
          s.perspectives[1]!["weight"] = "0.000";
        }),
      ),
      "INVALID_SCHEME",
      "perspectives",
      "weights_sum",
    );
    expectError(
      scheme(
        bad((s) => {
          s.indicators[0]!["weight"] = 0;
          s.indicators[1]!["weight"] = 0;
        }),
      ),
      "INVALID_SCHEME",
      "indicators",
      "weights_sum",
    );
  });

  it("\"-0\" is zero, not a negative weight", () => {
    expect(() => compile(bad((s) => (s.perspectives[0]!["weight"] = "-0")) as SchemeInput)).not.toThrow();
  });

  it("a minimum coverage above 1 → at missing.minCoverage", () => {
    expectError(scheme(bad((s) => (s["missing"] = { minCoverage: "1.5" }))), "INVALID_SCHEME", "missing.minCoverage");
  });
});

describe("numbers that are not finite decimals", () => {
  it.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
    ["1e400 (overflows to Infinity)", "1e400"],
    ["10^15", "1000000000000000"],
  ])("a target of %s → INVALID_SCHEME at indicators[0].target", (_name, value) => {
    expectError(scheme(bad((s) => (s.indicators[0]!["target"] = value))), "INVALID_SCHEME", "indicators[0].target");
  });

  // Regression (was a bug, fixed): a string that is not a decimal ("abc", "1,5", "x") in any decimal field of a scheme throws a raw
  // decimal.js `[DecimalError] Invalid argument: abc` instead of INVALID_SCHEME. zod 4 still runs the
  // scheme's superRefine (src/schema/scheme.ts:152 → src/schema/checkScheme.ts) after the regex of
  // DecimalInputSchema failed (a regex failure does not abort), and checkScheme calls `new Dec(...)` on the
  // raw string (checkScheme.ts:109, 123, 133, 147, 159-160, 167, 172, 173, 186, 194). Fix: run the cross-field
  // checks only on a successfully parsed object, e.g. `z.strictObject({...}).pipe(z.custom<…>().superRefine(checkScheme))`
  // or `.check(...)` with `when: (p) => p.issues.length === 0`, or make the regex abort (`{ abort: true }`).
  it.each([
    ['target "abc"', (s: SchemeJson) => (s.indicators[0]!["target"] = "abc"), "indicators[0].target"],
    ['weight "x"', (s: SchemeJson) => (s.indicators[0]!["weight"] = "x"), "indicators[0].weight"],
    ['perspective weight "abc"', (s: SchemeJson) => (s.perspectives[0]!["weight"] = "abc"), "perspectives[0].weight"],
    ['cap "abc"', (s: SchemeJson) => Object.assign(s.indicators[0]!, { cap: "abc", floor: 0 }), "indicators[0].cap"],
    ['minCoverage "all"', (s: SchemeJson) => (s["missing"] = { minCoverage: "all" }), "missing.minCoverage"],
    ['target "" (empty)', (s: SchemeJson) => (s.indicators[0]!["target"] = ""), "indicators[0].target"],
    ['target "1,5" (decimal comma)', (s: SchemeJson) => (s.indicators[0]!["target"] = "1,5"), "indicators[0].target"],
  ])("a %s is not a decimal → INVALID_SCHEME at its path (never a DecimalError)", (_name, change, at) => {
    expectError(scheme(bad(change)), "INVALID_SCHEME", at);
  });

  it.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["abc", "abc"],
    ["1e400", "1e400"],
    ["an object", { valueOf: (): number => 3 }],
  ])("an actual of %s → INVALID_APPRAISAL at actuals[0].actual", (_name, value) => {
    expectError(appraise(badAppraisal((a) => (a.actuals[0]!["actual"] = value))), "INVALID_APPRAISAL", "actuals[0].actual");
  });

  it("decimal strings in exponent form, with a sign or surrounding spaces are accepted and canonical", () => {
    const s = parseScheme(bad((x) => (x.indicators[0]!["target"] = " +1.5e2 ")));
    expect(s.indicators[0]?.target).toBe("150");
  });

  // Regression (was a minor bug, fixed): the magnitude limit is checked with a binary float (src/schema/primitives.ts:14,
  // `Number(text)`), so 999999999999999.99 — smaller than 10^15 — rounds to 1e15 and is rejected.
  // Fix: compare with decimal.js (`new Dec(text).abs().gte("1e15")`).
  it("a value just below the documented limit of 10^15 is accepted (999999999999999.99)", () => {
    expect(() => compile(bad((s) => (s.indicators[0]!["target"] = "999999999999999.99")) as SchemeInput)).not.toThrow();
  });
});

describe("prototype keys from JSON.parse (docs/concepts.md)", () => {
  /** Evaluates JSON text; returns the error or the result. Either is fine; pollution is not. */
  const attempt = (schemeText: string, appraisalText: string): unknown => {
    try {
      return evaluate(JSON.parse(schemeText) as SchemeInput, JSON.parse(appraisalText) as AppraisalInput);
    } catch (e) {
      expect(isKinerjaError(e), String(e)).toBe(true);
      return e;
    }
  };
  const schemeText = JSON.stringify(good());
  const appraisalText = JSON.stringify(goodAppraisal());
  /** Inserts `"key": {...}` as the first member of the object opened by the first occurrence of `at` (which ends with "{"). */
  const inject = (text: string, at: string, key: string): string => text.replace(at, `${at}"${key}":{"polluted":"yes","prototype":{"polluted":"yes"}},`);

  it.each([
    ["__proto__", "the scheme root", "{"],
    ["__proto__", "an indicator", '"indicators":[{'],
    ["__proto__", "a perspective", '"perspectives":[{'],
    ["constructor", "the scheme root", "{"],
    ["constructor", "an indicator", '"indicators":[{'],
  ])("a %s key in %s is an error or ignored, never pollution", (key, _where, at) => {
    const text = inject(schemeText, at, key);
    expect(text).toContain(`"${key}"`);
    const out = attempt(text, appraisalText);
    expect(out).toBeInstanceOf(KinerjaError);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it.each([
    ["__proto__", "the appraisal root", "{"],
    ["__proto__", "the employee", '"employee":{'],
    ["__proto__", "an actual row", '"actuals":[{'],
    ["constructor", "the appraisal root", "{"],
  ])("a %s key in %s is an error or ignored, never pollution", (key, _where, at) => {
    const text = inject(appraisalText, at, key);
    expect(text).toContain(`"${key}"`);
    attempt(schemeText, text);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("__proto__ cannot be an id (at indicators[0].id)", () => {
    expectError(scheme(bad((s) => (s.indicators[0]!["id"] = "__proto__"))), "INVALID_SCHEME", "indicators[0].id");
  });

  it("ids that are names of Object.prototype members work as plain ids", () => {
    const s = bad((x) => {
      x.indicators[0]!["id"] = "constructor";
      x.indicators[1]!["id"] = "toString";
      x.indicators[2]!["id"] = "hasOwnProperty";
      x.objectives[0]!["id"] = "valueOf";
      x.indicators[0]!["objective"] = "valueOf";
      x.indicators[1]!["objective"] = "valueOf";
    }) as SchemeInput;
    const r = evaluate(s, {
      employee: { id: "E1" },
      actuals: [
        { indicator: "constructor", actual: 90 },
        { indicator: "toString", actual: 40 },
      ],
    });
    expect(r.indicators.map((i) => i.id)).toEqual(["constructor", "toString", "hasOwnProperty"]);
    expect(r.indicators[2]?.status).toBe("missing");
  });

  it("an actual for an indicator named like a prototype member that the scheme lacks is unknown, not inherited", () => {
    expectError(appraise(badAppraisal((a) => (a.actuals[0]!["indicator"] = "constructor"))), "INVALID_APPRAISAL", "actuals[0].indicator", "unknown_reference");
  });
});

describe("band tables (docs/sources.md#methods)", () => {
  const withBands = (table: unknown[]) => scheme(bad((s) => (s["bands"] = { table })));

  it("overlapping bands → band_overlap at the upper band's min", () => {
    expectError(withBands([{ id: "a", label: "A", max: 60 }, { id: "b", label: "B", min: 50 }]), "INVALID_SCHEME", "bands.table[1].min", "band_overlap");
  });

  it("a gap between bands → band_gap at the upper band's min (the SPMS 4.20/4.21 gap)", () => {
    expectError(withBands([{ id: "vs", label: "VS", max: "4.20" }, { id: "o", label: "O", min: "4.21" }]), "INVALID_SCHEME", "bands.table[1].min", "band_gap");
  });

  it("a band whose max is not above its min → at its max", () => {
    expectError(withBands([{ id: "a", label: "A", min: 50, max: 50 }]), "INVALID_SCHEME", "bands.table[0].max");
  });

  it("only the first band may be open below and only the last open above", () => {
    expectError(withBands([{ id: "a", label: "A", max: 50 }, { id: "b", label: "B" }, { id: "c", label: "C", min: 70 }]), "INVALID_SCHEME", "bands.table[1].min");
    expectError(withBands([{ id: "a", label: "A", max: 50 }, { id: "b", label: "B" }, { id: "c", label: "C", min: 70 }]), "INVALID_SCHEME", "bands.table[1].max");
  });

  it("touching half-open bands are valid", () => {
    expect(() => withBands([{ id: "a", label: "A", max: 50 }, { id: "b", label: "B", min: 50, max: 90 }, { id: "c", label: "C", min: 90 }])()).not.toThrow();
  });
});

describe("indicator configuration", () => {
  it("curve points not strictly increasing → at the offending point's x", () => {
    expectError(
      scheme(bad((s) => (s.indicators[0]!["method"] = { kind: "curve", points: [{ x: 80, y: 50 }, { x: 120, y: 150 }, { x: 100, y: 100 }] }))),
      "INVALID_SCHEME",
      "indicators[0].method.points[2].x",
    );
    expectError(
      scheme(bad((s) => (s.indicators[0]!["method"] = { kind: "curve", points: [{ x: 80, y: 50 }, { x: 80, y: 100 }] }))),
      "INVALID_SCHEME",
      "indicators[0].method.points[1].x",
    );
  });

  it("a curve with a single point → at indicators[0].method.points", () => {
    expectError(scheme(bad((s) => (s.indicators[0]!["method"] = { kind: "curve", points: [{ x: 80, y: 50 }] }))), "INVALID_SCHEME", "indicators[0].method.points");
  });

  it("steps not strictly increasing → at the offending step's from", () => {
    expectError(
      scheme(bad((s) => (s.indicators[0]!["method"] = { kind: "steps", steps: [{ from: 70, score: 2 }, { from: 90, score: 4 }, { from: 80, score: 3 }] }))),
      "INVALID_SCHEME",
      "indicators[0].method.steps[2].from",
    );
  });

  it("target range (docs/sources.md#methods): range min ≤ 0 → at indicators[2].range.min (the decay divides by it)", () => {
    for (const min of [0, -5]) {
      expectError(
        scheme(
          bad((s) => {
            Object.assign(s.indicators[2]!, { direction: "range", range: { min, max: 10 } });
            delete s.indicators[2]!["target"];
          }),
        ),
        "INVALID_SCHEME",
        "indicators[2].range.min",
      );
    }
  });

  it("range max below min → at indicators[2].range.max; a range with a target → at indicators[2].target", () => {
    expectError(
      scheme(
        bad((s) => {
          Object.assign(s.indicators[2]!, { direction: "range", range: { min: 10, max: 5 } });
          delete s.indicators[2]!["target"];
        }),
      ),
      "INVALID_SCHEME",
      "indicators[2].range.max",
    );
    expectError(scheme(bad((s) => Object.assign(s.indicators[2]!, { direction: "range", range: { min: 5, max: 10 } }))), "INVALID_SCHEME", "indicators[2].target");
  });

  it("interpolation (docs/sources.md#methods): baseline = target → at method.baseline; a higher-is-better target below its baseline → at target", () => {
    expectError(scheme(bad((s) => (s.indicators[0]!["method"] = { kind: "interpolate", baseline: 100 }))), "INVALID_SCHEME", "indicators[0].method.baseline");
    expectError(scheme(bad((s) => (s.indicators[0]!["method"] = { kind: "interpolate", baseline: 120 }))), "INVALID_SCHEME", "indicators[0].target");
    expectError(scheme(bad((s) => (s.indicators[1]!["method"] = { kind: "interpolate", baseline: 40 }))), "INVALID_SCHEME", "indicators[1].target");
  });

  it("options that do not fit the direction → at the option", () => {
    expectError(scheme(bad((s) => (s.indicators[0]!["method"] = { kind: "ratio", formula: "inverse" }))), "INVALID_SCHEME", "indicators[0].method.formula");
    expectError(scheme(bad((s) => (s.indicators[0]!["pass"] = "atMost"))), "INVALID_SCHEME", "indicators[0].pass");
    expectError(
      scheme(bad((s) => Object.assign(s.indicators[0]!, { direction: "binary", method: { kind: "steps", steps: [{ from: 0, score: 1 }] } }))),
      "INVALID_SCHEME",
      "indicators[0].method.kind",
    );
    expectError(scheme(bad((s) => (s.indicators[0]!["range"] = { min: 1, max: 2 }))), "INVALID_SCHEME", "indicators[0].range");
  });

  it("a cap below the floor → at indicators[0].cap", () => {
    expectError(scheme(bad((s) => Object.assign(s.indicators[0]!, { cap: 50, floor: 60 }))), "INVALID_SCHEME", "indicators[0].cap");
  });

  it("an indicator without a target anywhere → INVALID_APPRAISAL missing_target at the actual's target", () => {
    expectError(() => evaluate(bad((s) => delete s.indicators[0]!["target"]) as SchemeInput, goodAppraisal()), "INVALID_APPRAISAL", "actuals[0].target", "missing_target");
  });
});

describe("periods", () => {
  it("a scheme period ending before it starts → at period.end", () => {
    expectError(scheme(bad((s) => (s["period"] = { start: "2026-12-31", end: "2026-01-01" }))), "INVALID_SCHEME", "period.end");
  });

  it("an appraisal period ending before it starts → INVALID_APPRAISAL invalid_period at period.end", () => {
    expectError(appraise(badAppraisal((a) => (a["period"] = { start: "2026-07-01", end: "2026-06-30" }))), "INVALID_APPRAISAL", "period.end", "invalid_period");
  });

  it("a date that is not a calendar date or not YYYY-MM-DD → at it", () => {
    expectError(scheme(bad((s) => (s["period"] = { start: "2026-02-29", end: "2026-12-31" }))), "INVALID_SCHEME", "period.start");
    expectError(appraise(badAppraisal((a) => (a["period"] = { start: "2026-01-01", end: "31/12/2026" }))), "INVALID_APPRAISAL", "period.end");
  });

  it("a one-day period (start = end) and 29 February of a leap year are valid", () => {
    expect(() => evaluate(good(), { ...goodAppraisal(), period: { start: "2024-02-29", end: "2024-02-29" } })).not.toThrow();
  });
});

describe("the error itself", () => {
  it("never a TypeError: each public function rejects garbage with a KinerjaError", () => {
    const garbage: unknown[] = [undefined, null, 0, "", "x", [], {}, [1, 2], { kind: "kinerja.plan" }];
    for (const g of garbage) {
      catchKinerja(() => compile(g as never));
      catchKinerja(() => parseScheme(g));
      catchKinerja(() => parseAppraisal(g));
      catchKinerja(() => evaluate(g as never, goodAppraisal()));
      catchKinerja(() => evaluate(good(), g as never));
      catchKinerja(() => checkGoals(g as never));
      catchKinerja(() => cascadeGoals(g as never));
      catchKinerja(() => explain(g as never));
    }
  });

  it("a JSON round trip of a plan is not a plan: it is validated as a scheme (INVALID_SCHEME, not a crash)", () => {
    const roundTripped = JSON.parse(JSON.stringify(compile(good()))) as unknown;
    expectError(() => evaluate(roundTripped as never, goodAppraisal()), "INVALID_SCHEME", "", "unrecognized_keys");
  });

  it("has a stable code, a name, issues with path and at, and a message naming code and path", () => {
    const e = catchKinerja(scheme(bad((s) => (s.indicators[1]!["target"] = "NaN"))));
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("KinerjaError");
    expect(e.code).toBe("INVALID_SCHEME");
    const i = e.issues.find((x) => x.at === "indicators[1].target");
    expect(i?.path).toEqual(["indicators", 1, "target"]);
    expect(typeof i?.message).toBe("string");
    expect(e.message).toContain("INVALID_SCHEME");
    expect(e.message).toContain("indicators[1].target");
    expect(Object.isFrozen(e.issues)).toBe(true);
  });

  it("reports every problem at once, each with its own path", () => {
    const e = catchKinerja(
      scheme(
        bad((s) => {
          s.indicators[0]!["objective"] = "nope";
          s.perspectives[0]!["weight"] = -1;
          s["period"] = { start: "2026-12-31", end: "2026-01-01" };
        }),
      ),
    );
    expect(e.issues.map((i) => i.at)).toEqual(expect.arrayContaining(["indicators[0].objective", "perspectives[0].weight", "period.end"]));
  });

  it("isKinerjaError: true for kinerja errors (also a copy branded by another build of the package), false otherwise", () => {
    const e = catchKinerja(scheme(null));
    expect(isKinerjaError(e)).toBe(true);
    expect(isKinerjaError(new KinerjaError("INVALID_INPUT", "x"))).toBe(true);
    for (const v of [new Error("x"), new TypeError("x"), null, undefined, "INVALID_SCHEME", { code: "INVALID_SCHEME", issues: [] }]) {
      expect(isKinerjaError(v)).toBe(false);
      expect(v instanceof KinerjaError).toBe(false);
    }
    // The CJS and the ESM build register the same brand (Symbol.for), so an error of the other copy passes.
    const otherCopy = Object.assign(new Error("x"), { code: "INVALID_SCHEME" });
    Object.defineProperty(otherCopy, Symbol.for("kinerja.KinerjaError"), { value: true });
    expect(isKinerjaError(otherCopy)).toBe(true);
  });

  it("inputs are never mutated: a deep-frozen scheme and appraisal evaluate, and equal their snapshots after", () => {
    const s = good();
    const a = goodAppraisal();
    const s0 = snapshot(s);
    const a0 = snapshot(a);
    deepFreeze(s);
    deepFreeze(a);
    const r = evaluate(s, a);
    expect(r.final.score).toMatch(/^\d+\.\d\d$/);
    expect(evaluate(compile(s), a)).toEqual(r);
    expect(s).toEqual(s0);
    expect(a).toEqual(a0);
  });

  it("bad input that is frozen is reported, not crashed on", () => {
    const s = deepFreeze(bad((x) => (x.indicators[0]!["objective"] = "nope")));
    expectError(() => compile(s as SchemeInput), "INVALID_SCHEME", "indicators[0].objective", "unknown_reference");
  });
});
