import type * as z from "zod/mini";
import type { Appraisal } from "../schema/appraisal.js";
import type { Rational } from "../math/rational.js";
import type { RoundingRule } from "../math/round.js";
import type { IndicatorRule } from "../indicator/scoreIndicator.js";
import type { Label, Scheme } from "../schema/scheme.js";
import type { BehaviourConfig, LevelThresholds } from "./evaluateBehaviour.js";
import type { SchemeRules } from "./schemeRules.js";

/** @internal A compiled component weight of the final composition. */
export interface CompiledComponent {
  readonly id: "results" | "behaviour";
  readonly rawWeight: Rational;
  readonly total: Rational;
  readonly weight: Rational;
}

/** @internal The symbol under which a plan keeps its compiled form. */
export const COMPILED: unique symbol = Symbol.for("kinerja.plan.compiled") as never;

/** @internal A weighted node of the compiled scorecard. */
export interface CompiledNode {
  readonly id: string;
  readonly label: Label;
  /** Index in the result's perspectives / objectives / indicators array. */
  readonly index: number;
  readonly rawWeight: Rational;
  readonly siblingsTotal: Rational;
  readonly weight: Rational;
  readonly absoluteWeight: Rational;
  /** The parent's absolute weight (undefined for a perspective), for the trace of `absoluteWeight`. */
  readonly parentAbsoluteWeight: Rational | undefined;
  /** Constant texts of the trace of this node's weights, built once per plan (the fast path). */
  readonly texts?: NodeTexts;
}

/** @internal Texts of a node's constant weight numbers, and its effective weight when nothing is missing. */
export interface NodeTexts {
  readonly rawWeight: string;
  readonly siblingsTotal: string;
  readonly weight: string;
  readonly absoluteWeight: string;
  readonly parentAbsoluteWeight: string | undefined;
  /** Effective weight when every indicator has an actual (computed exactly as the roll-up would). */
  readonly effectiveAllPresent: Rational;
  readonly effectiveAllPresentText: string;
}

/** @internal A compiled indicator. */
export interface CompiledIndicator extends CompiledNode {
  readonly kind: "indicator";
  readonly rule: IndicatorRule;
  readonly perspective: string;
  readonly objective: string | null;
  readonly unit: string | null;
}

/** @internal A compiled objective. */
export interface CompiledObjective extends CompiledNode {
  readonly kind: "objective";
  readonly perspective: string;
  readonly children: readonly CompiledIndicator[];
}

/** @internal A compiled perspective. */
export interface CompiledPerspective extends CompiledNode {
  readonly kind: "perspective";
  readonly children: readonly (CompiledObjective | CompiledIndicator)[];
}

/** @internal The compiled form of a scheme. */
export interface CompiledScheme {
  readonly perspectives: readonly CompiledPerspective[];
  readonly objectives: readonly CompiledObjective[];
  readonly indicators: readonly CompiledIndicator[];
  readonly indicatorIndex: ReadonlyMap<string, number>;
  readonly components: readonly CompiledComponent[];
  /** The composition used when peers and subordinates were both shown (PP 30/2019), if the scheme has one. */
  readonly componentsWithPeers: readonly CompiledComponent[] | undefined;
  readonly behaviour: BehaviourConfig | undefined;
  readonly rounding: Readonly<Record<"objective" | "perspective" | "component" | "final", RoundingRule | undefined>>;
  readonly bands: readonly {
    readonly id: string;
    readonly label: Label;
    readonly min: Rational | undefined;
    readonly max: Rational | undefined;
    readonly requires: readonly { readonly fact: string; readonly equals: boolean | string | number }[] | undefined;
  }[];
  readonly classify: "rounded" | "exact";
  readonly missing: { readonly policy: "renormalize" | "zero" | "fail"; readonly minCoverage: Rational | undefined };
  /** The scheme's reward/sanction rules, compiled against the engine's and the scheme's facts. */
  readonly rules: SchemeRules | undefined;
  /** The results rating's thresholds (PermenPANRB 6/2022), when the scheme has them. */
  readonly resultsRating: LevelThresholds | undefined;
  /** The caps of the additions, in the scheme's order (undefined: no cap). */
  readonly additionCaps: readonly (Rational | undefined)[];
  /** Behaviour must be scored (a matrix or a composition needs it), so ratings are required. */
  readonly needsBehaviour: boolean;
  /** The appraisal schema this plan validates with (compiled by zod when `compile` was given `validation`). */
  readonly appraisal: z.ZodMiniType<Appraisal>;
}

/**
 * A scheme compiled for fast, repeated evaluation: validated once, ids resolved to indices, weights
 * normalised, constants built. Create it with `compile`; pass it to `evaluate` for every employee.
 * It is immutable and safe to share between calls.
 */
export interface Plan {
  readonly kind: "kinerja.plan";
  /** The validated, normalised scheme the plan was compiled from. */
  readonly scheme: Scheme;
  /** @internal */
  readonly [COMPILED]: CompiledScheme;
}

/** True when `value` is a plan made by `compile`. */
export function isPlan(value: unknown): value is Plan {
  if (typeof value !== "object" || value === null) return false;
  try {
    return (value as { kind?: unknown }).kind === "kinerja.plan" && COMPILED in value;
  } catch {
    return false; // a getter or proxy trap that throws: not a plan (the scheme parse then reports it)
  }
}
