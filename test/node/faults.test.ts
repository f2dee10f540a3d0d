// Fault injection for batch scoring (issue 17): every input line accounted for, numbers read exactly or
// refused, outputs atomic, every failure a KinerjaError with a stable code.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { KinerjaError, compile, evaluate, type AppraisalInput, type Result } from "../../src/index.js";
import { readAppraisals } from "../../src/node/readAppraisals.js";
import { scoreStream, type ScoreStreamSummary } from "../../src/node/scoreStream.js";
import { writeResults } from "../../src/node/writeResults.js";
import { workerOverride } from "../../src/node/workerPool.js";
import { CSV_HEADER, SCHEME, appraisals, csv, csvFields, fileLines, ndjson, tempDir, tempFile } from "./data.js";

const PLAN = compile(SCHEME);

type Line = Result | { ok: false; line: number; error: { code: string; message: string; issues: { code: string }[] } };
const parseLines = (path: string): Line[] => fileLines(path).map((l) => JSON.parse(l) as Line);
const errorAt = (lines: readonly Line[], line: number) => lines.find((l): l is Extract<Line, { ok: false }> => "ok" in l && l.line === line);
const noTemp = (output: string): void => expect(readdirSync(dirname(output)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
/** Every record accounted for: records read = results + errors = output lines. */
const accounted = (s: ScoreStreamSummary, outLines: number, expected: number): void => {
  expect(s.read).toBe(expected);
  expect(s.ok + s.failed).toBe(expected);
  expect(outLines).toBe(expected);
};
async function rejection(p: Promise<unknown>): Promise<KinerjaError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(KinerjaError);
  return e as KinerjaError;
}

afterEach(() => {
  workerOverride.script = undefined;
});

describe("every input line accounted for", () => {
  it("a stray quote in a CSV row rejects that row only; the rows after it are read (issue 17: E3–E5 vanished)", async () => {
    const rows = appraisals(5).map(csvFields);
    const lines = csv([CSV_HEADER, ...rows], "\n").split("\n");
    // Row E2 (line 3) gets an unclosed quote in its name: `…,"Budi,…`
    lines[2] = (lines[2] as string).replace(/,([^,]*),/, ',"Budi,');
    const output = join(tempDir(), "out.ndjson");
    const s = await scoreStream({ scheme: SCHEME, format: "csv", outputFormat: "ndjson", input: tempFile("in.csv", lines.join("\n")), output });
    const out = parseLines(output);
    accounted(s, out.length, 5);
    expect(errorAt(out, 3)?.error.issues[0]?.code).toBe("invalid_csv");
    expect(out.filter((l) => !("ok" in l)).map((r) => (r as Result).employee.id)).toEqual(["E00000", "E00002", "E00003", "E00004"]);
  });

  it("CR-only, CRLF and LF line ends, a BOM, blank lines and a truncated last line: one result or error per record", async () => {
    const list = appraisals(6);
    const body = list.map((a) => JSON.stringify(a));
    const truncated = body[5]?.slice(0, 40) ?? "";
    for (const eol of ["\r", "\r\n", "\n"]) {
      const text = `\uFEFF${body.slice(0, 5).join(eol)}${eol}${eol}${truncated}`;
      const output = join(tempDir(), "out.ndjson");
      const s = await scoreStream({ scheme: SCHEME, input: tempFile("in.ndjson", text), output });
      const out = parseLines(output);
      accounted(s, out.length, 6);
      out.slice(0, 5).forEach((r, i) => expect(r).toEqual(evaluate(PLAN, list[i] as AppraisalInput)));
      expect(errorAt(out, 7)?.error.issues[0]?.code).toBe("invalid_json");
    }
  });

  it("invalid UTF-8 is an error at its line (not a silent U+FFFD); the other lines are read", async () => {
    const list = appraisals(3);
    const bad = Buffer.from(JSON.stringify({ ...list[1], employee: { id: "E-bad", name: "Bu\u00f0i" } }), "utf8");
    const i = bad.indexOf(0xc3);
    bad[i] = 0xff; // not a UTF-8 byte
    const bytes = Buffer.concat([Buffer.from(`${JSON.stringify(list[0])}\n`), bad, Buffer.from(`\n${JSON.stringify(list[2])}\n`)]);
    const path = join(tempDir(), "in.ndjson");
    writeFileSync(path, bytes);
    const output = join(tempDir(), "out.ndjson");
    const s = await scoreStream({ scheme: SCHEME, input: path, output });
    const out = parseLines(output);
    accounted(s, out.length, 3);
    expect(errorAt(out, 2)?.error.issues[0]?.code).toBe("invalid_utf8");
    // A multi-byte character split across chunks (byte by byte) is still valid.
    const good = Buffer.from(`${JSON.stringify({ ...list[0], employee: { id: "E1", name: "Budi \u00e9\u20ac\u{1F600}" } })}\n`);
    const recs = [];
    for await (const r of readAppraisals({ input: [...good].map((b) => Uint8Array.of(b)) })) recs.push(r);
    expect(recs).toHaveLength(1);
    expect("appraisal" in (recs[0] as object)).toBe(true);
  });

  it("a 20 MB line is one error for that line; the lines around it are scored", async () => {
    const list = appraisals(2);
    const huge = JSON.stringify({ ...list[0], employee: { id: "E-huge", name: "x".repeat(20 * 1024 * 1024) } });
    const output = join(tempDir(), "out.ndjson");
    const s = await scoreStream({ scheme: SCHEME, input: tempFile("in.ndjson", `${JSON.stringify(list[0])}\n${huge}\n${JSON.stringify(list[1])}\n`), output, trace: false });
    const out = parseLines(output);
    accounted(s, out.length, 3);
    expect(errorAt(out, 2)?.error.code).toBe("INVALID_APPRAISAL");
  }, 60_000);

  it("duplicate appraisal ids: warned in the summary by default, error lines with duplicates: 'error'", async () => {
    const [a, b] = appraisals(2) as [AppraisalInput, AppraisalInput];
    const text = ndjson([a, b, { ...b, employee: { id: "other" } }, a]);
    const warn = await scoreStream({ scheme: SCHEME, input: tempFile("in.ndjson", text), output: new PassThrough().resume() });
    expect(warn).toMatchObject({ read: 4, ok: 4, failed: 0, duplicates: 2 });
    expect(warn.duplicateRecords).toEqual([
      { line: 3, first: 2, key: `appraisal ${b.id ?? ""}` },
      { line: 4, first: 1, key: `appraisal ${a.id ?? ""}` },
    ]);
    const output = join(tempDir(), "out.ndjson");
    const strict = await scoreStream({ scheme: SCHEME, input: tempFile("in.ndjson", text), output, duplicates: "error" });
    expect(strict).toMatchObject({ read: 4, ok: 2, failed: 2, duplicates: 2 });
    expect(errorAt(parseLines(output), 4)?.error.issues[0]?.code).toBe("duplicate_appraisal");
  });
});

describe("numbers read exactly or refused", () => {
  it("90.000000000000000001 keeps its digits (as the decimal string would); 1e-400 and 1e400 are errors at their line", async () => {
    const [a] = appraisals(1) as [AppraisalInput];
    const withActual = (v: string) => JSON.stringify({ ...a, actuals: [{ indicator: "ikm", actual: "@" }] }).replace('"@"', v);
    const text = [withActual("90.000000000000000001"), withActual('"90.000000000000000001"'), withActual("1e-400"), withActual("1E400"), withActual("87.5")].join("\n");
    const output = join(tempDir(), "out.ndjson");
    const s = await scoreStream({ scheme: SCHEME, input: tempFile("in.ndjson", text), output, trace: false });
    const out = parseLines(output);
    accounted(s, out.length, 5);
    // The bare number and the decimal string give the same result: the digits survived.
    expect(out[0]).toEqual(out[1]);
    const ikm = (r: Line) => (r as Result).indicators.find((i) => i.id === "ikm");
    expect(ikm(out[0] as Line)?.actual).toBe("90.000000000000000001");
    expect(errorAt(out, 3)?.error.issues[0]?.code).toBe("number_out_of_range");
    expect(errorAt(out, 4)?.error.issues[0]?.code).toBe("number_out_of_range");
    expect(ikm(out[4] as Line)?.actual).toBe("87.5");
  });
});

describe("atomic, honest outputs", () => {
  const YESTERDAY = `${"x".repeat(36 * 1024)}\n`;

  it("a missing input is IO_ERROR (ENOENT) naming the path, and yesterday's output is untouched", async () => {
    const output = tempFile("out.ndjson", YESTERDAY);
    const missing = join(tempDir(), "nope.ndjson");
    const e = await rejection(scoreStream({ scheme: SCHEME, input: missing, output }));
    expect(e.code).toBe("IO_ERROR");
    expect(e.issues[0]?.code).toBe("ENOENT");
    expect(e.message).toContain(missing);
    expect(readFileSync(output, "utf8")).toBe(YESTERDAY);
    noTemp(output);
  });

  it("a bad output directory, an output that is a directory, and a full disk (/dev/full) are IO_ERROR with the path", async () => {
    const input = tempFile("in.ndjson", ndjson(appraisals(3)));
    const noDir = join(tempDir(), "missing", "out.ndjson");
    const e1 = await rejection(scoreStream({ scheme: SCHEME, input, output: noDir }));
    expect([e1.code, e1.issues[0]?.code]).toEqual(["IO_ERROR", "ENOENT"]);
    expect(e1.message).toContain(noDir);
    const dir = join(tempDir(), "adir");
    mkdirSync(dir);
    const e2 = await rejection(scoreStream({ scheme: SCHEME, input, output: dir }));
    expect([e2.code, e2.issues[0]?.code]).toEqual(["IO_ERROR", "EISDIR"]);
    if (existsSync("/dev/full")) {
      const e3 = await rejection(scoreStream({ scheme: SCHEME, input, output: "/dev/full" }));
      expect([e3.code, e3.issues[0]?.code]).toEqual(["IO_ERROR", "ENOSPC"]);
      const e4 = await rejection(writeResults({ records: [{ line: 1, result: evaluate(PLAN, appraisals(1)[0] as AppraisalInput) }], output: "/dev/full" }));
      expect(e4.code).toBe("IO_ERROR");
    }
  });

  it("a source that throws after 2 records leaves the existing output as it was", async () => {
    const output = tempFile("out.ndjson", YESTERDAY);
    const list = appraisals(3);
    async function* source(): AsyncGenerator<string> {
      yield `${JSON.stringify(list[0])}\n`;
      yield `${JSON.stringify(list[1])}\n`;
      throw new Error("disk gone");
    }
    const e = await rejection(scoreStream({ scheme: SCHEME, input: source(), output }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(readFileSync(output, "utf8")).toBe(YESTERDAY);
    noTemp(output);
  });

  it("inputs of null or numbers are INVALID_INPUT, not a TypeError", async () => {
    for (const input of [[null], [42]]) {
      const e = await rejection(scoreStream({ scheme: SCHEME, input: input as never, output: new PassThrough().resume() }));
      expect(e.code).toBe("INVALID_INPUT");
      const e2 = await rejection((async () => {
        for await (const _ of readAppraisals({ input: input as never })) void _;
      })());
      expect(e2.code).toBe("INVALID_INPUT");
    }
  });

  it("writeResults: a cyclic, BigInt or non-text result is INVALID_INPUT naming the record", async () => {
    const r = evaluate(PLAN, appraisals(1)[0] as AppraisalInput);
    const cyclic: Record<string, unknown> = { ...r };
    cyclic["self"] = cyclic;
    for (const [result, format] of [
      [cyclic, "ndjson"],
      [{ ...r, x: 10n }, "ndjson"],
      [{ ...r, final: { ...r.final, score: 5e-324 } }, "csv"],
    ] as const) {
      const e = await rejection(writeResults({ records: [{ line: 1, result: r }, { line: 2, result: result as unknown as Result }], output: new PassThrough().resume(), format, plan: PLAN }));
      expect(e.code).toBe("INVALID_INPUT");
      expect(e.issues[0]?.at).toBe("records[1].result");
    }
  });

  it("a worker that crashes ends the run with WORKER_FAILED naming the lines; the existing output stays", async () => {
    workerOverride.script = { script: "require('node:worker_threads').parentPort.on('message', () => process.exit(3));", eval: true };
    const output = tempFile("out.ndjson", YESTERDAY);
    const e = await rejection(scoreStream({ scheme: SCHEME, input: tempFile("in.ndjson", ndjson(appraisals(20))), output, workers: 1, chunkSize: 10 }));
    expect(e.code).toBe("WORKER_FAILED");
    expect(e.message).toMatch(/input lines 1–10/);
    expect(readFileSync(output, "utf8")).toBe(YESTERDAY);
    noTemp(output);
  });

  it("a worker that never answers ends the run with WORKER_FAILED after workerTimeoutMs, naming the lines", async () => {
    workerOverride.script = { script: "require('node:worker_threads').parentPort.on('message', () => undefined);", eval: true };
    const output = tempFile("out.ndjson", YESTERDAY);
    const e = await rejection(scoreStream({ scheme: SCHEME, input: tempFile("in.ndjson", ndjson(appraisals(20))), output, workers: 1, chunkSize: 10, workerTimeoutMs: 300 }));
    expect(e.code).toBe("WORKER_FAILED");
    expect(e.message).toMatch(/did not answer within 300 ms; input lines 1–10, 11–20/);
    expect(readFileSync(output, "utf8")).toBe(YESTERDAY);
  });

  it("an AbortSignal stops the run with BATCH_ABORTED saying how far it got; the existing output stays", async () => {
    const output = tempFile("out.ndjson", YESTERDAY);
    const ac = new AbortController();
    const list = appraisals(5);
    async function* slow(): AsyncGenerator<string> {
      for (let i = 0; ; i++) {
        yield `${JSON.stringify({ ...list[i % 5], id: `a${i}` })}\n`;
        if (i === 30) ac.abort();
        await new Promise((r) => setTimeout(r, 1));
      }
    }
    const e = await rejection(scoreStream({ scheme: SCHEME, input: slow(), output, chunkSize: 4, signal: ac.signal }));
    expect(e.code).toBe("BATCH_ABORTED");
    expect(e.message).toMatch(/stopped by its AbortSignal after \d+ records \(input up to line \d+\)/);
    expect(readFileSync(output, "utf8")).toBe(YESTERDAY);
    noTemp(output);
  });

  it("SIGINT to a child process running a batch stops it cleanly: the previous output intact, how far it got on stderr", async () => {
    const dir = tempDir();
    const output = join(dir, "out.ndjson");
    writeFileSync(output, YESTERDAY);
    const script = join(dir, "run.ts");
    const src = resolve("src/node/index.ts");
    writeFileSync(
      script,
      `import { scoreStream } from ${JSON.stringify(src)};
const scheme = ${JSON.stringify(SCHEME)};
const a = ${JSON.stringify(appraisals(1)[0])};
async function* endless() { for (let i = 0; ; i++) { yield JSON.stringify({ ...a, id: "a" + i }) + "\\n"; if (i === 50) process.stdout.write("running\\n"); await new Promise((r) => setTimeout(r, 2)); } }
scoreStream({ scheme, input: endless(), output: ${JSON.stringify(output)}, chunkSize: 5, handleSignals: true }).then(
  () => process.exit(0),
  (e) => { process.stderr.write(e.code + " " + e.message + "\\n"); process.exit(130); });
`,
    );
    const child = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => {
      child.stdout.on("data", () => child.kill("SIGINT"));
      child.on("close", (c) => done(c));
    });
    expect(code).toBe(130);
    expect(stderr).toMatch(/BATCH_ABORTED \[kinerja\] BATCH_ABORTED: stopped by SIGINT after \d+ records \(input up to line \d+\)/);
    expect(readFileSync(output, "utf8")).toBe(YESTERDAY);
    noTemp(output);
  }, 60_000);
});
