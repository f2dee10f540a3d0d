// Every preset calculator that rounds names its published value `value` and its unrounded one `exact`.
// The calculators are found through the presets themselves (every exported `Preset`, run with its own
// `examples`), so a new preset's calculators are checked without editing this file.
import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import type { Preset, TraceEntry } from "../../src/index.js";
import * as presets from "../../src/presets/index.js";
import { sakipScore, type SakipAnswer } from "../../src/presets/index.js";

/** The exported objects that are presets (an object with an id, calculators and examples). */
const PRESETS: readonly Preset[] = (Object.values(presets) as unknown[]).filter(
  (x): x is Preset => typeof x === "object" && x !== null && "id" in x && "calculators" in x && "examples" in x,
);

// decimal.js's own rounding modes, to round `exact` independently of kinerja's rounding.
const D = Decimal.clone({ precision: 60 });
const MODES: Readonly<Record<string, Decimal.Rounding>> = {
  halfUp: Decimal.ROUND_HALF_UP,
  halfDown: Decimal.ROUND_HALF_DOWN,
  halfEven: Decimal.ROUND_HALF_EVEN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};
const roundIndependently = (exact: string, places: number, mode: string): string => new D(exact).toDecimalPlaces(places, MODES[mode] as Decimal.Rounding).toFixed(places);

interface Run {
  readonly name: string;
  readonly result: Record<string, unknown>;
}

/** Every calculator of every preset run on its example. */
const runs: Run[] = PRESETS.flatMap((p) =>
  Object.entries(p.calculators).map(([name, fn]) => {
    const example = p.examples[name];
    if (example === undefined) throw new Error(`${p.id}.examples has no sample input for the calculator ${name}`);
    return { name: `${p.id}.${name}`, result: (fn as (input: unknown) => Record<string, unknown>)(example) };
  }),
);

/** The entry of the trace that gives the result, when its last step rounded. */
function lastRounding(result: Record<string, unknown>): TraceEntry | null {
  const trace = result["trace"];
  if (!Array.isArray(trace) || trace.length === 0) return null;
  const last = trace[trace.length - 1] as TraceEntry;
  return last.rounding === undefined ? null : last;
}

describe("value / exact naming of the preset calculators", () => {
  test("the presets are found, and every calculator has a sample input (and no sample lacks its calculator)", () => {
    expect(PRESETS.map((p) => p.id).sort()).toEqual(["career", "ikm14_2017", "permenpanrb6_2022", "pp30_2019", "pp46_2011", "publicSectorBsc", "sakip88_2021"]);
    for (const p of PRESETS) expect(Object.keys(p.examples).sort(), p.id).toEqual(Object.keys(p.calculators).sort());
  });

  test("a calculator whose last step rounds names the rounded value `value` and the unrounded one `exact`", () => {
    const rounding = runs.filter((r) => lastRounding(r.result) !== null);
    // the calculators known to round: the check below is not vacuous
    expect(rounding.map((r) => r.name).sort()).toEqual(
      expect.arrayContaining(["career.accumulateAngkaKredit", "ikm14_2017.ikm", "ikm14_2017.krejcieMorgan", "permenpanrb6_2022.angkaKredit", "sakip88_2021.score"]),
    );
    for (const { name, result } of rounding) {
      const last = lastRounding(result) as TraceEntry & { rounding: NonNullable<TraceEntry["rounding"]> };
      expect(result["value"], name).toBe(last.value);
      expect(result["exact"], name).toBe(last.rounding.exact);
      // and value is exact rounded by the recorded rule, computed here with decimal.js's modes
      expect(result["value"], name).toBe(roundIndependently(result["exact"] as string, last.rounding.places, last.rounding.mode));
    }
  });

  test("a calculator with an `exact` rounds its last step (no other meaning of the name)", () => {
    const withExact = runs.filter((r) => "exact" in r.result);
    expect(withExact.length).toBeGreaterThanOrEqual(5);
    for (const { name, result } of withExact) expect(lastRounding(result), name).not.toBeNull();
  });

  test("the older names carry the same values", () => {
    const byName = new Map(runs.map((r) => [r.name, r.result]));
    const i = byName.get("ikm14_2017.ikm") as Record<string, unknown>;
    const k = byName.get("ikm14_2017.krejcieMorgan") as Record<string, unknown>;
    const a = byName.get("career.accumulateAngkaKredit") as Record<string, unknown>;
    expect([i["value"], i["exact"]]).toEqual([i["score"], i["converted"]]);
    expect(k["value"]).toBe(String(k["sampleSize"]));
    expect(a["value"]).toBe(a["total"]);
    const all = (x: SakipAnswer) => ({ keberadaan: [x], kualitas: [x, "B" as SakipAnswer], pemanfaatan: [x] });
    const s = sakipScore({ components: { perencanaan: all("A"), pengukuran: all("BB"), pelaporan: all("C"), evaluasiInternal: all("AA") } });
    expect([s.value, s.exact]).toEqual([s.score, s.total]);
    expect(s.value).toBe(roundIndependently(s.exact, 2, "halfUp"));
  });
});
