import { CliError } from "../cliError.js";
import { labelText, type Lang } from "../i18n.js";
import { loadMapping } from "../mapping.js";
import { compileScheme, resolveScheme } from "../schemeSource.js";
import type { Io } from "./context.js";

/** `kinerja check`: validates a scheme (and a mapping, when given); prints every issue with its path. Exit 0 when valid. */
export function checkCommand(o: { readonly scheme: string; readonly map?: string | undefined; readonly lang: Lang }, io: Io): number {
  const en = o.lang === "en";
  const mapping = o.map === undefined ? null : loadMapping(o.map);
  const plan = compileScheme(resolveScheme(o.scheme, mapping?.mapping ?? null));
  const s = plan.scheme;
  io.out(`${en ? "valid scheme" : "skema valid"}: ${s.id}${s.version ? ` v${s.version}` : ""} — ${labelText(o.lang, s.label, s.id)}\n`);
  io.out(`  ${s.indicators.length} ${en ? "indicators" : "indikator"}, ${s.perspectives.length} ${en ? "perspectives" : "perspektif"}, ${(s.bands?.table ?? []).length} ${en ? "bands" : "predikat"}${s.behaviour ? `, ${s.behaviour.competencies.length} ${en ? "behaviour competencies" : "nilai perilaku"}` : ""}\n`);
  if (mapping !== null) {
    const ids = new Set(s.indicators.map((i) => i.id));
    const unknown = mapping.mapping.indicators.map((m, i) => ({ m, i })).filter(({ m }) => !ids.has(m.indicator));
    if (unknown.length > 0) {
      throw new CliError(
        { id: "pemetaan merujuk indikator yang tidak ada di skema", en: "the mapping refers to indicators the scheme does not have" },
        unknown.map(({ m, i }) => ({ at: `indicators[${i}].indicator`, message: { id: `indikator '${m.indicator}' tidak dikenal`, en: `unknown indicator '${m.indicator}'` } })),
      );
    }
    io.out(`${en ? "valid mapping" : "pemetaan valid"}: ${mapping.mapping.indicators.length} ${en ? "indicators" : "indikator"}, ${mapping.mapping.raters.length} ${en ? "rater column groups" : "kelompok kolom penilai"}${mapping.mapping.ratingRows ? (en ? ", ratings as rows" : ", penilaian per baris") : ""}\n`);
  }
  return 0;
}
