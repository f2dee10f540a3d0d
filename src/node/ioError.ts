import { KinerjaError } from "../index.js";
import { issue } from "../errors/kinerjaError.js";

/** @internal The system error code of a Node error (`ENOENT`, `EISDIR`, `ENOSPC`, …), if it has one. */
export function systemCode(e: unknown): string | undefined {
  const code = typeof e === "object" && e !== null && Object.hasOwn(e, "code") ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

/**
 * @internal A file-system failure as a `KinerjaError` `IO_ERROR`: the issue's code is the system code
 * (`ENOENT`, `EACCES`, `EISDIR`, `ENOSPC`, …, or `io_error`), its path `[role]`, its message names the file.
 */
export function ioError(e: unknown, role: "input" | "output", path: string, action: string): KinerjaError {
  if (e instanceof KinerjaError) return e;
  const code = systemCode(e) ?? "io_error";
  const why = e instanceof Error ? e.message : String(e);
  return new KinerjaError("IO_ERROR", `cannot ${action} ${role} file '${path}' (${code})`, [issue([role], code, `${path}: ${why}`)]);
}
