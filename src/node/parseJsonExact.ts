import { Dec } from "../math/decimal.js";

/** The outcome of {@link parseJsonExact}: the value, or why the text is refused. */
export type JsonParse = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly code: string; readonly message: string };

// A JSON string (skipped) or a number token (checked); the number's fast path is 15 significant digits or fewer without exponent.
const TOKENS = /"[^"\\]*(?:\\.[^"\\]*)*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
/** True for a token of at most 15 digits without exponent: a float holds it exactly enough to print it back. */
const short = (t: string): boolean => t.length <= 17 && !/[eE]/.test(t) && t.length - (t.startsWith("-") ? 1 : 0) - (t.includes(".") ? 1 : 0) <= 15;

/**
 * @internal Parses one JSON text with its numbers read exactly or refused. `JSON.parse` reads a number
 * through a binary float; here each number token of the source text is checked first:
 * - a number whose float value prints back as the same decimal (`0.1`, `87.5`, `1e-7`) is kept as the
 *   number it is (kinerja reads numbers through their shortest text);
 * - a number the float would change (`90.000000000000000001`: more digits than a float holds) is passed on
 *   as its exact decimal text, a JSON string, which every decimal field reads exactly (a field that needs a
 *   JSON number then rejects it, with its path);
 * - a number out of the float range (`1e400` would be Infinity, `1e-400` would be 0) is refused.
 * Invalid JSON is refused with the parser's message.
 */
export function parseJsonExact(text: string): JsonParse {
  let rewritten: string | undefined;
  let last = 0;
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(text); m !== null; m = TOKENS.exec(text)) {
    const token = m[0];
    if (token.charCodeAt(0) === 34 || short(token)) continue;
    const float = Number(token);
    const exact = new Dec(token);
    if (!Number.isFinite(float) || (float === 0 && !exact.isZero())) {
      return { ok: false, code: "number_out_of_range", message: `the number ${token} is outside the range of numbers kinerja reads (write it as a decimal string if it is meant)` };
    }
    if (new Dec(String(float)).eq(exact)) continue;
    rewritten = `${rewritten ?? ""}${text.slice(last, m.index)}${JSON.stringify(token)}`;
    last = m.index + token.length;
  }
  const source = rewritten === undefined ? text : rewritten + text.slice(last);
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch (e) {
    return { ok: false, code: "invalid_json", message: e instanceof Error ? e.message : String(e) };
  }
}
