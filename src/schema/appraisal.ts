import * as z from "zod/mini";
import { DateSchema, DecimalInputSchema, IdSchema } from "./primitives.js";
import { HistoryEntrySchema } from "./rules.js";
import { LIMITS, NOT_APPLICABLE, RATER_GROUPS } from "../concepts/vocabulary.js";

/** One indicator's measured value for the period, with optional individual target or baseline. */
export const ActualSchema = z.strictObject({
  indicator: IdSchema,
  /** The measured value; `null` (or leaving the indicator out) means missing. */
  actual: z.nullable(DecimalInputSchema),
  /** An individual target overriding the scheme's. */
  target: z.optional(DecimalInputSchema),
  /** An individual baseline overriding the scheme's (interpolation). */
  baseline: z.optional(DecimalInputSchema),
});

/** One rater's answer on one competency. */
export const RatingSchema = z.strictObject({
  rater: z.string().check(z.minLength(1), z.maxLength(LIMITS.personId)),
  group: z.enum(RATER_GROUPS),
  subgroup: z.optional(IdSchema),
  competency: IdSchema,
  value: z.union([DecimalInputSchema, z.null(), z.string().check(z.regex(NOT_APPLICABLE))]),
});

/** The appraisal of one employee for one period: who, when, and the actuals per indicator. */
export const AppraisalSchema = z.strictObject({
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(LIMITS.personId))),
  employee: z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(LIMITS.personId)),
    name: z.optional(z.string().check(z.minLength(1), z.maxLength(LIMITS.name))),
    unit: z.optional(z.string().check(z.minLength(1), z.maxLength(LIMITS.name))),
    position: z.optional(z.string().check(z.minLength(1), z.maxLength(LIMITS.name))),
  }),
  period: z.optional(z.strictObject({ start: DateSchema, end: DateSchema })),
  actuals: z.array(ActualSchema).check(z.maxLength(LIMITS.indicators)),
  /** Facts about the employee for band conditions (e.g. `{ id: "innovation", value: true }`). */
  facts: z.optional(z.array(z.strictObject({ id: IdSchema, value: z.union([z.boolean(), z.string().check(z.maxLength(LIMITS.factText)), z.number()]) })).check(z.maxLength(LIMITS.facts))),
  /** Days the employee served in the period (a fact for rules, e.g. a minimum period to be rated). */
  daysServed: z.optional(z.int().check(z.gte(0), z.lte(LIMITS.daysServed))),
  /** Earlier periods, oldest first (band and score), for history rules such as two consecutive "Kurang". */
  history: z.optional(z.array(HistoryEntrySchema).check(z.maxLength(LIMITS.history))),
  /** 360° ratings of the employee's behaviour, one per rater and competency (`value` null or "na" = N/A). */
  ratings: z.optional(z.array(RatingSchema).check(z.maxLength(LIMITS.ratings))),
});

/** An appraisal as written in JSON. */
export type AppraisalInput = z.input<typeof AppraisalSchema>;
/** A validated appraisal. */
export type Appraisal = z.output<typeof AppraisalSchema>;
