import { randomBytes } from "node:crypto";
import { createWriteStream, renameSync, statSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { KinerjaError } from "../index.js";
import { issue } from "../errors/kinerjaError.js";
import { ioError, systemCode } from "./ioError.js";

/** Where output goes: a file path (replaced atomically when the run succeeds) or a writable stream. */
export type OutputTarget = string | NodeJS.WritableStream;

/** @internal True when `value` looks like a writable stream. */
export function isWritableLike(value: unknown): value is NodeJS.WritableStream {
  return typeof value === "object" && value !== null && typeof (value as { write?: unknown }).write === "function" && typeof (value as { once?: unknown }).once === "function";
}

/** @internal An output with backpressure: `write` resolves when the stream can take more. */
export interface Output {
  write(text: string): Promise<void>;
  /** Finishes: a file is flushed, closed and renamed onto its target; a stream passed in is left open. */
  commit(): Promise<void>;
  /** Gives up: a file's temporary copy is removed (the target is left as it was); a stream passed in is left open. Never throws. */
  discard(): Promise<void>;
}

/** True when `path` exists and is not a regular file (a device such as /dev/null or /dev/full, a FIFO). */
function isSpecial(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * @internal Opens an output. A file path is written to a temporary file beside it (`.<name>.<pid>.<random>.tmp`,
 * created exclusively) that is renamed onto the target by `commit`, so a run that fails or is stopped never
 * touches an existing file; a path that is a device or FIFO (e.g. `/dev/null`) is written directly. Every
 * file-system failure is a `KinerjaError` `IO_ERROR` naming the path. A stream error is remembered and thrown by
 * the next `write` or `commit` (never an unhandled `error` event).
 */
export function openOutput(target: OutputTarget): Output {
  const path = typeof target === "string" ? target : undefined;
  const direct = path !== undefined && isSpecial(path);
  const temp = path !== undefined && !direct ? join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`) : undefined;
  const stream: NodeJS.WritableStream = path === undefined ? (target as NodeJS.WritableStream) : createWriteStream(temp ?? path, { flags: temp === undefined ? "w" : "wx" });
  let failure: KinerjaError | undefined;
  const waiting: { wake: (() => void) | undefined } = { wake: undefined };
  const wrap = (e: unknown): KinerjaError => {
    if (path !== undefined) return ioError(e, "output", path, "write");
    const code = systemCode(e);
    if (code !== undefined) return ioError(e, "output", "(stream)", "write");
    return new KinerjaError("IO_ERROR", `the output stream failed: ${e instanceof Error ? e.message : String(e)}`, [issue(["output"], "stream_error", e instanceof Error ? e.message : String(e))]);
  };
  const onError = (e: unknown): void => {
    failure ??= wrap(e);
    waiting.wake?.();
  };
  stream.on("error", onError);
  const check = (): void => {
    if (failure) throw failure;
  };
  const removeTemp = (): void => {
    if (temp === undefined) return;
    try {
      unlinkSync(temp);
    } catch {
      // already gone (or never created)
    }
  };
  let settled = false;
  return {
    async write(text) {
      check();
      if (text === "") return;
      let ok: boolean;
      try {
        ok = stream.write(text);
      } catch (e) {
        failure ??= wrap(e);
        throw failure;
      }
      if (ok) return;
      await new Promise<void>((resolve) => {
        waiting.wake = resolve;
        stream.once("drain", resolve);
      });
      waiting.wake = undefined;
      check();
    },
    async commit() {
      if (settled) return;
      settled = true;
      try {
        check();
        if (path !== undefined) {
          await new Promise<void>((resolve, reject) => {
            stream.once("error", reject);
            stream.end(() => resolve());
          });
          check();
          if (temp !== undefined) {
            try {
              renameSync(temp, path);
            } catch (e) {
              throw ioError(e, "output", path, "replace");
            }
          }
        }
      } catch (e) {
        if (path !== undefined) (stream as ReturnType<typeof createWriteStream>).destroy();
        removeTemp();
        throw e instanceof KinerjaError ? e : wrap(e);
      } finally {
        if (path === undefined) stream.removeListener("error", onError);
      }
    },
    async discard() {
      if (settled) return;
      settled = true;
      if (path === undefined) {
        stream.removeListener("error", onError);
        return;
      }
      const s = stream as ReturnType<typeof createWriteStream>;
      await new Promise<void>((resolve) => {
        if (s.closed) return resolve();
        s.once("close", () => resolve());
        s.destroy();
      });
      removeTemp();
    },
  };
}
