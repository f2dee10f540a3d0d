import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { permenpanrb6_2022 } from "kinerja/presets";
import { CliError } from "../cliError.js";
import type { Lang } from "../i18n.js";
import { decimalText, detectDecimalStyle } from "../input/cells.js";
import { openTable, type RawCell } from "../input/readTable.js";
import { parseMapping, type MappingInput } from "../mapping.js";
import { isPresetName, PRESETS } from "../schemeSource.js";
import type { Io } from "./context.js";

/** Options of `kinerja init`. */
export interface InitCommandOptions {
  readonly input: string;
  readonly preset: string;
  readonly sheet?: string | undefined;
  /** Folder for the two files (default: beside the input). */
  readonly outDir?: string | undefined;
  readonly force: boolean;
  readonly lang: Lang;
}

type Group = "self" | "supervisor" | "peer" | "subordinate" | "external";

const GROUP_WORDS: readonly (readonly [RegExp, Group])[] = [
  [/atasan|pimpinan|supervisor/i, "supervisor"],
  [/diri|sendiri|self/i, "self"],
  [/rekan|sejawat|peer/i, "peer"],
  [/bawahan|subordinate/i, "subordinate"],
];

/** camelCase identifier from a header (`Realisasi Jam Pelatihan (jam)` → `jamPelatihan`). */
export function slug(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/\(.*?\)/g, " ")
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  const id = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]?.toUpperCase() + w.slice(1).toLowerCase())).join("");
  return /^[a-z]/.test(id) ? id : `k${id}`;
}

/** The mapping and the starter scheme guessed from a file's headers and first rows. */
export function guessMapping(headers: readonly string[], sample: readonly (readonly RawCell[])[], preset: string): { mapping: MappingInput; indicators: { id: string; label: string; individualTarget: boolean }[]; unmapped: string[] } {
  const used = new Set<number>();
  const find = (re: RegExp, not?: RegExp): string | undefined => {
    const i = headers.findIndex((h, k) => !used.has(k) && re.test(h) && !(not?.test(h) ?? false));
    if (i < 0) return undefined;
    used.add(i);
    return headers[i];
  };
  const id = find(/^\s*nip\b|\bnip\s*$|^nip\b/i);
  if (id === undefined) throw new CliError({ id: "kolom NIP tidak ditemukan di baris judul", en: "no NIP column in the header row" });
  const name = find(/^nama\b/i, /penilai/i);
  const unit = find(/unit|satuan kerja|satker|^bidang$|^bagian$|perangkat daerah|^opd$/i);
  const position = find(/jabatan/i);
  find(/^no\.?$|^nomor$/i);
  // BerAKHLAK value columns: "<rater> - <value>".
  const values = permenpanrb6_2022.BERAKHLAK.map((v) => ({ id: v.id, label: (typeof v.label === "string" ? v.label : v.label.id).toLowerCase() }));
  const raters = new Map<string, { group: Group; columns: Record<string, string> }>();
  headers.forEach((h, k) => {
    if (used.has(k)) return;
    const lower = h.toLowerCase();
    const v = values.find((x) => lower.includes(x.label));
    if (v === undefined) return;
    const prefix = h.slice(0, lower.indexOf(v.label)).concat(h.slice(lower.indexOf(v.label) + v.label.length)).replace(/[-–:|/()]+/g, " ").trim();
    if (prefix === "") return;
    const group = GROUP_WORDS.find(([re]) => re.test(prefix))?.[1] ?? "external";
    const rater = slug(prefix);
    const r = raters.get(rater) ?? { group, columns: {} };
    r.columns[v.id] = h;
    raters.set(rater, r);
    used.add(k);
  });
  // Targets "Target X" paired with "Realisasi X" / "X".
  const targets = new Map<string, string>();
  headers.forEach((h, k) => {
    const m = /^target\s+(.+)$/i.exec(h.trim());
    if (!used.has(k) && m) {
      targets.set((m[1] as string).toLowerCase(), h);
      used.add(k);
    }
  });
  const style = detectDecimalStyle(sample.flatMap((r) => r.filter((c): c is string => typeof c === "string"))) ?? "dot";
  const numeric = (k: number): boolean => {
    const cells = sample.map((r) => r[k]).filter((c) => c !== null && c !== undefined && c !== "-" && c !== "");
    return cells.length > 0 && cells.filter((c) => typeof c === "number" || (typeof c === "string" && decimalText(c, style) !== null)).length >= cells.length * 0.8;
  };
  const indicators: { id: string; label: string; individualTarget: boolean }[] = [];
  const mappingIndicators: { indicator: string; actual: string; target?: string }[] = [];
  const unmapped: string[] = [];
  headers.forEach((h, k) => {
    if (used.has(k) || h.trim() === "") return;
    if (!numeric(k)) {
      unmapped.push(h);
      return;
    }
    const label = h.replace(/^realisasi\s+/i, "").trim();
    const target = targets.get(label.toLowerCase());
    let iid = slug(label);
    while (indicators.some((x) => x.id === iid)) iid = `${iid}2`;
    indicators.push({ id: iid, label: label.replace(/\s*\(.*?\)\s*$/, ""), individualTarget: target !== undefined });
    mappingIndicators.push({ indicator: iid, actual: h, ...(target === undefined ? {} : { target }) });
  });
  const mapping: MappingInput = {
    description: `Guessed by kinerja init (${preset}); check every column before scoring.`,
    decimal: "auto",
    employee: { id, ...(name === undefined ? {} : { name }), ...(unit === undefined ? {} : { unit }), ...(position === undefined ? {} : { position }) },
    indicators: mappingIndicators,
    raters: [...raters].map(([rater, r]) => ({ group: r.group, rater, columns: r.columns })),
  };
  return { mapping, indicators, unmapped };
}

/** `kinerja init`: a starter scheme (`{ "preset": …, indicators with placeholder targets }`) and a mapping guessed from the file's headers. */
export async function initCommand(o: InitCommandOptions, io: Io): Promise<number> {
  if (!isPresetName(o.preset)) throw new CliError({ id: `preset tidak dikenal: ${o.preset} (${Object.keys(PRESETS).join(", ")})`, en: `unknown preset: ${o.preset} (${Object.keys(PRESETS).join(", ")})` });
  const sheet = o.sheet === undefined ? undefined : /^\d+$/.test(o.sheet) ? Number(o.sheet) : o.sheet;
  const table = await openTable({ file: o.input, sheet });
  const sample: RawCell[][] = [];
  for await (const r of table.rows) {
    sample.push([...r.values]);
    if (sample.length >= 100) break;
  }
  const guess = guessMapping(table.headers, sample, o.preset);
  if (sheet !== undefined) guess.mapping.sheet = sheet;
  parseMapping(guess.mapping);
  const base = basename(o.input, extname(o.input));
  const dir = o.outDir ?? dirname(o.input);
  const schemeFile = join(dir, `${base}.scheme.json`);
  const mapFile = join(dir, `${base}.map.json`);
  for (const f of [schemeFile, mapFile]) {
    if (existsSync(f) && !o.force) throw new CliError({ id: `${f} sudah ada (gunakan --force untuk menimpa)`, en: `${f} exists (use --force to overwrite)` });
  }
  const scheme = {
    preset: o.preset,
    id: slug(base),
    label: `${base} (kinerja init)`,
    indicators: guess.indicators.map((i) => ({ id: i.id, label: i.label, target: i.individualTarget ? 1 : 100 })),
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(schemeFile, `${JSON.stringify(scheme, null, 2)}\n`);
  writeFileSync(mapFile, `${JSON.stringify(guess.mapping, null, 2)}\n`);
  const en = o.lang === "en";
  const m = guess.mapping;
  io.out(
    [
      `${en ? "wrote" : "ditulis"} ${schemeFile} ${en ? "and" : "dan"} ${mapFile}`,
      `  NIP: '${m.employee.id}'${m.employee.name ? `, ${en ? "name" : "nama"}: '${m.employee.name}'` : ""}${m.employee.unit ? `, unit: '${m.employee.unit}'` : ""}${m.employee.position ? `, ${en ? "position" : "jabatan"}: '${m.employee.position}'` : ""}`,
      `  ${guess.indicators.length} ${en ? "indicators" : "indikator"}: ${guess.indicators.map((i) => `${i.id}${i.individualTarget ? (en ? " (individual target)" : " (target individu)") : ""}`).join(", ")}`,
      `  ${(m.raters ?? []).length} ${en ? "raters with one column per BerAKHLAK value" : "penilai dengan satu kolom per nilai BerAKHLAK"}: ${(m.raters ?? []).map((r) => `${r.rater} (${r.group})`).join(", ")}`,
      ...(guess.unmapped.length > 0 ? [`  ${en ? "not mapped" : "tidak dipetakan"}: ${guess.unmapped.join(", ")}`] : []),
      en
        ? "Next: set each indicator's real target (and direction, cap) in the scheme, check the mapping, then: kinerja check <scheme> --map <mapping>"
        : "Berikutnya: isi target sebenarnya (dan arah, batas atas) tiap indikator di skema, periksa pemetaan, lalu: kinerja check <skema> --map <pemetaan>",
    ].join("\n") + "\n",
  );
  return 0;
}
