import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";

/** Where records are read from: a file path, a Node readable stream, or any (async) iterable of text or bytes. */
export type InputSource = string | NodeJS.ReadableStream | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** @internal True when `value` can be read as an input source other than a path. */
export function isStreamLike(value: unknown): value is Exclude<InputSource, string> {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<Record<typeof Symbol.asyncIterator | typeof Symbol.iterator, unknown>>;
  return typeof v[Symbol.asyncIterator] === "function" || typeof v[Symbol.iterator] === "function";
}

/**
 * @internal The text of an input as UTF-8 decoded chunks: a path is opened with a 1 MiB read buffer;
 * a byte-order mark at the very start is dropped; a multi-byte character split across chunks is kept whole.
 */
export async function* textChunks(input: InputSource): AsyncGenerator<string, void, undefined> {
  const source = typeof input === "string" ? createReadStream(input, { highWaterMark: 1 << 20 }) : input;
  const decoder = new StringDecoder("utf8");
  let first = true;
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    let text = typeof chunk === "string" ? chunk : decoder.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text.length > 0) yield text;
  }
  const tail = decoder.end();
  if (tail.length > 0) yield tail;
}
