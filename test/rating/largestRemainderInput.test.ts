// largestRemainder reads its input by hand (src/rating/largestRemainder.ts, readInput) so that it bundles no
// schema library; the oracle is its published schema, LargestRemainderInputSchema, parsed as every kinerja
// function parses (parseWith: zod's English messages, an unreadable input as one issue). On any input both
// must accept the same data or throw the same KinerjaError (code, message, and every issue's path, code and
// message, in order).
import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../../src/errors/kinerjaError.js";
import { LargestRemainderInputSchema, readInput } from "../../src/rating/largestRemainder.js";
import { parseWith } from "../../src/schema/toKinerjaError.js";

type Outcome = { readonly data: unknown } | { readonly error: unknown };
const outcome = (f: () => unknown): Outcome => {
  try {
    return { data: f() };
  } catch (e) {
    if (!(e instanceof KinerjaError)) throw e;
    return { error: { code: e.code, message: e.message, issues: e.issues.map((i) => ({ path: i.path, at: i.at, code: i.code, message: i.message })) } };
  }
};
const bySchema = (input: unknown): Outcome => outcome(() => parseWith(LargestRemainderInputSchema, input, "INVALID_INPUT", "largest-remainder input"));
const byHand = (input: unknown): Outcome => outcome(() => readInput(input));
const same = (input: unknown): void => {
  const expected = bySchema(input);
  expect(byHand(input)).toStrictEqual(expected);
};

const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true, maxDepth: 2 });
const decimalText = fc.oneof(
  fc.tuple(fc.constantFrom("", "-", "+"), fc.stringMatching(/^\d{0,20}$/), fc.constantFrom("", "."), fc.stringMatching(/^\d{0,20}$/), fc.constantFrom("", "e5", "E-7", "e+20", "e15", "e14", "e-400", "e999")).map((p) => p.join("")),
  fc.constantFrom("0", "-0", "1e15", "999999999999999.9", "-1e15", "1".repeat(64), "1".repeat(65), `0.${"0".repeat(61)}1`, `0.${"0".repeat(62)}1`, "0x10", "1_0", "Infinity", "NaN", " ", ""),
);
const share = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 100 }),
  fc.constantFrom(1e15, -1e15, 1e21, 5e-324, -0, 0.1, 0.57),
  decimalText,
  fc.tuple(fc.constantFrom(" ", "\t", "\n", ""), decimalText, fc.constantFrom(" ", "\u00a0", "")).map((p) => p.join("")),
  fc.string({ maxLength: 70 }),
  anything,
);
const total = fc.oneof(
  fc.integer({ min: -3, max: 20 }),
  fc.constantFrom(1e9, 1e9 + 1, 2 ** 53, 2 ** 53 - 1, 2 ** 60, -(2 ** 60), NaN, Infinity, -Infinity, -0, 1.5, -1.5, 3),
  fc.double(),
  anything,
);
const shares = fc.oneof(
  { weight: 5, arbitrary: fc.array(share, { maxLength: 6 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(999, 1000, 1001), fc.array(share, { maxLength: 2 }), fc.constantFrom<unknown>(1, "1", "x", -1, "1".repeat(70))).map(([n, head, fill]) => [...head, ...Array.from({ length: n - head.length }, () => fill)]) },
  { weight: 1, arbitrary: anything },
);
const input = fc.oneof(
  { weight: 6, arbitrary: fc.record({ total, shares }, { requiredKeys: [] }) },
  { weight: 2, arbitrary: fc.tuple(fc.record({ total, shares }, { requiredKeys: [] }), fc.dictionary(fc.string({ maxLength: 4 }), anything, { maxKeys: 3 })).map(([a, b]) => ({ ...b, ...a })) },
  { weight: 1, arbitrary: anything },
);

describe("largestRemainder's input, read by hand, as its schema reads it", () => {
  fcTest.prop([input], { numRuns: 2000 })("same data or the same error on any input", (x) => {
    same(x);
  });

  it("the problems of every kind, one by one", () => {
    for (const x of [
      null,
      [],
      () => 1,
      new Date(0),
      {},
      { total: 1.5, shares: [1] },
      { total: -1, shares: [1] },
      { total: 2 ** 60, shares: [1] },
      { total: NaN, shares: [1] },
      { total: 3, shares: [] },
      { total: 3, shares: new Float64Array([1]) },
      { total: 3, shares: new Int8Array(0) },
      { total: 3, shares: new Int8Array(1001) },
      { total: 3, shares: "" },
      { total: 3, shares: "x".repeat(1001) },
      { total: 3, shares: "\u{1F600}".repeat(501) },
      { total: 3, shares: "\u{1F600}".repeat(1001) },
      { total: 3, shares: { length: 0 } },
      { total: 3, shares: { length: "a" } },
      { total: 3, shares: { length: NaN } },
      { total: 3, shares: { length: 5000 } },
      { total: 3, shares: () => 0 },
      { total: 3, shares: (a: number, b: number) => a + b },
      { total: 3, shares: [-1, "x", null, " 5 ", "1e20", "1".repeat(70), "a".repeat(70)] },
      { total: 3, shares: Array.from({ length: 1001 }, () => -1) },
      { total: 3, shares: Array.from({ length: 1001 }, () => "1".repeat(70)) },
      { total: 3, shares: Array.from({ length: 1001 }, () => "x") },
      { a: 1, total: -1, shares: "x", b: 2 },
      Object.assign(Object.create({ inherited: 1 }), { total: 1, shares: [1] }),
      Object.create({ total: 1, shares: [1] }),
      Object.assign(Object.create(null), { total: 1, shares: ["0.5"] }),
    ]) {
      same(x);
    }
    expect(bySchema({ total: 3, shares: [] })).not.toHaveProperty("data");
  });

  it("an input that cannot be read is one unreadable issue, from the first getter that throws", () => {
    const throwing = (message: string): PropertyDescriptor => ({ enumerable: true, get: () => { throw new Error(message); } });
    same(Object.defineProperty({ shares: [1] }, "total", throwing("total!")));
    same(Object.defineProperty({ total: -1 }, "shares", throwing("shares!")));
    same({ total: 1, shares: Object.defineProperty([1, 2], 1, throwing("element!")) });
    same(Object.defineProperty(Object.defineProperty({}, "total", throwing("first")), "shares", throwing("second")));
    expect(byHand(Object.defineProperty({ shares: [1] }, "total", throwing("total!")))).toMatchObject({ error: { issues: [{ code: "unreadable", message: "the input cannot be read: total!" }] } });
  });
});
