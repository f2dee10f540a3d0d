import { KinerjaError, type KinerjaErrorCode, type KinerjaIssue } from "../index.js";
import { issue } from "../errors/kinerjaError.js";

/** A record's error as written to the output: the `KinerjaError`'s code, summary message and issues. */
export interface BatchErrorJson {
  readonly code: KinerjaErrorCode;
  readonly message: string;
  readonly issues: readonly KinerjaIssue[];
}

/** @internal The summary of a KinerjaError message: without the `[kinerja] CODE: ` prefix and the issue list. */
export function summaryOf(message: string): string {
  const firstLine = message.split("\n", 1)[0] ?? "";
  const m = /^\[kinerja\] [A-Z_]+: /.exec(firstLine);
  return m ? firstLine.slice(m[0].length) : firstLine;
}

/** @internal The plain-JSON form of an error (a KinerjaError or one already in JSON form). */
export function errorJson(e: KinerjaError | BatchErrorJson): BatchErrorJson {
  return {
    code: e.code,
    message: summaryOf(e.message),
    issues: e.issues.map((i) => ({ code: i.code, path: [...i.path], at: i.at, message: i.message })),
  };
}

/** @internal A record-level input error (malformed JSON or CSV) at a line. */
export function inputError(line: number, what: string, code: string, message: string): BatchErrorJson {
  return { code: "INVALID_INPUT", message: `line ${line}: ${what}`, issues: [issue([], code, message)] };
}

/** @internal The `KinerjaError` thrown when `onError: "throw"` stops a batch at `line`. */
export function stopError(line: number, e: BatchErrorJson): KinerjaError {
  const message = e.message.startsWith(`line ${line}:`) ? e.message : `line ${line}: ${e.message}`;
  return new KinerjaError(e.code, message, e.issues);
}

/** @internal The error of an NDJSON line that is not JSON, or holds a number out of range. */
export function jsonError(line: number, refused: { readonly code: string; readonly message: string }): BatchErrorJson {
  return inputError(line, refused.code === "invalid_json" ? `not valid JSON: ${refused.message}` : refused.message, refused.code, refused.message);
}
