/**
 * Stable, machine-readable codes of every error kinerja throws. Branch on these, not on messages.
 *
 * - `INVALID_SCHEME` — the scheme JSON failed validation (see `issues`).
 * - `INVALID_APPRAISAL` — the appraisal JSON failed validation or does not fit the scheme.
 * - `INVALID_INPUT` — any other argument of a public function failed validation.
 * - `ZERO_TARGET` — a ratio over a target of 0 where the indicator does not define the binary rule.
 * - `DIVISION_BY_ZERO` — a formula would divide by zero (e.g. `target/actual` with actual 0 and no cap).
 * - `MISSING_ACTUAL` — an actual is missing and the scheme's missing-data policy is `fail`.
 * - `INSUFFICIENT_COVERAGE` — less of the scorecard's weight is present than the scheme's minimum coverage.
 * - `PLUGIN_ERROR` — a formula plugin threw a non-kinerja error or returned something other than decimal text.
 * - `IO_ERROR` — (kinerja/node) a file could not be read or written; the issue's code is the system's
 *   (`ENOENT`, `EISDIR`, `ENOSPC`, …) and its message names the path.
 * - `BATCH_ABORTED` — (kinerja/node) a batch was stopped (a signal or an `AbortSignal`) before its end; the
 *   message says how far it got; a file output was left as it was before the run.
 * - `WORKER_FAILED` — (kinerja/node) a scoring worker crashed or did not answer in time; the message names the
 *   input lines whose records were lost; a file output was left as it was before the run.
 */
export type KinerjaErrorCode =
  | "INVALID_SCHEME"
  | "INVALID_APPRAISAL"
  | "INVALID_INPUT"
  | "ZERO_TARGET"
  | "DIVISION_BY_ZERO"
  | "MISSING_ACTUAL"
  | "INSUFFICIENT_COVERAGE"
  | "PLUGIN_ERROR"
  | "IO_ERROR"
  | "BATCH_ABORTED"
  | "WORKER_FAILED";

/** One problem found in an input: where it is, what kind it is, and a readable message. */
export interface KinerjaIssue {
  /** Kind of problem, e.g. `invalid_type`, `unrecognized_keys`, `unknown_reference`, `duplicate_id`. */
  readonly code: string;
  /** Path of keys and indices into the input, e.g. `["indicators", 3, "target"]`. */
  readonly path: readonly (string | number)[];
  /** The same path as text, e.g. `indicators[3].target` (empty for the root). */
  readonly at: string;
  /** Human-readable description (English). */
  readonly message: string;
}

const BRAND = Symbol.for("kinerja.KinerjaError");

/** Formats a path as `a.b[3].c`. */
export function formatPath(path: readonly (string | number | symbol)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Builds a {@link KinerjaIssue} from a path, code and message. */
export function issue(path: readonly (string | number)[], code: string, message: string): KinerjaIssue {
  return { code, path: [...path], at: formatPath(path), message };
}

/**
 * The only error type kinerja throws. It carries a stable {@link KinerjaErrorCode}, a message, and
 * for validation failures the list of {@link KinerjaIssue}s with a path into the input.
 *
 * `instanceof KinerjaError` works even when both the ESM and the CJS copy of the package are loaded
 * in one process (the check looks for a registered brand symbol, not the class identity).
 *
 * @example
 * ```ts
 * try { evaluate(scheme, appraisal) }
 * catch (e) { if (e instanceof KinerjaError && e.code === "INVALID_APPRAISAL") console.log(e.issues) }
 * ```
 */
export class KinerjaError extends Error {
  /** Stable machine-readable code. */
  readonly code: KinerjaErrorCode;
  /** The problems found, each with a path into the input (may be empty for non-validation errors). */
  readonly issues: readonly KinerjaIssue[];

  /**
   * @param code - stable error code
   * @param message - human-readable summary
   * @param issues - problems with their paths
   */
  constructor(code: KinerjaErrorCode, message: string, issues: readonly KinerjaIssue[] = []) {
    const list = copyIssues(issues);
    const detail = list.length === 0 ? "" : `\n${list.map((i) => `  - ${i.at === "" ? "(root)" : i.at}: ${i.message}`).join("\n")}`;
    super(`[kinerja] ${text(code)}: ${text(message)}${detail}`);
    this.name = "KinerjaError";
    this.code = code;
    this.issues = list;
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }

  /** Brand check so that `instanceof` survives duplicate (ESM + CJS) copies of the package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** Text of a value given where text belongs (never throws: a symbol or an object that cannot be printed gets a placeholder). */
function text(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return typeof value === "symbol" ? value.toString() : String(value);
  } catch {
    return "(unprintable)";
  }
}

/**
 * Frozen copies of the issues: each with text `code`, `at`, `message` and a path of strings and numbers.
 * Issues a caller built badly (not an array, a getter that throws, a symbol) are copied as well as they can
 * be read, so that constructing the error never throws.
 */
function copyIssues(issues: unknown): readonly KinerjaIssue[] {
  if (!Array.isArray(issues)) return Object.freeze([]);
  const out: KinerjaIssue[] = [];
  for (let n = 0; n < issues.length; n++) {
    try {
      const i: unknown = issues[n];
      if (typeof i !== "object" || i === null) continue;
      const r = i as Record<string, unknown>;
      const rawPath = r["path"];
      const path = Array.isArray(rawPath) ? rawPath.map((p: unknown) => (typeof p === "number" ? p : text(p))) : [];
      out.push(Object.freeze({ ...r, code: text(r["code"]), path: Object.freeze(path), at: typeof r["at"] === "string" ? r["at"] : formatPath(path), message: text(r["message"]) }));
    } catch {
      out.push(Object.freeze({ code: "unreadable", path: Object.freeze([]), at: "", message: "an issue that could not be read" }));
    }
  }
  return Object.freeze(out);
}

/** True when `value` is a {@link KinerjaError} from any copy of the package. */
export function isKinerjaError(value: unknown): value is KinerjaError {
  return value instanceof KinerjaError;
}
