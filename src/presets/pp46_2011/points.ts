import * as z from "zod/mini";
import { parseInput, rational, traceEntry, type TraceEntry } from "../../index.js";

/** Input of {@link tugasTambahanPoints}. */
export const TugasTambahanInputSchema = z.strictObject({ count: z.int().check(z.gte(0), z.lte(10_000)) });

/** Points and their derivation. */
export interface Points {
  /** The points (a whole number). */
  readonly points: number;
  readonly trace: readonly TraceEntry[];
}

/**
 * Tugas tambahan points of PP 46/2011 (PP 46/2011 and Perka BKN 1/2013 Lampiran, secondary, docs/sources.md#pp-46-2011): none → 0; 1–3 tasks → 1; 4–6 → 2;
 * 7 or more → 3. (A published peer wrongly gives 3 for no task; here 0 gives 0.)
 *
 * @param input - `{ count }`: the number of additional tasks
 * @returns the points
 * @example
 * ```ts
 * tugasTambahanPoints({ count: 4 }).points; // 2
 * ```
 */
export function tugasTambahanPoints(input: { readonly count: number }): Points {
  const { count } = parseInput(TugasTambahanInputSchema, input, { what: "tugas tambahan input" });
  const points = count === 0 ? 0 : count <= 3 ? 1 : count <= 6 ? 2 : 3;
  return { points, trace: [traceEntry({ at: "points", formula: "pp46.tugasTambahan", value: rational(points), inputs: { count: rational(count) } })] };
}

/** The reach of a kreativitas (new idea), certified by a letter. */
export type KreativitasLevel = "unitKerja" | "instansi" | "nasional";

/** Points per kreativitas level: unit kerja 3, instansi 6, nasional 12 (PP 46/2011 and Perka BKN 1/2013 Lampiran, secondary/unconfirmed, docs/sources.md#pp-46-2011). */
export const KREATIVITAS_POINTS: Readonly<Record<KreativitasLevel, number>> = Object.freeze({ unitKerja: 3, instansi: 6, nasional: 12 });

/** Input of {@link kreativitasPoints}. */
export const KreativitasInputSchema = z.strictObject({ level: z.nullable(z.enum(["unitKerja", "instansi", "nasional"])) });

/**
 * Kreativitas points of PP 46/2011 (PP 46/2011 and Perka BKN 1/2013 Lampiran, docs/sources.md#pp-46-2011): an idea that benefits the unit kerja → 3; the
 * instansi → 6; the state → 12; none (`null`) → 0.
 *
 * @param input - `{ level }`
 * @returns the points
 * @example
 * ```ts
 * kreativitasPoints({ level: "instansi" }).points; // 6
 * ```
 */
export function kreativitasPoints(input: { readonly level: KreativitasLevel | null }): Points {
  const { level } = parseInput(KreativitasInputSchema, input, { what: "kreativitas input" });
  const points = level === null ? 0 : KREATIVITAS_POINTS[level];
  return { points, trace: [traceEntry({ at: "points", formula: level === null ? "input" : `pp46.kreativitas.${level}`, value: rational(points) })] };
}
