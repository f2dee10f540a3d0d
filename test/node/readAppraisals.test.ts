import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../../src/index.js";
import { readAppraisals, type AppraisalRecord } from "../../src/node/readAppraisals.js";
import { expectError } from "../helpers.js";
import { CSV_HEADER, appraisals, csv, csvFields, ndjson, tempFile } from "./data.js";

async function all(it: AsyncIterable<AppraisalRecord>): Promise<AppraisalRecord[]> {
  const out: AppraisalRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe("readAppraisals: NDJSON", () => {
  it("yields every appraisal with its line; blank lines are skipped but counted; bad JSON is an error item", async () => {
    const [a, b] = appraisals(2);
    const text = ndjson([a, { raw: "" }, { raw: "   " }, { raw: "{not json" }, b]);
    const recs = await all(readAppraisals({ input: tempFile("in.ndjson", text) }));
    expect(recs.map((r) => r.line)).toEqual([1, 4, 5]);
    expect(recs[0]).toEqual({ line: 1, appraisal: a });
    expect(recs[2]).toEqual({ line: 5, appraisal: b });
    const bad = recs[1] as { line: number; error: KinerjaError };
    expect(bad.error).toBeInstanceOf(KinerjaError);
    expect(bad.error.code).toBe("INVALID_INPUT");
    expect(bad.error.message).toContain("line 4");
    expect(bad.error.issues[0]?.code).toBe("invalid_json");
  });

  it("reads a Node stream, byte by byte, with a BOM, CRLF and a multi-byte character split across chunks", async () => {
    const [a] = appraisals(1);
    const named = { ...a, employee: { ...a?.employee, name: "Ñoño Śląsk 👩" } };
    const bytes = Buffer.from(`\uFEFF${JSON.stringify(named)}\r\n`, "utf8");
    const stream = Readable.from([...bytes].map((x) => Buffer.from([x])));
    const recs = await all(readAppraisals({ input: stream }));
    expect(recs).toEqual([{ line: 1, appraisal: named }]);
  });

  it("rejects bad options with INVALID_INPUT at their path", () => {
    expectError(() => readAppraisals({ input: "" }), "INVALID_INPUT", "input");
    expectError(() => readAppraisals({ input: "x", format: "xml" as never }), "INVALID_INPUT", "format");
    expectError(() => readAppraisals({ input: "x", extra: 1 } as never), "INVALID_INPUT", "", "unrecognized_keys");
  });
});

describe("readAppraisals: CSV (wide layout)", () => {
  it("maps columns to appraisal JSON: employee, period, actuals with targets, facts, ratings; empty cells are absent", async () => {
    const list = appraisals(5);
    const path = tempFile("in.csv", csv([CSV_HEADER, ...list.map(csvFields)]));
    const recs = await all(readAppraisals({ input: path, format: "csv" }));
    // names with a line break make a record span two lines
    expect(recs.map((r) => r.line)).toEqual([2, 3, 4, 6, 7]);
    recs.forEach((r, i) => {
      const want = list[i];
      expect("appraisal" in r).toBe(true);
      const got = (r as { appraisal: typeof want }).appraisal;
      expect(got?.employee).toEqual(want?.employee);
      expect(got?.period).toEqual(want?.period);
      expect(got?.actuals).toEqual(want?.actuals);
      expect(got?.facts).toEqual(want?.facts);
      expect(got?.ratings).toEqual(want?.ratings);
    });
  });

  it("a record of the wrong width is an error item at its line; the reading goes on", async () => {
    const path = tempFile("in.csv", "employee.id,actual.k\nE1,5\nE2,5,extra\n\nE3,\n");
    const recs = await all(readAppraisals({ input: path, format: "csv" }));
    expect(recs.map((r) => r.line)).toEqual([2, 3, 5]);
    expect("error" in (recs[1] as object) && (recs[1] as { error: KinerjaError }).error.issues[0]?.code).toBe("csv_field_count");
    expect(recs[2]).toEqual({ line: 5, appraisal: { employee: { id: "E3" }, actuals: [] } });
  });

  it("actual empty but a target given: the actual is null (missing); rater subgroups; semicolons", async () => {
    const path = tempFile("in.csv", 'employee.id;actual.k;target.k;rating.external:public.r.1.service\nE1;;"7,5";na\n');
    const recs = await all(readAppraisals({ input: path, format: "csv", csv: { delimiter: ";" } }));
    expect(recs).toEqual([
      {
        line: 2,
        appraisal: {
          employee: { id: "E1" },
          actuals: [{ indicator: "k", actual: null, target: "7,5" }],
          ratings: [{ rater: "r.1", group: "external", subgroup: "public", competency: "service", value: "na" }],
        },
      },
    ]);
  });

  it("a bad header is one INVALID_INPUT error listing every bad column (unless ignoreUnknown)", async () => {
    const path = tempFile("in.csv", "employee.id,colour,rating.boss.r.c,employee.id\nE1,red,3,E1\n");
    const err = await all(readAppraisals({ input: path, format: "csv" })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KinerjaError);
    expect((err as KinerjaError).code).toBe("INVALID_INPUT");
    expect((err as KinerjaError).issues.map((i) => [i.at, i.code])).toEqual([
      ["header[1]", "unknown_column"],
      ["header[2]", "invalid_column"],
      ["header[3]", "duplicate_column"],
    ]);
    const ok = tempFile("ok.csv", "employee.id,colour\nE1,red\n");
    expect(await all(readAppraisals({ input: ok, format: "csv", csv: { ignoreUnknown: true } }))).toEqual([{ line: 2, appraisal: { employee: { id: "E1" }, actuals: [] } }]);
  });

  it("a header without employee.id is an error", async () => {
    const err = await all(readAppraisals({ input: tempFile("in.csv", "actual.k\n1\n"), format: "csv" })).catch((e: unknown) => e);
    expect((err as KinerjaError).issues[0]?.code).toBe("missing_column");
  });
});
