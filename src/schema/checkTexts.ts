// The messages of kinerja's cross-reference checks of a scheme, each written once with its typed
// parameters: the checks build their issues through checkMessage(), and issueTexts.ts reads the
// Indonesian of a reported message back from the same templates.

/**
 * @internal The parameters of kinerja's cross-reference checks of a scheme, by message key: what each
 * message names.
 */
export interface CheckParams {
  /** An id given to two items of one list. */
  readonly duplicate_id: { readonly id: string };
  /** A perspective id that the scheme does not declare. */
  readonly unknown_perspective: { readonly id: string };
  /** An objective id that the scheme does not declare. */
  readonly unknown_objective: { readonly id: string };
  /** A band id that the band table does not have. */
  readonly unknown_band: { readonly id: string };
  /** A perspective without objectives or indicators. */
  readonly empty_perspective: { readonly id: string };
  /** An objective without indicators. */
  readonly empty_objective: { readonly id: string };
  /** A composition component listed twice. */
  readonly duplicate_component: { readonly id: string };
}

/** @internal A message key of {@link CheckParams}. */
export type CheckKey = keyof CheckParams;

/** A message of the catalogue: its issue code and its English and Indonesian text, `{name}` standing for a parameter. */
interface CheckText {
  readonly code: string;
  readonly en: string;
  readonly id: string;
}

/**
 * @internal The cross-reference messages, each written once: the checks build their issues from it
 * ({@link checkMessage}) and the Indonesian of a reported message is read back from it (`translate` in
 * issueTexts.ts).
 */
export const CHECK_TEXTS: { readonly [K in CheckKey]: CheckText } = {
  duplicate_id: { code: "duplicate_id", en: "duplicate id '{id}'", id: "id '{id}' dipakai lebih dari sekali" },
  unknown_perspective: { code: "unknown_reference", en: "unknown perspective '{id}'", id: "perspektif '{id}' tidak ada dalam skema" },
  unknown_objective: { code: "unknown_reference", en: "unknown objective '{id}'", id: "sasaran '{id}' tidak ada dalam skema" },
  unknown_band: { code: "unknown_reference", en: "unknown band '{id}'", id: "predikat '{id}' tidak ada dalam tabel predikat" },
  empty_perspective: { code: "empty_node", en: "perspective '{id}' has no objectives or indicators", id: "perspektif '{id}' tidak memiliki sasaran atau indikator" },
  empty_objective: { code: "empty_node", en: "objective '{id}' has no indicators", id: "sasaran '{id}' tidak memiliki indikator" },
  duplicate_component: { code: "duplicate_id", en: "component '{id}' listed twice", id: "komponen '{id}' tercantum dua kali" },
};

const fill = (template: string, params: Readonly<Record<string, string>>): string => template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? `{${k}}`);

/** @internal The issue code and the English and Indonesian message of a cross-reference check, built from its parameters. */
export function checkMessage<K extends CheckKey>(key: K, params: CheckParams[K]): { readonly code: string; readonly en: string; readonly id: string } {
  const t: CheckText = CHECK_TEXTS[key];
  const values = params as Readonly<Record<string, string>>;
  return { code: t.code, en: fill(t.en, values), id: fill(t.id, values) };
}
