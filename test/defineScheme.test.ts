// defineScheme: literal types kept, references checked by the type checker (this file is part of
// `npm run typecheck`; each `@ts-expect-error` fails the check if its line stops being an error) and the
// same mistakes rejected at run time with their paths.
import { describe, expect, it } from "vitest";
import { defineScheme, evaluate, KinerjaError, type SchemeInput } from "../src/index.js";

const expectInvalid = (define: () => unknown, at: string): void => {
  let caught: unknown;
  try {
    define();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(KinerjaError);
  expect((caught as KinerjaError).code).toBe("INVALID_SCHEME");
  expect((caught as KinerjaError).issues.map((i) => i.at)).toContain(at);
};

describe("defineScheme", () => {
  it("keeps literal types, so the scheme goes to evaluate without `as const`, and returns the same object", () => {
    const literal = {
      id: "s",
      perspectives: [{ id: "internal", label: "Proses Internal" }],
      indicators: [{ id: "leadTime", perspective: "internal", label: "Waktu layanan", direction: "lower", target: 4 }],
    } as const satisfies SchemeInput;
    const scheme = defineScheme({
      id: "s",
      perspectives: [{ id: "internal", label: "Proses Internal" }],
      indicators: [{ id: "leadTime", perspective: "internal", label: "Waktu layanan", direction: "lower", target: 4 }],
    });
    const direction: "lower" = scheme.indicators[0].direction;
    expect(direction).toBe("lower");
    expect(scheme).toEqual(literal);
    const same = { ...literal };
    expect(defineScheme(same)).toBe(same);
    // (2 − 3/4) × 100 = 125 (the reflected lower-is-better ratio)
    expect(evaluate(scheme, { employee: { id: "E1" }, actuals: [{ indicator: "leadTime", actual: 3 }] }).final.score).toBe("125.00");
  });

  it("accepts the four Balanced Scorecard perspectives when the scheme lists none", () => {
    const scheme = defineScheme({
      id: "s",
      indicators: [
        { id: "k1", perspective: "financial", label: "K1", target: 1 },
        { id: "k2", perspective: "customer", label: "K2", target: 1 },
        { id: "k3", perspective: "internalProcess", label: "K3", target: 1 },
        { id: "k4", perspective: "learningGrowth", label: "K4", target: 1 },
      ],
    });
    expect(scheme.indicators[3].perspective).toBe("learningGrowth");
  });

  it("makes an unknown perspective a type error and a run-time issue", () => {
    expectInvalid(
      () =>
        defineScheme({
          id: "s",
          perspectives: [{ id: "customer", label: "Pelanggan" }],
          // @ts-expect-error 'custmer' is not a perspective of this scheme
          indicators: [{ id: "ikm", perspective: "custmer", label: "IKM", target: 85 }],
        }),
      "indicators[0].perspective",
    );
    expectInvalid(
      () =>
        defineScheme({
          id: "s",
          perspectives: [{ id: "customer", label: "Pelanggan" }],
          // @ts-expect-error an objective's perspective is checked too
          objectives: [{ id: "o1", perspective: "finance", label: "O" }],
          indicators: [{ id: "ikm", perspective: "customer", label: "IKM", target: 85 }],
        }),
      "objectives[0].perspective",
    );
    // @ts-expect-error without a list, only the four Balanced Scorecard perspectives exist
    expectInvalid(() => defineScheme({ id: "s", indicators: [{ id: "k", perspective: "customers", label: "K", target: 1 }] }), "indicators[0].perspective");
  });

  it("makes an unknown objective a type error", () => {
    expectInvalid(
      () =>
        defineScheme({
          id: "s",
          perspectives: [{ id: "customer", label: "Pelanggan" }],
          objectives: [{ id: "o1", perspective: "customer", label: "O" }],
          // @ts-expect-error 'o2' is not an objective of this scheme
          indicators: [{ id: "ikm", objective: "o2", label: "IKM", target: 85 }],
        }),
      "indicators[0].objective",
    );
  });

  it("makes an unknown indicator in a rule's fact a type error", () => {
    const ok = defineScheme({
      id: "s",
      perspectives: [{ id: "customer", label: "Pelanggan" }],
      indicators: [{ id: "iku1", perspective: "customer", label: "IKU 1", target: 100 }],
      rules: { rules: [{ id: "r", label: "R", when: { fact: "indicator.iku1.score", op: "gte", value: 95 }, then: { kind: "reward", type: "bonusPercent", percent: 5 } }] },
    });
    expect(ok.rules.rules[0].when.fact).toBe("indicator.iku1.score");
    expect(
      defineScheme({
        id: "s",
        perspectives: [{ id: "customer", label: "Pelanggan" }],
      indicators: [{ id: "iku1", perspective: "customer", label: "IKU 1", target: 100 }],
        rules: {
          rules: [
            // @ts-expect-error 'iku2' is not an indicator of this scheme
            { id: "r", label: "R", when: { fact: "indicator.iku2.score", op: "gte", value: 95 }, then: { kind: "reward", type: "bonusPercent", percent: 5 } },
          ],
        },
      }).id,
    ).toBe("s"); // (the rule engine reports undeclared facts when the rules are compiled, not in parseScheme)
  });

  it("makes an unknown band in a matrix cell a type error", () => {
    const levels = ["below", "meets", "above"] as const;
    const cells = levels.flatMap((results) => levels.map((behaviour) => ({ results, behaviour, band: "baik" as const })));
    const scheme = defineScheme({
      id: "s",
      perspectives: [{ id: "customer", label: "Pelanggan" }],
      indicators: [{ id: "k", perspective: "customer", label: "K", target: 100 }],
      behaviour: { competencies: [{ id: "c", label: "C" }], rating: { meets: 50, above: 75 } },
      resultsRating: { meets: 90, above: 110 },
      bands: { table: [{ id: "baik", label: "Baik" }] },
      matrix: { cells },
    });
    expect(scheme.matrix.cells).toHaveLength(9);
    expectInvalid(
      () =>
        defineScheme({
          id: "s",
          perspectives: [{ id: "customer", label: "Pelanggan" }],
          indicators: [{ id: "k", perspective: "customer", label: "K", target: 100 }],
          behaviour: { competencies: [{ id: "c", label: "C" }], rating: { meets: 50, above: 75 } },
          resultsRating: { meets: 90, above: 110 },
          bands: { table: [{ id: "baik", label: "Baik" }] },
          matrix: {
            cells: [
              // @ts-expect-error 'bagus' is not a band of this scheme
              { results: "below", behaviour: "below", band: "bagus" },
              ...cells.slice(1),
            ],
          },
        }),
      "matrix.cells[0].band",
    );
  });
});
