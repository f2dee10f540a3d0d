/**
 * kinerja/node — batch scoring for Node.js: read appraisals from NDJSON or CSV files and streams, score
 * them with backpressure (optionally on worker threads), and write NDJSON or CSV results.
 * The pure core (`kinerja`) has no `node:` imports; this subpath is the only part that does.
 *
 * @module
 */
export { readAppraisals, type AppraisalRecord, type ReadAppraisalsOptions } from "./readAppraisals.js";
export { writeResults, type ScoredRecord, type WriteResultsOptions, type WriteSummary } from "./writeResults.js";
export { createResultFormatter, type ResultFormatter, type ResultFormatterOptions, type ErrorEmployee } from "./createResultFormatter.js";
export { scoreStream, type ScoreStreamOptions, type ScoreStreamSummary, type ScoreProgress, type DuplicateRecord } from "./scoreStream.js";
export type { CsvOptions } from "./options.js";
export type { BatchErrorJson } from "./batchError.js";
export type { InputSource } from "./textChunks.js";
export type { OutputTarget } from "./openOutput.js";
