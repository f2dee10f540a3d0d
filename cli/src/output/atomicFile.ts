import { rmSync, renameSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** A file written under a temporary name beside its target and renamed onto it only on success. */
export interface AtomicFile {
  /** Where to write meanwhile. */
  readonly temp: string;
  /** The final name. */
  readonly target: string;
  /** Renames the temporary file onto the target. */
  commit(): void;
  /** Removes the temporary file (after a failure or an interruption). */
  discard(): void;
}

let counter = 0;

/** Reserves a temporary name beside `target` (same folder, so the rename is atomic). */
export function atomicFile(target: string): AtomicFile {
  counter++;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${counter}.tmp`);
  return {
    temp,
    target,
    commit: () => renameSync(temp, target),
    discard: () => rmSync(temp, { force: true }),
  };
}
