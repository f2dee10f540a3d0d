// The worker of scoreStream's pool: compiles the scheme once, then scores chunks of raw records and
// sends back their output text. Started by workerPool.ts; not part of the public API.
import { parentPort, workerData } from "node:worker_threads";
import { compile, compiledValidation, type SchemeInput } from "../index.js";
import { createResultFormatter } from "./createResultFormatter.js";
import { csvLayout } from "./csvLayout.js";
import type { RawRecord } from "./rawRecords.js";
import { scoreChunk, type ChunkScorerSettings } from "./scoreChunk.js";
import type { WorkerInit, WorkerReply, WorkerTask } from "./workerPool.js";

const init = workerData as WorkerInit;
const port = parentPort;
if (port === null) throw new Error("scoreWorker must run in a worker thread");
let settings: ChunkScorerSettings | undefined;
let setupError: string | undefined;
try {
  // Node allows generated code: appraisals are validated by zod's compiled validator (same checks and errors).
  const plan = compile(init.scheme as SchemeInput, { validation: compiledValidation() });
  settings = {
    plan,
    layout: init.header === undefined ? undefined : csvLayout(init.header, init.ignoreUnknown),
    formatter: createResultFormatter({ format: init.outputFormat, plan, trace: init.trace, detail: init.detail }),
    onError: init.onError,
    detail: init.detail,
  };
} catch (e) {
  setupError = e instanceof Error ? (e.stack ?? e.message) : String(e);
}
port.on("message", (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    if (settings === undefined) throw new Error(setupError);
    reply = { seq: task.seq, out: scoreChunk(settings, task.records as RawRecord[]) };
  } catch (e) {
    reply = { seq: task.seq, fatal: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
});
