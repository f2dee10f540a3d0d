import { Decimal } from "decimal.js";
import type { Plan, RoundingRule } from "kinerja";

/** This command's own decimal context: 40 significant digits like the library's, never the global one. */
const D = Decimal.clone({ precision: 40 });

const MODES: Record<RoundingRule["mode"], Decimal.Rounding> = {
  halfUp: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfDown: Decimal.ROUND_HALF_DOWN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};

/**
 * The rounding shown for component scores (hasil kerja, perilaku) in outputs: the scheme's `component`
 * rounding, else its `final` rounding (the final score itself is already rounded by the library).
 * Exact values go to the extra columns of `--exact`.
 */
export function displayRounding(plan: Plan): RoundingRule | null {
  const r = plan.scheme.rounding;
  return r.component ?? r.final ?? null;
}

/** A decimal text rounded by a rule (or as it is without one), as fixed-point text. */
export function roundText(text: string, rule: RoundingRule | null): string {
  if (rule === null) return text;
  return new D(text).toDecimalPlaces(rule.places, MODES[rule.mode]).toFixed(rule.places);
}

/** Compares two decimal texts exactly. */
export function compareDecimal(a: string, b: string): number {
  return new D(a).cmp(new D(b));
}
