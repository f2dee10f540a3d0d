import * as z from "zod/mini";
import { DateSchema, DecimalInputSchema, IdSchema } from "./primitives.js";

/** A goal (sasaran / rencana hasil kerja) at one level of the organisation, with its indicators. */
export const GoalSchema = z.strictObject({
  id: IdSchema,
  /** What is to be achieved, in a sentence. */
  statement: z.string().check(z.maxLength(1000)),
  level: z.enum(["organisation", "unit", "individual"]),
  /** Who owns it (an employee, unit or organisation id). */
  owner: z.optional(z.string().check(z.maxLength(100))),
  /** The goal one level up that this goal supports (cascading). */
  parent: z.optional(IdSchema),
  /** The scheme objective this goal serves. */
  objective: z.optional(IdSchema),
  indicators: z._default(z.array(z.strictObject({ name: z.string().check(z.maxLength(300)), target: z.optional(DecimalInputSchema), unit: z.optional(z.string().check(z.maxLength(40))) })).check(z.maxLength(100)), []),
  /** Due date, `YYYY-MM-DD` (UTC). */
  due: z.optional(DateSchema),
});

/** Input of `checkGoals`: the goals and the appraisal period. */
export const CheckGoalsInputSchema = z.strictObject({
  goals: z.array(GoalSchema).check(z.maxLength(100000)),
  period: z.strictObject({ start: DateSchema, end: DateSchema }),
  /** Fewest words a specific statement must have (default 4). */
  minWords: z._default(z.int().check(z.gte(1), z.lte(50)), 4),
});

/** A goal as written in JSON. */
export type GoalInput = z.input<typeof GoalSchema>;
/** A validated goal. */
export type Goal = z.output<typeof GoalSchema>;
/** Input of `checkGoals` as written in JSON. */
export type CheckGoalsInput = z.input<typeof CheckGoalsInputSchema>;
