import type { Text } from "./i18n.js";

/** One problem of a command-line input (a mapping file, an option, a file), with its path. */
export interface CliIssue {
  /** Path into the input, e.g. `indicators[2].actual`, or a column header. */
  readonly at: string;
  /** What is wrong. */
  readonly message: Text;
}

/**
 * A problem with what the user gave the command (not a bad row): the command prints it and exits with
 * status 2. Bad rows are never thrown; they are listed in the errors output.
 */
export class CliError extends Error {
  /** What went wrong, in both languages. */
  readonly text: Text;
  /** Each problem with its path. */
  readonly issues: readonly CliIssue[];

  constructor(text: Text, issues: readonly CliIssue[] = []) {
    super(text.en);
    this.name = "CliError";
    this.text = text;
    this.issues = issues;
  }
}

/** Formats a zod-style path as `a.b[3].c`. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}
