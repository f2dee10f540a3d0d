import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { KinerjaError } from "../index.js";
import type { RawRecord } from "./rawRecords.js";
import type { ChunkOutput } from "./scoreChunk.js";

/** @internal What each worker gets when it starts. */
export interface WorkerInit {
  readonly scheme: unknown;
  readonly header: readonly string[] | undefined;
  readonly ignoreUnknown: boolean;
  readonly outputFormat: "ndjson" | "csv";
  readonly trace: boolean;
  readonly detail: "result" | "score";
  readonly onError: "report" | "throw";
}
/** @internal A chunk sent to a worker. */
export interface WorkerTask {
  readonly seq: number;
  readonly records: readonly RawRecord[];
}
/** @internal A worker's answer for one chunk. */
export type WorkerReply = { readonly seq: number; readonly out: ChunkOutput } | { readonly seq: number; readonly fatal: string };

/** @internal How to start a worker: the script (or bootstrap code) and whether it is evaluated code. */
export interface WorkerScript {
  readonly script: URL | string;
  readonly eval: boolean;
}

/** @internal Test hook: a worker script to start instead of the real one (fault injection: a worker that crashes or hangs). */
export const workerOverride: { script: WorkerScript | undefined } = { script: undefined };

/**
 * @internal Where the worker script is: next to the built module (`scoreWorker.js`, also when the module
 * was bundled into a chunk one folder up), or else the TypeScript source, loaded through tsx (a
 * devDependency) by a small bootstrap that registers tsx inside the worker — on Node 20 a worker does not
 * inherit the loader hooks of `--import tsx`.
 */
export function workerScript(): WorkerScript {
  // ESM has import.meta.url; the CJS build defines it from __filename (tsup shims). Not a reference to
  // __filename here: that would put the ESM shim (imports of "path" and "url") into the shared chunk,
  // which a browser bundle of the core then cannot resolve.
  const base = import.meta.url;
  for (const name of ["./scoreWorker.js", "./node/scoreWorker.js"]) {
    const url = new URL(name, base);
    if (existsSync(fileURLToPath(url))) return { script: url, eval: false };
  }
  // Runs from the TypeScript sources only (tests, tsx); the build drops this labelled block (esbuild dropLabels).
  // eslint-disable-next-line no-unused-labels -- the label marks the block for the build
  SOURCE: {
    const ts = new URL("./scoreWorker.ts", base);
    if (existsSync(fileURLToPath(ts))) {
      const api = typeof import.meta.resolve === "function" ? import.meta.resolve("tsx/esm/api") : "tsx/esm/api";
      const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ts.href)}); });`;
      return { script: code, eval: true };
    }
  }
  throw new KinerjaError("INVALID_INPUT", `the worker script scoreWorker.js was not found next to ${base}; use workers: 0`, []);
}

/** @internal A started pool: send chunks, receive replies through the callbacks given to {@link startPool}. */
export interface Pool {
  /** Sends a chunk to the least busy worker. */
  send(task: WorkerTask): void;
  /** Stops every worker. */
  close(): Promise<void>;
}

/**
 * @internal Starts `size` workers, each compiling the scheme once. Replies and failures (a worker that
 * crashed or exited) are passed to the callbacks.
 */
export function startPool(size: number, init: WorkerInit, onReply: (reply: WorkerReply) => void, onFailure: (error: Error) => void): Pool {
  const script = workerOverride.script ?? workerScript();
  const busy: number[] = [];
  const workers = Array.from({ length: size }, (_, w) => {
    busy.push(0);
    const worker = new Worker(script.script, { workerData: init, eval: script.eval });
    worker.on("message", (reply: WorkerReply) => {
      busy[w] = (busy[w] ?? 1) - 1;
      onReply(reply);
    });
    worker.on("error", (e) => onFailure(e));
    worker.on("exit", (code) => {
      if (!closing) onFailure(new Error(`a scoring worker exited with code ${code}`));
    });
    return worker;
  });
  let closing = false;
  return {
    send(task) {
      let best = 0;
      for (let w = 1; w < size; w++) if ((busy[w] ?? 0) < (busy[best] ?? 0)) best = w;
      busy[best] = (busy[best] ?? 0) + 1;
      (workers[best] as Worker).postMessage(task);
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
