import { formatPath as format } from "../errors/kinerjaError.js";
import { checkPath, copyPath, readArgs, throwIfAny } from "./guard.js";

/**
 * A path into an input written as text, as kinerja's issues write it in `at`: keys joined by `.`,
 * indices in brackets, the root as `""`.
 *
 * @param path - keys (text or symbols) and indices (numbers)
 * @returns the path as text
 * @throws `KinerjaError` `INVALID_INPUT` when `path` is not an array of keys and indices
 * @example
 * ```ts
 * formatPath(["indicators", 3, "target"]); // "indicators[3].target"
 * formatPath([]);                           // ""
 * ```
 */
export function formatPath(path: readonly (string | number | symbol)[]): string {
  const p = readArgs("formatPath", () => copyPath(path));
  throwIfAny("formatPath", checkPath(p, ["path"], true));
  return format(p as readonly (string | number | symbol)[]);
}
