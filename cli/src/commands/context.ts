import { SE_MENPANRB_3_2023_CURVES, type OrganisationPredikat, type Plan } from "kinerja";
import { CliError } from "../cliError.js";
import type { Lang } from "../i18n.js";
import { loadMapping, type LoadedMapping } from "../mapping.js";
import { compileScheme, resolveScheme } from "../schemeSource.js";

/** Where a command writes: stdout for results, stderr for progress and messages. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Options every scoring command shares. */
export interface InputOptions {
  readonly input: string;
  readonly scheme: string;
  readonly map?: string | undefined;
  readonly lang: Lang;
}

/** The mapping (if any) and the compiled plan of a scoring command. */
export function loadInputs(o: InputOptions): { readonly mapping: LoadedMapping | null; readonly plan: Plan } {
  const mapping = o.map === undefined ? null : loadMapping(o.map);
  const plan = compileScheme(resolveScheme(o.scheme, mapping?.mapping ?? null));
  return { mapping, plan };
}

/** The SE MenPANRB 3/2023 curve for the organisation's predikat (`--org`). */
export function curveOf(org: string): (typeof SE_MENPANRB_3_2023_CURVES)[OrganisationPredikat] {
  if (!Object.hasOwn(SE_MENPANRB_3_2023_CURVES, org)) {
    const known = Object.keys(SE_MENPANRB_3_2023_CURVES).join(", ");
    throw new CliError({ id: `--org harus salah satu dari ${known}`, en: `--org must be one of ${known}` });
  }
  return SE_MENPANRB_3_2023_CURVES[org as OrganisationPredikat];
}
