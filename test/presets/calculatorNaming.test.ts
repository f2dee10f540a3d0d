// Every preset calculator that rounds names its published value `value` and its unrounded one `exact`.
import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import { angkaKredit, ikm, sakipScore, type SakipAnswer } from "../../src/presets/index.js";

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const round2 = (x: string): string => new D(x).toDecimalPlaces(2).toFixed(2);
const all = (a: SakipAnswer) => ({ keberadaan: [a], kualitas: [a, "B" as SakipAnswer], pemanfaatan: [a] });

describe("value / exact naming of the preset calculators", () => {
  test("ikm, angkaKredit and sakipScore: value is exact rounded to 2 places half-up", () => {
    const i = ikm({ totals: [105, 101, 100, 116, 102, 105, 106, 105, 115], respondents: 29 });
    const a = angkaKredit({ predikat: "baik", jenjang: "ahliPertama", months: 2 });
    const s = sakipScore({ components: { perencanaan: all("A"), pengukuran: all("BB"), pelaporan: all("C"), evaluasiInternal: all("AA") } });
    for (const r of [i, a, s]) expect(r.value).toBe(round2(r.exact));
    // and the older names carry the same values
    expect([i.value, i.exact]).toEqual([i.score, i.converted]);
    expect([s.value, s.exact]).toEqual([s.score, s.total]);
  });
});
