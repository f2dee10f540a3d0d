import { createReadStream, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import type { Result } from "kinerja";
import { CliError } from "../cliError.js";
import { displayRounding } from "../display.js";
import type { Lang } from "../i18n.js";
import { atomicFile } from "../output/atomicFile.js";
import { createProgress } from "../progress.js";
import { reportCharts } from "../report/charts.js";
import { reportHtml } from "../report/html.js";
import { reportData } from "../report/reportData.js";
import { scoreRows } from "../scoreRows.js";
import { curveFor } from "../summary.js";
import { curveOf, loadInputs, type Io } from "./context.js";

/** Options of `kinerja report`. */
export interface ReportCommandOptions {
  readonly input: string;
  readonly scheme: string;
  readonly map?: string | undefined;
  readonly output: string;
  readonly org: string;
  readonly lang: Lang;
  readonly quiet: boolean;
  /** The date printed in the report (default: today, UTC). */
  readonly generated?: string | undefined;
}

/** Whether a file is an NDJSON written by `kinerja score --detail` (its first line has `ok` and `result`). */
async function scoredNdjson(file: string): Promise<boolean> {
  if (!/\.(nd)?jsonl?$|\.ndjson$/i.test(file)) return false;
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    lines.close();
    try {
      const v = JSON.parse(line) as Record<string, unknown>;
      return typeof v["ok"] === "boolean" && ("result" in v || "score" in v || "reason" in v);
    } catch {
      return false;
    }
  }
  return false;
}

/** `kinerja report`: one self-contained HTML file with the charts (Vega-Lite rendered to SVG in Node) and sortable tables. */
export async function reportCommand(o: ReportCommandOptions, io: Io): Promise<number> {
  const { mapping, plan } = loadInputs(o);
  const curve = curveFor(plan, curveOf(o.org));
  const results: Result[] = [];
  let failed = 0;
  if (await scoredNdjson(o.input)) {
    const lines = createInterface({ input: createReadStream(o.input, "utf8"), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === "") continue;
      const v = JSON.parse(line) as { ok: boolean; result?: Result };
      if (!v.ok) failed++;
      else if (v.result === undefined) {
        throw new CliError({ id: `${o.input} baris ${n}: tanpa hasil lengkap; buat dengan kinerja score --detail`, en: `${o.input} line ${n}: no full result; write it with kinerja score --detail` });
      } else results.push(v.result);
    }
  } else {
    const progress = createProgress({ lang: o.lang, quiet: o.quiet, total: null });
    for await (const r of scoreRows({ input: o.input, mapping, plan, detail: true })) {
      if (r.ok && r.result !== null) results.push({ ...r.result, trace: [] });
      else failed++;
      progress.tick(results.length + failed, failed);
    }
    progress.stop();
  }
  if (results.length === 0) throw new CliError({ id: "tidak ada pegawai yang dinilai", en: "no employee was scored" });
  const data = reportData({ plan, results, curve, lang: o.lang, failed });
  const charts = await reportCharts(data);
  const html = reportHtml({ data, charts, results, rounding: displayRounding(plan), generated: o.generated ?? new Date().toISOString().slice(0, 10) });
  mkdirSync(dirname(o.output), { recursive: true });
  const f = atomicFile(o.output);
  writeFileSync(f.temp, html);
  f.commit();
  io.err(o.lang === "en" ? `report: ${results.length} employees, ${charts.length} charts → ${o.output}\n` : `laporan: ${results.length} pegawai, ${charts.length} grafik → ${o.output}\n`);
  return failed > 0 ? 1 : 0;
}
