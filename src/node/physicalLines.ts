/** @internal One physical line of an input: its 1-based number and text without the line end. */
export interface PhysicalLine {
  readonly line: number;
  readonly text: string;
  /** True when the line was longer than {@link MAX_LINE_CHARS} (its text is then dropped, empty). */
  readonly tooLong?: true;
}

/** The longest line kept, in UTF-16 code units (64 Mi); a longer one is an error of its own. */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;

/**
 * @internal Splits decoded text chunks into physical lines, one array per chunk. CR LF, a lone CR and a
 * lone LF each end a line (also when a CR LF is split between chunks), so line numbers are those an editor
 * shows. Blank lines are kept (readers skip them). A last line without a line end is kept. A line longer
 * than {@link MAX_LINE_CHARS} is yielded as `tooLong` without its text, so memory stays bounded.
 */
export async function* physicalLines(chunks: AsyncIterable<string>): AsyncGenerator<PhysicalLine[], void, undefined> {
  let rest = "";
  let line = 0;
  let afterCR = false;
  let dropping = false;
  const BREAK = /[\r\n]/g;
  for await (const chunk of chunks) {
    const s = rest === "" ? chunk : rest + chunk;
    const out: PhysicalLine[] = [];
    let start = 0;
    if (afterCR && s.charCodeAt(0) === 10) start = 1;
    afterCR = false;
    BREAK.lastIndex = start;
    for (let m = BREAK.exec(s); m !== null; m = BREAK.exec(s)) {
      const i = m.index;
      line += 1;
      if (dropping) {
        out.push({ line, text: "", tooLong: true });
        dropping = false;
      } else out.push({ line, text: s.slice(start, i) });
      if (s.charCodeAt(i) === 13) {
        if (i + 1 === s.length) afterCR = true;
        else if (s.charCodeAt(i + 1) === 10) BREAK.lastIndex = i + 2;
      }
      start = BREAK.lastIndex;
    }
    rest = s.slice(start);
    if (rest.length > MAX_LINE_CHARS) {
      dropping = true;
      rest = "";
    } else if (dropping) rest = "";
    if (out.length > 0) yield out;
  }
  if (rest !== "" || dropping) yield [dropping ? { line: line + 1, text: "", tooLong: true } : { line: line + 1, text: rest }];
}
