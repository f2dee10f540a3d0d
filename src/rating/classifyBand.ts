import type { Rational } from "../math/rational.js";

/** A band `[min, max)` of a compiled band table; `undefined` edges are open. */
export interface BandRange {
  readonly min: Rational | undefined;
  readonly max: Rational | undefined;
}

/**
 * Finds the half-open band `[min, max)` that holds `value`.
 *
 * @param value - the value to classify
 * @param table - bands in ascending order
 * @returns the index of the band in `table`, or -1 when no band holds the value
 */
export function classifyBand(value: Rational, table: readonly BandRange[]): number {
  return table.findIndex((b) => (b.min === undefined || value.gte(b.min)) && (b.max === undefined || value.lt(b.max)));
}
