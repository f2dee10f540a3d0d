import { CHECK_TEXTS, CHECK_TEXTS_ID, type CheckKey } from "./checkTexts.js";

/**
 * @internal Indonesian and English texts of the problems kinerja itself reports (cross-reference and
 * consistency checks of schemes and appraisals, and the schemas' own messages). Shape errors take their
 * texts from zod's locales; these cover the rest.
 */
export interface IssueText {
  readonly id: string;
  readonly en: string;
}

/**
 * @internal A message kinerja writes in English, its parameters (named groups) and its Indonesian
 * text, `{name}` standing for a parameter.
 */
interface Translation {
  readonly en: RegExp;
  readonly id: string;
}

const t = (en: RegExp, id: string): Translation => ({ en, id });
const ID = "(?<id>[^']*)";

/** The English template as a pattern that reads its parameters back (each `'{name}'` a quoted id). */
const patternOf = (en: string): RegExp =>
  new RegExp(`^${en.split(/\{(\w+)\}/).map((part, i) => (i % 2 === 1 ? `(?<${part}>[^']*)` : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("")}$`);

/** @internal Known English messages (exact wording of the checks) with their Indonesian text. */
export const TRANSLATIONS: readonly Translation[] = [
  // The scheme's consistency checks (from the catalogue in checkTexts.ts).
  ...(Object.keys(CHECK_TEXTS) as CheckKey[]).map((k) => t(patternOf(CHECK_TEXTS[k].en), CHECK_TEXTS_ID[k])),
  // Decimals, ids, dates, labels (the field schemas).
  t(/^must be a decimal number such as 87\.5 or "87\.5"$/, 'harus berupa bilangan desimal, mis. 87.5 atau "87.5"'),
  t(/^must be a finite number$/, "harus berupa bilangan yang terhingga"),
  t(/^must be a finite number smaller than 10\^15 in magnitude$/, "harus berupa bilangan dengan nilai mutlak di bawah 10^15"),
  t(/^must not be negative$/, "tidak boleh negatif"),
  t(/^must start with a letter and contain only letters, digits, '_', '-', '\.' \(max 64\)$/, "harus diawali huruf dan hanya berisi huruf, angka, '_', '-', '.' (paling banyak 64 karakter)"),
  t(/^must be a date YYYY-MM-DD$/, "harus berupa tanggal YYYY-MM-DD"),
  t(/^is not a valid calendar date$/, "bukan tanggal kalender yang sah"),
  t(/^a formula name starts with a letter and has letters, digits, '_', '\.', '-'$/, "nama formula diawali huruf dan berisi huruf, angka, '_', '.', '-'"),
  t(/^must be a percent from 0 to 100$/, "harus berupa persen dari 0 sampai 100"),
  t(/^a fact name has at most 200 characters$/, "nama fakta paling banyak 200 karakter"),
  t(/^a fact name is made of dotted segments/, "nama fakta terdiri atas segmen bertitik berisi huruf, angka, '_' dan '-', diawali huruf (mis. final.score)"),
  t(/^only a string fact can list its values$/, "hanya fakta bertipe string yang dapat mencantumkan nilai-nilainya"),
  t(/^'(?<value>.*)' is listed twice$/, "'{value}' tercantum dua kali"),
  t(/^atLeast must not exceed last$/, "atLeast tidak boleh melebihi last"),
  t(/^a condition is an object/, "kondisi berupa objek: {all}, {any}, {not}, {fact, op, value} atau {history, last, op, value}"),
  t(/^only a stack group can have a cap$/, "hanya grup 'stack' yang dapat memiliki batas (cap)"),
  // Scheme consistency.
  t(new RegExp(`^unknown indicator '${ID}'$`), "indikator '{id}' tidak ada dalam skema"),
  // Appraisal against its scheme.
  t(new RegExp(`^indicator '${ID}' is listed twice$`), "indikator '{id}' tercantum dua kali"),
  t(new RegExp(`^fact '${ID}' is listed twice$`), "fakta '{id}' tercantum dua kali"),
  t(/^the appraisal's period (?<period>\S+) lies outside the scheme's period (?<schemePeriod>\S+)$/, "periode penilaian {period} berada di luar periode skema {schemePeriod}"),
];

/**
 * @internal What each code kinerja reports means, when a message has no translation of its own (the
 * Indonesian text then carries the English detail in parentheses).
 */
export const CODE_TEXTS: Readonly<Record<string, IssueText>> = {
  invalid_scheme: { id: "skema tidak konsisten", en: "the scheme is inconsistent" },
  duplicate_id: { id: "id dipakai lebih dari sekali", en: "duplicate id" },
  duplicate_value: { id: "nilai tercantum dua kali", en: "duplicate value" },
  duplicate_cell: { id: "sel matriks tercantum dua kali", en: "duplicate matrix cell" },
  duplicate_rating: { id: "penilaian tercantum dua kali", en: "duplicate rating" },
  unknown_reference: { id: "merujuk ke id yang tidak ada", en: "unknown reference" },
  unknown_fact: { id: "fakta tidak dideklarasikan", en: "undeclared fact" },
  reserved_fact: { id: "nama fakta dicadangkan oleh kinerja", en: "reserved fact name" },
  empty_node: { id: "tidak memiliki isi", en: "empty node" },
  missing_weight: { id: "bobot wajib diisi", en: "missing weight" },
  weights_sum: { id: "jumlah bobot tidak sesuai", en: "weights do not add up" },
  missing_rating: { id: "ambang rating belum diisi", en: "missing rating thresholds" },
  incomplete_matrix: { id: "matriks belum lengkap", en: "incomplete matrix" },
  band_gap: { id: "ada celah di antara predikat", en: "gap between bands" },
  band_overlap: { id: "predikat tumpang tindih", en: "overlapping bands" },
  zero_target: { id: "target 0 tidak dapat dibagi", en: "zero target" },
  invalid_condition: { id: "kondisi aturan tidak sah", en: "invalid rule condition" },
  too_deep: { id: "kondisi bersarang terlalu dalam", en: "condition nested too deeply" },
  ambiguous_priority: { id: "prioritas aturan tidak tegas", en: "ambiguous rule priority" },
  invalid_period: { id: "periode tidak sah", en: "invalid period" },
  outside_period: { id: "di luar periode skema", en: "outside the scheme's period" },
  missing_ratings: { id: "penilaian perilaku belum ada", en: "no behaviour ratings" },
  off_scale: { id: "nilai di luar skala", en: "value off the scale" },
  invalid_type: { id: "tipe tidak sesuai", en: "wrong type" },
  invalid_input: { id: "masukan tidak sah", en: "invalid input" },
  invalid_value: { id: "nilai tidak sah", en: "invalid value" },
  invalid_format: { id: "format tidak sah", en: "invalid format" },
  custom: { id: "masukan tidak sah", en: "invalid input" },
  unreadable: { id: "tidak dapat dibaca (getter atau proxy yang gagal)", en: "cannot be read (a getter or proxy that failed)" },
};

/** @internal Fallback text of a code that has none of its own. */
export const UNKNOWN_CODE_TEXT: IssueText = { id: "masukan tidak sah", en: "invalid input" };

/**
 * @internal The Indonesian text and the parameters of one of kinerja's English messages: the
 * translation when the wording is known, else the code's meaning with the English detail.
 */
export function translate(code: string, en: string): { readonly id: string; readonly params: Readonly<Record<string, string>> } {
  for (const tr of TRANSLATIONS) {
    const m = tr.en.exec(en);
    if (!m) continue;
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) params[k] = v;
    return { id: tr.id.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? `{${k}}`), params };
  }
  const meaning = Object.hasOwn(CODE_TEXTS, code) ? CODE_TEXTS[code] : undefined;
  return { id: `${(meaning ?? UNKNOWN_CODE_TEXT).id} (${en})`, params: {} };
}
