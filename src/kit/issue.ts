import { issue as build, type KinerjaIssue } from "../errors/kinerjaError.js";
import { checkPath, checkText, copyPath, readArgs, throwIfAny } from "./guard.js";

/**
 * One problem of an input, as every kinerja error lists it: `{ code, path, at, message }`, where `at`
 * is the path as text (`formatPath`). Give a list of them to `new KinerjaError(code, message, issues)`.
 *
 * @param path - keys and indices into the input, e.g. `["items", 2, "bobot"]` (`[]` for the input itself)
 * @param code - a stable machine-readable kind, e.g. `too_big`, `zero_target` (1–100 characters)
 * @param message - a readable description, English (Indonesian after ` / ` where the project gives both)
 * @returns the issue
 * @throws `KinerjaError` `INVALID_INPUT` when the path is not an array of keys and indices, or the code or
 *   message is not text
 * @example
 * ```ts
 * throw new KinerjaError("INVALID_INPUT", "invalid input", [issue(["items", 2, "bobot"], "too_big", "bobot lies between 0 and 100")]);
 * // issues[0].at === "items[2].bobot"
 * ```
 */
export function issue(path: readonly (string | number)[], code: string, message: string): KinerjaIssue {
  const p = readArgs("issue", () => copyPath(path));
  throwIfAny("issue", [...checkPath(p, ["path"]), ...checkText(code, ["code"], 100), ...checkText(message, ["message"], 10_000)]);
  return build(p as readonly (string | number)[], code, message);
}
