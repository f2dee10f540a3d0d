import { createWriteStream } from "node:fs";

/** Where output goes: a file path (created or truncated) or a writable stream. */
export type OutputTarget = string | NodeJS.WritableStream;

/** @internal True when `value` looks like a writable stream. */
export function isWritableLike(value: unknown): value is NodeJS.WritableStream {
  return typeof value === "object" && value !== null && typeof (value as { write?: unknown }).write === "function" && typeof (value as { once?: unknown }).once === "function";
}

/** @internal An output with backpressure: `write` resolves when the stream can take more. */
export interface Output {
  write(text: string): Promise<void>;
  /** Ends a file opened here (and waits until it is flushed); a stream passed in is left open. */
  close(): Promise<void>;
}

/**
 * @internal Opens an output. A stream error is remembered and thrown by the next `write` or `close`
 * (never an unhandled `error` event).
 */
export function openOutput(target: OutputTarget): Output {
  const owned = typeof target === "string";
  const stream: NodeJS.WritableStream = typeof target === "string" ? createWriteStream(target) : target;
  let failure: Error | undefined;
  const waiting: { wake: (() => void) | undefined } = { wake: undefined };
  const onError = (e: Error): void => {
    failure ??= e;
    waiting.wake?.();
  };
  stream.on("error", onError);
  const check = (): void => {
    if (failure) throw failure;
  };
  return {
    async write(text) {
      check();
      if (text === "" || stream.write(text)) return;
      await new Promise<void>((resolve) => {
        waiting.wake = resolve;
        stream.once("drain", resolve);
      });
      waiting.wake = undefined;
      check();
    },
    async close() {
      try {
        if (failure && owned) (stream as ReturnType<typeof createWriteStream>).destroy();
        check();
        if (owned) {
          await new Promise<void>((resolve, reject) => {
            stream.once("error", reject);
            stream.end(() => resolve());
          });
        }
        check();
      } finally {
        if (!owned) stream.removeListener("error", onError);
      }
    },
  };
}
