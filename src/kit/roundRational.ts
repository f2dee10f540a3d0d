import type { Rational } from "../math/rational.js";
import { roundRational as round, type RoundingRule } from "../math/round.js";
import { checkRational, checkRule, copyRule, readArgs, ruleOf, throwIfAny } from "./guard.js";

/**
 * Rounds an exact value by a rounding rule — the same rounding a scheme's policy applies at its named
 * steps, decided on the exact value (a tie is a tie, never a float's neighbour of one). The modes are
 * kinerja's `ROUNDING_MODES`: `halfUp`, `halfEven`, `halfDown`, `down` (toward zero), `up` (away from
 * zero), `floor`, `ceil` (docs/concepts.md, "Arithmetic and rounding").
 *
 * @param value - the exact value (a `Rational`)
 * @param rule - `{ places, mode }`: decimal places to keep (0–20) and the mode
 * @returns the rounded value, exact (write it with `showRational(rounded, rule.places)`)
 * @throws `KinerjaError` `INVALID_INPUT` when `value` is not a `Rational` or the rule is not one
 * @example
 * ```ts
 * showRational(roundRational(rational("84.985"), { places: 2, mode: "halfEven" }), 2); // "84.98"
 * showRational(roundRational(rational("88.666"), { places: 2, mode: "down" }), 2);     // "88.66"
 * ```
 */
export function roundRational(value: Rational, rule: RoundingRule): Rational {
  const r = readArgs("roundRational", () => copyRule(rule));
  throwIfAny("roundRational", [...checkRational(value, ["value"]), ...checkRule(r, ["rule"])]);
  return round(value, ruleOf(r));
}
