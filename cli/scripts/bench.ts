// Measures the kinerja command against the library (npm run bench:cli, in cli/; never part of npm test).
//  1. 100 000 employees as CSV: `kinerja score` of the agency's layout (Indonesian headers, ";",
//     decimal commas, NIPs with spaces, a mapping) to CSV, versus the library's `scoreStream` on the
//     same data in its own CSV layout (detail "score", CSV out). Target: within 2×.
//  2. XLSX in and out (streaming reader and writer) at 10 000 and 100 000 employees: time and peak RSS,
//     which must not grow with the rows.
// Each measurement runs in its own process (peak RSS is per process).
// Options: --n=100000 (the large size), --small=10000.
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import ExcelJS from "exceljs";
import { compile } from "kinerja";
import { scoreStream } from "kinerja/node";
import { permenpanrb6_2022 } from "kinerja/presets";
import { scoreCommand } from "../src/commands/score.js";
import { SAMPLE_INDICATORS, sampleAgency, VALUES } from "./sampleAgency.js";

const arg = (name: string, dflt: number): number => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? dflt);
const here = new URL(".", import.meta.url).pathname;
const schemeInput = {
  id: "bench",
  indicators: SAMPLE_INDICATORS.map((i) => ({ id: i.id, label: i.label, target: i.target ?? 1, cap: i.cap })),
  missing: { minCoverage: "0.6" },
};
const WIDE = [
  { group: "supervisor", rater: "atasan", prefix: "Atasan" },
  { group: "self", rater: "diri", prefix: "Diri" },
] as const;

async function lines(file: string, rows: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  for (const r of rows) if (!out.write(`${r}\n`)) await once(out, "drain");
  out.end();
  await once(out, "finish");
}

const idText = (v: number): string => String(v).replace(".", ",");
const nipText = (nip: string): string => `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;

/** Writes the same employees in the library's CSV layout and in the agency's layout (CSV and XLSX). */
async function makeData(dir: string, n: number, xlsx: boolean): Promise<void> {
  const es = sampleAgency(n);
  const libHeader = ["employee.id", "employee.unit", ...SAMPLE_INDICATORS.map((i) => `actual.${i.id}`), "target.layanan", ...WIDE.flatMap((w) => VALUES.map((v) => `rating.${w.group}.${w.rater}.${v}`))];
  const agencyHeader = ["NIP", "Unit Kerja", ...SAMPLE_INDICATORS.map((i) => `Realisasi ${i.label}`), "Target Layanan", ...WIDE.flatMap((w) => VALUES.map((v) => `${w.prefix} ${v}`))];
  const rater = (e: (typeof es)[number], name: string) => e.raters.find((r) => r.name === name)?.values ?? [];
  await lines(join(dir, "lib.csv"), [libHeader.join(","), ...es.map((e) => [e.nip, e.unit, ...SAMPLE_INDICATORS.map((i) => (e.actuals[i.id] === null ? "" : String(e.actuals[i.id]))), String(e.layananTarget), ...WIDE.flatMap((w) => rater(e, w.rater).map((v) => (v === null ? "" : String(v))))].join(","))]);
  const agencyRow = (e: (typeof es)[number]) => [nipText(e.nip), e.unit, ...SAMPLE_INDICATORS.map((i) => (e.actuals[i.id] === null ? "-" : idText(e.actuals[i.id] as number))), String(e.layananTarget), ...WIDE.flatMap((w) => rater(e, w.rater).map((v) => (v === null ? "-" : String(v))))];
  await lines(join(dir, "agency.csv"), [agencyHeader.join(";"), ...es.map((e) => agencyRow(e).join(";"))]);
  if (xlsx) {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, "agency.xlsx"), useStyles: false, useSharedStrings: false });
    const ws = wb.addWorksheet("Data");
    ws.addRow(agencyHeader).commit();
    for (const e of es) ws.addRow(agencyRow(e)).commit();
    ws.commit();
    await wb.commit();
  }
  const mapping = {
    employee: { id: "NIP", unit: "Unit Kerja" },
    decimal: "comma",
    indicators: SAMPLE_INDICATORS.map((i) => ({ indicator: i.id, actual: `Realisasi ${i.label}`, ...(i.id === "layanan" ? { target: "Target Layanan" } : {}) })),
    raters: WIDE.map((w) => ({ group: w.group, rater: w.rater, columns: Object.fromEntries(VALUES.map((v) => [v, `${w.prefix} ${v}`])) })),
  };
  writeFileSync(join(dir, "map.json"), JSON.stringify(mapping));
  writeFileSync(join(dir, "scheme.json"), JSON.stringify({ preset: "permenpanrb6_2022", ...schemeInput }));
}

/** Child mode: run one task, print {ms, rssMB}. */
async function child(task: string, dir: string): Promise<void> {
  const t0 = performance.now();
  const io = { out: () => undefined, err: () => undefined };
  if (task === "lib") {
    await scoreStream({ plan: compile(permenpanrb6_2022.scheme(schemeInput)), input: join(dir, "lib.csv"), output: join(dir, "lib-out.csv"), format: "csv", outputFormat: "csv", detail: "score" });
  } else {
    const input = join(dir, task === "cli-csv" ? "agency.csv" : "agency.xlsx");
    const output = join(dir, task === "cli-csv" ? "cli-out.csv" : "cli-out.xlsx");
    const r = await scoreCommand({ input, scheme: join(dir, "scheme.json"), map: join(dir, "map.json"), output, lang: "id", quiet: true, detail: false, exact: false, org: "baik", decimalComma: true }, io);
    if (r.summary.failed > 0) throw new Error(`${r.summary.failed} rows failed`);
  }
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024 }));
}

function measure(task: string, dir: string): { ms: number; rssMB: number } {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(here, "bench.ts"), "--child", task, dir], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${task}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop() as string) as { ms: number; rssMB: number };
}

const ci = process.argv.indexOf("--child");
const mi = process.argv.indexOf("--make");
if (mi >= 0) {
  // --make <dir> <n>: only write the data (for profiling by hand).
  await makeData(process.argv[mi + 1] as string, Number(process.argv[mi + 2]), true);
} else if (ci >= 0) {
  await child(process.argv[ci + 1] as string, process.argv[ci + 2] as string);
} else {
  const big = arg("n", 100_000);
  const small = arg("small", 10_000);
  const fmt = (x: number) => x.toFixed(0);
  for (const n of [small, big]) {
    const dir = mkdtempSync(join(tmpdir(), "kinerja-bench-"));
    try {
      await makeData(dir, n, true);
      const lib = measure("lib", dir);
      const csv = measure("cli-csv", dir);
      const xlsx = measure("cli-xlsx", dir);
      console.log(`N = ${n}`);
      console.log(`  library scoreStream, own CSV → CSV (detail score): ${fmt(lib.ms)} ms (${fmt(n / (lib.ms / 1000))} rows/s), peak RSS ${fmt(lib.rssMB)} MB`);
      console.log(`  kinerja score, agency CSV (mapping) → CSV:         ${fmt(csv.ms)} ms (${fmt(n / (csv.ms / 1000))} rows/s), peak RSS ${fmt(csv.rssMB)} MB — ${(csv.ms / lib.ms).toFixed(2)}× the library (target ≤ 2×)`);
      console.log(`  kinerja score, agency XLSX → XLSX:                 ${fmt(xlsx.ms)} ms (${fmt(n / (xlsx.ms / 1000))} rows/s), peak RSS ${fmt(xlsx.rssMB)} MB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
