/** @internal One CSV record: its fields and the line it starts on; `problem` when it is malformed. */
export interface CsvRecord {
  /** 1-based line number of the record's first line. */
  readonly line: number;
  readonly fields: string[];
  /** Why the record is malformed (it is still delimited as well as possible). */
  readonly problem?: string;
}

const START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;

/**
 * @internal A small streaming RFC 4180 parser. Fields are separated by `delimiter` and records by a
 * newline (`\n`, `\r\n` or a lone `\r`). A field in double quotes may contain the delimiter, newlines and
 * doubled quotes (`""` → `"`); a line break inside quotes is kept as `\n`. A quote inside an unquoted field
 * is taken literally. Text after a closing quote, or a quote left open at the end of the input, makes the
 * record malformed (`problem`). Blank lines are skipped but counted. Records come in batches of at most `batch`.
 */
export async function* parseCsv(chunks: AsyncIterable<string>, delimiter: string, batch: number): AsyncGenerator<CsvRecord[], void, undefined> {
  let out: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let state = START;
  let line = 1;
  let recordLine = 1;
  let touched = false;
  let problem: string | undefined;
  let carryCR = false;

  const endRecord = (): void => {
    if (touched || fields.length > 0 || field !== "") {
      fields.push(field);
      out.push(problem === undefined ? { line: recordLine, fields } : { line: recordLine, fields, problem });
    }
    fields = [];
    field = "";
    state = START;
    touched = false;
    problem = undefined;
    line += 1;
    recordLine = line;
  };

  for await (const raw of chunks) {
    let s: string = carryCR ? `\r${raw}` : raw;
    carryCR = s.endsWith("\r");
    if (carryCR) s = s.slice(0, -1);
    if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
    const n = s.length;
    let i = 0;
    while (i < n) {
      if (state === QUOTED) {
        const q = s.indexOf('"', i);
        const end = q === -1 ? n : q;
        const piece = s.slice(i, end);
        field += piece;
        for (let k = piece.indexOf("\n"); k !== -1; k = piece.indexOf("\n", k + 1)) line += 1;
        if (q === -1) {
          i = n;
        } else {
          state = QUOTE_IN_QUOTED;
          i = q + 1;
        }
        continue;
      }
      const ch = s[i] as string;
      if (state === QUOTE_IN_QUOTED) {
        if (ch === '"') {
          field += '"';
          state = QUOTED;
          i += 1;
          continue;
        }
        if (ch !== delimiter && ch !== "\n") {
          problem ??= `unexpected text after a closing quote in field ${fields.length + 1}`;
          state = UNQUOTED;
          continue;
        }
      }
      if (ch === delimiter) {
        fields.push(field);
        field = "";
        state = START;
        touched = true;
        i += 1;
      } else if (ch === "\n") {
        endRecord();
        if (out.length >= batch) {
          yield out;
          out = [];
        }
        i += 1;
      } else if (state === START && ch === '"') {
        state = QUOTED;
        touched = true;
        i += 1;
      } else {
        // A run of ordinary characters up to the next delimiter or newline.
        let j = i + 1;
        while (j < n) {
          const c = s[j];
          if (c === delimiter || c === "\n") break;
          j += 1;
        }
        field += s.slice(i, j);
        state = UNQUOTED;
        i = j;
      }
    }
  }
  if (state === QUOTED) {
    if (carryCR) field += "\n";
    problem = "a quoted field is not closed before the end of the input";
  }
  endRecord();
  if (out.length > 0) yield out;
}
