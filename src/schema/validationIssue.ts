import type * as z from "zod/mini";
import { en as enLocale, id as idLocale } from "zod/locales";
import { formatPath, type KinerjaIssue } from "../errors/kinerjaError.js";
import { CODE_TEXTS, translate } from "./issueTexts.js";

/** A message in Indonesian and English. */
export interface ValidationMessage {
  /** Indonesian. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/**
 * The facts of a validation problem, as far as its code has them (every field is optional):
 * - `invalid_type` — `expected` (e.g. `"string"`), `received` (e.g. `"number"`);
 * - `too_small` / `too_big` — `origin` (`"string"`, `"array"`, `"number"`…), `limit`, `inclusive`;
 * - `invalid_format` — `format` (e.g. `"regex"`); `not_multiple_of` — `divisor`;
 * - `unrecognized_keys` — `keys`; `invalid_value` — `values` (the allowed ones);
 * - `invalid_union` — `alternatives`: what the value may be (e.g. `["number", "string"]`, or the allowed `kind`s);
 * - kinerja's consistency checks — the ids and numbers their message names: `id` (the unknown or
 *   duplicate id), `value`, `field`, `cell`, `results`, `behaviour`, `sum`, `tolerance`, `min`, `max`,
 *   `period`, `schemePeriod`.
 */
export interface ValidationParams {
  readonly expected?: string;
  readonly received?: string;
  readonly origin?: string;
  readonly limit?: number | string;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly divisor?: number;
  readonly keys?: readonly string[];
  readonly values?: readonly (string | number | boolean | null)[];
  readonly alternatives?: readonly string[];
  readonly id?: string;
  readonly value?: string;
  readonly field?: string;
  readonly cell?: string;
  readonly results?: string;
  readonly behaviour?: string;
  readonly sum?: string;
  readonly tolerance?: string;
  readonly min?: string;
  readonly max?: string;
  readonly period?: string;
  readonly schemePeriod?: string;
}

/**
 * One problem found by `validateScheme` or `validateAppraisal`: where, what kind, its facts and a
 * message in Indonesian and English ready for a form.
 */
export interface ValidationIssue {
  /**
   * What kind of problem: a shape code of the schemas (`invalid_type`, `too_small`, `too_big`,
   * `invalid_format`, `not_multiple_of`, `unrecognized_keys`, `invalid_union`, `invalid_value`,
   * `invalid_key`, `invalid_element`, `custom`) or one of kinerja's consistency checks
   * (`unknown_reference`, `duplicate_id`, `empty_node`, `weights_sum`, `band_gap`, `band_overlap`, …).
   */
  readonly code: string;
  /** Path of keys and indices into the input, e.g. `["indicators", 3, "target"]`. */
  readonly path: readonly (string | number)[];
  /** The same path as text, e.g. `indicators[3].target` (empty for the root). */
  readonly at: string;
  /** The facts of the problem (see {@link ValidationParams}). */
  readonly params: ValidationParams;
  /** What is wrong, in Indonesian (`id`) and English (`en`). */
  readonly message: ValidationMessage;
}

/** The outcome of a validation: the validated data, or every problem found. */
export type Validation<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly ValidationIssue[] };

type Path = readonly (string | number)[];
type RawIssue = z.core.$ZodIssue & { readonly input?: unknown };
type LocaleError = (issue: never) => string | { message: string } | undefined | null;

const EN = enLocale().localeError as LocaleError;
const ID = idLocale().localeError as LocaleError;
const text = (fn: LocaleError, issue: RawIssue): string | undefined => {
  const r = fn(issue as never);
  return typeof r === "string" ? r : (r?.message ?? undefined);
};

/** The JSON type of a value, as zod names parsed types (`"nan"` for NaN, which is no JSON number). */
function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "nan";
  return typeof value;
}

const keyPath = (p: readonly PropertyKey[]): (string | number)[] => p.filter((k): k is string | number => typeof k !== "symbol");

/** An alternative failed for its type alone (the value is not of that alternative's type at all). */
const typeOnly = (issues: readonly RawIssue[]): boolean => issues.length > 0 && issues.every((i) => i.code === "invalid_type" && i.path.length === 0);

/**
 * @internal Converts zod issues (parsed with `reportInput: true`) to validation issues with messages in
 * Indonesian (zod's `id` locale, or kinerja's texts for its own messages) and English. A union whose
 * value matched one alternative's type reports that alternative's problems (e.g. a decimal string that
 * is not a number); else it names the alternatives.
 */
export function validationIssuesOfZod(issues: readonly z.core.$ZodIssue[], prefix: Path = []): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const raw of issues as readonly RawIssue[]) {
    const path = [...prefix, ...keyPath(raw.path)];
    if (raw.code === "invalid_union") {
      const alts = raw.errors as readonly (readonly RawIssue[])[];
      const matched = alts.filter((a) => !typeOnly(a));
      const first = matched[0];
      if (matched.length === 1 && first !== undefined && first.length > 0) {
        for (const i of validationIssuesOfZod(first, path)) out.push(i); // (not push(...): an alternative may have 10^5 issues)
        continue;
      }
      const options = (raw as { options?: readonly unknown[] }).options;
      const alternatives =
        options !== undefined && options.length > 0
          ? options.map((o) => String(o))
          : alts.map((a) => {
              const i = a[0];
              return i?.code === "invalid_type" ? i.expected : "object";
            });
      const discriminator = (raw as { discriminator?: string }).discriminator;
      const list = alternatives.map((a) => `'${a}'`).join(" | ");
      const field = discriminator === undefined ? "" : ` '${discriminator}'`;
      out.push(
        make("invalid_union", path, { alternatives }, {
          id: `Input${field} tidak valid: harus salah satu dari ${list}`,
          en: `Invalid input${field}: expected one of ${list}`,
        }),
      );
      continue;
    }
    if (raw.code === "custom") {
      const kinerja = (raw.params as { kinerja?: unknown } | undefined)?.kinerja;
      if (typeof kinerja === "string") {
        out.push(...validationIssuesOfKinerja([{ code: kinerja, path, at: formatPath(path), message: raw.message }]));
        continue;
      }
    }
    const localeEn = text(EN, raw);
    const own = localeEn === undefined || raw.message !== localeEn;
    const message: ValidationMessage = own
      ? { id: translate(raw.code, raw.message).id, en: raw.message }
      : { id: text(ID, raw) ?? translate(raw.code, raw.message).id, en: raw.message };
    out.push(make(raw.code, path, paramsOf(raw), message));
  }
  return out;
}

function paramsOf(raw: RawIssue): ValidationParams {
  switch (raw.code) {
    case "invalid_type":
      return { expected: raw.expected, received: typeOf(raw.input) };
    case "too_small":
      return { origin: raw.origin, limit: typeof raw.minimum === "bigint" ? String(raw.minimum) : raw.minimum, inclusive: raw.inclusive ?? true };
    case "too_big":
      return { origin: raw.origin, limit: typeof raw.maximum === "bigint" ? String(raw.maximum) : raw.maximum, inclusive: raw.inclusive ?? true };
    case "invalid_format":
      return { format: raw.format };
    case "not_multiple_of":
      return { divisor: Number(raw.divisor) };
    case "unrecognized_keys":
      return { keys: [...raw.keys] };
    case "invalid_value":
      return { values: raw.values.map((v) => (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null ? v : String(v))) };
    case "invalid_union":
      return { alternatives: [] };
    case "invalid_key":
    case "invalid_element":
    case "custom":
      return {};
    default:
      return assertNever(raw);
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected zod issue ${JSON.stringify(x)}`);
}

function make(code: string, path: Path, params: ValidationParams, message: ValidationMessage): ValidationIssue {
  return { code, path: [...path], at: formatPath(path), params, message };
}

/**
 * @internal Converts kinerja's own issues (consistency checks, English messages) to validation issues
 * with the Indonesian text and the message's parameters.
 */
export function validationIssuesOfKinerja(issues: readonly KinerjaIssue[]): ValidationIssue[] {
  return issues.map((i) => {
    const { id, params } = translate(i.code, i.message);
    return make(i.code, i.path, params, { id, en: i.message });
  });
}

/** @internal Every code with a meaning of its own (for tests and docs). */
export const KNOWN_CODES: readonly string[] = Object.keys(CODE_TEXTS);
