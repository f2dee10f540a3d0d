import { z } from "zod";
import { DateSchema, DecimalInputSchema, IdSchema } from "./primitives.js";

/** A goal (sasaran / rencana hasil kerja) at one level of the organisation, with its indicators. */
export const GoalSchema = z.strictObject({
  id: IdSchema,
  /** What is to be achieved, in a sentence. */
  statement: z.string().max(1000),
  level: z.enum(["organisation", "unit", "individual"]),
  /** Who owns it (an employee, unit or organisation id). */
  owner: z.string().max(100).optional(),
  /** The goal one level up that this goal supports (cascading). */
  parent: IdSchema.optional(),
  /** The scheme objective this goal serves. */
  objective: IdSchema.optional(),
  indicators: z
    .array(z.strictObject({ name: z.string().max(300), target: DecimalInputSchema.optional(), unit: z.string().max(40).optional() }))
    .max(100)
    .default([]),
  /** Due date, `YYYY-MM-DD` (UTC). */
  due: DateSchema.optional(),
});

/** Input of `checkGoals`: the goals and the appraisal period. */
export const CheckGoalsInputSchema = z.strictObject({
  goals: z.array(GoalSchema).max(100000),
  period: z.strictObject({ start: DateSchema, end: DateSchema }),
  /** Fewest words a specific statement must have (default 4). */
  minWords: z.int().min(1).max(50).default(4),
});

/** A goal as written in JSON. */
export type GoalInput = z.input<typeof GoalSchema>;
/** A validated goal. */
export type Goal = z.output<typeof GoalSchema>;
/** Input of `checkGoals` as written in JSON. */
export type CheckGoalsInput = z.input<typeof CheckGoalsInputSchema>;
