import { KinerjaError, issue } from "../errors/kinerjaError.js";
import { DECIMAL_TEXT, MAX_ROUNDING_PLACES, ROUNDING_MODES, type RoundingMode } from "../concepts/vocabulary.js";
import { fromScaled, rational, scaledParts, showRational, type Rational } from "./rational.js";

export { ROUNDING_MODES, type RoundingMode };

/** A rounding step: how many decimal places and which mode. */
export interface RoundingRule {
  /** Decimal places to keep (0–20). */
  readonly places: number;
  /** Rounding mode. */
  readonly mode: RoundingMode;
}

/**
 * Where a value scaled to whole units of the last kept place lies past its floor `q`: strictly
 * between `q` and `q + ½`, exactly on `q + ½`, or strictly between `q + ½` and `q + 1`. (A value that
 * is exactly `q` needs no rounding and is never asked about.)
 */
export type Fraction = "belowHalf" | "half" | "aboveHalf";

/** What a rounding mode needs to know and how it decides. */
export interface RoundingModeRule {
  /**
   * True for the modes that decide on the half (`halfUp`, `halfEven`, `halfDown`): a value near
   * `q + ½` is a tie candidate. False for the directed modes, which only care whether the value is a
   * whole unit (`q`) or not.
   */
  readonly ties: boolean;
  /** Whether a value past its floor `q` rounds up to `q + 1` (else down to `q`). */
  readonly up: (fraction: Fraction, negative: boolean, floorIsEven: boolean) => boolean;
}

/**
 * The rounding modes, each defined once: the rational rounding of the stages (every policy step,
 * `roundText`, `formatScore`) and `roundDec` of the modules still on decimal.js both decide through this table. A new mode in `ROUNDING_MODES`
 * does not compile until it has an entry here.
 */
export const ROUNDING: Readonly<Record<RoundingMode, RoundingModeRule>> = {
  halfUp: { ties: true, up: (f, negative) => f === "aboveHalf" || (f === "half" && !negative) },
  halfDown: { ties: true, up: (f, negative) => f === "aboveHalf" || (f === "half" && negative) },
  halfEven: { ties: true, up: (f, _negative, even) => f === "aboveHalf" || (f === "half" && !even) },
  down: { ties: false, up: (_f, negative) => negative },
  up: { ties: false, up: (_f, negative) => !negative },
  floor: { ties: false, up: () => false },
  ceil: { ties: false, up: () => true },
};

/** Rounds an exact rational to `rule.places` decimal places with `rule.mode`: the stages' rounding. */
export function roundRational(value: Rational, rule: RoundingRule): Rational {
  const { q, cmpHalf, negative } = scaledParts(value, rule.places);
  if (cmpHalf === null) return value;
  const fraction: Fraction = cmpHalf < 0 ? "belowHalf" : cmpHalf === 0 ? "half" : "aboveHalf";
  const even = typeof q === "number" ? q % 2 === 0 : q % 2n === 0n;
  const up = ROUNDING[rule.mode].up(fraction, negative, even);
  return fromScaled(up ? (typeof q === "number" ? q + 1 : q + 1n) : q, rule.places);
}

/**
 * Rounds decimal text by a rounding rule and returns plain decimal text with exactly `rule.places`
 * decimals — the same rounding a scheme's policy applies, for presets and plugins that round a value
 * their formula computed (e.g. `roundText("84.985", { places: 2, mode: "halfEven" })` → `"84.98"`).
 *
 * @param value - decimal text (e.g. `"84.985"`, `"-0.125"`)
 * @param rule - decimal places (0–20) and mode
 * @throws `KinerjaError` `INVALID_INPUT` when the text is not a decimal or the rule is not one
 */
export function roundText(value: string, rule: RoundingRule): string {
  const problems = [];
  if (typeof value !== "string" || value.length > 64 || !DECIMAL_TEXT.test(value)) {
    problems.push(issue(["value"], "invalid_decimal", "must be decimal text such as \"84.985\" / harus teks desimal seperti \"84.985\""));
  }
  const r = (typeof rule === "object" && rule !== null ? rule : {}) as Partial<Record<string, unknown>>;
  const places = Object.hasOwn(r, "places") ? r["places"] : undefined;
  const mode = Object.hasOwn(r, "mode") ? r["mode"] : undefined;
  if (!Number.isInteger(places) || (places as number) < 0 || (places as number) > MAX_ROUNDING_PLACES) {
    problems.push(issue(["rule", "places"], "invalid_places", `must be a whole number 0–${MAX_ROUNDING_PLACES} / harus bilangan bulat 0–${MAX_ROUNDING_PLACES}`));
  }
  if (typeof mode !== "string" || !(ROUNDING_MODES as readonly string[]).includes(mode)) {
    problems.push(issue(["rule", "mode"], "invalid_mode", `must be one of ${ROUNDING_MODES.join(", ")} / harus salah satu dari ${ROUNDING_MODES.join(", ")}`));
  }
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "roundText: invalid input", problems);
  const checked = { places: places as number, mode: mode as RoundingMode };
  return showRational(roundRational(rational(value), checked), checked.places);
}

