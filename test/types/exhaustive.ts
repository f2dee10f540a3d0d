// Type tests (checked by `npm run typecheck`, not run): a concept's union grown by one member does not
// compile until every registry and every switch over it has decided what to do with the new member.
// Each `@ts-expect-error` below must meet an error; if a registry stopped being keyed by its union (or a
// switch stopped being exhaustive), the directive would be unused and the typecheck would fail.
import type { Direction, MethodKind, RaterGroup, RoundingMode, CentralStatistic, Conversion, Combination } from "../../src/concepts/vocabulary.js";
import { RATER_GROUP_LABELS, type Bilingual } from "../../src/concepts/vocabulary.js";
import { unreachable } from "../../src/errors/unreachable.js";
import { ROUNDING, type RoundingModeRule } from "../../src/math/round.js";
import { METHODS, type MethodEntry } from "../../src/indicator/methods.js";
import { CENTRAL, COMBINE, CONVERSION, type CentralEntry, type CombinationEntry, type ConversionEntry } from "../../src/feedback/raterStatistics.js";

// A rounding mode without a rule.
// @ts-expect-error — "halfOdd" has no entry in ROUNDING
export const roundingModes: Readonly<Record<RoundingMode | "halfOdd", RoundingModeRule>> = ROUNDING;
// An indicator method without an entry.
// @ts-expect-error — "logistic" has no entry in METHODS
export const methods: Readonly<Record<MethodKind | "logistic", MethodEntry>> = METHODS;
// A rater statistic, combination, conversion without an entry.
// @ts-expect-error — "mode" has no entry in CENTRAL
export const central: Readonly<Record<CentralStatistic | "mode", CentralEntry>> = CENTRAL;
// @ts-expect-error — "maxGroup" has no entry in COMBINE
export const combine: Readonly<Record<Combination | "maxGroup", CombinationEntry>> = COMBINE;
// @ts-expect-error — "logit" has no entry in CONVERSION
export const conversion: Readonly<Record<Conversion | "logit", ConversionEntry>> = CONVERSION;
// A rater group without a label.
// @ts-expect-error — "mentor" has no label
export const groups: Readonly<Record<RaterGroup | "mentor", Bilingual>> = RATER_GROUP_LABELS;

/** The pattern every switch over a concept follows; with a fifth direction the `default` stops compiling. */
export function directionWord(d: Direction | "twoSided"): string {
  switch (d) {
    case "higher":
    case "lower":
    case "range":
    case "binary":
      return d;
    default:
      // @ts-expect-error — "twoSided" is not handled, so `d` is not `never`
      return unreachable(d);
  }
}
