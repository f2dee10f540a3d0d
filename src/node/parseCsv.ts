import type { PhysicalLine } from "./physicalLines.js";

/** @internal One CSV record: its fields and the line it starts on; `problem` when it is malformed. */
export interface CsvRecord {
  /** 1-based line number of the record's first line. */
  readonly line: number;
  readonly fields: string[];
  /** Why the record is malformed. */
  readonly problem?: string;
  /** The issue code of the problem: `invalid_csv`, or `csv_field_count` for a record of the wrong width. */
  readonly code?: "invalid_csv" | "csv_field_count";
}

/** The most lines one record may span (a quoted field with line breaks); more is taken as an unclosed quote. */
export const MAX_RECORD_LINES = 1000;
/** The most characters one multi-line record may hold; more is taken as an unclosed quote. */
export const MAX_RECORD_CHARS = 1 << 20;

const START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;

interface Open {
  readonly lines: PhysicalLine[];
  fields: string[];
  field: string;
  state: number;
  chars: number;
  problem: string | undefined;
}

/**
 * @internal A streaming RFC 4180 parser over physical lines (see `physicalLines`). Fields are separated by
 * `delimiter`; a field in double quotes may contain the delimiter, doubled quotes (`""` → `"`) and line
 * breaks (kept as `\n`). A quote inside an unquoted field is taken literally.
 *
 * Every record is accounted for: a blank line outside quotes is skipped; text after a closing quote, a quote
 * left open at the end of the input, or (with `sameWidth`, from the second record on) a field count other than
 * the first record's makes the record malformed (`problem`). When a malformed record spans several lines — typically
 * a stray quote that swallowed the rows after it — only its first line is reported, and reading resumes at
 * its second line, so the rows after a stray quote are read as rows. A record may span at most
 * {@link MAX_RECORD_LINES} lines and {@link MAX_RECORD_CHARS} characters (beyond that the quote is taken as
 * unclosed). Lines listed by `isBadLine` (invalid UTF-8) make their record malformed.
 */
export async function* parseCsv(
  lines: AsyncIterable<PhysicalLine[]>,
  delimiter: string,
  batch: number,
  isBadLine: (line: number) => boolean,
  sameWidth = true,
): AsyncGenerator<CsvRecord[], void, undefined> {
  let width: number | undefined;
  let out: CsvRecord[] = [];
  let open: Open | undefined;
  const queue: PhysicalLine[] = [];

  /** Ends the open record: emits it, or on a malformed multi-line record emits its first line and re-reads the rest. */
  const finish = (o: Open, eofProblem?: string): void => {
    open = undefined;
    o.fields.push(o.field);
    const first = o.lines[0] as PhysicalLine;
    let problem = eofProblem ?? o.problem;
    let code: "invalid_csv" | "csv_field_count" = "invalid_csv";
    if (problem === undefined && sameWidth && width !== undefined && o.fields.length !== width) {
      problem = `expected ${width} fields (the header's), got ${o.fields.length}`;
      code = "csv_field_count";
    }
    if (problem === undefined && o.lines.some((l) => isBadLine(l.line))) problem = "the record is not valid UTF-8";
    if (problem === undefined && o.lines.some((l) => l.tooLong === true)) problem = "the line is too long";
    if (problem !== undefined && o.lines.length > 1) {
      out.push({ line: first.line, fields: [], code, problem: `${problem}; a quoted field opened on line ${first.line} is not closed on that line, so this line is rejected and reading resumes at line ${first.line + 1}` });
      queue.unshift(...o.lines.slice(1));
      return;
    }
    width ??= o.fields.length;
    out.push(problem === undefined ? { line: first.line, fields: o.fields } : { line: first.line, fields: o.fields, problem, code });
  };

  /** Parses one physical line into the open record (starting one when none is open). */
  const take = (l: PhysicalLine): void => {
    let o = open;
    if (o === undefined) {
      if (l.text.trim() === "" && l.tooLong !== true) return; // a blank line between records
      o = { lines: [], fields: [], field: "", state: START, chars: 0, problem: undefined };
      open = o;
    } else {
      o.field += "\n";
    }
    o.lines.push(l);
    o.chars += l.text.length;
    const s = l.text;
    const n = s.length;
    let i = 0;
    while (i < n) {
      if (o.state === QUOTED) {
        const q = s.indexOf('"', i);
        if (q === -1) {
          o.field += s.slice(i);
          i = n;
        } else {
          o.field += s.slice(i, q);
          o.state = QUOTE_IN_QUOTED;
          i = q + 1;
        }
        continue;
      }
      const ch = s[i] as string;
      if (o.state === QUOTE_IN_QUOTED) {
        if (ch === '"') {
          o.field += '"';
          o.state = QUOTED;
          i += 1;
          continue;
        }
        if (ch !== delimiter) {
          o.problem ??= `unexpected text after a closing quote in field ${o.fields.length + 1}`;
          o.state = UNQUOTED;
          continue;
        }
      }
      if (ch === delimiter) {
        o.fields.push(o.field);
        o.field = "";
        o.state = START;
        i += 1;
      } else if (o.state === START && ch === '"') {
        o.state = QUOTED;
        i += 1;
      } else {
        let j = s.indexOf(delimiter, i + 1);
        if (j === -1) j = n;
        o.field += s.slice(i, j);
        o.state = UNQUOTED;
        i = j;
      }
    }
    if (o.state !== QUOTED) finish(o);
    else if (o.lines.length >= MAX_RECORD_LINES || o.chars > MAX_RECORD_CHARS) finish(o, `a quoted field is not closed within ${MAX_RECORD_LINES} lines or ${MAX_RECORD_CHARS} characters`);
  };

  for await (const chunk of lines) {
    for (const l of chunk) {
      queue.push(l);
      while (queue.length > 0) {
        take(queue.shift() as PhysicalLine);
        if (out.length >= batch) {
          yield out;
          out = [];
        }
      }
    }
  }
  for (;;) {
    const o: Open | undefined = open;
    if (o === undefined) break;
    finish(o, "a quoted field is not closed before the end of the input");
    while (queue.length > 0) {
      take(queue.shift() as PhysicalLine);
      if (out.length >= batch) {
        yield out;
        out = [];
      }
    }
  }
  if (out.length > 0) yield out;
}
