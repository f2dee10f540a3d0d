/**
 * Marks the end of an exhaustive `switch` over a union: the argument has type `never` only when every
 * member was handled, so a new member makes each such call a type error until its case is written.
 *
 * @param value - the value no case matched (never, at the type level)
 * @internal
 */
export function unreachable(value: never): never {
  throw new Error(`[kinerja] unhandled case ${String(value)}`);
}
