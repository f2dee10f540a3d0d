import { Decimal } from "decimal.js";
import type { Dec } from "./decimal.js";

/**
 * Rounding modes a scheme can name.
 * - `halfUp` — ties away from zero (2.5 → 3, −2.5 → −3); the default, as PHP `number_format`.
 * - `halfEven` — ties to even (banker's rounding; 2.5 → 2).
 * - `halfDown` — ties towards zero.
 * - `down` — truncate towards zero (sources that print 266/3 as 88.66).
 * - `up` — away from zero (sources that print 274/3 as 91.34).
 * - `floor`, `ceil` — towards −∞ / +∞.
 */
export type RoundingMode = "halfUp" | "halfEven" | "halfDown" | "down" | "up" | "floor" | "ceil";

/** A rounding step: how many decimal places and which mode. */
export interface RoundingRule {
  /** Decimal places to keep (0–20). */
  readonly places: number;
  /** Rounding mode. */
  readonly mode: RoundingMode;
}

const MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  halfUp: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfDown: Decimal.ROUND_HALF_DOWN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};

/** Rounds a decimal to `rule.places` decimal places with `rule.mode` (exact, no binary floating point). */
export function roundDec(value: Dec, rule: RoundingRule): Dec {
  return value.toDecimalPlaces(rule.places, MODES[rule.mode]);
}
