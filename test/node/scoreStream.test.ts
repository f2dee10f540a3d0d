import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { KinerjaError, compile, evaluate, score, type AppraisalInput, type Result, type Score } from "../../src/index.js";
import { createResultFormatter } from "../../src/node/createResultFormatter.js";
import { parseCsv } from "../../src/node/parseCsv.js";
import { physicalLines } from "../../src/node/physicalLines.js";
import { scoreStream, type ScoreProgress } from "../../src/node/scoreStream.js";
import { writeResults } from "../../src/node/writeResults.js";
import { workerScript } from "../../src/node/workerPool.js";
import { expectError } from "../helpers.js";
import { CSV_HEADER, SCHEME, appraisals, csv, csvFields, fileLines, ndjson, tempDir, tempFile } from "./data.js";

const PLAN = compile(SCHEME);
const stripTrace = (r: Result): Omit<Result, "trace"> => {
  const { trace: _t, ...rest } = r;
  return rest;
};

async function csvRows(path: string): Promise<string[][]> {
  async function* one(): AsyncGenerator<string> {
    yield readFileSync(path, "utf8");
  }
  const rows: string[][] = [];
  for await (const b of parseCsv(physicalLines(one()), ",", 1000, () => false, false)) rows.push(...b.map((r) => r.fields));
  return rows;
}

/** 40 appraisals with bad records at known lines: malformed JSON, an unknown indicator, a zero target, blank lines. */
function mixedInput(): { text: string; valid: Map<number, AppraisalInput>; bad: Map<number, string> } {
  const list = appraisals(40);
  const lines: (AppraisalInput | { raw: string })[] = [];
  const valid = new Map<number, AppraisalInput>();
  const bad = new Map<number, string>();
  list.forEach((a, i) => {
    if (i === 3) {
      lines.push({ raw: '{"employee": {"id": "X"}, ' });
      bad.set(lines.length, "INVALID_INPUT");
    } else if (i === 11) {
      lines.push({ ...a, actuals: [...a.actuals, { indicator: "nope", actual: 1 }] });
      bad.set(lines.length, "INVALID_APPRAISAL");
    } else if (i === 12) {
      lines.push({ ...a, actuals: a.actuals.map((x) => (x.indicator === "ikm" ? { ...x, target: 0 } : x)) });
      bad.set(lines.length, "ZERO_TARGET");
    } else {
      lines.push(a);
      valid.set(lines.length, a);
    }
    if (i === 20 || i === 21) lines.push({ raw: "" });
  });
  return { text: ndjson(lines), valid, bad };
}

describe("scoreStream: NDJSON → NDJSON", () => {
  it("every non-blank input line yields exactly one output line, in order: results equal evaluate(), errors carry their line and code", async () => {
    const { text, valid, bad } = mixedInput();
    const input = tempFile("in.ndjson", text);
    const output = join(tempDir(), "out.ndjson");
    const summary = await scoreStream({ scheme: SCHEME, input, output, chunkSize: 7 });
    const out = fileLines(output).map((l) => JSON.parse(l) as Result | { ok: false; line: number; error: { code: string; issues: unknown[] } });
    const inputLines = [...valid.keys(), ...bad.keys()].sort((a, b) => a - b);
    expect(out).toHaveLength(inputLines.length);
    expect(summary).toMatchObject({ records: inputLines.length, ok: valid.size, failed: bad.size });
    out.forEach((o, k) => {
      const line = inputLines[k] as number;
      if (bad.has(line)) {
        expect(o).toMatchObject({ ok: false, line, error: { code: bad.get(line) } });
      } else {
        expect(o).toEqual(evaluate(PLAN, valid.get(line) as AppraisalInput));
      }
    });
  });

  it("trace: false drops only the trace", async () => {
    const list = appraisals(5);
    const output = join(tempDir(), "out.ndjson");
    await scoreStream({ plan: PLAN, input: tempFile("in.ndjson", ndjson(list)), output, trace: false });
    const out = fileLines(output).map((l) => JSON.parse(l) as Result);
    expect(out).toEqual(list.map((a) => stripTrace(evaluate(PLAN, a))));
    expect(out.every((r) => !("trace" in r))).toBe(true);
  });

  it('onError: "throw" stops at the first bad record: rejects with its code and line; a stream has what precedes it, a file is left as it was', async () => {
    const { text, bad } = mixedInput();
    const first = Math.min(...bad.keys());
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    const err = await scoreStream({ scheme: SCHEME, input: tempFile("in.ndjson", text), output: stream, onError: "throw", chunkSize: 2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KinerjaError);
    expect((err as KinerjaError).code).toBe(bad.get(first));
    expect((err as KinerjaError).message).toContain(`line ${first}:`);
    expect(Buffer.concat(chunks).toString("utf8").split("\n").filter((l) => l !== "")).toHaveLength(first - 1);
    // A file output is replaced only by a run that succeeds: yesterday's file stays.
    const output = tempFile("out.ndjson", "yesterday\n");
    await expect(scoreStream({ scheme: SCHEME, input: tempFile("in.ndjson", text), output, onError: "throw", chunkSize: 2 })).rejects.toBeInstanceOf(KinerjaError);
    expect(readFileSync(output, "utf8")).toBe("yesterday\n");
    expect(readdirSync(dirname(output)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("reports progress about every progressEvery records and once at the end", async () => {
    const seen: ScoreProgress[] = [];
    const { text, bad } = mixedInput();
    const out = new PassThrough();
    out.resume();
    const s = await scoreStream({ scheme: SCHEME, input: tempFile("in.ndjson", text), output: out, chunkSize: 5, progressEvery: 10, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.done)).toEqual([10, 20, 30, 40, 40]);
    expect(seen.at(-1)).toMatchObject({ done: s.records, failed: bad.size });
    expect(seen.every((p, i) => i === 0 || p.elapsedMs >= (seen[i - 1] as ScoreProgress).elapsedMs)).toBe(true);
    expect(out.writableEnded).toBe(false); // a stream passed in is left open
  });

  it("waits for a slow output (backpressure) and still writes everything in order", async () => {
    const list = appraisals(30);
    const out = new PassThrough({ highWaterMark: 64 });
    const got: Buffer[] = [];
    let reads = 0;
    const pump = setInterval(() => {
      let c: Buffer | null;
      while ((c = out.read() as Buffer | null) !== null) got.push(c);
      reads += 1;
    }, 1);
    await scoreStream({ plan: PLAN, input: tempFile("in.ndjson", ndjson(list)), output: out, chunkSize: 3, trace: false });
    clearInterval(pump);
    let c: Buffer | null;
    while ((c = out.read() as Buffer | null) !== null) got.push(c);
    const lines = Buffer.concat(got).toString("utf8").trimEnd().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as Result).employee.id)).toEqual(list.map((a) => a.employee.id));
    expect(reads).toBeGreaterThan(0);
  });

  it("validates its options", async () => {
    await expect(scoreStream({ input: "x", output: "y" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(scoreStream({ scheme: SCHEME, plan: PLAN, input: "x", output: "y" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(scoreStream({ scheme: SCHEME, input: "x", output: "y", workers: -1 })).rejects.toMatchObject({ code: "INVALID_INPUT", issues: [{ at: "workers" }] });
    await expect(scoreStream({ scheme: { id: "s" } as never, input: "x", output: "y" })).rejects.toMatchObject({ code: "INVALID_SCHEME" });
  });
});

describe("scoreStream: CSV", () => {
  it("CSV → CSV round trip: one row per employee with scores equal to evaluate(); quoting survives", async () => {
    const list = appraisals(12);
    const input = tempFile("in.csv", csv([CSV_HEADER, ...list.map(csvFields)]));
    const output = join(tempDir(), "out.csv");
    const s = await scoreStream({ scheme: SCHEME, input, output, format: "csv" });
    expect(s).toMatchObject({ records: 12, ok: 12, failed: 0 });
    const [header, ...rows] = await csvRows(output);
    expect(header).toEqual([
      "line", "appraisal.id", "employee.id", "employee.name", "employee.unit", "final.score", "final.band",
      "component.results", "component.behaviour", "perspective.service", "perspective.process",
      "indicator.ikm", "indicator.complaints", "indicator.stock", "indicator.training", "warnings", "error.code", "error.message",
    ]);
    expect(rows).toHaveLength(12);
    rows.forEach((row, i) => {
      const r = evaluate(PLAN, list[i] as AppraisalInput);
      const cell = (name: string) => row[(header as string[]).indexOf(name)];
      expect(cell("employee.name")).toBe(list[i]?.employee.name);
      expect(cell("final.score")).toBe(r.final.score);
      expect(cell("final.band")).toBe(r.final.band?.id ?? "");
      expect(cell("component.behaviour")).toBe(r.components.find((c) => c.id === "behaviour")?.score);
      expect(cell("perspective.process")).toBe(r.perspectives[1]?.score);
      expect(cell("indicator.training")).toBe(r.indicators[3]?.score ?? "");
      expect(cell("warnings")).toBe(String(r.warnings.length));
    });
  });

  it("CSV → NDJSON: a malformed record and an invalid one are errors at their (first) lines; the rest is scored", async () => {
    const list = appraisals(4);
    const rows = list.map(csvFields);
    (rows[2] as string[])[6] = "12x"; // actual.ikm not a number
    const text = csv([CSV_HEADER, ...rows]).replace("\r\nE00001", "\r\nE00001,extra"); // (never matches: ids are in column 2)
    const broken = text.split("\r\n");
    broken.splice(3, 0, '"a"b'); // a malformed record inserted as line 4
    const input = tempFile("in.csv", broken.join("\r\n"));
    const output = join(tempDir(), "out.ndjson");
    await scoreStream({ scheme: SCHEME, input, output, format: "csv", outputFormat: "ndjson" });
    const out = fileLines(output).map((l) => JSON.parse(l) as { ok?: false; line?: number; error?: { code: string; issues: { at: string }[] } } & Partial<Result>);
    expect(out.map((o) => (o.ok === false ? `${o.line}:${o.error?.code}` : o.employee?.id))).toEqual(["E00000", "E00001", "4:INVALID_INPUT", "5:INVALID_APPRAISAL", "E00003"]);
    expect(out[3]?.error?.issues[0]?.at).toBe("actuals[0].actual");
  });
});

describe("scoreStream with worker threads", () => {
  it("the worker script is found: the built file next to the module, else the TypeScript source through tsx", () => {
    const s = workerScript();
    expect(s.eval).toBe(true);
    expect(String(s.script)).toContain("scoreWorker.ts");
    expect(String(s.script)).toContain("tsx");
  });

  it("workers: 2 gives byte-identical output to workers: 0 (NDJSON with bad records, CSV rows), and the same counts", async () => {
    const { text } = mixedInput();
    const input = tempFile("in.ndjson", text);
    const dir = tempDir();
    const list = appraisals(23);
    const csvIn = tempFile("in.csv", csv([CSV_HEADER, ...list.map(csvFields)]));
    const runs = await Promise.all(
      [0, 2].map(async (workers) => ({
        nd: await scoreStream({ scheme: SCHEME, input, output: join(dir, `w${workers}.ndjson`), workers, chunkSize: 3 }),
        csv: await scoreStream({ plan: PLAN, input: csvIn, output: join(dir, `w${workers}.csv`), format: "csv", workers, chunkSize: 4 }),
      })),
    );
    expect(readFileSync(join(dir, "w2.ndjson"), "utf8")).toBe(readFileSync(join(dir, "w0.ndjson"), "utf8"));
    expect(readFileSync(join(dir, "w2.csv"), "utf8")).toBe(readFileSync(join(dir, "w0.csv"), "utf8"));
    expect(runs[1]?.nd).toMatchObject({ records: runs[0]?.nd.records, ok: runs[0]?.nd.ok, failed: runs[0]?.nd.failed });
    expect(runs[1]?.csv).toMatchObject({ records: 23, ok: 23, failed: 0 });
    expect(fileLines(join(dir, "w2.ndjson"))).toHaveLength(runs[0]?.nd.records as number);
  }, 60_000);
});

describe("scoreStream with detail: \"score\"", () => {
  it("writes one Score per line equal to score(), errors as with results; workers give the same bytes; CSV has the score columns", async () => {
    const { text, valid, bad } = mixedInput();
    const input = tempFile("in.ndjson", text);
    const dir = tempDir();
    const [one, two] = await Promise.all(
      [0, 2].map((workers) => scoreStream({ plan: PLAN, input, output: join(dir, `s${workers}.ndjson`), workers, chunkSize: 5, detail: "score" })),
    );
    expect(two).toMatchObject({ records: one?.records, ok: one?.ok, failed: one?.failed });
    expect(readFileSync(join(dir, "s2.ndjson"), "utf8")).toBe(readFileSync(join(dir, "s0.ndjson"), "utf8"));
    const out = fileLines(join(dir, "s0.ndjson")).map((l) => JSON.parse(l) as Score | { ok: false; line: number; error: { code: string } });
    expect(out).toHaveLength(valid.size + bad.size);
    for (const line of out) {
      if ("ok" in line) expect(line.error.code).toBe(bad.get(line.line));
    }
    const scores = out.filter((l): l is Score => !("ok" in l));
    expect(scores).toEqual([...valid.values()].map((a) => score(PLAN, a)));
    expect(scores[0]?.final.score).toBe(evaluate(PLAN, [...valid.values()][0] as AppraisalInput).final.score);

    const list = appraisals(5);
    const csvOut = join(dir, "s.csv");
    await scoreStream({ plan: PLAN, input: tempFile("in.csv", csv([CSV_HEADER, ...list.map(csvFields)])), output: csvOut, format: "csv", detail: "score" });
    const rows = await csvRows(csvOut);
    expect(rows[0]).toEqual(["line", "appraisal.id", "employee.id", "employee.name", "employee.unit", "final.score", "final.band", "resultsRating", "behaviourRating", "warnings", "error.code", "error.message"]);
    expect(rows.slice(1).map((r) => r[5])).toEqual(list.map((a) => score(PLAN, a).final.score));
  }, 60_000);

  it("a CSV formatter writes either results or scores, not both", () => {
    const f = createResultFormatter({ format: "csv", plan: PLAN, detail: "score" });
    const a = appraisals(1)[0] as AppraisalInput;
    expectError(() => f.result(1, evaluate(PLAN, a)), "INVALID_INPUT", "detail");
    expectError(() => createResultFormatter({ format: "csv", plan: PLAN }).score(1, score(PLAN, a)), "INVALID_INPUT", "detail");
    expect(createResultFormatter({ format: "ndjson" }).score(1, score(PLAN, a))).toBe(`${JSON.stringify(score(PLAN, a))}\n`);
  });
});

describe("writeResults and createResultFormatter", () => {
  it("writes results and errors as NDJSON lines and counts them", async () => {
    const [a, b] = appraisals(2);
    const err = new KinerjaError("INVALID_APPRAISAL", "bad", []);
    const output = join(tempDir(), "out.ndjson");
    const s = await writeResults({
      records: [{ line: 1, result: evaluate(PLAN, a as AppraisalInput) }, { line: 2, error: err }, { line: 3, result: evaluate(PLAN, b as AppraisalInput) }],
      output,
      trace: false,
    });
    expect(s).toEqual({ records: 3, ok: 2, failed: 1 });
    const lines = fileLines(output);
    expect(JSON.parse(lines[1] as string)).toEqual({ ok: false, line: 2, error: { code: "INVALID_APPRAISAL", message: "bad", issues: [] } });
    expect(JSON.parse(lines[2] as string)).toEqual(stripTrace(evaluate(PLAN, b as AppraisalInput)));
  });

  it("CSV needs the plan; a record that is neither a result nor a KinerjaError is an error", async () => {
    expectError(() => createResultFormatter({ format: "csv" }), "INVALID_INPUT", "plan");
    const output = join(tempDir(), "x.ndjson");
    await expect(writeResults({ records: [{ line: 1, error: new Error("x") as never }], output })).rejects.toMatchObject({ code: "INVALID_INPUT", issues: [{ at: "records[0]" }] });
  });

  it("CSV cells with commas, quotes, line breaks or edge spaces are quoted", () => {
    const f = createResultFormatter({ format: "csv", plan: PLAN });
    const row = f.error(9, new KinerjaError("INVALID_INPUT", 'say "hi", then leave', []), { id: " E1", name: "a,\nb" });
    // line, appraisal.id, employee.id, name, unit, final.score, final.band, 2 components, 2 perspectives, 4 indicators, warnings (12 empty cells), code, message
    expect(row).toBe(`9,," E1","a,\nb",${",".repeat(12)}INVALID_INPUT,"say ""hi"", then leave"\n`);
  });
});
