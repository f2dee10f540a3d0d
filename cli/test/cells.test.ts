import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { decimalText, detectDecimalStyle, detectDelimiter, normaliseNip } from "../src/input/cells.js";

describe("NIP normalisation", () => {
  it("removes the spaces and punctuation agencies write in NIPs", () => {
    expect(normaliseNip("19981016 201102 1 001")).toBe("199810162011021001");
    expect(normaliseNip("19981016.201102.1.001")).toBe("199810162011021001");
    expect(normaliseNip("19981016-201102-1-001")).toBe("199810162011021001");
    expect(normaliseNip("'199810162011021001")).toBe("199810162011021001");
  });
});

describe("decimal text", () => {
  it("reads id-ID numbers (decimal comma, dot thousands)", () => {
    expect(decimalText("83,78", "comma")).toBe("83.78");
    expect(decimalText("1.250", "comma")).toBe("1250");
    expect(decimalText("1.234.567,5", "comma")).toBe("1234567.5");
    expect(decimalText("-0,5", "comma")).toBe("-0.5");
    expect(decimalText("42", "comma")).toBe("42");
  });
  it("reads dot-decimal numbers (comma thousands)", () => {
    expect(decimalText("83.78", "dot")).toBe("83.78");
    expect(decimalText("1,250.5", "dot")).toBe("1250.5");
    expect(decimalText("+7", "dot")).toBe("7");
  });
  it("rejects what is not a number in the style", () => {
    expect(decimalText("83.78", "comma")).toBeNull(); // 83.78 is no id-ID number (a thousands group needs 3 digits)
    expect(decimalText("83,78", "dot")).toBeNull();
    expect(decimalText("abc", "dot")).toBeNull();
    expect(decimalText("1,2,3", "comma")).toBeNull();
    expect(decimalText("", "dot")).toBeNull();
  });
  test.prop([fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }), fc.boolean()])(
    "an id-ID formatted number reads back as its plain decimal text",
    (int, frac, negative) => {
      const plain = `${negative ? "-" : ""}${int.toString()}${frac === undefined ? "" : `.${frac}`}`;
      const grouped = int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
      const idID = `${negative ? "-" : ""}${grouped}${frac === undefined ? "" : `,${frac}`}`;
      expect(decimalText(idID, "comma")).toBe(plain);
      const enUS = `${negative ? "-" : ""}${int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac === undefined ? "" : `.${frac}`}`;
      expect(decimalText(enUS, "dot")).toBe(plain);
    },
  );
});

describe("detection", () => {
  it("detects the delimiter from the first lines, quotes respected", () => {
    expect(detectDelimiter("NIP;Nama;Nilai\n1;\"Saputra, Fitri\";83,5\n")).toBe(";");
    expect(detectDelimiter("NIP,Nama,Nilai\n1,\"A; B\",83.5\n")).toBe(",");
    expect(detectDelimiter("NIP\tNama\tNilai\n1\tA\t83,5\n")).toBe("\t");
    expect(detectDelimiter("\uFEFFNIP|Nama\n1|A\n")).toBe("|");
  });
  it("detects the decimal style from sample cells, or says it cannot", () => {
    expect(detectDecimalStyle(["83,78", "90", "1.250"])).toBe("comma");
    expect(detectDecimalStyle(["83.78", "90", "1,250"])).toBe("dot");
    expect(detectDecimalStyle(["90", "1.250", "1,250"])).toBeNull(); // only integers and thousands groups: undecided
  });
});

describe("line count (for the progress bar's ETA)", () => {
  it("counts lines with and without a final line feed", async () => {
    const { countLines } = await import("../src/input/countLines.js");
    const { writeFileSync, mkdtempSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "kinerja-lines-"));
    writeFileSync(join(dir, "a"), "h\n1\n2\n");
    writeFileSync(join(dir, "b"), "h\r\n1\r\n2");
    writeFileSync(join(dir, "c"), "");
    expect(await countLines(join(dir, "a"))).toBe(3);
    expect(await countLines(join(dir, "b"))).toBe(3);
    expect(await countLines(join(dir, "c"))).toBe(0);
  });
});
