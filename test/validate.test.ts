import { readFileSync } from "node:fs";
import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { compile, KinerjaError, parseScheme, validateAppraisal, validateScheme, type ValidationIssue } from "../src/index.js";
import { CHECK_TEXTS, checkMessage, type CheckKey } from "../src/schema/checkTexts.js";
import { CODE_TEXTS, translate } from "../src/schema/issueTexts.js";
import { scheme1 } from "./helpers.js";

const byAt = (issues: readonly ValidationIssue[]) => Object.fromEntries(issues.map((i) => [i.at, i]));
const failed = (v: ReturnType<typeof validateScheme> | ReturnType<typeof validateAppraisal>): readonly ValidationIssue[] => {
  if (v.success) throw new Error("expected a failed validation");
  return v.issues;
};

describe("validateScheme", () => {
  it("returns the normalised scheme, as parseScheme does", () => {
    const input = scheme1({ target: "87.50" });
    const v = validateScheme(input);
    expect(v).toEqual({ success: true, data: parseScheme(input) });
  });

  it("reports shape and consistency problems in one round, each with code, path, typed params and id/en messages", () => {
    const issues = failed(
      validateScheme({
        id: "s",
        extra: 1,
        perspectives: [{ id: "p", label: "P" }],
        indicators: [
          { id: "k", perspective: "q", label: "K", target: "abc" },
          { id: "k", perspective: "p", label: "K", target: 3, direction: "up" },
        ],
        bands: { table: [{ id: "a", label: "A", max: 80 }, { id: "b", label: "B", min: 90 }] },
      }),
    );
    const at = byAt(issues);
    // Shape (zod): an unknown key, a bad enum value, a decimal that is not one.
    expect(at[""]).toMatchObject({ code: "unrecognized_keys", params: { keys: ["extra"] } });
    expect(at["indicators[1].direction"]).toMatchObject({ code: "invalid_value", params: { values: ["higher", "lower", "range", "binary"] } });
    expect(at["indicators[0].target"]).toMatchObject({ code: "invalid_format", message: { en: 'must be a decimal number such as 87.5 or "87.5"', id: 'harus berupa bilangan desimal, mis. 87.5 atau "87.5"' } });
    // Consistency (kinerja), in the same round: unknown reference, duplicate id, band gap.
    expect(at["indicators[0].perspective"]).toMatchObject({ code: "unknown_reference", params: { id: "q" }, message: { id: "perspektif 'q' tidak ada dalam skema", en: "unknown perspective 'q'" } });
    expect(at["indicators[1].id"]).toMatchObject({ code: "duplicate_id", params: { id: "k" } });
    expect(at["bands.table[1].min"]).toMatchObject({ code: "band_gap", params: { max: "80", min: "90" } });
    expect(issues).toHaveLength(6);
  });

  it("takes the Indonesian of shape errors from zod's Indonesian locale", () => {
    const at = byAt(failed(validateScheme({ id: 5, indicators: [{ id: "k", perspective: "financial", label: "K", target: 1 }], extra: true })));
    expect(at["id"]).toMatchObject({ code: "invalid_type", params: { expected: "string", received: "number" } });
    // zod 4 locales/id.js: "Input tidak valid: diharapkan {expected}, diterima {received}" and "Kunci tidak dikenali".
    expect(at["id"]?.message.id).toBe("Input tidak valid: diharapkan string, diterima number");
    expect(at["id"]?.message.en).toBe("Invalid input: expected string, received number");
    expect(at[""]?.message.id).toMatch(/^Kunci tidak dikenali/);
  });

  it("names the alternatives of a union instead of 'Invalid input'", () => {
    const at = byAt(failed(validateScheme({ id: "s", indicators: [{ id: "k", perspective: "financial", label: 5, target: 1, method: { kind: "linear" } }] })));
    expect(at["indicators[0].label"]).toMatchObject({ code: "invalid_union", params: { alternatives: ["string", "object"] } });
    expect(at["indicators[0].label"]?.message.id).toContain("'string' | 'object'");
    expect(at["indicators[0].method.kind"]).toMatchObject({ code: "invalid_union", params: { alternatives: ["ratio", "interpolate", "curve", "steps", "formula"] } });
    expect(at["indicators[0].method.kind"]?.message.en).toContain("'ratio' | 'interpolate' | 'curve' | 'steps' | 'formula'");
  });

  it("reports what compile checks (an unknown formula plugin) once the shape is valid", () => {
    const issues = failed(validateScheme(scheme1({ target: 1, method: { kind: "formula", name: "nope" } })));
    expect(issues.map((i) => i.at)).toEqual(["indicators[0].method.name"]);
    expect(issues[0]?.message.id.length).toBeGreaterThan(0);
  });

  it("rejects bad options with a KinerjaError (and only those)", () => {
    expect(() => validateScheme({}, { formulas: "x" } as never)).toThrow(KinerjaError);
  });

  fcTest.prop([fc.anything()])("never throws for any input, and every issue has a path and messages in both languages", (input) => {
    const v = validateScheme(input);
    if (v.success) return;
    expect(v.issues.length).toBeGreaterThan(0);
    for (const i of v.issues) {
      expect(typeof i.at).toBe("string");
      expect(i.message.id.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
  });
});

describe("validateAppraisal", () => {
  const plan = compile(scheme1({ target: 100 }));
  it("returns the appraisal when it fits the plan", () => {
    const v = validateAppraisal({ employee: { id: "E1" }, actuals: [{ indicator: "k", actual: 90 }] }, { plan });
    expect(v.success && v.data.actuals[0]?.actual).toBe("90");
  });
  it("reports its shape problems with Indonesian messages", () => {
    const at = byAt(failed(validateAppraisal({ employee: { id: 5 }, actuals: [{ indicator: "k", actual: "1,5" }] })));
    expect(at["employee.id"]?.message.id).toBe("Input tidak valid: diharapkan string, diterima number");
    expect(at["actuals[0].actual"]).toMatchObject({ code: "invalid_format" });
  });
  it("reports what does not fit the scheme", () => {
    const issues = failed(validateAppraisal({ employee: { id: "E1" }, actuals: [{ indicator: "x", actual: 1 }, { indicator: "k", actual: 1 }, { indicator: "k", actual: 2 }] }, { plan }));
    expect(issues.map((i) => [i.at, i.code, i.message.id])).toEqual([
      ["actuals[0].indicator", "unknown_reference", "indikator 'x' tidak ada dalam skema"],
      ["actuals[2].indicator", "duplicate_id", "indikator 'k' tercantum dua kali"],
    ]);
  });
  it("reports what does not fit the scheme beside the shape problems, in one round", () => {
    const periodPlan = compile({ ...scheme1({ target: 100 }), period: { start: "2026-01-01", end: "2026-12-31" } });
    const issues = failed(
      validateAppraisal(
        {
          employee: { id: 5 },
          period: { start: "2025-01-01", end: "2025-12-31" },
          actuals: [{ indicator: "x", actual: 1 }, { indicator: "k", actual: "1,5" }, { indicator: "k", actual: 2 }, { indicator: "bad id!", actual: 3 }],
          facts: [{ id: "f", value: true }, { id: "f", value: 1 }],
        },
        { plan: periodPlan },
      ),
    );
    expect(issues.map((i) => [i.at, i.code])).toEqual([
      ["employee.id", "invalid_type"],
      ["actuals[1].actual", "invalid_format"],
      ["actuals[3].indicator", "invalid_format"],
      // how the readable parts fit the scheme; nothing echoed for actuals[3], whose id failed its own check
      ["actuals[0].indicator", "unknown_reference"],
      ["actuals[2].indicator", "duplicate_id"],
      ["facts[1].id", "duplicate_id"],
      ["period", "outside_period"],
    ]);
    expect(issues.find((i) => i.code === "outside_period")?.message.id).toContain("2026-01-01");
  });
  it("rejects an options plan that is not one", () => {
    expect(() => validateAppraisal({}, { plan: {} as never })).toThrow(KinerjaError);
  });
});

describe("large inputs (found by the fuzz harness: 10^5 issues overflowed the stack as push arguments)", () => {
  it("a scheme with 10^5 indicators gets its 2·10^5 issues, not a RangeError: the list is too long, every repeat of an id and every unknown perspective is named", () => {
    const n = 100_000;
    const v = validateScheme({ id: "s", perspectives: [{ id: "p", label: "P" }], indicators: new Array(n).fill({ id: "k", perspective: "nope", label: "K" }) });
    expect(v.success).toBe(false);
    if (v.success) return;
    expect(v.issues[0]).toMatchObject({ at: "indicators", code: "too_big" });
    // Indicators 1 … n−1 repeat the id of indicator 0.
    expect(v.issues.filter((i) => i.code === "duplicate_id").length).toBe(n - 1);
    expect(v.issues.filter((i) => i.code === "unknown_reference").length).toBe(n);
  });
});

describe("the texts of kinerja's own checks", () => {
  const source = readFileSync(new URL("../src/schema/checkScheme.ts", import.meta.url), "utf8");
  // Every call `report(path, "key", params)` of the scheme checks.
  const keys = [...source.matchAll(/\breport\([^;]*?, "([a-z_]+)", [{]/g)].map((m) => m[1] ?? "");

  it("reports every problem of the scheme checks through the catalogue", () => {
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys) expect(Object.hasOwn(CHECK_TEXTS, key), `no catalogue entry ${key}`).toBe(true);
    expect(source).not.toMatch(/message: string/);
  });

  it("has for each message its code's meaning and reads the Indonesian and the parameters back from the English", () => {
    for (const key of Object.keys(CHECK_TEXTS) as CheckKey[]) {
      const names = [...CHECK_TEXTS[key].en.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
      const params = Object.fromEntries(names.map((n, i) => [n, `v${i}.5`]));
      const m = checkMessage(key, params as never);
      for (const v of Object.values(params)) {
        expect(m.en).toContain(v);
        expect(m.id).toContain(v);
      }
      expect(translate(m.code, m.en)).toEqual({ id: m.id, params });
      expect(Object.hasOwn(CODE_TEXTS, m.code), `no text for code ${m.code}`).toBe(true);
    }
  });

  it("writes an unknown perspective and a gap between bands as a form shows them", () => {
    expect(checkMessage("unknown_perspective", { id: "customer" })).toEqual({
      code: "unknown_reference",
      en: "unknown perspective 'customer'",
      id: "perspektif 'customer' tidak ada dalam skema",
    });
    expect(checkMessage("band_gap", { max: "60", min: "70" }).id).toBe("ada celah antara 60 dan 70 (predikat berupa selang setengah terbuka [min, max) berurutan naik)");
  });
});
