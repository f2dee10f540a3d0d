import { evaluate, explain } from "kinerja";
import { CliError } from "../cliError.js";
import { normaliseNip } from "../input/cells.js";
import type { Lang } from "../i18n.js";
import { scoreRows } from "../scoreRows.js";
import { loadInputs, type Io } from "./context.js";

/** `kinerja explain`: finds one employee by NIP and prints the derivation of their score (the library's `explain`). */
export async function explainCommand(o: { readonly input: string; readonly scheme: string; readonly map?: string | undefined; readonly employee: string; readonly lang: Lang }, io: Io): Promise<number> {
  const { mapping, plan } = loadInputs(o);
  const nip = normaliseNip(o.employee);
  for await (const r of scoreRows({ input: o.input, mapping, plan, detail: false })) {
    if (r.ok && r.appraisal.employee.id === nip) {
      io.out(`${explain(evaluate(plan, r.appraisal), { locale: o.lang })}\n`);
      return 0;
    }
    if (!r.ok && r.error.nip === nip) {
      throw new CliError({ id: `baris ${r.error.line} (NIP ${nip}) tidak dapat dinilai: ${r.error.reason.id}`, en: `row ${r.error.line} (NIP ${nip}) cannot be scored: ${r.error.reason.en}` });
    }
  }
  throw new CliError({ id: `NIP ${nip} tidak ditemukan di ${o.input}`, en: `NIP ${nip} not found in ${o.input}` });
}
