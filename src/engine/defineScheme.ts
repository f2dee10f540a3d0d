import type { SchemeInput } from "../schema/scheme.js";
import { parseScheme } from "./parseScheme.js";

/** The ids of a list of `{ id }` items, as a union of literals (or `string` when not known). */
type IdsOf<T> = T extends readonly { readonly id: infer I extends string }[] ? I : never;

/** The four Balanced Scorecard perspectives a scheme has when it lists none. */
type DefaultPerspectiveId = "financial" | "customer" | "internalProcess" | "learningGrowth";

type PerspectiveIds<S> = S extends { readonly perspectives: infer P } ? IdsOf<P> : DefaultPerspectiveId;
type ObjectiveIds<S> = S extends { readonly objectives: infer O } ? IdsOf<O> : never;
type IndicatorIds<S> = S extends { readonly indicators: infer I } ? IdsOf<I> : never;
type BandIds<S> = S extends { readonly bands: { readonly table: infer T } } ? IdsOf<T> : never;

/** Every `fact` naming an indicator (`indicator.<id>.score|achievement`) inside rules must name one of the scheme's indicators. */
type IndicatorFacts<T, I extends string> = T extends string | number | boolean | null | undefined
  ? T
  : { [K in keyof T]: K extends "fact" ? (T[K] extends `indicator.${string}` ? Ref<T[K], `indicator.${I}.${"score" | "achievement"}`> : T[K]) : IndicatorFacts<T[K], I> };

/** What an unknown reference is told it should be (the ids it may name). */
interface UnknownId<Allowed> {
  readonly "unknown id; expected one of": Allowed;
}
/** A reference as written when it names an allowed id, else a type no id satisfies (the error shows the allowed ids). */
type Ref<V, Allowed> = V extends Allowed ? V : V & UnknownId<Allowed>;
/** An object with the references in `F` checked (other fields as written). */
type Replace<T, F> = { [K in keyof T]: K extends keyof F ? Ref<T[K], F[K]> : T[K] };
/** Each item of a list with its references checked. */
type EachReplaced<T, F> = { [I in keyof T]: Replace<T[I], F> };

/**
 * A scheme literal with its references typed by the ids the literal declares: an objective's and an
 * indicator's `perspective`, an indicator's `objective`, a matrix cell's `band`, and an indicator fact
 * (`indicator.<id>.score`) of a rule. An unknown id is a type error at the reference.
 */
export type SchemeReferences<S> = {
  [K in keyof S]: K extends "objectives"
    ? EachReplaced<S[K], { perspective: PerspectiveIds<S> }>
    : K extends "indicators"
      ? EachReplaced<S[K], { perspective: PerspectiveIds<S>; objective: ObjectiveIds<S> }>
      : K extends "matrix"
        ? { [M in keyof S[K]]: M extends "cells" ? EachReplaced<S[K][M], { band: BandIds<S> }> : S[K][M] }
        : K extends "rules"
          ? IndicatorFacts<S[K], IndicatorIds<S>>
          : S[K];
};

/**
 * Defines a scheme in TypeScript: the literal keeps its literal types (`direction: "lower"` stays
 * `"lower"`, so the scheme can be passed to `evaluate` without `as const`), and a reference to a
 * perspective, objective, band or indicator the literal does not declare is a type error. The scheme is
 * also validated at once (as `parseScheme` does), so a definition that type-checks but breaks a rule no
 * type can express (a band gap, weights that sum to zero) fails where it is written.
 *
 * @param scheme - the scheme literal
 * @returns the same object, unchanged and typed as written
 * @throws `KinerjaError` `INVALID_SCHEME` with one issue per problem
 * @example
 * ```ts
 * const scheme = defineScheme({
 *   id: "s",
 *   perspectives: [{ id: "customer", label: "Pelanggan" }],
 *   indicators: [{ id: "ikm", perspective: "customer", label: "IKM", target: 85 }],
 * });
 * ```
 */
export function defineScheme<const S extends SchemeInput>(scheme: S & SchemeReferences<S>): S {
  parseScheme(scheme);
  // The parameter's type is S itself whenever the call type-checks.
  return scheme as S;
}
