import type { z } from "zod";

/** @internal Marks a value that could not be read at all. */
export const UNREADABLE: unique symbol = Symbol("unreadable");

interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly defaultValue?: unknown;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * @internal Reads as much of `value` as `schema` allows, for consistency checks that should run even
 * when some fields are invalid: every valid field is parsed (defaults filled in), an invalid optional
 * field is left out, an invalid field with a default takes the default, and an invalid required field
 * keeps its raw value (the checks read values defensively). An array or object that is not one at all
 * is {@link UNREADABLE}. Object-level refinements are not run. Only own keys are read. A value that cannot be
 * read (a getter or proxy trap that throws, a nesting too deep for the stack) is {@link UNREADABLE} as a whole.
 */
export function bestEffort(schema: z.ZodType, value: unknown): unknown {
  try {
    return readBestEffort(schema, value);
  } catch {
    return UNREADABLE;
  }
}

function readBestEffort(schema: z.ZodType, value: unknown): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const def = defOf(schema);
  switch (def.type) {
    case "default":
    case "prefault":
      return value === undefined ? def.defaultValue : def.innerType ? readBestEffort(def.innerType, value) : UNREADABLE;
    case "optional":
    case "nullable":
      return value === undefined || value === null ? value : def.innerType ? readBestEffort(def.innerType, value) : UNREADABLE;
    case "object": {
      if (!isRecord(value) || !def.shape) return UNREADABLE;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape)) {
        const raw = Object.hasOwn(value, key) ? value[key] : undefined;
        const v = readBestEffort(field, raw);
        if (v !== UNREADABLE) out[key] = v;
        else {
          const kind = defOf(field).type;
          if (kind === "default") out[key] = defOf(field).defaultValue;
          else if (kind !== "optional") out[key] = raw;
        }
      }
      return out;
    }
    case "array": {
      if (!Array.isArray(value) || !def.element) return UNREADABLE;
      const element = def.element;
      const items = value.map((item: unknown) => {
        const v = readBestEffort(element, item);
        return v === UNREADABLE && isRecord(item) ? item : v;
      });
      return items.includes(UNREADABLE) ? UNREADABLE : items;
    }
    default:
      return UNREADABLE;
  }
}
