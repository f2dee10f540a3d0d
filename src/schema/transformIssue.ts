import type * as z from "zod/mini";

/** A problem found inside a transform: a message, optionally a path below the value, the input and kinerja's params. */
export interface TransformIssue {
  readonly message: string;
  readonly path?: readonly PropertyKey[];
  readonly input?: unknown;
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * @internal Reports a problem from inside a zod transform, whose context (unlike a refinement's) has no
 * `addIssue`: a `custom` issue on the value being transformed (or at `path` below it), as zod's own
 * refinements report theirs.
 */
export function addIssue(ctx: z.core.ParsePayload, issue: TransformIssue): void {
  const { path, params, ...rest } = issue;
  ctx.issues.push({
    code: "custom",
    input: ctx.value,
    ...rest,
    ...(path === undefined ? {} : { path: [...path] }),
    ...(params === undefined ? {} : { params: { ...params } }),
  });
}
