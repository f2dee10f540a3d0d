import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv, type CsvRecord } from "../../src/node/parseCsv.js";
import { physicalLines } from "../../src/node/physicalLines.js";
import { q } from "./data.js";

async function* from(chunks: readonly string[]): AsyncGenerator<string> {
  for (const c of chunks) yield c;
}
async function parse(text: string | readonly string[], delimiter = ",", batch = 3): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const b of parseCsv(physicalLines(from(typeof text === "string" ? [text] : text)), delimiter, batch, () => false, false)) {
    expect(b.length).toBeLessThanOrEqual(batch);
    out.push(...b);
  }
  return out;
}

describe("parseCsv (RFC 4180)", () => {
  it("splits plain fields and records, with LF, CRLF and a missing final newline", async () => {
    const recs = await parse("a,b,c\r\n1,2,3\n4,,6");
    expect(recs.map((r) => r.fields)).toEqual([["a", "b", "c"], ["1", "2", "3"], ["4", "", "6"]]);
    expect(recs.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it("quoted fields keep commas, doubled quotes and line breaks; a record's line is its first line", async () => {
    const text = 'id,name\r\n1,"Sari, S.Kom"\r\n2,"Budi ""Bud"" S."\r\n3,"Dewi\r\nLestari\nPutri"\r\n4,x\r\n';
    const recs = await parse(text);
    expect(recs.map((r) => r.fields)).toEqual([["id", "name"], ["1", "Sari, S.Kom"], ["2", 'Budi "Bud" S.'], ["3", "Dewi\nLestari\nPutri"], ["4", "x"]]);
    expect(recs.map((r) => r.line)).toEqual([1, 2, 3, 4, 7]);
    expect(recs.every((r) => r.problem === undefined)).toBe(true);
  });

  it("skips blank lines but counts them", async () => {
    const recs = await parse("a\n\n\r\nb\n\n");
    expect(recs.map((r) => [r.line, r.fields])).toEqual([[1, ["a"]], [4, ["b"]]]);
  });

  it("an empty quoted field is a record; a line of only delimiters is a record of empty fields", async () => {
    const recs = await parse('""\n,,\n');
    expect(recs.map((r) => r.fields)).toEqual([[""], ["", "", ""]]);
  });

  it("a quote inside an unquoted field is literal", async () => {
    const recs = await parse('5" screen,ok\n');
    expect(recs[0]?.fields).toEqual(['5" screen', "ok"]);
    expect(recs[0]?.problem).toBeUndefined();
  });

  it("text after a closing quote makes only that record malformed; the next record is read normally", async () => {
    const recs = await parse('"ab"c,d\n1,2\n');
    expect(recs[0]?.problem).toMatch(/after a closing quote in field 1/);
    expect(recs[0]?.line).toBe(1);
    expect(recs[1]).toEqual({ line: 2, fields: ["1", "2"] });
  });

  it("a quote left open at the end makes its first line malformed; the lines after it are read again as records", async () => {
    const recs = await parse('a,b\n1,"open\nstill open\n');
    expect(recs.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(recs[1]?.problem).toMatch(/not closed/);
    expect(recs[2]?.fields).toEqual(["still open"]);
  });

  it("semicolon and tab delimiters", async () => {
    expect((await parse('a;"b;c"\n', ";"))[0]?.fields).toEqual(["a", "b;c"]);
    expect((await parse("a\tb,c\n", "\t"))[0]?.fields).toEqual(["a", "b,c"]);
  });

  it("a CRLF split across chunks is one line break", async () => {
    const recs = await parse(["a,b\r", "\n1,2\r", "\n", '"x\r', '\ny"\r', "\n3,4"]);
    expect(recs.map((r) => [r.line, r.fields])).toEqual([[1, ["a", "b"]], [2, ["1", "2"]], [3, ["x\ny"]], [5, ["3", "4"]]]);
  });

  const field = fc.string({ unit: fc.constantFrom("a", "Z", "1", " ", ",", '"', "\n", "é", ";"), maxLength: 8 });
  const records = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 })
    // a record of one empty field is a blank line; give it content
    .map((rs) => rs.map((r) => (r.length === 1 && r[0] === "" ? ["x"] : r)));

  fcTest.prop([records, fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom("\n", "\r\n")])(
    "property: any records quoted by RFC 4180 and cut into any chunks parse back to the same fields and first lines",
    async (rs, cuts, eol) => {
      const text = rs.map((r) => r.map(q).join(",")).join(eol) + eol;
      const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      const chunks: string[] = [];
      let at = 0;
      for (const p of points) {
        chunks.push(text.slice(at, p));
        at = p;
      }
      chunks.push(text.slice(at));
      const parsed = await parse(chunks);
      expect(parsed.map((r) => r.fields)).toEqual(rs);
      let line = 1;
      rs.forEach((r, i) => {
        expect(parsed[i]?.line).toBe(line);
        line += 1 + r.join("").split("\n").length - 1;
      });
    },
  );
});
