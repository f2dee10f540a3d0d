import type { Dec } from "../math/decimal.js";

/** A band `[min, max)` of a compiled band table; `undefined` edges are open. */
export interface BandRange<T> {
  readonly min: Dec | undefined;
  readonly max: Dec | undefined;
  readonly band: T;
}

/**
 * Finds the half-open band `[min, max)` that holds `value`, or `undefined` when no band does.
 *
 * @param value - the value to classify
 * @param table - bands in ascending order
 */
export function classifyBand<T>(value: Dec, table: readonly BandRange<T>[]): T | undefined {
  for (const b of table) {
    if ((b.min === undefined || value.gte(b.min)) && (b.max === undefined || value.lt(b.max))) return b.band;
  }
  return undefined;
}
