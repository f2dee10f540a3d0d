import { LIMITS } from "../concepts/vocabulary.js";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { R0, rational, showRational, type Rational } from "../math/rational.js";
import { DECIMAL_MESSAGES, boundedDecimal, isDecimalText } from "../schema/decimalText.js";
import type { DecimalText } from "../schema/result.js";
import type { LargestRemainderInput } from "./largestRemainderSchema.js";

// The input schema lives in a module of its own (re-exported here): largestRemainder reads its two fields
// by hand, with the issues the schema gives (same codes, paths and zod's English messages; a property test
// checks them against the schema), so that an app that only apportions bundles no schema library.
export { LargestRemainderInputSchema, type LargestRemainderInput } from "./largestRemainderSchema.js";

/** How {@link largestRemainder} reached its counts: quotas, floors, remainders and who got the extra places. */
export interface LargestRemainderTrace {
  /** Sum of the shares (the divisor). */
  readonly sum: DecimalText;
  /** Exact quota `total × share / sum` of each share (full precision: 40 significant digits when it does not terminate). */
  readonly quotas: readonly DecimalText[];
  /** Whole part of each quota. */
  readonly floors: readonly number[];
  /** Fractional part of each quota (same precision as the quotas). */
  readonly remainders: readonly DecimalText[];
  /** Places left after the floors: `total − Σ floors`. */
  readonly remaining: number;
  /** Indices that received one extra place, in the order they received it (largest remainder first; equal remainders by declared order). */
  readonly awarded: readonly number[];
}

/** Result of {@link largestRemainder}. */
export interface LargestRemainderResult {
  /** The number apportioned. */
  readonly total: number;
  /** Whole counts, one per share, summing to `total`; each is the floor or the ceiling of its quota. */
  readonly counts: readonly number[];
  /** The derivation. */
  readonly trace: LargestRemainderTrace;
}

/**
 * Apportions `total` people to relative `shares` by the largest-remainder (Hamilton, Hare quota)
 * method (largest remainder (Hamilton) apportionment, docs/sources.md#methods): each share gets the whole part of its quota `total × share / Σ shares`,
 * and the places left over go one each to the largest fractional parts. Equal remainders are
 * decided by declared order (the earlier share first), so the result is deterministic.
 *
 * The arithmetic is exact: shares are scaled to integers (`BigInt`) and quotas are compared as integers, so
 * `0.57 × 100` floors to 57 (binary floating point gives 56). Every count is the floor or the
 * ceiling of its quota (the quota rule). Known property of the method: adding one person can take
 * a place away from a share (the Alabama paradox).
 *
 * @param input - `{ total, shares }`
 * @returns the counts (summing to `total`) and the trace of quotas and remainders
 * @throws `KinerjaError` `INVALID_INPUT` for a negative or fractional total, negative shares, or shares that are all zero
 * @example
 * ```ts
 * largestRemainder({ total: 17, shares: [20, 70, 10] }).counts; // [3, 12, 2]
 * ```
 */
export function largestRemainder(input: LargestRemainderInput): LargestRemainderResult {
  const { total, shares } = readInput(input);
  const exact = shares.map((x) => rational(x));
  const sum = exact.reduce((a: Rational, b) => a.plus(b), R0);
  if (sum.isZero()) throw new KinerjaError("INVALID_INPUT", "invalid largest-remainder input", [issue(["shares"], "invalid_share", "the shares must not all be zero")]);
  // Exact quotas total × share / sum, their whole parts and what is left over.
  const quotas = exact.map((x) => x.times(total).div(sum));
  const floors = quotas.map((q) => q.floor());
  const rests = quotas.map((q, i) => q.minus(floors[i] as Rational));
  const counts = floors.map((f) => f.toNumber());
  const remaining = total - counts.reduce((a, b) => a + b, 0);
  const awarded = rests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.cmp(a.r) || a.i - b.i)
    .slice(0, remaining)
    .map((x) => x.i);
  const floorCounts = [...counts];
  for (const i of awarded) counts[i] = (counts[i] ?? 0) + 1;

  return {
    total,
    counts,
    trace: {
      sum: showRational(sum),
      quotas: quotas.map((q) => showRational(q)),
      floors: floorCounts,
      remainders: rests.map((r) => showRational(r)),
      remaining,
      awarded,
    },
  };
}


/** The type a value shows in a message, as zod's English messages name it (`null`, `array`, `NaN`, `Date`, …). */
function received(value: unknown): unknown {
  let type: unknown = typeof value;
  if (typeof value === "number") type = Number.isNaN(value) ? "nan" : "number";
  else if (value === null) type = "null";
  else if (typeof value === "object") {
    if (Array.isArray(value)) type = "array";
    else if (Object.getPrototypeOf(value) !== Object.prototype && "constructor" in value && value.constructor) type = (value.constructor as { name?: unknown }).name;
    else type = "object";
  }
  if (type === "number" && typeof value === "number" && !Number.isFinite(value)) return String(value);
  const names: Record<string, unknown> = { nan: "NaN" };
  return names[type as string] ?? type;
}

/** One problem, and whether it stops the checks after it on the same value (as a failed type check does). */
interface Problem {
  readonly issue: KinerjaIssue;
  readonly stops: boolean;
}

/** `total`: a whole number 0 to 10^9. */
function readTotal(value: unknown, problems: Problem[]): void {
  const at = ["total"];
  if (typeof value !== "number" || !Number.isFinite(value)) {
    problems.push({ issue: issue(at, "invalid_type", `Invalid input: expected number, received ${String(received(value))}`), stops: true });
    return;
  }
  if (!Number.isInteger(value)) {
    problems.push({ issue: issue(at, "invalid_type", "Invalid input: expected int, received number"), stops: true });
    return;
  }
  if (value > Number.MAX_SAFE_INTEGER) problems.push({ issue: issue(at, "too_big", `Too big: expected int to be <=${Number.MAX_SAFE_INTEGER}`), stops: false });
  if (value < Number.MIN_SAFE_INTEGER) problems.push({ issue: issue(at, "too_small", `Too small: expected int to be >=${Number.MIN_SAFE_INTEGER}`), stops: false });
  if (value < 0) problems.push({ issue: issue(at, "too_small", "Too small: expected number to be >=0"), stops: false });
  if (value > LIMITS.apportionTotal) problems.push({ issue: issue(at, "too_big", `Too big: expected number to be <=${LIMITS.apportionTotal}`), stops: false });
}

/** One share: a finite number or decimal text (trimmed, at most 64 characters), below 10^15, not negative; its canonical text. */
function readShare(value: unknown, at: (string | number)[], problems: Problem[]): string | undefined {
  let text: string;
  if (typeof value === "number" && Number.isFinite(value)) text = String(value);
  else if (typeof value === "string" && isDecimalText(value.trim())) {
    text = value.trim();
    if (text.length > LIMITS.decimalText) {
      problems.push({ issue: issue(at, "too_big", `Too big: expected string to have <=${LIMITS.decimalText} characters`), stops: false });
      return undefined;
    }
  } else {
    // Neither a finite number nor decimal text: what zod reports when no member of a union matches.
    problems.push({ issue: issue(at, "invalid_union", "Invalid input"), stops: true });
    return undefined;
  }
  const exact = boundedDecimal(text);
  if (exact === null) {
    problems.push({ issue: issue(at, "custom", DECIMAL_MESSAGES.tooLarge), stops: true });
    return undefined;
  }
  if (exact.startsWith("-")) problems.push({ issue: issue(at, "custom", DECIMAL_MESSAGES.negative), stops: false });
  return exact;
}

/** The number of code points of a string (a surrogate pair counts once). */
const codePoints = (text: string): number => [...text].length;

/** `shares`: 1 to 1000 shares. */
function readShares(value: unknown, problems: Problem[]): string[] {
  if (!Array.isArray(value)) {
    problems.push({ issue: issue(["shares"], "invalid_type", `Invalid input: expected array, received ${String(received(value))}`), stops: true });
    // zod still measures a value that has a length (a string, a typed array, a function).
    const n = value === null || value === undefined ? undefined : (value as { length?: unknown }).length;
    if (n !== undefined) {
      const origin = typeof value === "string" ? "string" : "unknown";
      const unit = typeof value === "string" ? " characters" : "";
      const verb = typeof value === "string" ? "to have" : "to be";
      if (!((n as number) >= 1)) problems.push({ issue: issue(["shares"], "too_small", `Too small: expected ${origin} ${verb} >=1${unit}`), stops: false });
      const length = typeof value === "string" && value.length > LIMITS.apportionShares ? codePoints(value) : n;
      if (!((length as number) <= LIMITS.apportionShares)) problems.push({ issue: issue(["shares"], "too_big", `Too big: expected ${origin} ${verb} <=${LIMITS.apportionShares}${unit}`), stops: false });
    }
    return [];
  }
  // Too many shares: reported without reading them (as zod's array does for a size over its maximum).
  if (value.length > LIMITS.apportionShares) {
    problems.push({ issue: issue(["shares"], "too_big", `Too big: expected array to have <=${LIMITS.apportionShares} items`), stops: true });
    return [];
  }
  const own: Problem[] = [];
  const texts: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const text = readShare(value[i] as unknown, ["shares", i], own);
    if (text !== undefined) texts.push(text);
  }
  problems.push(...own);
  if (value.length < 1) problems.push({ issue: issue(["shares"], "too_small", "Too small: expected array to have >=1 items"), stops: false });
  return texts;
}

/**
 * @internal Validates the input of {@link largestRemainder} by hand, with the issues `LargestRemainderInputSchema`
 * gives (codes, paths and zod's English messages, in the same order); an input that cannot be read (a
 * getter that throws) is one `unreadable` issue, as for every parse.
 */
export function readInput(input: unknown): { readonly total: number; readonly shares: readonly string[] } {
  const problems: Problem[] = [];
  let data: { readonly total: number; readonly shares: readonly string[] } | undefined;
  try {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      problems.push({ issue: issue([], "invalid_type", `Invalid input: expected object, received ${String(received(input))}`), stops: true });
    } else {
      const record = input as Record<string, unknown>;
      const total = record["total"];
      readTotal(total, problems);
      const shares = readShares(record["shares"], problems);
      const unknown: string[] = [];
      for (const key in record) if (key !== "total" && key !== "shares") unknown.push(key);
      if (unknown.length > 0) {
        problems.push({ issue: issue([], "unrecognized_keys", `Unrecognized key${unknown.length > 1 ? "s" : ""}: ${unknown.map((k) => `"${k}"`).join(", ")}`), stops: true });
      }
      data = { total: total as number, shares };
    }
  } catch (e) {
    if (e instanceof KinerjaError) throw e;
    const message = `the input cannot be read: ${e instanceof Error ? e.message : "a property access failed"}`;
    throw new KinerjaError("INVALID_INPUT", "invalid largest-remainder input", [issue([], "unreadable", message)]);
  }
  if (problems.length > 0 || data === undefined) {
    throw new KinerjaError("INVALID_INPUT", "invalid largest-remainder input", problems.map((p) => p.issue));
  }
  return data;
}
