import { Command, CommanderError, Option } from "commander";
import { isKinerjaError } from "kinerja";
import { CliError } from "./cliError.js";
import { calibrateCommand } from "./commands/calibrate.js";
import { checkCommand } from "./commands/check.js";
import type { Io } from "./commands/context.js";
import { explainCommand } from "./commands/explain.js";
import { initCommand } from "./commands/init.js";
import { reportCommand } from "./commands/report.js";
import { Interrupted, scoreCommand } from "./commands/score.js";
import { langOf, type Lang, type Text } from "./i18n.js";

const stdio: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** Help texts of the options and commands, in both languages. */
const H = {
  program: { id: "Menilai kinerja pegawai ASN dari berkas instansi (XLSX, CSV, NDJSON) dengan pustaka kinerja.", en: "Score ASN employee performance from an agency's file (XLSX, CSV, NDJSON) with the kinerja library." },
  lang: { id: "bahasa pesan: id (bawaan) atau en", en: "message language: id (default) or en" },
  scheme: { id: "berkas skema JSON, atau nama preset (permenpanrb6_2022, pp30_2019, publicSectorBsc)", en: "scheme JSON file, or a preset name (permenpanrb6_2022, pp30_2019, publicSectorBsc)" },
  map: { id: "berkas pemetaan JSON: kolom berkas instansi → data kinerja (lihat docs/cli.md)", en: "mapping JSON file: the agency's columns → kinerja data (see docs/cli.md)" },
  score: { id: "menilai setiap baris; hasil ke XLSX, CSV atau NDJSON; baris gagal ke lembar/berkas kesalahan", en: "score every row; results to XLSX, CSV or NDJSON; failed rows to an errors sheet/file" },
  output: { id: "berkas keluaran (.xlsx, .csv, .ndjson); bawaan <input>.scored.xlsx", en: "output file (.xlsx, .csv, .ndjson); default <input>.scored.xlsx" },
  detail: { id: "juga nilai hasil kerja dan perilaku (evaluate; lebih lambat)", en: "also results and behaviour scores (evaluate; slower)" },
  exact: { id: "tambahkan kolom nilai eksak (tanpa pembulatan)", en: "add columns with exact (unrounded) values" },
  org: { id: "predikat organisasi untuk kurva SE MenPANRB 3/2023", en: "the organisation's predikat for the SE MenPANRB 3/2023 curve" },
  delimiter: { id: "pemisah CSV keluaran (bawaan ;)", en: "output CSV delimiter (default ;)" },
  decimalComma: { id: "CSV keluaran dengan koma desimal", en: "output CSV with a decimal comma" },
  quiet: { id: "tanpa tampilan kemajuan", en: "no progress display" },
  check: { id: "memeriksa skema (dan pemetaan); setiap masalah dengan path-nya", en: "check a scheme (and a mapping); every issue with its path" },
  explain: { id: "uraian perhitungan nilai satu pegawai", en: "the derivation of one employee's score" },
  employee: { id: "NIP pegawai (spasi dan tanda baca diabaikan)", en: "the employee's NIP (spaces and punctuation ignored)" },
  calibrate: { id: "distribusi predikat per unit terhadap kurva SE MenPANRB 3/2023, dan usulan kalibrasi dengan jejak auditnya", en: "predikat distribution per unit against the SE MenPANRB 3/2023 curve, and the calibration proposal with its audit trail" },
  calibrateOutput: { id: "tulis pemeriksaan dan usulan lengkap ke berkas JSON", en: "write the full check and proposal to a JSON file" },
  init: { id: "skema awal dan pemetaan yang ditebak dari judul kolom berkas", en: "a starter scheme and a mapping guessed from the file's headers" },
  preset: { id: "nama preset (permenpanrb6_2022, pp30_2019, publicSectorBsc)", en: "preset name (permenpanrb6_2022, pp30_2019, publicSectorBsc)" },
  sheet: { id: "lembar XLSX (nama atau nomor urut)", en: "XLSX sheet (name or 1-based index)" },
  outDir: { id: "folder untuk kedua berkas (bawaan: folder input)", en: "folder for both files (default: the input's folder)" },
  force: { id: "timpa berkas yang sudah ada", en: "overwrite existing files" },
  report: { id: "laporan HTML mandiri (luring) dengan grafik dan tabel yang dapat diurutkan", en: "a self-contained (offline) HTML report with charts and sortable tables" },
  reportInput: { id: "berkas instansi (dengan --map) atau NDJSON dari kinerja score --detail", en: "the agency's file (with --map) or an NDJSON from kinerja score --detail" },
  reportOutput: { id: "berkas HTML keluaran", en: "output HTML file" },
  progressEvery: { id: "detik antarbaris kemajuan bila stderr bukan terminal", en: "seconds between progress lines when stderr is not a terminal" },
  help: { id: "tampilkan bantuan", en: "show help" },
} as const satisfies Record<string, Text>;

/** Runs the command line; returns the exit code (0 ok, 1 rows failed or a check failed, 2 bad usage or input, 130 interrupted). */
export async function run(argv: readonly string[], io: Io = stdio): Promise<number> {
  const lang: Lang = langOf(argv);
  const h = (t: Text): string => t[lang];
  let code = 0;
  const program = new Command("kinerja")
    .description(h(H.program))
    .addOption(new Option("--lang <lang>", h(H.lang)).choices(["id", "en"]).default("id"))
    .helpOption("-h, --help", h(H.help))
    .helpCommand("help [command]", h(H.help))
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError();
  program
    .command("score")
    .description(h(H.score))
    .argument("<input>", "XLSX / CSV / TSV / NDJSON")
    .requiredOption("-s, --scheme <scheme>", h(H.scheme))
    .option("-m, --map <mapping.json>", h(H.map))
    .option("-o, --output <file>", h(H.output))
    .option("--detail", h(H.detail), false)
    .option("--exact", h(H.exact), false)
    .option("--org <predikat>", h(H.org), "baik")
    .option("--delimiter <char>", h(H.delimiter))
    .option("--decimal-comma", h(H.decimalComma), false)
    .option("-q, --quiet", h(H.quiet), false)
    .option("--progress-every <seconds>", h(H.progressEvery), "5")
    .action(async (input: string, opts: { scheme: string; map?: string; output?: string; detail: boolean; exact: boolean; org: string; delimiter?: string; decimalComma: boolean; quiet: boolean; progressEvery: string }) => {
      const { progressEvery, ...rest } = opts;
      const every = Number(progressEvery);
      if (!(every > 0)) throw new CliError({ id: "--progress-every harus angka positif", en: "--progress-every must be a positive number" });
      const r = await scoreCommand({ input, lang, ...rest, progressEvery: every }, io);
      code = r.code;
    });
  program
    .command("check")
    .description(h(H.check))
    .argument("<scheme>", h(H.scheme))
    .option("-m, --map <mapping.json>", h(H.map))
    .action((scheme: string, opts: { map?: string }) => {
      code = checkCommand({ scheme, lang, ...opts }, io);
    });
  program
    .command("explain")
    .description(h(H.explain))
    .argument("<input>", "XLSX / CSV / TSV / NDJSON")
    .requiredOption("-s, --scheme <scheme>", h(H.scheme))
    .option("-m, --map <mapping.json>", h(H.map))
    .requiredOption("-e, --employee <NIP>", h(H.employee))
    .action(async (input: string, opts: { scheme: string; map?: string; employee: string }) => {
      code = await explainCommand({ input, lang, ...opts }, io);
    });
  program
    .command("calibrate")
    .description(h(H.calibrate))
    .argument("<input>", "XLSX / CSV / TSV / NDJSON")
    .requiredOption("-s, --scheme <scheme>", h(H.scheme))
    .option("-m, --map <mapping.json>", h(H.map))
    .option("--org <predikat>", h(H.org), "baik")
    .option("-o, --output <file.json>", h(H.calibrateOutput))
    .option("-q, --quiet", h(H.quiet), false)
    .action(async (input: string, opts: { scheme: string; map?: string; org: string; output?: string; quiet: boolean }) => {
      code = (await calibrateCommand({ input, lang, ...opts }, io)).code;
    });
  program
    .command("init")
    .description(h(H.init))
    .argument("<input>", "XLSX / CSV / TSV / NDJSON")
    .requiredOption("-p, --preset <name>", h(H.preset))
    .option("--sheet <name|index>", h(H.sheet))
    .option("--out-dir <folder>", h(H.outDir))
    .option("-f, --force", h(H.force), false)
    .action(async (input: string, opts: { preset: string; sheet?: string; outDir?: string; force: boolean }) => {
      code = await initCommand({ input, lang, ...opts }, io);
    });
  program
    .command("report")
    .description(h(H.report))
    .argument("<input>", h(H.reportInput))
    .requiredOption("-s, --scheme <scheme>", h(H.scheme))
    .option("-m, --map <mapping.json>", h(H.map))
    .requiredOption("-o, --output <report.html>", h(H.reportOutput))
    .option("--org <predikat>", h(H.org), "baik")
    .option("-q, --quiet", h(H.quiet), false)
    .action(async (input: string, opts: { scheme: string; map?: string; output: string; org: string; quiet: boolean }) => {
      code = await reportCommand({ input, lang, ...opts }, io);
    });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    return reportError(e, lang, io);
  }
}

function reportError(e: unknown, lang: Lang, io: Io): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
  if (e instanceof Interrupted) {
    io.err(lang === "en" ? "interrupted: no output was written\n" : "dihentikan: tidak ada keluaran yang ditulis\n");
    return 130;
  }
  if (e instanceof CliError) {
    io.err(`kinerja: ${e.text[lang]}\n`);
    for (const i of e.issues) io.err(`  - ${i.at === "" ? "(root)" : i.at}: ${i.message[lang]}\n`);
    return 2;
  }
  if (isKinerjaError(e)) {
    io.err(`kinerja: ${e.message}\n`);
    return 2;
  }
  throw e;
}
