/** How decimal numbers are written in the input: `dot` (`1,234.5`), `comma` (id-ID: `1.234,5`). */
export type DecimalStyle = "dot" | "comma";

/** A cell as read: text, or null when empty / marked missing. */
export type Cell = string | null;

/** Default texts that mean "no data" (besides an empty cell). */
export const DEFAULT_MISSING: readonly string[] = ["-", "–", "—"];

/** Normalises a cell: trims, and turns empty or a missing marker into null. */
export function cellText(raw: unknown, missing: readonly string[]): Cell {
  if (raw === null || raw === undefined) return null;
  const text = (typeof raw === "string" ? raw : String(raw)).trim();
  if (text === "" || missing.includes(text)) return null;
  return text;
}

/**
 * Normalises a NIP (Nomor Induk Pegawai) as agencies write it: spaces, dots, dashes and other
 * punctuation removed (`19981016 201102 1 001` → `199810162011021001`).
 */
export function normaliseNip(text: string): string {
  return text.replace(/[\s.\-_/'’,]/g, "");
}

const PLAIN = /^[+-]?\d+(\.\d+)?$/;
const COMMA_THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const DOT_THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * A number cell as plain decimal text for kinerja (`83.78`), or null when it is not a number in the
 * given style. `comma`: `83,78`, `1.234,5`; `dot`: `83.78`, `1,234.5`. Plain integers pass in both.
 */
export function decimalText(text: string, style: DecimalStyle): string | null {
  const t = text.replace(/[\s\u00a0]/g, "");
  if (style === "comma") {
    if (COMMA_THOUSANDS.test(t)) return stripPlus(t.replace(/\./g, "").replace(",", "."));
    if (/^[+-]?\d+(,\d+)?$/.test(t)) return stripPlus(t.replace(",", "."));
    return null;
  }
  if (DOT_THOUSANDS.test(t)) return stripPlus(t.replace(/,/g, ""));
  return PLAIN.test(t) ? stripPlus(t) : null;
}

function stripPlus(t: string): string {
  return t.startsWith("+") ? t.slice(1) : t;
}

/**
 * Guesses the decimal style from sample number cells: a comma followed by other than exactly three
 * digits, or a comma after a dot, means `comma`; a dot followed by other than three digits means
 * `dot`. Returns null when the sample does not decide (e.g. only integers).
 */
export function detectDecimalStyle(samples: Iterable<string>): DecimalStyle | null {
  let comma = 0;
  let dot = 0;
  for (const s of samples) {
    const t = s.trim();
    if (/^[+-]?\d+,\d{1,2}$|^[+-]?\d+,\d{4,}$|^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(t)) comma++;
    else if (/^[+-]?\d+\.\d{1,2}$|^[+-]?\d+\.\d{4,}$|^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(t)) dot++;
  }
  if (comma > dot) return "comma";
  if (dot > comma) return "dot";
  return null;
}

/**
 * Guesses the delimiter of a CSV text from its first lines: the candidate (`;`, `,`, tab, `|`) that
 * splits the header and the next lines into the same, largest number of fields (quotes respected).
 */
export function detectDelimiter(head: string): string {
  const lines = head.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 20);
  let best = ",";
  let bestScore = 0;
  for (const d of [";", ",", "\t", "|"]) {
    const counts = lines.map((l) => fieldCount(l, d));
    const first = counts[0] ?? 1;
    if (first < 2) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function fieldCount(line: string, d: string): number {
  let n = 1;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}
