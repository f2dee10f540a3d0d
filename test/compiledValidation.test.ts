// compile's `validation` option: zod's compiled appraisal validation gives the same outcome as the schema's
// own on valid appraisals and on every structural mutation of them (errors included: issues, paths,
// messages), and the option accepts only what compiledValidation() made.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compile, compiledValidation, evaluate, score, type AppraisalInput } from "../src/index.js";
import { MUTATORS, mutate } from "./fuzz/harness.js";
import { expectError, outcome } from "./helpers.js";
// @ts-expect-error -- plain JS module of the benchmark (no types)
import { benchAppraisal, benchScheme } from "../scripts/bench/workload.mjs";

const validation = compiledValidation();
const plain = compile(benchScheme());
const fast = compile(benchScheme(), { validation });
const seeds = Array.from({ length: 20 }, (_, i) => benchAppraisal(i) as AppraisalInput);

describe("compiledValidation", () => {
  test("valid appraisals: score and evaluate give the same results with either validation", () => {
    for (const a of seeds) {
      expect(outcome(() => score(fast, a))).toBe(outcome(() => score(plain, a)));
      expect(outcome(() => evaluate(fast, a))).toBe(outcome(() => evaluate(plain, a)));
    }
  });

  test("every structural mutation of an appraisal gives the same outcome (result or error) with either validation", () => {
    let errors = 0;
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: seeds.length - 1 }),
          path: fc.array(fc.nat(40), { maxLength: 5 }),
          m: fc.constantFrom(...MUTATORS),
          pick: fc.nat(1000),
        }),
        ({ seed, path, m, pick }) => {
          const [a] = mutate([seeds[seed]], 0, path, m, pick);
          const want = outcome(() => score(plain, a as AppraisalInput));
          if (want.startsWith('{"error"')) errors++;
          expect(outcome(() => score(fast, a as AppraisalInput))).toBe(want);
        },
      ),
      { numRuns: 2_000 },
    );
    // Not vacuous: many of the mutations are errors.
    expect(errors).toBeGreaterThan(200);
  });

  test("the option takes only compiledValidation(): a look-alike object or another value is INVALID_INPUT at validation", () => {
    for (const bad of [{ kind: "kinerja.compiledValidation" }, true, "compiled"]) {
      expectError(() => compile(benchScheme(), { validation: bad as never }), "INVALID_INPUT", "validation");
    }
  });
});
