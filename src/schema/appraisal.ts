import { z } from "zod";
import { DateSchema, DecimalInputSchema, IdSchema } from "./primitives.js";
import { HistoryEntrySchema } from "./rules.js";
import { LIMITS, NOT_APPLICABLE, RATER_GROUPS } from "../concepts/vocabulary.js";

/** One indicator's measured value for the period, with optional individual target or baseline. */
export const ActualSchema = z.strictObject({
  indicator: IdSchema,
  /** The measured value; `null` (or leaving the indicator out) means missing. */
  actual: DecimalInputSchema.nullable(),
  /** An individual target overriding the scheme's. */
  target: DecimalInputSchema.optional(),
  /** An individual baseline overriding the scheme's (interpolation). */
  baseline: DecimalInputSchema.optional(),
});

/** One rater's answer on one competency. */
export const RatingSchema = z.strictObject({
  rater: z.string().min(1).max(LIMITS.personId),
  group: z.enum(RATER_GROUPS),
  subgroup: IdSchema.optional(),
  competency: IdSchema,
  value: z.union([DecimalInputSchema, z.null(), z.string().regex(NOT_APPLICABLE)]),
});

/** The appraisal of one employee for one period: who, when, and the actuals per indicator. */
export const AppraisalSchema = z.strictObject({
  id: z.string().min(1).max(LIMITS.personId).optional(),
  employee: z.strictObject({
    id: z.string().min(1).max(LIMITS.personId),
    name: z.string().min(1).max(LIMITS.name).optional(),
    unit: z.string().min(1).max(LIMITS.name).optional(),
    position: z.string().min(1).max(LIMITS.name).optional(),
  }),
  period: z.strictObject({ start: DateSchema, end: DateSchema }).optional(),
  actuals: z.array(ActualSchema).max(LIMITS.indicators),
  /** Facts about the employee for band conditions (e.g. `{ id: "innovation", value: true }`). */
  facts: z.array(z.strictObject({ id: IdSchema, value: z.union([z.boolean(), z.string().max(LIMITS.factText), z.number()]) })).max(LIMITS.facts).optional(),
  /** Days the employee served in the period (a fact for rules, e.g. a minimum period to be rated). */
  daysServed: z.int().min(0).max(LIMITS.daysServed).optional(),
  /** Earlier periods, oldest first (band and score), for history rules such as two consecutive "Kurang". */
  history: z.array(HistoryEntrySchema).max(LIMITS.history).optional(),
  /** 360° ratings of the employee's behaviour, one per rater and competency (`value` null or "na" = N/A). */
  ratings: z.array(RatingSchema).max(LIMITS.ratings).optional(),
});

/** An appraisal as written in JSON. */
export type AppraisalInput = z.input<typeof AppraisalSchema>;
/** A validated appraisal. */
export type Appraisal = z.output<typeof AppraisalSchema>;
