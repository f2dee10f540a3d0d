import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { formatScore } from "../../src/index.js";

// The oracle is the platform's own locale formatting: Intl.NumberFormat formats a decimal *string*
// exactly (ECMA-402, no conversion to a binary float) with CLDR's id-ID and en-US separators.
const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 14n - 1n }), fc.integer({ min: 0, max: 8 }))
  .map(([neg, digits, scale]) => {
    const s = digits.toString().padStart(scale + 1, "0");
    const text = scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
    return neg ? `-${text}` : text;
  });
type Formatter = { format(value: string): string };
const intl = (locale: string, places: number): Formatter =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: places, maximumFractionDigits: places, roundingMode: "halfExpand" } as Intl.NumberFormatOptions) as unknown as Formatter;

describe("formatScore (properties)", () => {
  it.prop([decimalText, fc.integer({ min: 0, max: 6 }), fc.constantFrom(["id", "id-ID"] as const, ["en", "en-US"] as const)])(
    "rounds half-up and separates like Intl.NumberFormat on the exact decimal",
    (value, places, [locale, tag]) => {
      const expected = intl(tag, places).format(value).replace(/^-(0([.,]0*)?)$/, "$1");
      expect(formatScore(value, { places, locale })).toBe(expected);
    },
  );
  it.prop([decimalText])("without places and grouping, the text reads back as the same decimal", (value) => {
    const en = formatScore(value, { locale: "en", grouping: false });
    const id = formatScore(value, { grouping: false });
    expect(id).toBe(en.replace(".", ","));
    expect(Number(en) === Number(value)).toBe(true); // the same decimal (-0 and 0 alike)
    expect(en.replace(/^(-?)0+(?=\d)/, "$1")).toBe(en);
  });
});
