import { createReadStream } from "node:fs";
import { isUtf8 } from "node:buffer";
import { KinerjaError } from "../index.js";
import { issue } from "../errors/kinerjaError.js";
import { ioError } from "./ioError.js";

/** Where records are read from: a file path, a Node readable stream, or any (async) iterable of text or bytes. */
export type InputSource = string | NodeJS.ReadableStream | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** @internal True when `value` can be read as an input source other than a path. */
export function isStreamLike(value: unknown): value is Exclude<InputSource, string> {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<Record<typeof Symbol.asyncIterator | typeof Symbol.iterator, unknown>>;
  return typeof v[Symbol.asyncIterator] === "function" || typeof v[Symbol.iterator] === "function";
}

const CR = 13;
const LF = 10;

/** Line breaks in `bytes` (CR LF, lone CR and lone LF each one), given whether the previous byte was CR. */
function lineBreaks(bytes: Uint8Array, lastWasCR: boolean): number {
  let n = 0;
  for (let p = bytes.indexOf(CR); p !== -1; p = bytes.indexOf(CR, p + 1)) n++;
  for (let p = bytes.indexOf(LF); p !== -1; p = bytes.indexOf(LF, p + 1)) if (!(p === 0 ? lastWasCR : bytes[p - 1] === CR)) n++;
  return n;
}

/** The length of `bytes` without an incomplete UTF-8 sequence at its end (kept for the next chunk). */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = 1; k <= Math.min(3, n); k++) {
    const b = bytes[n - k] ?? 0;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0xc0) return n;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return need > k ? n - k : n;
  }
  return n;
}

/** Offsets of the bytes that start an invalid UTF-8 sequence (overlong forms, surrogates and values above U+10FFFF included). */
function invalidOffsets(bytes: Uint8Array): number[] {
  const bad: number[] = [];
  const n = bytes.length;
  const cont = (i: number, lo = 0x80, hi = 0xbf): boolean => i < n && (bytes[i] ?? 0) >= lo && (bytes[i] ?? 0) <= hi;
  for (let i = 0; i < n; ) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    if (b >= 0xc2 && b <= 0xdf) len = cont(i + 1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) len = cont(i + 1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf) && cont(i + 2) ? 3 : 0;
    else if (b >= 0xf0 && b <= 0xf4) len = cont(i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (len === 0) {
      bad.push(i);
      i++;
    } else i += len;
  }
  return bad;
}

/**
 * @internal The text of an input as decoded chunks. Bytes are decoded as UTF-8; every line holding an
 * invalid sequence is passed to `onInvalidLine` (1-based, counting CR LF, CR and LF as line ends) before
 * its text is yielded, so a reader can turn that line's record into an error. A byte-order mark at the very
 * start is dropped; a multi-byte character split across chunks is kept whole. A chunk that is neither text
 * nor bytes is an `INVALID_INPUT` error; a file that cannot be read an `IO_ERROR` naming it.
 */
export async function* textChunks(input: InputSource, onInvalidLine: (line: number) => void): AsyncGenerator<string, void, undefined> {
  const path = typeof input === "string" ? input : undefined;
  const source = path === undefined ? input : createReadStream(path, { highWaterMark: 1 << 20 });
  const decoder = new TextDecoder("utf-8");
  let carry: Uint8Array | undefined;
  let line = 1;
  let lastWasCR = false;
  let first = true;
  const decodeBytes = (bytes: Uint8Array, final: boolean): string => {
    const cut = final ? bytes.length : completeLength(bytes);
    const whole = cut === bytes.length ? bytes : bytes.subarray(0, cut);
    carry = cut === bytes.length ? undefined : bytes.slice(cut);
    if (!isUtf8(whole)) {
      let at = 0;
      let atLine = line;
      let prevCR = lastWasCR;
      for (const offset of invalidOffsets(whole)) {
        const part = whole.subarray(at, offset);
        atLine += lineBreaks(part, prevCR);
        if (part.length > 0) prevCR = part[part.length - 1] === CR;
        at = offset;
        onInvalidLine(atLine);
      }
    }
    line += lineBreaks(whole, lastWasCR);
    if (whole.length > 0) lastWasCR = whole[whole.length - 1] === CR;
    return decoder.decode(whole);
  };
  let index = 0;
  try {
    for await (const chunk of source as AsyncIterable<unknown>) {
      let text: string;
      if (typeof chunk === "string") text = chunk;
      else if (chunk instanceof Uint8Array) text = decodeBytes(carry === undefined ? chunk : concat(carry, chunk), false);
      else throw new KinerjaError("INVALID_INPUT", "an input chunk must be text or bytes", [issue(["input", index], "invalid_type", `expected a string or a Uint8Array, got ${chunk === null ? "null" : typeof chunk}`)]);
      index++;
      if (first && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      if (text.length > 0) yield text;
    }
  } catch (e) {
    if (e instanceof KinerjaError) throw e;
    if (path !== undefined) throw ioError(e, "input", path, "read");
    throw new KinerjaError("INVALID_INPUT", `the input stream failed: ${e instanceof Error ? e.message : String(e)}`, [issue(["input"], "stream_error", e instanceof Error ? e.message : String(e))]);
  }
  if (carry !== undefined) {
    const tail = decodeBytes(carry, true);
    if (tail.length > 0) yield tail;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
