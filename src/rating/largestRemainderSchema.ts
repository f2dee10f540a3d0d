import * as z from "zod/mini";
import { LIMITS } from "../concepts/vocabulary.js";
import { NonNegativeDecimalSchema } from "../schema/primitives.js";

/**
 * Input of `largestRemainder`: how many people to apportion and the relative shares. (The function reads
 * its input by hand with the same issues; the schema serves apps that validate the input themselves.)
 */
export const LargestRemainderInputSchema = z.strictObject({
  /** Number of people (seats) to apportion: a whole number ≥ 0. */
  total: z.int().check(z.gte(0), z.lte(LIMITS.apportionTotal)),
  /** Relative shares (any non-negative decimals, e.g. `[20, 70, 10]` or `["0.2", "0.7", "0.1"]`), in declared order. */
  shares: z.array(NonNegativeDecimalSchema).check(z.minLength(1), z.maxLength(LIMITS.apportionShares)),
});

/** Input of `largestRemainder` as written in JSON. */
export type LargestRemainderInput = z.input<typeof LargestRemainderInputSchema>;
