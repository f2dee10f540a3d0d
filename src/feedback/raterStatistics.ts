import type { Bilingual, CentralStatistic, Combination, Conversion } from "../concepts/vocabulary.js";

/** How a group's answers become its score. */
export interface CentralEntry {
  /** The label. */
  readonly label: Bilingual;
  /** Which of the statistics every shown group reports is the group's score. */
  readonly reported: "mean" | "median" | "trimmedMean";
}

/** The 360° central statistics, each defined once (read by the aggregation and the docs). */
export const CENTRAL: Readonly<Record<CentralStatistic, CentralEntry>> = {
  mean: { label: { id: "rata-rata", en: "mean" }, reported: "mean" },
  median: { label: { id: "median", en: "median" }, reported: "median" },
  trimmed: { label: { id: "rata-rata terpangkas", en: "trimmed mean" }, reported: "trimmedMean" },
};

/** How the groups other than self form the "others" figure of a competency. */
export interface CombinationEntry {
  /** The label. */
  readonly label: Bilingual;
  /** The trace formula of the figure (`central`: the central statistic of the pooled answers). */
  readonly formula: "central" | "equalGroupMean" | "weightedGroupMean";
}

/** The 360° combinations, each defined once. */
export const COMBINE: Readonly<Record<Combination, CombinationEntry>> = {
  pooled: { label: { id: "semua jawaban digabung", en: "all answers pooled" }, formula: "central" },
  equalGroup: { label: { id: "rata-rata kelompok berbobot sama", en: "equal-weight mean of groups" }, formula: "equalGroupMean" },
  weightedGroup: { label: { id: "rata-rata kelompok berbobot", en: "weighted mean of groups" }, formula: "weightedGroupMean" },
};

/** How a value on the rating scale becomes 0–100: `(x − origin) × 100 / (max − origin)`. */
export interface ConversionEntry {
  /** The label. */
  readonly label: Bilingual;
  /** The value that maps to 0: the scale's minimum (linear) or zero (proportional). */
  readonly origin: "min" | "zero";
  /** The trace formula. */
  readonly formula: "likertLinear" | "likertProportional";
}

/** The scale conversions, each defined once (read by `toPercent` and the aggregation). */
export const CONVERSION: Readonly<Record<Conversion, ConversionEntry>> = {
  linear: { label: { id: "linear dari minimum skala", en: "linear from the scale's minimum" }, origin: "min", formula: "likertLinear" },
  proportional: { label: { id: "proporsional terhadap maksimum", en: "proportional to the maximum" }, origin: "zero", formula: "likertProportional" },
};
