/** @internal One non-blank line of an NDJSON input with its 1-based line number. */
export interface NdjsonLine {
  readonly line: number;
  readonly text: string;
}

/**
 * @internal Splits decoded text chunks into NDJSON lines and yields them in batches of at most `batch`.
 * Lines end at `\n` (a `\r` before it is dropped); blank lines are skipped but counted, so line numbers
 * are those an editor shows. A last line without a newline is kept.
 */
export async function* ndjsonLines(chunks: AsyncIterable<string>, batch: number): AsyncGenerator<NdjsonLine[], void, undefined> {
  let rest = "";
  let line = 0;
  let out: NdjsonLine[] = [];
  const take = (raw: string): void => {
    line += 1;
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (text.trim() !== "") out.push({ line, text });
  };
  for await (const chunk of chunks) {
    const s = rest === "" ? chunk : rest + chunk;
    let start = 0;
    for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", start)) {
      take(s.slice(start, i));
      start = i + 1;
      if (out.length >= batch) {
        yield out;
        out = [];
      }
    }
    rest = s.slice(start);
  }
  if (rest !== "") take(rest);
  if (out.length > 0) yield out;
}
