import { existsSync, readFileSync } from "node:fs";
import { compile, compiledValidation, isKinerjaError, type FormulaPlugin, type Plan, type SchemeInput } from "kinerja";
import { permenpanrb6_2022, pp30_2019, publicSectorBsc } from "kinerja/presets";
import { CliError } from "./cliError.js";
import type { Mapping } from "./mapping.js";

/** The presets whose scheme the command can build from their input (`--scheme <name>` or `"preset"` in a scheme file). */
export const PRESETS = {
  permenpanrb6_2022: (input: unknown): SchemeInput => permenpanrb6_2022.scheme(input as Parameters<typeof permenpanrb6_2022.scheme>[0]),
  pp30_2019: (input: unknown): SchemeInput => pp30_2019.scheme(input as Parameters<typeof pp30_2019.scheme>[0]),
  publicSectorBsc: (input: unknown): SchemeInput => publicSectorBsc.scheme(input as Parameters<typeof publicSectorBsc.scheme>[0]),
} as const satisfies Record<string, (input: unknown) => SchemeInput>;

/** Formula plugins a preset's schemes refer to. */
const PRESET_FORMULAS: Record<PresetName, readonly FormulaPlugin[]> = { permenpanrb6_2022: [], pp30_2019: pp30_2019.formulas, publicSectorBsc: [] };

/** A scheme to compile and the formula plugins it needs. */
export interface SchemeSource {
  readonly scheme: SchemeInput;
  readonly formulas: readonly FormulaPlugin[];
}

/** A preset name. */
export type PresetName = keyof typeof PRESETS;

/** Whether a text names a preset. */
export function isPresetName(name: string): name is PresetName {
  return Object.hasOwn(PRESETS, name);
}

/**
 * The scheme of `--scheme`: a kinerja scheme JSON file; a file `{ "preset": "<name>", …preset input }`;
 * or a preset name, whose input is the mapping's `scheme` field.
 */
export function resolveScheme(arg: string, mapping: Mapping | null): SchemeSource {
  if (isPresetName(arg) && !existsSync(arg)) {
    if (mapping?.scheme === undefined) {
      throw new CliError({
        id: `preset '${arg}' memerlukan indikator Anda: tulis input preset di field "scheme" berkas pemetaan, atau gunakan berkas skema { "preset": "${arg}", … } (lihat kinerja init)`,
        en: `preset '${arg}' needs your indicators: put the preset's input in the mapping's "scheme" field, or use a scheme file { "preset": "${arg}", … } (see kinerja init)`,
      });
    }
    return fromPreset(arg, mapping.scheme, "mapping.scheme");
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(arg, "utf8"));
  } catch (e) {
    const known = Object.keys(PRESETS).join(", ");
    throw new CliError({ id: `tidak dapat membaca skema ${arg}: ${(e as Error).message} (preset: ${known})`, en: `cannot read scheme ${arg}: ${(e as Error).message} (presets: ${known})` });
  }
  if (json !== null && typeof json === "object" && !Array.isArray(json) && Object.hasOwn(json, "preset")) {
    const { preset, ...input } = json as { preset: unknown };
    if (typeof preset !== "string" || !isPresetName(preset)) {
      throw new CliError({ id: "preset tidak dikenal", en: "unknown preset" }, [{ at: "preset", message: { id: `harus salah satu dari ${Object.keys(PRESETS).join(", ")}`, en: `must be one of ${Object.keys(PRESETS).join(", ")}` } }]);
    }
    return fromPreset(preset, input, arg);
  }
  return { scheme: json as SchemeInput, formulas: [] };
}

function fromPreset(name: PresetName, input: unknown, where: string): SchemeSource {
  try {
    return { scheme: PRESETS[name](input), formulas: PRESET_FORMULAS[name] };
  } catch (e) {
    if (isKinerjaError(e)) {
      throw new CliError(
        { id: `input preset ${name} (${where}) tidak valid`, en: `invalid ${name} preset input (${where})` },
        e.issues.map((i) => ({ at: i.at, message: { id: i.message, en: i.message } })),
      );
    }
    throw e;
  }
}

/** Compiles a scheme; a bad scheme becomes a {@link CliError} with every issue and its path. */
export function compileScheme(source: SchemeSource): Plan {
  try {
    // The command line runs in Node: appraisals are validated by zod's compiled validator (same checks and errors).
    return compile(source.scheme, { formulas: source.formulas, validation: compiledValidation() });
  } catch (e) {
    if (isKinerjaError(e)) {
      throw new CliError(
        { id: `skema tidak valid (${e.code})`, en: `invalid scheme (${e.code})` },
        e.issues.map((i) => ({ at: i.at, message: { id: i.message, en: i.message } })),
      );
    }
    throw e;
  }
}
