import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { MAX_ROUNDING_PLACES, ROUNDING_MODES, type RoundingMode } from "../concepts/vocabulary.js";
import { Rational } from "../math/rational.js";
import type { RoundingRule } from "../math/round.js";

// The argument checks shared by the authoring kit's functions: each returns the issues it found (an
// empty list when the argument is good), so that a function can report every bad argument at once.

/** Throws `INVALID_INPUT` named after the function when any issue was found. */
export function throwIfAny(fn: string, issues: readonly KinerjaIssue[]): void {
  if (issues.length > 0) throw new KinerjaError("INVALID_INPUT", `${fn}: invalid input`, issues);
}

/**
 * Reads a function's arguments (copies them into plain values) with `read`; an argument that cannot be
 * read — a getter or proxy trap that throws — is `INVALID_INPUT` with one `unreadable` issue, not a crash.
 */
export function readArgs<T>(fn: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof KinerjaError) throw e;
    throw new KinerjaError("INVALID_INPUT", `${fn}: invalid input`, [issue([], "unreadable", `the input cannot be read: ${e instanceof Error ? e.message : "a property access failed"}`)]);
  }
}

/** A copy of a rounding rule's own `places` and `mode` (anything else as it is, for {@link checkRule} to reject). */
export function copyRule(rule: unknown): unknown {
  if (typeof rule !== "object" || rule === null) return rule;
  const r = rule as Partial<Record<string, unknown>>;
  return { places: Object.hasOwn(r, "places") ? r["places"] : undefined, mode: Object.hasOwn(r, "mode") ? r["mode"] : undefined };
}

/** A copy of a path (anything but an array as it is, for {@link checkPath} to reject). */
export function copyPath(path: unknown): unknown {
  return Array.isArray(path) ? Array.from(path as unknown[]) : path;
}

/** `value` must be a {@link Rational}. */
export function checkRational(value: unknown, path: readonly (string | number)[]): KinerjaIssue[] {
  return value instanceof Rational ? [] : [issue(path, "invalid_type", "must be a Rational (build one with rational(...)) / harus Rational (buat dengan rational(...))")];
}

/** `places` must be a whole number 0–20. */
export function checkPlaces(places: unknown, path: readonly (string | number)[]): KinerjaIssue[] {
  return Number.isInteger(places) && (places as number) >= 0 && (places as number) <= MAX_ROUNDING_PLACES
    ? []
    : [issue(path, "invalid_places", `must be a whole number 0–${MAX_ROUNDING_PLACES} / harus bilangan bulat 0–${MAX_ROUNDING_PLACES}`)];
}

/** `rule` must be `{ places, mode }` with places 0–20 and a kinerja rounding mode. */
export function checkRule(rule: unknown, path: readonly (string | number)[]): KinerjaIssue[] {
  if (typeof rule !== "object" || rule === null) return [issue(path, "invalid_type", "must be a rounding rule { places, mode } / harus aturan pembulatan { places, mode }")];
  const r = rule as Partial<Record<string, unknown>>;
  const places = Object.hasOwn(r, "places") ? r["places"] : undefined;
  const mode = Object.hasOwn(r, "mode") ? r["mode"] : undefined;
  const issues = checkPlaces(places, [...path, "places"]);
  if (typeof mode !== "string" || !(ROUNDING_MODES as readonly string[]).includes(mode)) {
    issues.push(issue([...path, "mode"], "invalid_mode", `must be one of ${ROUNDING_MODES.join(", ")} / harus salah satu dari ${ROUNDING_MODES.join(", ")}`));
  }
  return issues;
}

/** A rounding rule that passed {@link checkRule}, typed. */
export function ruleOf(rule: unknown): RoundingRule {
  const r = rule as RoundingRule;
  return { places: r.places, mode: r.mode as RoundingMode };
}

/** `path` must be an array of strings and numbers (symbols too when `symbols`). */
export function checkPath(path: unknown, at: readonly (string | number)[], symbols = false): KinerjaIssue[] {
  const ok = Array.isArray(path) && path.every((p: unknown) => typeof p === "string" || (typeof p === "number" && Number.isFinite(p)) || (symbols && typeof p === "symbol"));
  return ok ? [] : [issue(at, "invalid_path", "must be an array of keys (text) and indices (numbers) / harus larik kunci (teks) dan indeks (bilangan)")];
}

/** `value` must be text (of at most `max` characters; non-empty unless `empty`). */
export function checkText(value: unknown, path: readonly (string | number)[], max: number, empty = false): KinerjaIssue[] {
  return typeof value === "string" && value.length <= max && (empty || value.length > 0)
    ? []
    : [issue(path, "invalid_type", `must be text of ${empty ? 0 : 1}–${max} characters / harus teks ${empty ? 0 : 1}–${max} karakter`)];
}
