import { ROUNDING, type Fraction, type RoundingRule } from "./round.js";
import { Dec, type Dec as D } from "./decimal.js";

// The decimal form of a rounding rule, for the modules that compute in decimal.js (rules, periods,
// talent, ratings); the stages round rationals with `roundRational`. Both decide through `ROUNDING`.

const HALF = new Dec("0.5");
const TEN = new Dec(10);
const POWERS: readonly D[] = Array.from({ length: 21 }, (_, i) => TEN.pow(i));

/** Rounds a decimal to `rule.places` decimal places with `rule.mode` (exact, no binary floating point). */
export function roundDec(value: D, rule: RoundingRule): D {
  const scale = POWERS[rule.places] ?? TEN.pow(rule.places);
  const scaled = value.times(scale);
  const q = scaled.floor();
  const rest = scaled.minus(q);
  if (rest.isZero()) return value;
  const c = rest.cmp(HALF);
  const fraction: Fraction = c < 0 ? "belowHalf" : c === 0 ? "half" : "aboveHalf";
  const up = ROUNDING[rule.mode].up(fraction, value.isNegative(), q.mod(2).isZero());
  return (up ? q.plus(1) : q).div(scale);
}

