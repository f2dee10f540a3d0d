import * as z from "zod/mini";
import { ROUNDING_MODES } from "../concepts/vocabulary.js";

/** The rounding modes a scheme can name. */
export const RoundingModeSchema = z.enum(ROUNDING_MODES);
