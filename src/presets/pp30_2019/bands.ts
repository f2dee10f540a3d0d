import * as z from "zod/mini";
import { FactNameSchema, parseInput, type SchemeInput } from "../../index.js";

type Bands = NonNullable<SchemeInput["bands"]>;

/**
 * The predikat of PP 30/2019 Pasal 41 (PP 30/2019 Pasal 41, docs/sources.md#pp-30-2019) as a kinerja band table: Sangat Kurang < 50;
 * Kurang [50, 70); Cukup [70, 90); Baik [90, 110); Sangat Baik ≥ 110 **and** the fact `fact` (default
 * `inovasi`) is `true` (a new idea or method benefiting the organisation or state) — without it, 110–120
 * is Baik. Kurang and Sangat Kurang are [M] (cut off in the sources). Classifies the rounded final score.
 *
 * @param factArg - the appraisal fact that records the innovation (default `inovasi`)
 * @throws `KinerjaError` `INVALID_INPUT` when it is not a fact name
 * @returns `{ classify, table }` for a scheme's `bands`
 * @example
 * ```ts
 * pp30Bands().table.at(-1); // { id: "sangatBaik", min: "110", requires: [{ fact: "inovasi", equals: true }], … }
 * ```
 */
export function pp30Bands(factArg?: string): Bands {
  const { fact } = parseInput(z.strictObject({ fact: z._default(FactNameSchema, "inovasi") }), { fact: factArg }, { what: "pp30Bands arguments" });
  return {
    classify: "rounded",
    table: [
      { id: "sangatKurang", label: { id: "Sangat Kurang", en: "Very poor" }, max: "50" },
      { id: "kurang", label: { id: "Kurang", en: "Poor" }, min: "50", max: "70" },
      { id: "cukup", label: { id: "Cukup", en: "Fair" }, min: "70", max: "90" },
      { id: "baik", label: { id: "Baik", en: "Good" }, min: "90", max: "110" },
      { id: "sangatBaik", label: { id: "Sangat Baik", en: "Very good" }, min: "110", requires: [{ fact, equals: true }] },
    ],
  };
}
