/**
 * A ready public-sector Balanced Scorecard (stakeholders and community, internal process, learning and
 * growth, budget) with weighted IKU and the IKM as an indicator.
 * @module
 */
import { publicSectorBscScheme } from "./scheme.js";

export { publicSectorBscScheme, PublicSectorBscInputSchema, type PublicSectorBscInput } from "./scheme.js";

/**
 * The public-sector Balanced Scorecard preset in one object.
 *
 * @example
 * ```ts
 * const plan = compile(publicSectorBsc.scheme({ id: "renstra", iku, ikm: { target: 85 } }));
 * ```
 */
export const publicSectorBsc = Object.freeze({
  /** See {@link publicSectorBscScheme}. */
  scheme: publicSectorBscScheme,
});
