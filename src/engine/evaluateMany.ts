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
  if (appraisals === null || typeof appraisals !== "object" || typeof (appraisals as Partial<Iterable<unknown>>)[Symbol.iterator] !== "function") {
    throw new KinerjaError("INVALID_INPUT", "evaluateMany needs an iterable of appraisals", [
      issue(["appraisals"], "invalid_type", "expected an iterable"),
    ]);
  }
  let index = 0;
  for (const appraisal of appraisals) yield one(plan, appraisal, index++, mode);
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
  const src = appraisals as Partial<AsyncIterable<unknown> & Iterable<unknown>> | null;
  if (src === null || typeof src !== "object" || (typeof src[Symbol.asyncIterator] !== "function" && typeof src[Symbol.iterator] !== "function")) {
    throw new KinerjaError("INVALID_INPUT", "evaluateManyAsync needs an iterable or async iterable of appraisals", [
      issue(["appraisals"], "invalid_type", "expected an iterable or async iterable"),
    ]);
  }
  let index = 0;
  for await (const appraisal of appraisals) yield one(plan, appraisal, index++, mode);
}
