// evaluateMany and evaluateManyAsync: one item per appraisal, in order, nothing dropped — even when the
// caller's iterable cannot be read (a getter that throws on an element, an iterator that throws, a promise
// that rejects).
import { describe, expect, test } from "vitest";
import { compile, evaluateMany, evaluateManyAsync, KinerjaError, type AppraisalInput, type BatchItem, type SchemeInput } from "../src/index.js";

const scheme: SchemeInput = { id: "s", perspectives: [{ id: "p", label: "P" }], indicators: [{ id: "k", perspective: "p", label: "K", target: 100 }] };
const plan = compile(scheme);
const appraisal = (id: string, actual: number): AppraisalInput => ({ employee: { id }, actuals: [{ indicator: "k", actual }] });

/** Three appraisals whose middle element is a getter that throws. */
function withThrowingElement(): AppraisalInput[] {
  const list = [appraisal("A", 80), appraisal("B", 0), appraisal("C", 95)];
  Object.defineProperty(list, 1, {
    enumerable: true,
    get() {
      throw new Error("boom");
    },
  });
  return list;
}

/** What a batch yielded, in a form easy to compare: the index and the final score or the error and issue codes. */
const summary = (items: readonly BatchItem[]): string[] => items.map((i) => (i.ok ? `${i.index}:${i.result.final.score}` : `${i.index}:${i.error.code}/${i.error.issues[0]?.code ?? ""}`));

async function collect(it: AsyncIterable<BatchItem>): Promise<BatchItem[]> {
  const out: BatchItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("evaluateMany", () => {
  test("scores each appraisal in order (actual / target × 100 with a target of 100), a bad one is an error item", () => {
    const items = [...evaluateMany(plan, [appraisal("A", 80), { employee: { id: "B" } } as unknown as AppraisalInput, appraisal("C", 95)])];
    expect(summary(items).map((s) => s.replace(/\/.*/, ""))).toEqual(["0:80.00", "1:INVALID_APPRAISAL", "2:95.00"]);
  });

  test("an element whose getter throws is an INVALID_APPRAISAL 'unreadable' item of its own; the ones after it are still scored", async () => {
    const expected = ["0:80.00", "1:INVALID_APPRAISAL/unreadable", "2:95.00"];
    expect(summary([...evaluateMany(plan, withThrowingElement())])).toEqual(expected);
    expect(summary(await collect(evaluateManyAsync(plan, withThrowingElement())))).toEqual(expected);
    const item = [...evaluateMany(plan, withThrowingElement())][1];
    expect(item?.ok === false && item.error.message).toContain("boom");
  });

  test("with onError 'throw', the unreadable element stops the batch with its KinerjaError", async () => {
    const seen: string[] = [];
    expect(() => {
      for (const i of evaluateMany(plan, withThrowingElement(), { onError: "throw" })) seen.push(summary([i])[0] ?? "");
    }).toThrow(KinerjaError);
    expect(seen).toEqual(["0:80.00"]);
    await expect(collect(evaluateManyAsync(plan, withThrowingElement(), { onError: "throw" }))).rejects.toBeInstanceOf(KinerjaError);
  });

  test("an iterator that throws ends the batch with an error item at its position (the items before it are kept)", async () => {
    function* source(): Generator<AppraisalInput> {
      yield appraisal("A", 80);
      yield appraisal("B", 70);
      throw new Error("source failed");
    }
    async function* asyncSource(): AsyncGenerator<AppraisalInput> {
      yield appraisal("A", 80);
      yield appraisal("B", 70);
      throw new Error("source failed");
    }
    const expected = ["0:80.00", "1:70.00", "2:INVALID_APPRAISAL/unreadable"];
    expect(summary([...evaluateMany(plan, source())])).toEqual(expected);
    expect(summary(await collect(evaluateManyAsync(plan, source())))).toEqual(expected);
    expect(summary(await collect(evaluateManyAsync(plan, asyncSource())))).toEqual(expected);
  });

  test("evaluateManyAsync awaits promised elements; one that rejects is that element's error item", async () => {
    const list = [Promise.resolve(appraisal("A", 80)), Promise.reject(new Error("lost")), appraisal("C", 95)];
    expect(summary(await collect(evaluateManyAsync(plan, list as unknown as AppraisalInput[])))).toEqual(["0:80.00", "1:INVALID_APPRAISAL/unreadable", "2:95.00"]);
  });

  test("breaking out early closes the caller's iterator, as for…of does", async () => {
    let closed = 0;
    function* source(): Generator<AppraisalInput> {
      try {
        for (let i = 0; ; i++) yield appraisal(`E${i}`, 50);
      } finally {
        closed++;
      }
    }
    for (const item of evaluateMany(plan, source())) if (item.index === 1) break;
    for await (const item of evaluateManyAsync(plan, source())) if (item.index === 1) break;
    expect(closed).toBe(2);
  });

  test("an argument that is not iterable, or whose iterator cannot be read, is INVALID_INPUT", async () => {
    const trap = Object.defineProperty({}, Symbol.iterator, {
      get() {
        throw new Error("trap");
      },
    });
    for (const bad of [42, null, {}, trap]) {
      expect(() => [...evaluateMany(plan, bad as never)]).toThrow(KinerjaError);
      await expect(collect(evaluateManyAsync(plan, bad as never))).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
  });
});
