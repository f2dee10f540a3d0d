import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, extname } from "node:path";
import { calibrate, checkDistribution, type Calibration, type DistributionCheck, type Result } from "kinerja";
import { CliError } from "../cliError.js";
import type { Lang } from "../i18n.js";
import { atomicFile } from "../output/atomicFile.js";
import { createProgress } from "../progress.js";
import { scoreRows } from "../scoreRows.js";
import { bandNamer, curveFor, SummaryCollector } from "../summary.js";
import { curveOf, loadInputs, type Io } from "./context.js";

/** Options of `kinerja calibrate`. */
export interface CalibrateCommandOptions {
  readonly input: string;
  readonly scheme: string;
  readonly map?: string | undefined;
  readonly org: string;
  readonly output?: string | undefined;
  readonly lang: Lang;
  readonly quiet: boolean;
}

/** What `kinerja calibrate` found and proposes. */
export interface CalibrateReport {
  readonly check: DistributionCheck;
  readonly calibration: Omit<Calibration, "results">;
}

/**
 * `kinerja calibrate`: scores the input, checks each unit's predikat distribution against the
 * SE MenPANRB 3/2023 curve of the organisation's predikat (`checkDistribution`) and prints the
 * library's proposal (`calibrate`: fewest moves, each with its reason, ties reported) — the audit trail.
 * With `-o file.json` writes both in full. Rows that fail are left out and counted.
 */
export async function calibrateCommand(o: CalibrateCommandOptions, io: Io): Promise<{ readonly code: number; readonly report: CalibrateReport }> {
  const { mapping, plan } = loadInputs(o);
  const curve = curveFor(plan, curveOf(o.org));
  const en = o.lang === "en";
  if (curve === null) {
    throw new CliError({
      id: "predikat skema ini bukan kategori kurva SE MenPANRB 3/2023 (gunakan preset permenpanrb6_2022)",
      en: "this scheme's bands are not the categories of the SE MenPANRB 3/2023 curve (use the permenpanrb6_2022 preset)",
    });
  }
  const collector = new SummaryCollector({ employees: true });
  const progress = createProgress({ lang: o.lang, quiet: o.quiet, total: null });
  for await (const r of scoreRows({ input: o.input, mapping, plan, detail: false })) {
    collector.add(r);
    progress.tick(collector.rows, collector.failed);
  }
  progress.stop();
  const results = collector.results.filter((r) => r.final.band !== null) as unknown as Result[];
  if (results.length === 0) throw new CliError({ id: "tidak ada pegawai yang dinilai", en: "no employee was scored" });
  const check = checkDistribution(results, { curve, by: "unit" });
  const { results: _moved, ...calibration } = calibrate(results, { curve, by: "unit", bands: plan.scheme.bands?.table });
  const name = bandNamer(plan, curve, o.lang);
  const people = new Map(collector.results.map((r) => [r.employee.id, r.employee.name]));
  const lines: string[] = [];
  lines.push(`${en ? "Curve" : "Kurva"}: ${check.curve} (${en ? "organisation" : "organisasi"} ${o.org}); ${collector.rows} ${en ? "rows" : "baris"}, ${collector.failed} ${en ? "failed (left out)" : "gagal (tidak disertakan)"}`);
  for (const g of calibration.groups) {
    const c = check.groups.find((x) => x.unit === g.unit);
    const counts = (list: readonly { category: string; count: number }[]) => list.map((x) => `${name(x.category)} ${x.count}`).join(", ");
    lines.push("");
    lines.push(`== ${g.unit ?? "-"} (${g.size}) — ${c?.ok ? (en ? "meets the curve" : "sesuai kurva") : c && !c.feasible ? (en ? "the curve cannot be met at this size" : "kurva tidak dapat dipenuhi untuk ukuran ini") : en ? "does not meet the curve" : "tidak sesuai kurva"}`);
    lines.push(`   ${en ? "now" : "saat ini"}:   ${counts(g.before)}`);
    if (g.moved > 0) lines.push(`   ${en ? "proposed" : "usulan"}: ${counts(g.after)} (${g.moved} ${en ? "moved" : "dipindah"})`);
    for (const v of c?.violations ?? []) lines.push(`   ${en ? "violation" : "pelanggaran"}: ${v.message}`);
  }
  if (calibration.moves.length > 0) {
    lines.push("");
    lines.push(en ? "Proposed moves (audit trail):" : "Usulan perubahan predikat (jejak audit):");
    for (const m of calibration.moves) {
      lines.push(`   ${m.employee} ${people.get(m.employee) ?? ""} [${m.unit ?? "-"}] ${m.score}: ${name(m.from)} → ${name(m.to)} — ${m.reason}`);
    }
  }
  for (const t of calibration.ties) lines.push(`   ${en ? "tie" : "nilai sama"}: ${t.message}`);
  io.out(`${lines.join("\n")}\n`);
  const report: CalibrateReport = { check, calibration };
  if (o.output !== undefined) {
    if (extname(o.output).toLowerCase() !== ".json") throw new CliError({ id: "keluaran calibrate berupa .json", en: "calibrate writes .json" });
    mkdirSync(dirname(o.output), { recursive: true });
    const f = atomicFile(o.output);
    writeFileSync(f.temp, `${JSON.stringify(report, null, 2)}\n`);
    f.commit();
  }
  return { code: 0, report };
}
