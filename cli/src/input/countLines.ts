import { createReadStream } from "node:fs";

/**
 * The number of lines of a text file (line feeds, plus a last line without one), read in blocks.
 * Used only to estimate the rows of a CSV or NDJSON input for the progress bar's ETA.
 */
export async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1] as number;
  }
  return last === 10 ? lines : lines + 1;
}
