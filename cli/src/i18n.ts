/** The command's two languages: Indonesian (the default) and English (`--lang en`). */
export type Lang = "id" | "en";

/** A text in both languages. */
export interface Text {
  readonly id: string;
  readonly en: string;
}

/** Picks the text of a language. */
export function tr(lang: Lang, text: Text): string {
  return text[lang];
}

/** A kinerja label (`"text"` or `{ id, en? }`) in a language; English falls back to Indonesian. */
export function labelText(lang: Lang, label: string | { readonly id: string; readonly en?: string | undefined } | null | undefined, fallback = ""): string {
  if (label === null || label === undefined) return fallback;
  if (typeof label === "string") return label;
  return lang === "en" ? (label.en ?? label.id) : label.id;
}

/** Reads `--lang` from the raw arguments (before the parser runs, so that its own messages are translated). */
export function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "id";
  const arg = argv[i] as string;
  const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[i + 1];
  return value === "en" ? "en" : "id";
}
