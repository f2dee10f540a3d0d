import * as z from "zod/mini";
import { isStreamLike, type InputSource } from "./textChunks.js";
import { isWritableLike, type OutputTarget } from "./openOutput.js";

/** Options of the CSV reader (see docs/batch.md for the layout). */
export interface CsvOptions {
  /** The field separator: `","` (default), `";"` (spreadsheets in comma-decimal locales) or `"\t"`. */
  readonly delimiter?: "," | ";" | "\t" | undefined;
  /** Ignore columns the layout does not know (default false: an unknown column is an error). */
  readonly ignoreUnknown?: boolean | undefined;
}

/** @internal zod schema of {@link CsvOptions}. */
export const CsvOptionsSchema = z._default(z.strictObject({ delimiter: z._default(z.enum([",", ";", "\t"]), ","), ignoreUnknown: z._default(z.boolean(), false) }), { delimiter: ",", ignoreUnknown: false });

/** @internal An input: a non-empty path, a readable stream or an (async) iterable of text or bytes. */
export const InputSchema = z.union([z.string().check(z.minLength(1)), z.custom<Exclude<InputSource, string>>(isStreamLike, "expected a file path or a readable stream")]);

/** @internal An output: a non-empty path or a writable stream. */
export const OutputSchema = z.union([z.string().check(z.minLength(1)), z.custom<Exclude<OutputTarget, string>>(isWritableLike, "expected a file path or a writable stream")]);

/** @internal An input or output format. */
export const FormatSchema = z.enum(["ndjson", "csv"]);
