// Issue 17, "defensive readers of results": explain, explainRules and the preset helpers validate what
// they read (own keys only, no holes, no non-finite numbers) and output only what they built.
import { describe, expect, it } from "vitest";
import { compile, evaluate, explain, explainRules, KinerjaError, type RulesResult } from "../src/index.js";
import { efficiencyFormula, ikiFormula, ikiSpecialFormula, pp30Bands, pp46Bands } from "../src/presets/index.js";
import { catchKinerja } from "./helpers.js";

const plan = compile({
  id: "readers",
  perspectives: [{ id: "p", label: "P" }],
  indicators: [{ id: "k", perspective: "p", label: "K", target: 100 }],
  bands: { table: [{ id: "baik", label: "Baik", min: 0 }] },
  rules: { rules: [{ id: "r", when: { all: [{ fact: "final.score", op: "gte", value: "50" }] }, then: { kind: "reward", type: "bonusPercent", percent: 5 } }] },
});
const result = evaluate(plan, { employee: { id: "E1" }, actuals: [{ indicator: "k", actual: "90" }] });

describe("explain reads only the result's own, validated data", () => {
  it("a trace formula named like an Object.prototype member is shown as its name (issue 17: TypeError, 'undefined')", () => {
    for (const formula of ["toString", "constructor", "__proto__", "hasOwnProperty"]) {
      const r = { ...result, trace: result.trace.map((e) => (e.at === "final.score" ? { ...e, formula } : e)) };
      const text = explain(r, { locale: "en" });
      expect(text).toContain(formula);
      expect(text).not.toContain("undefined");
      expect(text).not.toContain("[native code]");
    }
  });

  it("holes, getters that throw, cycles, BigInt and NaN are INVALID_INPUT with a path", () => {
    const withTrace = (trace: unknown) => ({ ...result, trace }) as never;
    expect(catchKinerja(() => explain(withTrace([result.trace[0], , result.trace[1]]))).issues[0]?.at).toBe("result.trace[1]"); // eslint-disable-line no-sparse-arrays
    expect(catchKinerja(() => explain(withTrace([{ ...result.trace[0], value: 10n }]))).code).toBe("INVALID_INPUT");
    expect(catchKinerja(() => explain({ ...result, coverage: Number.NaN } as never)).issues[0]?.at).toBe("result.coverage");
    const cyclic: Record<string, unknown> = { ...result };
    cyclic["self"] = cyclic;
    expect(catchKinerja(() => explain(cyclic as never)).issues[0]?.code).toBe("too_deep");
    const getter = { ...result };
    Object.defineProperty(getter, "final", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(catchKinerja(() => explain(getter)).issues[0]?.code).toBe("unreadable");
  });
});

describe("explainRules checks the whole rules result", () => {
  const rules = result.rules as RulesResult;
  it("renders a valid one", () => {
    expect(explainRules(rules, { locale: "en" })[0]).toMatch(/^✔ r/);
  });
  it("conditions that are not a condition, a sparse fired list, an unknown op are INVALID_INPUT with a path (issue 17)", () => {
    const fired = rules.fired[0];
    expect(catchKinerja(() => explainRules({ ...rules, fired: [{ ...fired, conditions: "x" }] } as never)).issues.some((i) => i.at.startsWith("result.fired[0].conditions"))).toBe(true);
    expect(catchKinerja(() => explainRules({ ...rules, fired: [, fired] } as never)).issues[0]?.at).toBe("result.fired[0]"); // eslint-disable-line no-sparse-arrays
    const leaf = { fact: "final.score", op: "__proto__", value: "50", actual: "90", result: true };
    expect(catchKinerja(() => explainRules({ ...rules, fired: [{ ...fired, conditions: leaf }] } as never)).code).toBe("INVALID_INPUT");
  });
});

describe("preset helpers validate their arguments", () => {
  it("pp46Bands: NaN, text or an unknown policy are INVALID_INPUT (issue 17: edges 'NaN', DecimalError, silently aboveUpper)", () => {
    expect(catchKinerja(() => pp46Bands("aboveUpper", Number.NaN)).issues[0]?.at).toBe("places");
    expect(catchKinerja(() => pp46Bands("aboveUpper", "x" as never)).issues[0]?.at).toBe("places");
    expect(catchKinerja(() => pp46Bands("bogus" as never)).issues[0]?.at).toBe("policy");
    // PP 46/2011 with Perka BKN 1/2013 bands: under aboveUpper with 2 places, Baik starts at 75 + 0.01.
    expect(pp46Bands("aboveUpper", 2).table.map((b) => b.min ?? null)).toEqual([null, "50.01", "60.01", "75.01", "90.01"]);
  });
  it("pp30Bands: a fact name that is not one is INVALID_INPUT (issue 17: fact NaN)", () => {
    expect(catchKinerja(() => pp30Bands(Number.NaN as never)).issues[0]?.at).toBe("fact");
    expect(catchKinerja(() => pp30Bands("__proto__")).issues[0]?.at).toBe("fact");
  });
  it("the preset plugins' achievement methods called directly refuse bad input with KinerjaError", () => {
    for (const plugin of [efficiencyFormula, ikiFormula, ikiSpecialFormula]) {
      for (const bad of [undefined, null, 42, { actual: "x", target: "1", baseline: null, params: {} }, { actual: "1", target: Number.NaN, baseline: null, params: {} }, { actual: 1n }]) {
        let thrown: unknown;
        try {
          plugin.achievement(bad as never);
        } catch (e) {
          thrown = e;
        }
        expect(thrown).toBeInstanceOf(KinerjaError);
      }
    }
    // PermenPANRB 8/2021 (PermenPANRB 8/2021): capaian 90 / 100 = 90 %, on the nilai ladder below 100 %.
    expect(ikiFormula.achievement({ actual: "90", target: "100", baseline: null, params: {} }).inputs?.["capaian"]).toBe("90");
  });
});
