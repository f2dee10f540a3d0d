// A consumer of the packed package: the three entry points used together. Type-checked by
// scripts/smoke.mjs under nodenext (as ESM and, copied to usage.cts, as CJS), bundler and node10
// resolution. An object made by one entry point must be accepted by the others (one set of types).
import { compile, evaluate, score, type KinerjaError, type Plan, type Result, type SchemeInput } from "kinerja";
import { scheme6_2022 } from "kinerja/presets";
import { createResultFormatter, scoreStream, writeResults } from "kinerja/node";

const scheme: SchemeInput = scheme6_2022({ id: "skp", indicators: [{ id: "k", label: "Kinerja", target: 100 }] });
const plan: Plan = compile(scheme);
const result: Result = evaluate(plan, { employee: { id: "E1" }, actuals: [{ indicator: "k", actual: 95 }] });
const final: string = result.final.score;
const fast: string | null = score(plan, { employee: { id: "E1" }, actuals: [{ indicator: "k", actual: 95 }] }).final.score;

// A Plan from "kinerja" is the Plan of "kinerja/node".
const formatter = createResultFormatter({ format: "csv", plan });
const line: string = formatter.result(1, result);
const streamed: Promise<unknown> = Promise.resolve().then(() => scoreStream({ plan, input: "in.ndjson", output: "out.ndjson" }));
const written: typeof writeResults = writeResults;
const error: KinerjaError | undefined = undefined;
// @ts-expect-error a score is decimal text, not a number
const wrong: number = result.final.score;

export { final, fast, line, streamed, written, error, wrong };
