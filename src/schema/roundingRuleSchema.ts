import * as z from "zod/mini";
import { MAX_ROUNDING_PLACES } from "../concepts/vocabulary.js";
import { RoundingModeSchema } from "./roundingModeSchema.js";

/** A rounding step: decimal places (0–20) and a mode (default `halfUp`). */
export const RoundingRuleSchema = z.strictObject({
  places: z.int().check(z.gte(0), z.lte(MAX_ROUNDING_PLACES)),
  mode: z._default(RoundingModeSchema, "halfUp"),
});
