import { mkdirSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import type { Lang } from "../i18n.js";
import { employeeColumns } from "../output/columns.js";
import { openSink } from "../output/sinks.js";
import { createProgress } from "../progress.js";
import { countLines } from "../input/countLines.js";
import { inputFormatOf } from "../input/readTable.js";
import { scoreRows } from "../scoreRows.js";
import { bandNamer, curveFor, SummaryCollector, type RunSummary } from "../summary.js";
import { curveOf, loadInputs, type Io } from "./context.js";

/** Options of `kinerja score`. */
export interface ScoreCommandOptions {
  readonly input: string;
  readonly scheme: string;
  readonly map?: string | undefined;
  readonly output?: string | undefined;
  readonly lang: Lang;
  readonly quiet: boolean;
  readonly detail: boolean;
  readonly exact: boolean;
  readonly org: string;
  readonly delimiter?: string | undefined;
  readonly decimalComma: boolean;
  /** Seconds between plain progress lines (default 5). */
  readonly progressEvery?: number | undefined;
}

/** The default output: `<input name>.scored.xlsx` beside the input. */
export function defaultOutput(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}.scored.xlsx`);
}

/**
 * `kinerja score`: every input row scored (the library's `score`, and `evaluate` with `--detail`) or
 * listed as an error; outputs renamed into place only when complete. Returns the exit code: 0 when
 * every row was scored, 1 when any row failed.
 */
export async function scoreCommand(o: ScoreCommandOptions, io: Io): Promise<{ readonly code: number; readonly summary: RunSummary; readonly files: readonly string[] }> {
  const { mapping, plan } = loadInputs(o);
  const curve = curveFor(plan, curveOf(o.org));
  const output = o.output ?? defaultOutput(o.input);
  mkdirSync(dirname(output), { recursive: true });
  const detail = o.detail || o.exact;
  const sink = openSink({ file: output, columns: employeeColumns({ plan, detail, exact: o.exact }), lang: o.lang, delimiter: o.delimiter, decimalComma: o.decimalComma, bandName: bandNamer(plan, curve, o.lang) });
  // The ETA needs a total: CSV and NDJSON lines are counted first (a fast pass over the bytes); an XLSX
  // sheet's row count is not known before it is read, so its bar shows the rate only.
  const format = inputFormatOf(o.input);
  const total = o.quiet || format === "xlsx" ? null : Math.max(0, (await countLines(o.input)) - (format === "csv" ? 1 : 0));
  const progress = createProgress({ lang: o.lang, quiet: o.quiet, total, everySeconds: o.progressEvery });
  const collector = new SummaryCollector();
  let interrupted = false;
  const onSignal = (): void => {
    interrupted = true;
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    for await (const r of scoreRows({ input: o.input, mapping, plan, detail })) {
      if (interrupted) throw new Interrupted();
      collector.add(r);
      await sink.write(r);
      progress.tick(collector.rows, collector.failed);
    }
    progress.stop();
    const summary = collector.finish({ curve });
    const files = await sink.finish(summary);
    const en = o.lang === "en";
    io.err(
      en
        ? `${summary.rows} rows: ${summary.scored} scored, ${summary.failed} failed → ${files.join(", ")}\n`
        : `${summary.rows} baris: ${summary.scored} dinilai, ${summary.failed} gagal → ${files.join(", ")}\n`,
    );
    return { code: summary.failed > 0 ? 1 : 0, summary, files };
  } catch (e) {
    progress.stop();
    await sink.abort();
    throw e;
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}

/** Thrown when Ctrl-C or SIGTERM stops a run (the outputs were removed). */
export class Interrupted extends Error {
  constructor() {
    super("interrupted");
    this.name = "Interrupted";
  }
}
