import * as z from "zod/mini";

/**
 * A record schema that reports a `__proto__` key (which zod's record would drop silently, e.g. from
 * `JSON.parse`) as an `invalid_key` issue instead of ignoring it; other keys are checked by `key`.
 */
export function safeRecord<K extends z.ZodMiniType<string, string>, V extends z.ZodMiniType>(key: K, value: V) {
  return z.pipe(z.unknown().check(z.superRefine((raw, ctx) => {
      if (typeof raw === "object" && raw !== null && Object.hasOwn(raw, "__proto__"))
        ctx.addIssue({ code: "custom", path: ["__proto__"], message: "'__proto__' is not a valid key", input: raw, params: { kinerja: "invalid_key" } });
    })), z.record(key, value));
}
