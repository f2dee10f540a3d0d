/** The locales `explain` can render. */
export type Locale = "id" | "en";

/** Every {@link Locale}, Indonesian first (the default). */
export const LOCALES = ["id", "en"] as const satisfies readonly Locale[];

/** Picks the label text for a locale (falls back to Indonesian). */
export function pick(label: { readonly id: string; readonly en?: string | undefined }, locale: Locale): string {
  return locale === "en" ? (label.en ?? label.id) : label.id;
}
