import { issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { unreachable } from "../errors/unreachable.js";

/** How deep a plain-JSON value may nest (a cycle is reported as too deep). */
export const MAX_JSON_DEPTH = 100;

/**
 * @internal The first reason `value` is not plain JSON that survives `JSON.parse(JSON.stringify(v))`
 * unchanged, as an issue at `path`, or undefined when it is: only null, booleans, strings, finite numbers,
 * arrays without holes and objects with `Object.prototype` or a null prototype, own enumerable keys only
 * (an `undefined` object value is allowed: JSON leaves the key out), at most {@link MAX_JSON_DEPTH} deep
 * (so a cycle is reported). A getter or proxy trap that throws is reported, never thrown.
 */
export function plainJsonIssue(value: unknown, path: readonly (string | number)[]): KinerjaIssue | undefined {
  try {
    // The fast check first (no paths); the walk that names the path only when it fails.
    return isPlain(value, 0) ? undefined : (walk(value, [...path], 0) ?? issue(path, "invalid_type", "is not plain JSON"));
  } catch (e) {
    return issue(path, "unreadable", `cannot be read: ${e instanceof Error ? e.message : "a property access failed"}`);
  }
}

function isPlain(value: unknown, depth: number): boolean {
  if (typeof value !== "object") return typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
  if (value === null) return true;
  if (depth >= MAX_JSON_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!Object.hasOwn(value, i) || !isPlain(value[i], depth + 1)) return false;
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  // for…in uses the object's enumeration cache (no key array per object); inherited keys are skipped.
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined && !isPlain(v, depth + 1)) return false;
  }
  return true;
}

function walk(value: unknown, path: (string | number)[], depth: number): KinerjaIssue | undefined {
  const kind = typeof value;
  switch (kind) {
    case "string":
    case "boolean":
      return undefined;
    case "number":
      return Number.isFinite(value as number) ? undefined : issue([...path], "invalid_type", "must be a finite number");
    case "object":
      break;
    case "bigint":
    case "function":
    case "symbol":
    case "undefined":
      return issue([...path], "invalid_type", `a ${kind} is not plain JSON`);
    default:
      return unreachable(kind);
  }
  if (value === null) return undefined;
  if (depth >= MAX_JSON_DEPTH) return issue([...path], "too_deep", `nested more than ${MAX_JSON_DEPTH} levels (or a cycle)`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const p = Object.hasOwn(value, i) ? walk(value[i], path, depth + 1) : issue([...path], "invalid_type", "a hole in the array");
      path.pop();
      if (p) return p;
    }
    return undefined;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return issue([...path], "invalid_type", "must be a plain object");
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (v === undefined) continue;
    path.push(key);
    const p = walk(v, path, depth + 1);
    path.pop();
    if (p) return p;
  }
  return undefined;
}
