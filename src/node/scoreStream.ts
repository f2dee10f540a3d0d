import * as z from "zod/mini";
import { KinerjaError, compile, compiledValidation, isPlan, type Plan, type SchemeInput } from "../index.js";
import { issue } from "../errors/kinerjaError.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { stopError } from "./batchError.js";
import { createResultFormatter } from "./createResultFormatter.js";
import { csvLayout } from "./csvLayout.js";
import { openOutput, type Output, type OutputTarget } from "./openOutput.js";
import { CsvOptionsSchema, FormatSchema, InputSchema, OutputSchema, type CsvOptions } from "./options.js";
import { openRawRecords, type RawRecord } from "./rawRecords.js";
import { scoreChunk, type ChunkOutput, type ChunkScorerSettings } from "./scoreChunk.js";
import type { InputSource } from "./textChunks.js";
import { startPool, type Pool, type WorkerInit, type WorkerReply } from "./workerPool.js";
import type { WriteSummary } from "./writeResults.js";

/** Progress of {@link scoreStream}, passed to `onProgress`. */
export interface ScoreProgress {
  /** Records written so far (results + errors). */
  readonly done: number;
  /** Of those, errors. */
  readonly failed: number;
  /** Milliseconds since the start. */
  readonly elapsedMs: number;
}

/** A duplicate appraisal found by {@link scoreStream}: its line, the line of the first one, and the key they share. */
export interface DuplicateRecord {
  /** The input line of the repeated appraisal. */
  readonly line: number;
  /** The input line of the first appraisal with the same key. */
  readonly first: number;
  /** `appraisal <id>`, or `employee <id>` (with the period when given) for an appraisal without an id. */
  readonly key: string;
}

/** What {@link scoreStream} did. */
export interface ScoreStreamSummary extends WriteSummary {
  /** Records the reader produced (non-blank NDJSON lines, CSV rows after the header): always `ok + failed`. */
  readonly read: number;
  /** Appraisals whose key repeats an earlier one (with `duplicates: "warn"` they are scored; with `"error"` they are error lines). */
  readonly duplicates: number;
  /** The first 100 of them. */
  readonly duplicateRecords: readonly DuplicateRecord[];
  /** Wall-clock milliseconds from start to the last byte written. */
  readonly elapsedMs: number;
}

/** Options of {@link scoreStream}. Give `scheme` or `plan`. */
export interface ScoreStreamOptions {
  /** The scheme JSON (compiled once here, and once in each worker). */
  readonly scheme?: SchemeInput | undefined;
  /** A plan from `compile` (workers recompile its validated scheme). */
  readonly plan?: Plan | undefined;
  /** A file path, a Node readable stream (e.g. `process.stdin`), or an (async) iterable of text or bytes. */
  readonly input: InputSource;
  /** A file path (written to a temporary file beside it, renamed onto it when the run succeeds) or a writable stream (e.g. `process.stdout`; left open). */
  readonly output: OutputTarget;
  /** Input format: `"ndjson"` (default) or `"csv"`. */
  readonly format?: "ndjson" | "csv" | undefined;
  /** Output format; defaults to the input format. */
  readonly outputFormat?: "ndjson" | "csv" | undefined;
  /** CSV input settings. */
  readonly csv?: CsvOptions | undefined;
  /** Worker threads: 0 (default) scores in this thread; n > 0 spreads chunks over n workers. */
  readonly workers?: number | undefined;
  /** Records per chunk (default 500): the unit of work shipped to a worker. */
  readonly chunkSize?: number | undefined;
  /** Called about every `progressEvery` records and once at the end. */
  readonly onProgress?: ((progress: ScoreProgress) => void) | undefined;
  /** How often `onProgress` is called, in records (default 10 000). */
  readonly progressEvery?: number | undefined;
  /** `"report"` (default): a bad record is written as an error and the batch goes on. `"throw"`: the first bad record stops the batch and the promise rejects with its `KinerjaError`, its message starting `line n:` (a stream output has received what precedes it; a file output is left as it was before the run). */
  readonly onError?: "report" | "throw" | undefined;
  /** Keep each result's `trace` in NDJSON output (default true). `false` drops it: results are then several times smaller. */
  readonly trace?: boolean | undefined;
  /**
   * What is written per employee: `"result"` (default) — the full result of `evaluate` — or `"score"` — the
   * `Score` of `score` (final score and band, ratings, warnings), many times faster and smaller.
   */
  readonly detail?: "result" | "score" | undefined;
  /**
   * Two appraisals with the same key (the appraisal `id`, or else the employee id and period) in one batch:
   * `"warn"` (default) scores both and lists the repeats in the summary (`duplicates`, `duplicateRecords`);
   * `"error"` writes the repeat as an error line (`INVALID_INPUT`, issue `duplicate_appraisal`) naming the first line.
   */
  readonly duplicates?: "warn" | "error" | undefined;
  /** Stops the run when aborted: it rejects with `BATCH_ABORTED`, and a file output is left as it was before. */
  readonly signal?: AbortSignal | undefined;
  /** Also stop on SIGINT and SIGTERM while the run lasts (default false; the listeners are removed at the end). */
  readonly handleSignals?: boolean | undefined;
  /** With workers: how long one chunk may wait for its worker's answer before the run fails with `WORKER_FAILED` (default 120 000 ms). */
  readonly workerTimeoutMs?: number | undefined;
}

const OptionsSchema = z.strictObject({
  scheme: z.optional(z.unknown()),
  plan: z.optional(z.custom<Plan>(isPlan, "expected a plan from compile()")),
  input: InputSchema,
  output: OutputSchema,
  format: z._default(FormatSchema, "ndjson"),
  outputFormat: z.optional(FormatSchema),
  csv: CsvOptionsSchema,
  workers: z._default(z.int().check(z.gte(0), z.lte(256)), 0),
  chunkSize: z._default(z.int().check(z.gte(1), z.lte(100_000)), 500),
  onProgress: z.optional(z.custom<(p: ScoreProgress) => void>((v) => typeof v === "function", "expected a function")),
  progressEvery: z._default(z.int().check(z.gte(1)), 10_000),
  onError: z._default(z.enum(["report", "throw"]), "report"),
  trace: z._default(z.boolean(), true),
  detail: z._default(z.enum(["result", "score"]), "result"),
  duplicates: z._default(z.enum(["warn", "error"]), "warn"),
  signal: z.optional(z.custom<AbortSignal>((v) => v instanceof AbortSignal, "expected an AbortSignal")),
  handleSignals: z._default(z.boolean(), false),
  workerTimeoutMs: z._default(z.int().check(z.gte(1), z.lte(86_400_000)), 120_000),
});

/** Line ranges of records, e.g. `1–500, 1001–1500`. */
function ranges(chunks: readonly (readonly [number, number])[]): string {
  return chunks.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(", ");
}

/** Why a run stopped early. */
interface Stop {
  readonly reason: string;
}

/**
 * Scores a whole file or stream of appraisals (NDJSON or CSV) against one scheme and writes one output
 * line per input record (NDJSON or CSV), in input order: a result, or the record's error with its line
 * number. Reading, scoring and writing are streamed with backpressure, so memory does not grow with the
 * number of records. With `workers: n` the records are scored in chunks by n worker threads (each
 * compiles the scheme once); the output is byte-identical to `workers: 0`.
 *
 * @param options - see {@link ScoreStreamOptions}
 * @returns counts and elapsed time
 * @throws `KinerjaError` — `INVALID_INPUT` (options, CSV header), `INVALID_SCHEME`, `IO_ERROR` (a file that cannot be read
 *   or written, with its path), `BATCH_ABORTED` (the signal or SIGINT/SIGTERM), `WORKER_FAILED` (a worker crashed or timed out,
 *   naming the lines); with `onError: "throw"` the first bad record's error. A file output is replaced only when the run succeeds
 * @example
 * ```ts
 * const summary = await scoreStream({
 *   scheme, input: "appraisals.ndjson", output: "results.ndjson", workers: 2, trace: false,
 *   onProgress: ({ done, elapsedMs }) => console.error(`${done} in ${elapsedMs} ms`),
 * });
 * ```
 */
export async function scoreStream(options: ScoreStreamOptions): Promise<ScoreStreamSummary> {
  const started = performance.now();
  const o = parseWith(OptionsSchema, options, "INVALID_INPUT", "scoreStream options");
  if ((o.scheme === undefined) === (o.plan === undefined)) {
    throw new KinerjaError("INVALID_INPUT", "give either a scheme or a plan", [issue(["scheme"], "invalid_union", "expected exactly one of scheme and plan")]);
  }
  // A scheme is compiled with zod's compiled appraisal validation (Node allows generated code; same checks and errors).
  const plan = o.plan ?? compile(o.scheme as SchemeInput, { validation: compiledValidation() });
  const outputFormat = o.outputFormat ?? o.format;
  // The input is opened (and its CSV header read) before the output, so a missing input touches nothing.
  const source = await openRawRecords(o.input, o.format, o.csv, o.chunkSize);
  const layout = source.header === undefined ? undefined : csvLayout(source.header, o.csv.ignoreUnknown);
  const formatter = createResultFormatter({ format: outputFormat, plan, trace: o.trace, detail: o.detail });

  // Stopping: an AbortSignal, or SIGINT / SIGTERM when asked for.
  let stop: Stop | undefined;
  const wakers = new Set<() => void>();
  const halt = (reason: string): void => {
    stop ??= { reason };
    for (const w of [...wakers]) w();
  };
  const onAbort = (): void => halt("its AbortSignal");
  const onSigint = (): void => halt("SIGINT");
  const onSigterm = (): void => halt("SIGTERM");
  if (o.signal?.aborted === true) onAbort();
  o.signal?.addEventListener("abort", onAbort);
  if (o.handleSignals) {
    process.on("SIGINT", onSigint);
    process.on("SIGTERM", onSigterm);
  }

  let out: Output | undefined;
  let read = 0;
  let ok = 0;
  let failed = 0;
  let lastLine = 0;
  let nextReport = o.progressEvery;
  const seen = new Map<string, number>();
  let duplicates = 0;
  const duplicateRecords: DuplicateRecord[] = [];
  const elapsed = (): number => Math.round(performance.now() - started);
  /** Writes one chunk's output in order (checking duplicates across the whole run); throws the stop error in `throw` mode. */
  const emit = async (c: ChunkOutput): Promise<void> => {
    const texts = [...c.texts];
    let chunkOk = c.ok;
    let chunkFailed = c.failed;
    c.keys.forEach((key, i) => {
      if (key === null) return;
      const line = c.lines[i] ?? 0;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, line);
        return;
      }
      duplicates += 1;
      if (duplicateRecords.length < 100) duplicateRecords.push({ line, first, key });
      if (o.duplicates === "error") {
        const error = new KinerjaError("INVALID_INPUT", `line ${line}: duplicate appraisal (${key}), first on line ${first}`, [issue([], "duplicate_appraisal", `${key} was already read on line ${first}`)]);
        texts[i] = formatter.error(line, error, c.employees[i]);
        chunkOk -= 1;
        chunkFailed += 1;
      }
    });
    await (out as Output).write(texts.join(""));
    ok += chunkOk;
    failed += chunkFailed;
    lastLine = c.lines[c.lines.length - 1] ?? lastLine;
    if (o.onProgress && ok + failed >= nextReport) {
      nextReport = (Math.floor((ok + failed) / o.progressEvery) + 1) * o.progressEvery;
      o.onProgress({ done: ok + failed, failed, elapsedMs: elapsed() });
    }
    if (c.stop) throw stopError(c.stop.line, c.stop.error);
  };
  /** The batches, counted, ending early when the run is stopped. */
  async function* counted(): AsyncGenerator<RawRecord[], void, undefined> {
    for await (const batch of source.batches) {
      if (stop) return;
      read += batch.length;
      yield batch;
    }
  }

  let completed = false;
  try {
    out = openOutput(o.output);
    await out.write(formatter.header);
    if (o.workers === 0) {
      const settings: ChunkScorerSettings = { plan, layout, formatter, onError: o.onError, detail: o.detail };
      for await (const batch of counted()) await emit(scoreChunk(settings, batch));
    } else {
      const init = { scheme: plan.scheme, header: source.header, ignoreUnknown: o.csv.ignoreUnknown, outputFormat, trace: o.trace, detail: o.detail, onError: o.onError };
      await runPool(o.workers, init, counted(), emit, { timeoutMs: o.workerTimeoutMs, wakers, stopped: () => stop !== undefined });
    }
    if (stop) {
      const where = typeof o.output === "string" ? `the output file '${o.output}' was not written (it is as it was before the run)` : "the output stream received those records";
      throw new KinerjaError("BATCH_ABORTED", `stopped by ${stop.reason} after ${ok + failed} records (input up to line ${lastLine}); ${where}`, [
        issue([], "aborted", `${ok + failed} of the ${read} records read were written`),
      ]);
    }
    await out.commit();
    completed = true;
  } finally {
    o.signal?.removeEventListener("abort", onAbort);
    if (o.handleSignals) {
      process.removeListener("SIGINT", onSigint);
      process.removeListener("SIGTERM", onSigterm);
    }
    if (!completed) {
      await out?.discard();
      await source.batches.return(undefined).catch(() => undefined);
    }
  }
  const summary: ScoreStreamSummary = { records: ok + failed, ok, failed, read, duplicates, duplicateRecords, elapsedMs: elapsed() };
  o.onProgress?.({ done: summary.records, failed, elapsedMs: summary.elapsedMs });
  return summary;
}

/** How a pool run is watched: the answer timeout, the wake-ups of a stop, and whether the run was stopped. */
interface PoolWatch {
  readonly timeoutMs: number;
  readonly wakers: Set<() => void>;
  readonly stopped: () => boolean;
}

/**
 * Spreads chunks over a worker pool, at most two in flight per worker (counting chunks that are done but
 * wait for an earlier one to be written), and writes their outputs in input order. A worker that crashes,
 * exits, throws or does not answer a chunk within the timeout ends the run with `WORKER_FAILED`, naming the
 * input lines of the chunks it left unanswered.
 */
async function runPool(size: number, init: WorkerInit, batches: AsyncIterable<RawRecord[]>, emit: (c: ChunkOutput) => Promise<void>, watch: PoolWatch): Promise<void> {
  const ready = new Map<number, ChunkOutput>();
  const pending = new Map<number, { readonly lines: readonly [number, number]; readonly timer: ReturnType<typeof setTimeout> }>();
  let failure: KinerjaError | undefined;
  const waiting: { wake: (() => void) | undefined } = { wake: undefined };
  const signal = (): void => {
    const w = waiting.wake;
    waiting.wake = undefined;
    w?.();
  };
  watch.wakers.add(signal);
  const lost = (): string => ranges([...pending.values()].map((p) => p.lines));
  const fail = (what: string): void => {
    failure ??= new KinerjaError("WORKER_FAILED", `${what}; input lines ${lost() || "(none in flight)"} were not scored; the run was stopped and a file output was left as it was before the run`, [
      issue([], "worker_failed", what),
    ]);
    signal();
  };
  const pool: Pool = startPool(
    size,
    init,
    (reply: WorkerReply) => {
      const p = pending.get(reply.seq);
      if ("fatal" in reply) {
        fail(`a scoring worker failed on input lines ${p ? ranges([p.lines]) : "?"}: ${reply.fatal.split("\n", 1)[0] ?? ""}`);
        return;
      }
      if (p) clearTimeout(p.timer);
      pending.delete(reply.seq);
      ready.set(reply.seq, reply.out);
      signal();
    },
    (e) => fail(`a scoring worker crashed (${e.message})`),
  );
  let sent = 0;
  let written = 0;
  /** Writes every chunk that is next in order; waits for one reply when none is. */
  const drain = async (wait: boolean): Promise<void> => {
    for (;;) {
      if (failure) throw failure;
      if (watch.stopped()) return;
      const next = ready.get(written);
      if (next !== undefined) {
        ready.delete(written);
        written += 1;
        await emit(next);
        wait = false;
        continue;
      }
      if (!wait) return;
      await new Promise<void>((resolve) => {
        waiting.wake = resolve;
      });
    }
  };
  try {
    for await (const records of batches) {
      while (sent - written >= 2 * size && !watch.stopped()) await drain(true);
      if (watch.stopped()) break;
      const seq = sent;
      const lines: readonly [number, number] = [records[0]?.line ?? 0, records[records.length - 1]?.line ?? 0];
      const timer = setTimeout(() => fail(`a scoring worker did not answer within ${watch.timeoutMs} ms`), watch.timeoutMs);
      pending.set(seq, { lines, timer });
      pool.send({ seq, records });
      sent += 1;
      await drain(false);
    }
    while (written < sent && !watch.stopped()) await drain(true);
  } finally {
    watch.wakers.delete(signal);
    for (const p of pending.values()) clearTimeout(p.timer);
    await pool.close();
  }
}
