import * as z from "zod/mini";
import { parseWith } from "../schema/toKinerjaError.js";
import { TALENT_LEVELS, TalentLevelSchema, type TalentLevel } from "./talentLevel.js";

/** A box numbering: the box number (1–9) of every (kinerja level, potensi level) pair, keyed kinerja first. */
export type NineBoxNumbering = Readonly<Record<TalentLevel, Readonly<Record<TalentLevel, number>>>>;

/**
 * The named box numberings in circulation:
 * - `kemenpan` (default): the KemenPANRB talent-management deck for PermenPANRB 3/2020 — potensi on the
 *   Y axis, kinerja on the X axis, boxes numbered along the anti-diagonals (by the sum of the two levels,
 *   then by rising kinerja). Confidence: secondary (a published KemenPANRB slide deck).
 * - `potentialMajor`: row by row from low potensi (box 7 = high potensi, low kinerja), as some
 *   open-source talent apps number it.
 * - `performanceMajor`: kinerja first (box 7 = high kinerja, low potensi), as another 3/2020
 *   implementation numbers it.
 */
export type NineBoxConvention = "kemenpan" | "potentialMajor" | "performanceMajor";

const table = (rows: Record<TalentLevel, [number, number, number]>): NineBoxNumbering =>
  Object.freeze(
    Object.fromEntries(TALENT_LEVELS.map((k) => [k, Object.freeze({ low: rows[k][0], medium: rows[k][1], high: rows[k][2] })])) as Record<TalentLevel, Readonly<Record<TalentLevel, number>>>,
  );

/** The box numbers of each {@link NineBoxConvention}: `NINE_BOX_NUMBERINGS[convention][kinerja][potensi]`. */
export const NINE_BOX_NUMBERINGS: Readonly<Record<NineBoxConvention, NineBoxNumbering>> = Object.freeze({
  //                         potensi: low medium high
  kemenpan: table({ low: [1, 2, 4], medium: [3, 5, 7], high: [6, 8, 9] }),
  potentialMajor: table({ low: [1, 4, 7], medium: [2, 5, 8], high: [3, 6, 9] }),
  performanceMajor: table({ low: [1, 2, 3], medium: [4, 5, 6], high: [7, 8, 9] }),
});

/** A (kinerja level, potensi level) pair. */
export interface LevelPair {
  /** Kinerja (performance) level. */
  readonly performance: TalentLevel;
  /** Potensi (potential) level. */
  readonly potential: TalentLevel;
}

/** Schema of a (kinerja, potensi) pair. */
export const LevelPairSchema = z.strictObject({ performance: TalentLevelSchema, potential: TalentLevelSchema });

/**
 * The talent pool by default: the pairs in Kemenpan boxes 7, 8 and 9 — (sedang, tinggi),
 * (tinggi, menengah), (tinggi, tinggi). A pool is a set of level pairs, never of box numbers, because
 * "boxes 7–9" are different people in each numbering.
 */
export const DEFAULT_TALENT_POOL: readonly LevelPair[] = Object.freeze([
  Object.freeze({ performance: "medium", potential: "high" }),
  Object.freeze({ performance: "high", potential: "medium" }),
  Object.freeze({ performance: "high", potential: "high" }),
] as const);

const Box = z.int().check(z.gte(1), z.lte(9));
const Row = z.strictObject({ low: Box, medium: Box, high: Box });

/** A numbering: the name of a {@link NineBoxConvention}, or `{ id, boxes }` with every pair numbered 1–9, each number once. */
export const NineBoxNumberingSchema = z.union([
  z.enum(["kemenpan", "potentialMajor", "performanceMajor"]),
  z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(100)), boxes: z.strictObject({ low: Row, medium: Row, high: Row }) }).check(z.superRefine((n, ctx) => {
      const seen = new Set<number>();
      for (const k of TALENT_LEVELS)
        for (const p of TALENT_LEVELS) {
          const b = n.boxes[k][p];
          if (seen.has(b)) ctx.addIssue({ code: "custom", path: ["boxes", k, p], message: `box ${b} is used twice`, input: b, params: { kinerja: "duplicate_box" } });
          seen.add(b);
        }
    })),
]);

/** A numbering as written in JSON. */
export type NineBoxNumberingInput = z.input<typeof NineBoxNumberingSchema>;

/** Resolves a validated numbering to its id and table. */
export function resolveNumbering(n: z.output<typeof NineBoxNumberingSchema>): { id: string; boxes: NineBoxNumbering } {
  return typeof n === "string" ? { id: n, boxes: NINE_BOX_NUMBERINGS[n] } : { id: n.id, boxes: n.boxes };
}

/** Input schema of {@link nineBox}. */
export const NineBoxInputSchema = z.strictObject({ performance: TalentLevelSchema, potential: TalentLevelSchema, numbering: z._default(NineBoxNumberingSchema, "kemenpan") });

/** Input of {@link nineBox}. */
export type NineBoxInput = z.input<typeof NineBoxInputSchema>;

/**
 * The box of a (kinerja, potensi) pair in a numbering, with the numbering's id — the same pair has a
 * different number in each convention, so store the pair and the convention with the number.
 *
 * @param input - `{ performance, potential, numbering? }` (default numbering `kemenpan`)
 * @returns `{ box, numbering }`
 * @throws `KinerjaError` `INVALID_INPUT`
 * @example
 * ```ts
 * nineBox({ performance: "medium", potential: "high" });                                 // { box: 7, numbering: "kemenpan" }
 * nineBox({ performance: "medium", potential: "high", numbering: "potentialMajor" }).box; // 8
 * ```
 */
export function nineBox(input: NineBoxInput): { readonly box: number; readonly numbering: string } {
  const v = parseWith(NineBoxInputSchema, input, "INVALID_INPUT", "nineBox input");
  const n = resolveNumbering(v.numbering);
  return { box: n.boxes[v.performance][v.potential], numbering: n.id };
}
