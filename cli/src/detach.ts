/**
 * A copy of a text that does not keep its source alive. A reader's cell text can be a slice of a large
 * chunk of the file (V8 sliced strings); keeping the slice would keep the chunk, and memory would grow
 * with the rows.
 */
export function detach(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}
