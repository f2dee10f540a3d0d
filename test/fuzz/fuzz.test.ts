// The fuzz harness inside `npm test`, with a small budget (FUZZ_RUNS per export, default 12); the full
// budget (≥ 200 000 runs) is `npm run fuzz`. The seed follows FC_SEED (see test/setup-fast-check.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzTarget, targets } from "./harness.js";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 12);

describe("fuzz: every export survives structural mutations of valid inputs", () => {
  const all = targets();
  it("covers every exported function and schema", () => {
    expect(all.length).toBeGreaterThan(150);
    for (const name of ["evaluate", "score", "explain", "explainRules", "summarize", "checkDistribution", "calibrate", "presets.pp46Bands", "presets.pp30Bands", "ikiFormula.achievement"]) {
      expect(all.map((t) => t.name)).toContain(name);
    }
  });
  for (const t of all) {
    it(`${t.name}: ${RUNS} mutated calls, only KinerjaError or a finite, unpolluted output`, async () => {
      const r = await fuzzTarget(t, RUNS, fc.readConfigureGlobal().seed ?? 1);
      expect(r.defects).toEqual([]);
      expect(r.runs).toBe(RUNS);
    });
  }
});
