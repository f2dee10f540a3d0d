import { z } from "zod";
import { KinerjaError, compile, isPlan, type Plan, type SchemeInput } from "../index.js";
import { issue } from "../errors/kinerjaError.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { stopError } from "./batchError.js";
import { createResultFormatter } from "./createResultFormatter.js";
import { csvLayout } from "./csvLayout.js";
import { openOutput, type OutputTarget } from "./openOutput.js";
import { CsvOptionsSchema, FormatSchema, InputSchema, OutputSchema, type CsvOptions } from "./options.js";
import { openRawRecords, type RawRecord } from "./rawRecords.js";
import { scoreChunk, type ChunkOutput, type ChunkScorerSettings } from "./scoreChunk.js";
import type { InputSource } from "./textChunks.js";
import { startPool, type Pool, type WorkerReply } from "./workerPool.js";
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

/** What {@link scoreStream} did. */
export interface ScoreStreamSummary extends WriteSummary {
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
  /** A file path (created or truncated, closed at the end) or a writable stream (e.g. `process.stdout`; left open). */
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
  /** `"report"` (default): a bad record is written as an error and the batch goes on. `"throw"`: the first bad record stops the batch (what precedes it is written) and the promise rejects with its `KinerjaError`, its message starting `line n:`. */
  readonly onError?: "report" | "throw" | undefined;
  /** Keep each result's `trace` in NDJSON output (default true). `false` drops it: results are then several times smaller. */
  readonly trace?: boolean | undefined;
  /**
   * What is written per employee: `"result"` (default) — the full result of `evaluate` — or `"score"` — the
   * `Score` of `score` (final score and band, ratings, warnings), many times faster and smaller.
   */
  readonly detail?: "result" | "score" | undefined;
}

const OptionsSchema = z.strictObject({
  scheme: z.unknown().optional(),
  plan: z.custom<Plan>(isPlan, "expected a plan from compile()").optional(),
  input: InputSchema,
  output: OutputSchema,
  format: FormatSchema.default("ndjson"),
  outputFormat: FormatSchema.optional(),
  csv: CsvOptionsSchema,
  workers: z.int().min(0).max(256).default(0),
  chunkSize: z.int().min(1).max(100_000).default(500),
  onProgress: z.custom<(p: ScoreProgress) => void>((v) => typeof v === "function", "expected a function").optional(),
  progressEvery: z.int().min(1).default(10_000),
  onError: z.enum(["report", "throw"]).default("report"),
  trace: z.boolean().default(true),
  detail: z.enum(["result", "score"]).default("result"),
});

/**
 * Scores a whole file or stream of appraisals (NDJSON or CSV) against one scheme and writes one output
 * line per input record (NDJSON or CSV), in input order: a result, or the record's error with its line
 * number. Reading, scoring and writing are streamed with backpressure, so memory does not grow with the
 * number of records. With `workers: n` the records are scored in chunks by n worker threads (each
 * compiles the scheme once); the output is byte-identical to `workers: 0`.
 *
 * @param options - see {@link ScoreStreamOptions}
 * @returns counts and elapsed time
 * @throws `KinerjaError` — `INVALID_INPUT` (options, CSV header), `INVALID_SCHEME`; with `onError: "throw"` the first bad record's error
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
  const plan = o.plan ?? compile(o.scheme as SchemeInput);
  const outputFormat = o.outputFormat ?? o.format;
  const source = await openRawRecords(o.input, o.format, o.csv, o.chunkSize);
  const layout = source.header === undefined ? undefined : csvLayout(source.header, o.csv.ignoreUnknown);
  const formatter = createResultFormatter({ format: outputFormat, plan, trace: o.trace, detail: o.detail });
  const out = openOutput(o.output);

  let ok = 0;
  let failed = 0;
  let nextReport = o.progressEvery;
  const elapsed = (): number => Math.round(performance.now() - started);
  /** Writes one chunk's output in order; throws the stop error in `throw` mode. */
  const emit = async (c: ChunkOutput): Promise<void> => {
    await out.write(c.text);
    ok += c.ok;
    failed += c.failed;
    if (o.onProgress && ok + failed >= nextReport) {
      nextReport = (Math.floor((ok + failed) / o.progressEvery) + 1) * o.progressEvery;
      o.onProgress({ done: ok + failed, failed, elapsedMs: elapsed() });
    }
    if (c.stop) throw stopError(c.stop.line, c.stop.error);
  };

  let completed = false;
  try {
    await out.write(formatter.header);
    if (o.workers === 0) {
      const settings: ChunkScorerSettings = { plan, layout, formatter, onError: o.onError, detail: o.detail };
      for await (const batch of source.batches) await emit(scoreChunk(settings, batch));
    } else {
      await runPool(o.workers, { scheme: plan.scheme, header: source.header, ignoreUnknown: o.csv.ignoreUnknown, outputFormat, trace: o.trace, detail: o.detail, onError: o.onError }, source.batches, emit);
    }
    completed = true;
  } finally {
    if (completed) await out.close();
    else await out.close().catch(() => undefined);
    if (!completed) await source.batches.return(undefined).catch(() => undefined);
  }
  const summary = { records: ok + failed, ok, failed, elapsedMs: elapsed() };
  o.onProgress?.({ done: summary.records, failed, elapsedMs: summary.elapsedMs });
  return summary;
}

/**
 * Spreads chunks over a worker pool, at most two in flight per worker (counting chunks that are done but
 * wait for an earlier one to be written), and writes their outputs in input order.
 */
async function runPool(
  size: number,
  init: Parameters<typeof startPool>[1],
  batches: AsyncIterable<RawRecord[]>,
  emit: (c: ChunkOutput) => Promise<void>,
): Promise<void> {
  const ready = new Map<number, ChunkOutput>();
  let failure: Error | undefined;
  const waiting: { wake: (() => void) | undefined } = { wake: undefined };
  const signal = (): void => {
    const w = waiting.wake;
    waiting.wake = undefined;
    w?.();
  };
  const pool: Pool = startPool(
    size,
    init,
    (reply: WorkerReply) => {
      if ("fatal" in reply) failure ??= new Error(`a scoring worker failed: ${reply.fatal}`);
      else ready.set(reply.seq, reply.out);
      signal();
    },
    (e) => {
      failure ??= e;
      signal();
    },
  );
  let sent = 0;
  let written = 0;
  /** Writes every chunk that is next in order; waits for one reply when none is. */
  const drain = async (wait: boolean): Promise<void> => {
    for (;;) {
      if (failure) throw failure;
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
      while (sent - written >= 2 * size) await drain(true);
      pool.send({ seq: sent, records });
      sent += 1;
      await drain(false);
    }
    while (written < sent) await drain(true);
  } finally {
    await pool.close();
  }
}
