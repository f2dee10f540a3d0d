import { KinerjaError, isKinerjaError, issue } from "../errors/kinerjaError.js";
import type { AppraisalInput } from "../schema/appraisal.js";
import type { Result } from "../schema/result.js";
import { evaluate } from "./evaluate.js";
import { isPlan, type Plan } from "./plan.js";

/** One item streamed by {@link evaluateMany}: a result, or the error of the appraisal at that position. */
export type BatchItem =
  | { readonly ok: true; readonly index: number; readonly result: Result }
  | { readonly ok: false; readonly index: number; readonly error: KinerjaError };

/** Options of {@link evaluateMany}. */
export interface EvaluateManyOptions {
  /**
   * What a bad appraisal does: `"report"` (default) yields `{ ok: false, error }` for it and goes on;
   * `"throw"` stops the batch by throwing its `KinerjaError`.
   */
  readonly onError?: "report" | "throw" | undefined;
}

function checkArgs(plan: unknown, options: EvaluateManyOptions | undefined): "report" | "throw" {
  if (!isPlan(plan)) {
    throw new KinerjaError("INVALID_INPUT", "evaluateMany needs a plan made by compile(scheme)", [
      issue(["plan"], "invalid_type", "expected a plan from compile()"),
    ]);
  }
  const mode = options?.onError ?? "report";
  if (mode !== "report" && mode !== "throw") {
    throw new KinerjaError("INVALID_INPUT", "onError must be 'report' or 'throw'", [
      issue(["options", "onError"], "invalid_value", "expected 'report' or 'throw'"),
    ]);
  }
  return mode;
}

function one(plan: Plan, appraisal: AppraisalInput, index: number, mode: "report" | "throw"): BatchItem {
  try {
    return { ok: true, index, result: evaluate(plan, appraisal) };
  } catch (e) {
    if (mode === "throw" || !isKinerjaError(e)) throw e;
    return { ok: false, index, error: e };
  }
}

/** The item of an appraisal that could not even be read from the caller's iterable (a getter or trap that threw, a rejected promise). */
function unreadable(index: number, e: unknown, mode: "report" | "throw"): BatchItem {
  const error = new KinerjaError("INVALID_APPRAISAL", `appraisal ${index} cannot be read`, [
    issue([], "unreadable", `the appraisal cannot be read: ${e instanceof Error ? e.message : "a property access failed"}`),
  ]);
  if (mode === "throw") throw error;
  return { ok: false, index, error };
}

/**
 * Whether the appraisals are a plain array read by index: then an element that cannot be read (a getter that
 * throws) is an error item of its own and the elements after it are still scored. Any other iterable is
 * read through its iterator, which ends when it throws.
 */
function isIndexable(appraisals: object): appraisals is readonly unknown[] {
  return Array.isArray(appraisals) && (appraisals as unknown as Record<symbol, unknown>)[Symbol.iterator] === Array.prototype[Symbol.iterator];
}

/** Reads `appraisals[i]`, or the error of reading it. */
function readAt(appraisals: readonly unknown[], i: number): { ok: true; value: unknown } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: appraisals[i] };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The caller's iterator, or INVALID_INPUT when getting it throws. */
function iteratorOf<I>(get: () => I): I {
  try {
    return get();
  } catch (e) {
    throw new KinerjaError("INVALID_INPUT", "the appraisals cannot be iterated", [
      issue(["appraisals"], "unreadable", `cannot be read: ${e instanceof Error ? e.message : "a property access failed"}`),
    ]);
  }
}

/** Checks that the appraisals are an iterable (sync, or async too when `async`), reading them without letting a trap escape. */
function checkIterable(appraisals: unknown, name: "evaluateMany" | "evaluateManyAsync"): boolean {
  const async = name === "evaluateManyAsync";
  let ok: boolean;
  try {
    const src = appraisals as Partial<AsyncIterable<unknown> & Iterable<unknown>> | null;
    ok = src !== null && typeof src === "object" && (typeof src[Symbol.iterator] === "function" || (async && typeof src[Symbol.asyncIterator] === "function"));
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new KinerjaError("INVALID_INPUT", async ? "evaluateManyAsync needs an iterable or async iterable of appraisals" : "evaluateMany needs an iterable of appraisals", [
      issue(["appraisals"], "invalid_type", async ? "expected an iterable or async iterable" : "expected an iterable"),
    ]);
  }
  return isIndexable(appraisals as object);
}

/**
 * Scores a stream of appraisals against one compiled plan, lazily and in order: one item per input,
 * either `{ ok: true, result }` or `{ ok: false, error }` (nothing is dropped). Memory does not grow with
 * the number of appraisals; pull as many as you need.
 *
 * For an async source (a file or network stream) use {@link evaluateManyAsync}.
 *
 * @param plan - a plan from `compile`
 * @param appraisals - any iterable of appraisal JSON (an array, a generator, …)
 * @param options - `onError`: `"report"` (default) or `"throw"`
 * @example
 * ```ts
 * for (const item of evaluateMany(plan, appraisals)) {
 *   if (item.ok) console.log(item.result.final.score);
 *   else console.error(item.index, item.error.code);
 * }
 * ```
 */
export function* evaluateMany(plan: Plan, appraisals: Iterable<AppraisalInput>, options?: EvaluateManyOptions | undefined): Generator<BatchItem, void, undefined> {
  const mode = checkArgs(plan, options);
  if (checkIterable(appraisals, "evaluateMany")) {
    const list = appraisals as readonly unknown[];
    for (let i = 0; i < list.length; i++) {
      const read = readAt(list, i);
      yield read.ok ? one(plan, read.value as AppraisalInput, i, mode) : unreadable(i, read.error, mode);
    }
    return;
  }
  const it = iteratorOf(() => appraisals[Symbol.iterator]());
  let done = false;
  try {
    for (let index = 0; ; index++) {
      let value: AppraisalInput;
      try {
        const next = it.next();
        if (next.done === true) {
          done = true;
          return;
        }
        value = next.value;
      } catch (e) {
        // An iterator that throws is finished: its error is the item at this position, and the batch ends.
        done = true;
        yield unreadable(index, e, mode);
        return;
      }
      yield one(plan, value, index, mode);
    }
  } finally {
    // Stopped early (the caller broke out, or "throw" mode): close the source, as `for…of` would.
    if (!done) it.return?.();
  }
}

/**
 * The async form of {@link evaluateMany}: scores an async (or sync) iterable of appraisals and yields
 * the items in input order, one per appraisal.
 *
 * @param plan - a plan from `compile`
 * @param appraisals - an async iterable (e.g. parsed lines of a stream) or a sync iterable
 * @param options - `onError`: `"report"` (default) or `"throw"`
 * @example
 * ```ts
 * for await (const item of evaluateManyAsync(plan, readAppraisals(stream))) write(item);
 * ```
 */
export async function* evaluateManyAsync(
  plan: Plan,
  appraisals: AsyncIterable<AppraisalInput> | Iterable<AppraisalInput>,
  options?: EvaluateManyOptions | undefined,
): AsyncGenerator<BatchItem, void, undefined> {
  const mode = checkArgs(plan, options);
  if (checkIterable(appraisals, "evaluateManyAsync")) {
    // Like `for await`, an element that is a promise is awaited; one that rejects is that element's error.
    const list = appraisals as readonly unknown[];
    for (let i = 0; i < list.length; i++) {
      let read = readAt(list, i);
      if (read.ok) {
        try {
          read = { ok: true, value: await read.value };
        } catch (error) {
          read = { ok: false, error };
        }
      }
      yield read.ok ? one(plan, read.value as AppraisalInput, i, mode) : unreadable(i, read.error, mode);
    }
    return;
  }
  const src = appraisals as Partial<AsyncIterable<AppraisalInput>> & Iterable<AppraisalInput>;
  const { it, isAsync } = iteratorOf((): { it: AsyncIterator<AppraisalInput> | Iterator<AppraisalInput>; isAsync: boolean } => {
    const asyncIterator = src[Symbol.asyncIterator];
    return typeof asyncIterator === "function" ? { it: asyncIterator.call(src), isAsync: true } : { it: src[Symbol.iterator](), isAsync: false };
  });
  let done = false;
  try {
    for (let index = 0; ; index++) {
      let value: AppraisalInput;
      try {
        const next = await it.next();
        if (next.done === true) {
          done = true;
          return;
        }
        // Like `for await` over a sync iterable, a value that is a promise is awaited; one that rejects is that item's error.
        value = isAsync ? next.value : await next.value;
      } catch (e) {
        done = true;
        yield unreadable(index, e, mode);
        return;
      }
      yield one(plan, value, index, mode);
    }
  } finally {
    if (!done) await it.return?.();
  }
}
