import type { TraceEntry } from "../../index.js";
import { text, type D } from "./decimal.js";

/** Builds a trace entry (kinerja's `TraceEntry` shape) with decimal inputs written as text. */
export function entry(at: string, formula: string, value: D, inputs: Readonly<Record<string, D | string>>, places?: number): TraceEntry {
  const ins: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) ins[k] = typeof v === "string" ? v : text(v);
  return { at, formula, value: text(value, places), inputs: ins };
}
